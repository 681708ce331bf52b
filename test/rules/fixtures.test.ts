import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { expectedLines } from "../support/expectations.js";
import { fixtureCases, runFixtureCase } from "../support/fixture-cases.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

const casesByRule = await Promise.all(builtInRules.map(async (rule) => [rule.id, await fixtureCases(rule.id)] as const));

/**
 * Each rule's fixture projects: in a `bad` migration the rule fires exactly on the lines marked
 * `expect: <rule-id>`; in a `good` migration it stays quiet.
 */
describe.each(casesByRule)("%s fixtures", (ruleId, cases) => {
  test.each(cases.map((c) => [`${c.kind}/${c.file}`, c] as const))("%s", async (_name, c) => {
    const { findings, text } = await runFixtureCase(c);
    const actual = findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => f.line)
      .sort((a, b) => a - b);
    const expected = expectedLines(text, ruleId);
    if (c.expectation === "bad") expect(expected.length, "a bad fixture marks at least one expected finding").toBeGreaterThan(0);
    else expect(expected, "a good fixture marks no expected finding").toEqual([]);
    expect(actual).toEqual(expected);
    if (ruleId !== "parse-error") {
      expect(findings.filter((f) => f.ruleId === "parse-error").map((f) => f.message)).toEqual([]);
    }
    if (ruleId !== "uninspectable-sql") {
      // A TS/JS fixture must be read completely, or it would not show what it claims to.
      expect(findings.filter((f) => f.ruleId === "uninspectable-sql").map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    }
  });
});
