import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { analyze, readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { docExamples } from "../support/doc-examples.js";
import { expectedLines } from "../support/expectations.js";

beforeAll(loadSqlParser);

const LANGUAGE_FILES: Record<string, string> = { sql: "migrations/001_example.sql" };

/** Every Bad example of a rule's doc page makes it fire; every Good example keeps it quiet. */
describe.each(builtInRules.map((r) => [r.id] as const))("docs/rules/%s.md examples", (ruleId) => {
  const examples = docExamples(ruleId).filter((e) => LANGUAGE_FILES[e.language]);
  test("has Bad and Good examples", () => {
    expect(examples.some((e) => e.kind === "bad")).toBe(true);
    expect(examples.some((e) => e.kind === "good")).toBe(true);
  });
  test.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))("%s", (_name, example) => {
    const config = { ...DEFAULT_CONFIG, ...example.config };
    const file = LANGUAGE_FILES[example.language]!;
    const read = (path: string, text: string, version: string) =>
      readMigration({ path, text, version, setId: "migrations", setTool: "sql" }, config);
    const history = example.history === undefined ? [] : [read("migrations/000_history.sql", example.history, "000")];
    const migration = read(file, example.code, "001");
    const { findings } = analyze([{ migrations: [...history, migration], changeSet: new Set([file]), together: true }], config);
    const lines = findings.filter((f) => f.ruleId === ruleId).map((f) => f.line);
    if (example.kind === "good") {
      expect(lines).toEqual([]);
      return;
    }
    expect(lines.length).toBeGreaterThan(0);
    const marked = expectedLines(example.code, ruleId);
    if (marked.length > 0) expect(lines.sort((a, b) => a - b)).toEqual(marked);
  });
});
