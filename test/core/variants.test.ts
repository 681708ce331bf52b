import { describe, expect, test } from "vitest";
import { collapseVariants, dropRepeats } from "../../src/core/variants.js";

const variant = (label: string, group = "10:0") => ({ group, label, count: 2 });

describe("findings on statements a TS migration builds in several variants", () => {
  test("one every variant has is reported once, as the first variant's", () => {
    const out = collapseVariants([
      { ruleId: "r", message: "first", variant: variant("`a` is true") },
      { ruleId: "r", message: "second", variant: variant("`a` is false") },
    ]);
    expect(out.map((f) => f.message)).toEqual(["first"]);
  });

  test("one only some variants have says when it applies", () => {
    const out = collapseVariants([
      { ruleId: "r", message: "Build it concurrently.", variant: variant("`a` is false") },
      { ruleId: "other", message: "unrelated" },
    ]);
    expect(out.map((f) => f.message)).toEqual(["Build it concurrently. (Only when `a` is false.)", "unrelated"]);
  });

  test("different rules and different statements are never merged", () => {
    const out = collapseVariants([
      { ruleId: "r", message: "x", variant: variant("`a` is true", "10:0") },
      { ruleId: "r", message: "y", variant: variant("`a` is true", "10:1") },
      { ruleId: "s", message: "z", variant: variant("`a` is true", "10:0") },
    ]);
    expect(out).toHaveLength(3);
  });
});

describe("repeated findings", () => {
  test("the same rule, place, direction and message is reported once; anything else differing keeps both", () => {
    const span = { line: 3, column: 5, endLine: 3, endColumn: 40 };
    const f = (message: string, line = 3) => ({ ruleId: "parse-error", direction: "up", message, span: { ...span, line, endLine: line } });
    expect(dropRepeats([f("a"), f("a"), f("b"), f("a", 4)]).map((x) => `${x.message}@${x.span.line}`)).toEqual(["a@3", "b@3", "a@4"]);
  });
});
