import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { inlineCommentBody, resolvedCommentBody } from "../../src/github/comment-body.js";
import { fingerprintOf, isResolvedBody } from "../../src/github/markers.js";

const f: Finding = {
  ruleId: "require-concurrent-index",
  severity: "error",
  message: "CREATE INDEX `i` takes a SHARE lock on `users`: writes wait. Build it with CREATE INDEX CONCURRENTLY instead. <!-- sneaky -->",
  file: "db/migrations/002.sql",
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 40,
  direction: "up",
  docsUrl: "https://github.com/migration-guard/migration-guard/blob/v1/docs/rules/require-concurrent-index.md",
  fingerprint: "unreadable:db/my migrations/002.sql",
};

describe("inline comment bodies", () => {
  test("name the rule, say the impact and the fix, link the docs, and carry the fingerprint", () => {
    const body = inlineCommentBody(f);
    expect(body).toContain("[`require-concurrent-index`](https://github.com/migration-guard/migration-guard/blob/v1/docs/rules/require-concurrent-index.md)");
    expect(body).toContain("takes a SHARE lock on `users`");
    expect(body).toContain("[Why and how to fix]");
    expect(body).toContain("-- migration-guard-ignore require-concurrent-index: <reason>");
    expect(fingerprintOf(body)).toBe(f.fingerprint);
    expect(isResolvedBody(body)).toBe(false);
  });

  test("a message cannot smuggle in a marker", () => {
    expect(inlineCommentBody(f)).not.toContain("<!-- sneaky");
  });

  test("a resolved body keeps the fingerprint and the original text, folded", () => {
    const resolved = resolvedCommentBody(inlineCommentBody(f), "0123456789abcdef0123456789abcdef01234567", "fixed");
    expect(fingerprintOf(resolved)).toBe(f.fingerprint);
    expect(isResolvedBody(resolved)).toBe(true);
    expect(resolved).toContain("no longer reports this as of 0123456");
    expect(resolved).toContain("<details><summary>Original comment</summary>");
    expect(resolved).toContain("takes a SHARE lock");
  });
});
