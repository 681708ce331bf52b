import { describe, expect, test } from "vitest";
import { byteOffsetConverter, codePointToUtf16, LineIndex } from "../../src/sql/positions.js";

describe("positions", () => {
  test("LineIndex handles \\n, \\r\\n and \\r line ends", () => {
    const lines = new LineIndex("a\nbc\r\nd\re");
    expect([0, 2, 3, 6, 8].map((o) => lines.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(lines.lineText(2)).toBe("bc");
  });

  test("byte offsets convert to UTF-16 offsets across 2-, 3- and 4-byte characters", () => {
    const text = "aé€😀b";
    const toUnits = byteOffsetConverter(text);
    const bytes = Buffer.from(text);
    const byteOfB = bytes.indexOf("b");
    expect(toUnits(byteOfB)).toBe(text.indexOf("b"));
    expect(toUnits(0)).toBe(0);
    expect(toUnits(1)).toBe(1);
  });

  test("code-point offsets (Postgres error cursors) convert to UTF-16 offsets", () => {
    expect(codePointToUtf16("😀😀x", 2)).toBe(4);
    expect(codePointToUtf16("abc", 2)).toBe(2);
  });
});
