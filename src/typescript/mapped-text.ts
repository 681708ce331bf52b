/**
 * Text assembled from pieces of a source file (string literals, template literals, substituted
 * constants) that remembers, for every character, the file offset it came from. SQL found in a
 * TS/JS migration is parsed from such a text, and each statement's position maps back to the
 * exact line of the file, escape sequences and multi-line templates included.
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` the offset just after the last one. */
  offsets: number[];
  /** Parts of the text standing in for values known only at run time. */
  placeholders: Placeholder[];
}

export interface Placeholder {
  /** Range in `text`. */
  start: number;
  end: number;
  /** The expression it stands for, as written. */
  source: string;
}

export function emptyText(at: number): MappedText {
  return { text: "", offsets: [at], placeholders: [] };
}

/** A text whose every character maps to one file offset: a value substituted at `at`. */
export function textAt(text: string, at: number): MappedText {
  const offsets = new Array<number>(text.length + 1).fill(at);
  return { text, offsets, placeholders: [] };
}

/** Concatenates mapped texts; each part keeps its offsets. */
export function concatTexts(parts: readonly MappedText[]): MappedText {
  if (parts.length === 1) return parts[0]!;
  let text = "";
  const offsets: number[] = [];
  const placeholders: Placeholder[] = [];
  for (const part of parts) {
    for (const p of part.placeholders) placeholders.push({ ...p, start: p.start + text.length, end: p.end + text.length });
    for (let i = 0; i < part.text.length; i++) offsets.push(part.offsets[i]!);
    text += part.text;
  }
  const last = parts[parts.length - 1];
  offsets.push(last ? last.offsets[last.text.length]! : 0);
  return { text, offsets, placeholders };
}

/** The same characters, all mapped to `at` (a constant substituted into a larger string). */
export function relocate(part: MappedText, at: number): MappedText {
  return { text: part.text, offsets: part.offsets.map(() => at), placeholders: part.placeholders };
}

/** Maps an offset in the text (including its end) to a file offset. */
export function fileOffsetOf(mapped: MappedText, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, mapped.text.length));
  return mapped.offsets[clamped]!;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0",
};

/**
 * The value of the characters of a string or template literal between `start` and `end` (file
 * offsets, quotes excluded), the way JavaScript cooks them: escape sequences decoded, line
 * continuations removed, and in templates CR LF read as LF. `raw` keeps escapes as written
 * (`String.raw`). Each resulting character maps to the offset where its source starts.
 */
export function cookLiteral(source: string, start: number, end: number, kind: "string" | "template", raw = false): MappedText {
  let text = "";
  const offsets: number[] = [];
  const push = (chars: string, at: number) => {
    for (let k = 0; k < chars.length; k++) offsets.push(at);
    text += chars;
  };
  let i = start;
  while (i < end) {
    const c = source[i]!;
    if (c === "\r" && kind === "template") {
      push("\n", i);
      i += source[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (c !== "\\" || raw) {
      push(c, i);
      i++;
      continue;
    }
    const at = i;
    const next = source[i + 1];
    if (next === undefined) {
      push("\\", at);
      i++;
      continue;
    }
    if (next === "\r") {
      i += source[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (next === "\n" || next === "\u2028" || next === "\u2029") {
      i += 2;
      continue;
    }
    if (next === "x") {
      const hex = source.slice(i + 2, i + 4);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        push(String.fromCharCode(Number.parseInt(hex, 16)), at);
        i += 4;
        continue;
      }
    }
    if (next === "u") {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(source.slice(i + 2, i + 12));
      if (braced) {
        push(String.fromCodePoint(Number.parseInt(braced[1]!, 16)), at);
        i += 2 + braced[0].length;
        continue;
      }
      const hex = source.slice(i + 2, i + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        push(String.fromCharCode(Number.parseInt(hex, 16)), at);
        i += 6;
        continue;
      }
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined && !(next === "0" && /[0-9]/.test(source[i + 2] ?? ""))) {
      push(simple, at);
      i += 2;
      continue;
    }
    // `\'`, `\"`, `` \` ``, `\$`, `\\` and any other escaped character stand for themselves.
    const cp = source.codePointAt(i + 1)!;
    push(String.fromCodePoint(cp), at);
    i += cp > 0xffff ? 3 : 2;
  }
  offsets.push(end);
  return { text, offsets, placeholders: [] };
}
