import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { setMembership } from "../../src/discover/conventions.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { docExamples } from "../support/doc-examples.js";
import { expectedLines } from "../support/expectations.js";
import { replayFor } from "../support/replay-for-rules.js";
import { runScenario, setOf } from "../support/scenario.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

/**
 * Where each kind of example is linted as: SQL as a plain migration, TS/JS as a migration of
 * whichever tool the code is written for (recognized from its imports and shape). History, when
 * an example has it, is SQL.
 */
const LANGUAGE_FILES: Record<string, string> = {
  sql: "migrations/001_example.sql",
  ts: "migrations/001_example.ts",
  typescript: "migrations/001_example.ts",
  js: "migrations/001_example.js",
  javascript: "migrations/001_example.js",
};

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
      ...(replayFor(ruleId) ? { prepare: replayFor(ruleId)! } : {}),
    });
    const language = (example.file ?? file).match(/\.(\w+)$/)?.[1];
    if (language !== "sql" && ruleId !== "uninspectable-sql") {
      // A TS/JS example must be a migration migration-guard reads completely.
      expect(findings.filter((f) => f.ruleId === "uninspectable-sql").map((f) => f.message)).toEqual([]);
    }
    const lines = findings.filter((f) => f.ruleId === ruleId).map((f) => f.line);
    if (example.kind === "good") {
      expect(lines).toEqual([]);
      return;
    }
    // A Bad example says where the rule fires (`-- expect: rule-id`), so firing on another line fails.
    const marked = expectedLines(example.code, ruleId);
    expect(marked.length, "a Bad example marks the line(s) the rule reports with an expect comment").toBeGreaterThan(0);
    expect(lines.sort((a, b) => a - b)).toEqual(marked);
  });
});
