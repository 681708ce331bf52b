import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { findingsFileText, parseFindingsFile } from "../../src/github/findings-file.js";

const finding: Finding = {
  ruleId: "require-concurrent-index",
  severity: "error",
  message: "CREATE INDEX takes a SHARE lock.",
  file: "db/migrations/002.sql",
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 30,
  direction: "up",
  docsUrl: "https://github.com/migration-guard/migration-guard/blob/main/docs/rules/require-concurrent-index.md",
  fingerprint: "ad670d48cf46f0fe",
  source: "CREATE INDEX ...",
};
const pr = { number: 7, headSha: "a".repeat(40), baseSha: "b".repeat(40) };

describe("findings file", () => {
  test("round-trips the findings and the pull request", () => {
    const text = findingsFileText([finding], 3, pr);
    const { source: _source, ...withoutSource } = finding;
    expect(parseFindingsFile(text, "f.json")).toEqual({ findings: [withoutSource], checkedMigrations: 3, pullRequest: pr, notices: [] });
    expect(JSON.parse(text).summary).toMatchObject({ errors: 1, warnings: 0, checkedMigrations: 3 });
  });

  test("round-trips the notices of skipped sets, and refuses malformed ones", () => {
    const notice = { kind: "skipped-set" as const, message: "db/mysql is MySQL: migration-guard checks PostgreSQL migrations; skipped.", set: "db/mysql", database: "MySQL", migrations: 4, file: "package.json", line: 12 };
    const text = findingsFileText([], 0, pr, [notice]);
    expect(parseFindingsFile(text, "f.json").notices).toEqual([notice]);
    const doc = JSON.parse(text) as Record<string, unknown>;
    const forged = (n: Record<string, unknown>) => JSON.stringify({ ...doc, notices: [{ ...notice, ...n }] });
    expect(() => parseFindingsFile(forged({ kind: "other" }), "f.json")).toThrow(/notices\[0\]\.kind/);
    expect(() => parseFindingsFile(forged({ file: "../etc/passwd" }), "f.json")).toThrow(/notices\[0\]\.file is not a path inside the repository/);
    expect(() => parseFindingsFile(forged({ message: "x".repeat(5_000) }), "f.json")).toThrow(/notices\[0\]\.message/);
    expect(() => parseFindingsFile(JSON.stringify({ ...doc, notices: {} }), "f.json")).toThrow(/notices is not an array/);
  });

  test("refuses what an untrusted job could have forged", () => {
    const forge = (patch: Record<string, unknown>, top: Record<string, unknown> = {}) =>
      JSON.stringify({ findings: [{ ...JSON.parse(findingsFileText([finding], 1)).findings[0], ...patch }], summary: {}, ...top });
    expect(() => parseFindingsFile("nope", "f.json")).toThrow(/not a migration-guard findings file/);
    expect(() => parseFindingsFile(forge({ file: "../../etc/passwd" }), "f.json")).toThrow(/not a path inside the repository/);
    expect(() => parseFindingsFile(forge({ severity: "fatal" }), "f.json")).toThrow(/severity/);
    expect(() => parseFindingsFile(forge({ line: 0 }), "f.json")).toThrow(/line/);
    expect(() => parseFindingsFile(forge({ message: "x".repeat(5_000) }), "f.json")).toThrow(/message/);
    expect(() => parseFindingsFile(forge({}, { pullRequest: { number: 1, headSha: "main", baseSha: "b".repeat(40) } }), "f.json")).toThrow(/pullRequest/);
  });

  test("drops a docs link that is not https", () => {
    const text = JSON.stringify({ findings: [{ ...JSON.parse(findingsFileText([finding], 1)).findings[0], docsUrl: "javascript:alert(1)" }] });
    expect(parseFindingsFile(text, "f.json").findings[0]!.docsUrl).toBeUndefined();
  });
});
