import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { placeFinding, planReview, type ExistingComment, type PullFile } from "../../src/github/review-plan.js";

function finding(fingerprint: string, line: number, endLine = line, file = "db/migrations/002.sql"): Finding {
  return { ruleId: "require-concurrent-index", severity: "error", message: "m", file, line, column: 1, endLine, endColumn: 2, direction: "up", fingerprint };
}

const files = new Map<string, PullFile>([
  ["db/migrations/002.sql", { path: "db/migrations/002.sql", commentable: new Set([1, 2, 3, 10]) }],
  ["db/migrations/big.sql", { path: "db/migrations/big.sql", commentable: new Set() }],
]);

function comment(fingerprint: string, state: Partial<ExistingComment> = {}): ExistingComment {
  return { id: Number.parseInt(fingerprint.replace(/\D/g, "") || "1", 10), fingerprint, body: `<!-- migration-guard:finding ${fingerprint} -->`, resolved: false, outdated: false, ...state };
}

describe("placeFinding", () => {
  test("on its own line when the diff shows it", () => {
    expect(placeFinding(finding("a", 2), files)?.line).toBe(2);
  });

  test("on the first line of its statement the diff shows", () => {
    expect(placeFinding(finding("a", 8, 11), files)?.line).toBe(10);
  });

  test("nowhere when the statement is outside every hunk, the file has no diff, or is not in the PR", () => {
    expect(placeFinding(finding("a", 5, 7), files)).toBeUndefined();
    expect(placeFinding(finding("a", 1, 1, "db/migrations/big.sql"), files)).toBeUndefined();
    expect(placeFinding(finding("a", 1, 1, "db/migrations/001.sql"), files)).toBeUndefined();
  });
});

describe("planReview", () => {
  test("first run: posts one comment per finding on the diff", () => {
    const plan = planReview([finding("f1", 1), finding("f2", 3), finding("f3", 5)], files, [], 50);
    expect(plan.post.map((p) => [p.finding.fingerprint, p.line])).toEqual([
      ["f1", 1],
      ["f2", 3],
    ]);
    expect(plan.resolve).toEqual([]);
    expect([...plan.commented]).toEqual(["f1", "f2"]);
  });

  test("re-run with nothing changed: empty plan", () => {
    const plan = planReview([finding("f1", 1)], files, [comment("f1")], 50);
    expect(plan.post).toEqual([]);
    expect(plan.reopen).toEqual([]);
    expect(plan.resolve).toEqual([]);
    expect(plan.commented.has("f1")).toBe(true);
  });

  test("a finding that is gone resolves its comment, once", () => {
    const plan = planReview([], files, [comment("f1"), comment("f2", { resolved: true })], 50);
    expect(plan.resolve.map((r) => [r.comment.fingerprint, r.reason])).toEqual([["f1", "fixed"]]);
  });

  test("a finding still present but no longer on the diff keeps its comment", () => {
    const plan = planReview([finding("f1", 6)], files, [comment("f1", { outdated: true })], 50);
    expect(plan.resolve).toEqual([]);
    expect(plan.post).toEqual([]);
  });

  test("a comment GitHub shows as outdated is replaced by one on the current line", () => {
    const plan = planReview([finding("f1", 2)], files, [comment("f1", { outdated: true })], 50);
    expect(plan.post.map((p) => p.line)).toEqual([2]);
    expect(plan.resolve.map((r) => r.reason)).toEqual(["moved"]);
  });

  test("a finding that comes back re-opens its resolved comment when it is still on the diff", () => {
    const resolved = comment("f1", { resolved: true });
    const plan = planReview([finding("f1", 2)], files, [resolved], 50);
    expect(plan.post).toEqual([]);
    expect(plan.reopen.map((r) => r.comment)).toEqual([resolved]);
  });

  test("two runs that raced and both commented: the later comment is resolved as a duplicate", () => {
    const plan = planReview([finding("f1", 2)], files, [{ ...comment("f1"), id: 9 }, { ...comment("f1"), id: 4 }], 50);
    expect(plan.post).toEqual([]);
    expect(plan.resolve.map((r) => [r.comment.id, r.reason])).toEqual([[9, "duplicate"]]);
  });

  test("at most the cap of active comments; the rest are counted for the summary", () => {
    const findings = [finding("f1", 1), finding("f2", 2), finding("f3", 3)];
    const plan = planReview(findings, files, [comment("f1")], 2);
    expect(plan.post.map((p) => p.finding.fingerprint)).toEqual(["f2"]);
    expect(plan.overCap).toBe(1);
  });
});
