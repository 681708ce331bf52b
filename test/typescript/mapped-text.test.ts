import { describe, expect, test } from "vitest";
import { concatTexts, cookLiteral, fileOffsetOf, relocate, textAt } from "../../src/typescript/mapped-text.js";

/** Cooks the body of the first literal in `source` (between its quotes). */
function cook(source: string, kind: "string" | "template" = "string", raw = false) {
  const quote = kind === "string" ? source.search(/['"]/) : source.indexOf("`");
  const close = kind === "string" ? source.lastIndexOf(source[quote]!) : source.lastIndexOf("`");
  return cookLiteral(source, quote + 1, close, kind, raw);
}

describe("cooking literals with exact offsets", () => {
  test("plain text maps character by character", () => {
    const t = cook("x = 'CREATE INDEX'");
    expect(t.text).toBe("CREATE INDEX");
    expect(t.offsets.slice(0, 3)).toEqual([5, 6, 7]);
    expect(fileOffsetOf(t, t.text.length)).toBe(17);
  });

  test("escape sequences decode to one character at the escape's offset", () => {
    const source = String.raw`q('a\nb\t\'c\\d\x41\u0042\u{1F600}')`;
    const t = cook(source);
    expect(t.text).toBe("a\nb\t'c\\dAB😀");
    const at = (ch: string) => t.offsets[t.text.indexOf(ch)]! - 3;
    expect(at("\n")).toBe(1);
    expect(at("b")).toBe(3);
    expect(at("'")).toBe(6);
    expect(at("A")).toBe(12);
    expect(at("B")).toBe(16);
    // The surrogate pair of an escaped code point maps both halves to the escape.
    expect(t.offsets[t.text.length - 2]).toBe(t.offsets[t.text.length - 1]);
  });

  test("a line continuation disappears; CR LF in a template reads as LF", () => {
    expect(cook("'ab\\\ncd'").text).toBe("abcd");
    const t = cook("`a\r\nb`", "template");
    expect(t.text).toBe("a\nb");
    expect(t.offsets).toEqual([1, 2, 4, 5]);
  });

  test("String.raw keeps escapes as written", () => {
    expect(cook("String.raw`a\\nb`", "template", true).text).toBe("a\\nb");
  });

  test("substitutions map to where they are embedded; concatenation keeps each part's offsets", () => {
    const a = cook("  'ALTER TABLE '");
    const b = relocate(textAt("users", 0), 40);
    const joined = concatTexts([a, b]);
    expect(joined.text).toBe("ALTER TABLE users");
    expect(joined.offsets[0]).toBe(3);
    expect(joined.offsets[12]).toBe(40);
    expect(joined.offsets[joined.text.length]).toBe(40);
  });
});
