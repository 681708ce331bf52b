import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { expectedFindings, expectedLines } from "../support/expectations.js";
import { fixtureCases, runFixtureCase } from "../support/fixture-cases.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

const casesByRule = await Promise.all(builtInRules.map(async (rule) => [rule.id, await fixtureCases(rule.id)] as const));

/**
 * Each rule's fixture projects: in a `bad` migration the rule fires exactly on the lines marked
 * `expect: <rule-id>`, with the key facts a marker names in its message; in a `good` migration it
 * stays quiet. Every bad migration's messages are also compared with the snapshot
 * (`__snapshots__/fixtures.test.ts.snap`): a change to what users read shows up in review.
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
    const own = findings.filter((f) => f.ruleId === ruleId);
    for (const e of expectedFindings(text, ruleId)) {
      for (const fact of e.facts) {
        expect(own.filter((f) => f.line === e.line).some((f) => f.message.includes(fact)), `line ${e.line} says "${fact}"`).toBe(true);
      }
    }
    if (c.expectation === "bad") {
      expect(own.map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`)).toMatchSnapshot();
    }
    if (ruleId !== "parse-error") {
      expect(findings.filter((f) => f.ruleId === "parse-error").map((f) => f.message)).toEqual([]);
    }
    if (ruleId !== "uninspectable-sql") {
      // A TS/JS fixture must be read completely, or it would not show what it claims to.
      expect(findings.filter((f) => f.ruleId === "uninspectable-sql").map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    }
  });
});
