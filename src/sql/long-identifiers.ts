/** Postgres keeps the first NAMEDATALEN - 1 bytes of an identifier. */
export const MAX_IDENTIFIER_BYTES = 63;

export interface LongIdentifier {
  /** As written (unquoted ones lower-cased, as Postgres folds them). */
  name: string;
  /** What Postgres keeps: the first 63 bytes, never cutting a character in two. */
  truncated: string;
  /** UTF-16 offset into the statement's text. */
  offset: number;
}

const utf8 = new TextEncoder();
const DOLLAR_TAG = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;
/** The rest of a name after its first character (always matches, possibly nothing). */
const NAME_REST = /[A-Za-z0-9_$\u0080-\uffff]*/y;

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 0x80;
}

/** A UTF-16 unit is at most 3 bytes of UTF-8: a name this short always fits. */
const SHORT_FOR_SURE = Math.floor(MAX_IDENTIFIER_BYTES / 3);
/**
 * Nearly every statement has no run of name characters long enough (bare, or inside double
 * quotes) to be over the limit; those need no scan. A match in a string or comment only costs
 * the scan that then finds nothing.
 */
const MAYBE_LONG = new RegExp(`[A-Za-z0-9_$\\u0080-\\uffff]{${SHORT_FOR_SURE + 1}}|"[^"]{${SHORT_FOR_SURE + 1}}`);
const decoder = new TextDecoder();

/**
 * The identifiers of a statement longer than 63 bytes. Postgres's lexer truncates them before the
 * parser sees them (with only a NOTICE), so the AST holds the short form: the long one is only in
 * the text. Strings, dollar-quoted bodies and comments are skipped.
 */
export function longIdentifiers(sql: string): LongIdentifier[] {
  const found: LongIdentifier[] = [];
  if (!MAYBE_LONG.test(sql)) return found;
  const note = (name: string, offset: number) => {
    if (name.length <= SHORT_FOR_SURE) return;
    const bytes = utf8.encode(name);
    if (bytes.length <= MAX_IDENTIFIER_BYTES) return;
    let end = MAX_IDENTIFIER_BYTES;
    while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
    found.push({ name, truncated: decoder.decode(bytes.subarray(0, end)), offset });
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === "'") {
      // E'...' strings escape with backslashes; standard strings only double the quote.
      const escapes = i > 0 && /[eE]/.test(sql[i - 1]!) && !/[\w$]/.test(sql[i - 2] ?? "");
      i++;
      while (i < sql.length) {
        if (escapes && sql[i] === "\\") i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
    } else if (c === '"') {
      let name = "";
      const start = i++;
      while (i < sql.length) {
        if (sql[i] === '"' && sql[i + 1] === '"') (name += '"'), (i += 2);
        else if (sql[i] === '"') break;
        else name += sql[i++];
      }
      i++;
      note(name, start);
    } else if (c === "$" && ((DOLLAR_TAG.lastIndex = i), DOLLAR_TAG.test(sql))) {
      const tag = sql.slice(i, DOLLAR_TAG.lastIndex);
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else if (isNameStart(sql.charCodeAt(i))) {
      const start = i;
      NAME_REST.lastIndex = i + 1;
      NAME_REST.test(sql);
      i = NAME_REST.lastIndex;
      if (i - start > SHORT_FOR_SURE) note(sql.slice(start, i).toLowerCase(), start);
    } else {
      i++;
    }
  }
  return found;
}
