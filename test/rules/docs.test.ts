import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { setMembership } from "../../src/discover/conventions.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { docExamples } from "../support/doc-examples.js";
import { expectedLines } from "../support/expectations.js";
import { runScenario, setOf } from "../support/scenario.js";

beforeAll(loadSqlParser);

const LANGUAGE_FILES: Record<string, string> = { sql: "migrations/001_example.sql" };

/**
 * Every Bad example of a rule's doc page makes it fire; every Good example keeps it quiet. An
 * example runs with the app files and base-branch files its section shows (see doc-examples.ts).
 */
describe.each(builtInRules.map((r) => [r.id] as const))("docs/rules/%s.md examples", (ruleId) => {
  const examples = docExamples(ruleId).filter((e) => LANGUAGE_FILES[e.language]);
  test("has Bad and Good examples", () => {
    expect(examples.some((e) => e.kind === "bad")).toBe(true);
    expect(examples.some((e) => e.kind === "good")).toBe(true);
  });
  test.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))("%s", async (_name, example) => {
    const config = { ...DEFAULT_CONFIG, ...example.config };
    const file = example.file ?? LANGUAGE_FILES[example.language]!;
    // Deployed history runs first; the base's migrations are still there at head too.
    const history: [string, string][] = example.history === undefined ? [] : [[`${setMembership(file).setDir}/000_history.sql`, example.history]];
    const files = new Map([...history, ...example.baseFiles, ...example.appFiles, [file, example.code]]);
    const { findings } = await runScenario({
      set: setOf(files, file),
      files,
      ...(example.baseFiles.size > 0 ? { base: example.baseFiles } : {}),
      checked: file,
      config,
    });
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
