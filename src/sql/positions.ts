/**
 * Offsets in three units meet here: libpg-query reports AST locations as UTF-8 byte offsets and
 * error cursors as code-point offsets, while JS strings (and editors) count UTF-16 code units.
 */

/** Maps offsets in a text to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // A byte-order mark is invisible in editors: columns of the first line count from after it.
    if (text.charCodeAt(0) === 0xfeff) this.starts[0] = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    const end = this.starts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, "");
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Converts UTF-8 byte offsets of a text into UTF-16 offsets. */
export function byteOffsetConverter(text: string): (byteOffset: number) => number {
  if (!NON_ASCII.test(text)) return (b) => b;
  // Checkpoints after each non-ASCII character: [byte offset, utf16 offset].
  const bytes: number[] = [0];
  const units: number[] = [0];
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) {
      byte += 1;
      continue;
    }
    byte += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (cp >= 0x10000) i++;
    bytes.push(byte);
    units.push(i + 1);
  }
  return (b) => {
    let lo = 0;
    let hi = bytes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bytes[mid]! <= b) lo = mid;
      else hi = mid - 1;
    }
    return units[lo]! + (b - bytes[lo]!);
  };
}

/** Converts a code-point offset (as Postgres counts characters) into a UTF-16 offset. */
export function codePointToUtf16(text: string, codePoints: number): number {
  let units = 0;
  for (let n = 0; n < codePoints && units < text.length; n++) {
    units += text.codePointAt(units)! >= 0x10000 ? 2 : 1;
  }
  return units;
}
