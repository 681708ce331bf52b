/**
 * Migration runners that render SQL before running it: Go templates (pop/fizz, e.g. supabase/auth:
 * `{{ index .Options "Namespace" }}.users`) and Flyway/Liquibase placeholders (`${schema}.users`).
 * Left in place they make every statement a parse error; replaced by an identifier named after the
 * placeholder (`namespace.users`, `schema.users`) the statements parse, and an offset map keeps
 * every position pointing into the original file.
 */
const PLACEHOLDER = /\{\{[^{}\n]{1,200}\}\}|\$\{[A-Za-z_][\w.:-]{0,100}\}/g;

export interface RenderedSql {
  text: string;
  /** Maps an offset in `text` to the offset in the original. */
  toOriginal(offset: number): number;
}

interface Piece {
  renderedStart: number;
  originalStart: number;
  /** A substituted placeholder: every offset inside maps to the placeholder's start. */
  replaced: boolean;
}

export function substitutePlaceholders(original: string): RenderedSql | undefined {
  if (!original.includes("{{") && !original.includes("${")) return undefined;
  const pieces: Piece[] = [];
  let text = "";
  let last = 0;
  for (const match of original.matchAll(PLACEHOLDER)) {
    pieces.push({ renderedStart: text.length, originalStart: last, replaced: false });
    text += original.slice(last, match.index);
    pieces.push({ renderedStart: text.length, originalStart: match.index, replaced: true });
    text += placeholderName(match[0]);
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return undefined;
  pieces.push({ renderedStart: text.length, originalStart: last, replaced: false });
  text += original.slice(last);
  return {
    text,
    toOriginal(offset) {
      let lo = 0;
      let hi = pieces.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid]!.renderedStart <= offset) lo = mid;
        else hi = mid - 1;
      }
      const piece = pieces[lo]!;
      return piece.replaced ? piece.originalStart : piece.originalStart + (offset - piece.renderedStart);
    },
  };
}

function placeholderName(placeholder: string): string {
  const words = placeholder.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  const meaningful = words.filter((w) => !["index", "Options", "flyway"].includes(w));
  return (meaningful[meaningful.length - 1] ?? words[words.length - 1] ?? "placeholder").toLowerCase();
}
