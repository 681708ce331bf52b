import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { formatMarkdown } from "../../src/report/markdown.js";

function finding(line: number, message = "CREATE INDEX `i` takes a SHARE lock on `t`."): Finding {
  return {
    ruleId: "require-concurrent-index",
    severity: "error",
    message,
    file: "db/migrations/002.sql",
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    direction: "up",
    fingerprint: `fp${line}`,
  };
}

describe("formatMarkdown notes", () => {
  test("follow the table", () => {
    const md = formatMarkdown([finding(3)], { checkedMigrations: 1, notes: ["Only 10 of 12 annotations are shown."] });
    expect(md.indexOf("Only 10 of 12")).toBeGreaterThan(md.indexOf("| ❌ |"));
    expect(md.endsWith("Only 10 of 12 annotations are shown.\n")).toBe(true);
  });

  test("follow the all-clear", () => {
    const md = formatMarkdown([], { checkedMigrations: 2, notes: ["note"] });
    expect(md).toBe("### ✅ migration-guard: no problems found\n\nChecked 2 migrations: no risky locks, rewrites or failures.\n\nnote\n");
  });

  test("count towards the length limit, so rows are cut instead", () => {
    const findings = Array.from({ length: 200 }, (_, i) => finding(i + 1, "x".repeat(200)));
    const notes = ["n".repeat(5_000)];
    const md = formatMarkdown(findings, { checkedMigrations: 1, maxLength: 20_000, notes });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain("more findings not shown here");
    expect(md).toContain(notes[0]);
  });
});
