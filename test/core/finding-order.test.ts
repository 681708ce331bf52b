import { expect, test } from "vitest";
import { compareFindings, type Finding } from "../../src/core/finding.js";

const finding = (file: string, line: number, direction: "up" | "down"): Finding => ({
  ruleId: "r",
  severity: "warning",
  message: "",
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 1,
  direction,
  fingerprint: "",
});

test("every up finding comes before every down finding, then by file and line", () => {
  const sorted = [finding("a.ts", 20, "down"), finding("b.ts", 3, "up"), finding("a.ts", 9, "up"), finding("a.ts", 2, "down")].sort(compareFindings);
  expect(sorted.map((f) => `${f.direction} ${f.file}:${f.line}`)).toEqual(["up a.ts:9", "up b.ts:3", "down a.ts:2", "down a.ts:20"]);
});
