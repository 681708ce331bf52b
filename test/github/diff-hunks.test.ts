import { describe, expect, test } from "vitest";
import { commentableLines } from "../../src/github/diff-hunks.js";

describe("commentableLines", () => {
  test("a new file: every line", () => {
    expect([...commentableLines("@@ -0,0 +1,3 @@\n+a\n+b\n+c")]).toEqual([1, 2, 3]);
  });

  test("a modified file: added and context lines of each hunk, not removed lines nor lines between hunks", () => {
    const patch = [
      "@@ -2,4 +2,5 @@ CREATE TABLE users (",
      " keep2",
      "-old3",
      "+new3",
      "+new4",
      " keep5",
      " keep6",
      "@@ -20,3 +21,2 @@",
      " keep21",
      "-gone",
      " keep22",
    ].join("\n");
    expect([...commentableLines(patch)].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 21, 22]);
  });

  test("single-line hunk headers without counts, and the no-newline marker", () => {
    expect([...commentableLines("@@ -1 +1 @@\n-a\n+b\n\\ No newline at end of file")]).toEqual([1]);
  });

  test("an empty context line whose leading space was stripped still counts", () => {
    expect([...commentableLines("@@ -1,3 +1,4 @@\n a\n\n+c\n d")].sort()).toEqual([1, 2, 3, 4]);
  });

  test("no patch (binary or too large): nothing can be commented on", () => {
    expect(commentableLines(undefined).size).toBe(0);
    expect(commentableLines("").size).toBe(0);
  });

  test("a deletion-only hunk offers no RIGHT line", () => {
    expect(commentableLines("@@ -5,2 +4,0 @@\n-x\n-y").size).toBe(0);
  });
});
