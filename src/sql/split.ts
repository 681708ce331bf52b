import { pgQuery } from "./pg-query.js";
import { byteOffsetConverter } from "./positions.js";

/** A statement's extent in a text, in UTF-16 offsets: from its first token to the end of its last. */
export interface StatementRange {
  start: number;
  end: number;
}

/**
 * Splits SQL text into statements the way psql does: at semicolons outside parentheses and outside
 * `BEGIN ATOMIC ... END` function bodies. Uses the Postgres scanner, so quoting, dollar quotes and
 * comments are understood exactly; when the scanner gives up (an unterminated literal), a small
 * lexer of our own takes over, so one broken statement never hides the rest of the file.
 */
export function splitStatements(text: string): StatementRange[] {
  let tokens: ScannedToken[];
  try {
    tokens = scanTokens(text);
  } catch {
    return splitWithFallbackLexer(text);
  }
  return splitTokens(tokens);
}

interface ScannedToken {
  start: number;
  end: number;
  /** Upper-cased keyword or identifier text; punctuation as is. */
  word: string;
  comment: boolean;
}

function scanTokens(text: string): ScannedToken[] {
  const toUnits = byteOffsetConverter(text);
  return pgQuery().scanSync(text).tokens.map((t) => ({
    start: toUnits(t.start),
    end: toUnits(t.end),
    word: t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT" ? "" : t.text.toUpperCase(),
    comment: t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT",
  }));
}

function splitTokens(tokens: readonly ScannedToken[]): StatementRange[] {
  const ranges: StatementRange[] = [];
  const block = new BlockTracker();
  let start = -1;
  let end = -1;
  for (const token of tokens) {
    if (token.comment) continue;
    if (token.word === ";" && block.atTopLevel()) {
      if (start >= 0) ranges.push({ start, end });
      start = -1;
      block.reset();
      continue;
    }
    if (start < 0) start = token.start;
    end = token.end;
    block.see(token.word);
  }
  if (start >= 0) ranges.push({ start, end });
  return ranges;
}

/**
 * Tracks what keeps a semicolon from ending a statement: open parentheses, and the body of a
 * `CREATE FUNCTION/PROCEDURE ... BEGIN ATOMIC ... END` (where CASE ... END nests as well).
 */
class BlockTracker {
  private parens = 0;
  private blocks = 0;
  private words = 0;
  private startedWithCreate = false;
  private createsRoutine = false;
  private previous = "";

  see(word: string): void {
    this.words++;
    if (word === "(") this.parens++;
    else if (word === ")") this.parens = Math.max(0, this.parens - 1);
    else if (this.words <= 5 && (word === "FUNCTION" || word === "PROCEDURE") && this.startedWithCreate) {
      this.createsRoutine = true;
    } else if (this.createsRoutine) {
      if (word === "ATOMIC" && this.previous === "BEGIN") this.blocks++;
      else if (word === "CASE" && this.blocks > 0) this.blocks++;
      else if (word === "END" && this.blocks > 0) this.blocks--;
    }
    if (this.words === 1) this.startedWithCreate = word === "CREATE";
    this.previous = word;
  }

  atTopLevel(): boolean {
    return this.parens === 0 && this.blocks === 0;
  }

  reset(): void {
    this.parens = 0;
    this.blocks = 0;
    this.words = 0;
    this.createsRoutine = false;
    this.startedWithCreate = false;
    this.previous = "";
  }
}

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Used only when the Postgres scanner rejects the text. Understands what decides where a statement
 * ends: comments, quoted strings (with E'' escapes), quoted identifiers and dollar quotes. An
 * unterminated literal runs to the end of the text, as it does for Postgres.
 */
export function splitWithFallbackLexer(text: string): StatementRange[] {
  return splitTokens(lex(text));
}

function lex(text: string): ScannedToken[] {
  const tokens: ScannedToken[] = [];
  let i = 0;
  const n = text.length;
  const push = (start: number, end: number, word: string) => tokens.push({ start, end, word, comment: false });
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "-" && next === "-") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (text[j] === "/" && text[j + 1] === "*") (depth++, (j += 2));
        else if (text[j] === "*" && text[j + 1] === "/") (depth--, (j += 2));
        else j++;
      }
      // An unterminated comment is part of a statement, so Postgres's own error reaches the user.
      if (depth > 0) push(i, n, "");
      i = j;
    } else if (c === "'" || c === '"') {
      const escapes = c === "'" && i > 0 && /[eE]/.test(text[i - 1]!) && !IDENT_PART.test(text[i - 2] ?? " ");
      let j = i + 1;
      while (j < n) {
        if (escapes && text[j] === "\\") j += 2;
        else if (text[j] === c && text[j + 1] === c) j += 2;
        else if (text[j] === c) break;
        else j++;
      }
      push(i, Math.min(j + 1, n), "");
      i = j + 1;
    } else if (c === "$" && (i === 0 || !IDENT_PART.test(text[i - 1]!))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? n : close + tag[0].length;
        push(i, end, "");
        i = end;
      } else {
        push(i, i + 1, "$");
        i++;
      }
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(text[j]!)) j++;
      push(i, j, text.slice(i, j).toUpperCase());
      i = j;
    } else {
      push(i, i + 1, c);
      i++;
    }
  }
  return tokens;
}

/**
 * Where each top-level, comma-separated part of a statement starts (UTF-16 offsets into `sql`),
 * e.g. the sub-commands of `ALTER TABLE t ADD COLUMN a int, ALTER COLUMN b SET NOT NULL`. The first
 * part starts at the statement. Commas inside parentheses do not count. The statement has parsed,
 * so our own lexer reads it as the Postgres scanner would, without a round trip through it.
 */
export function topLevelParts(sql: string): number[] {
  const tokens = lex(sql);
  const starts = [0];
  let depth = 0;
  let afterComma = false;
  for (const token of tokens) {
    if (token.comment) continue;
    if (afterComma) {
      starts.push(token.start);
      afterComma = false;
    }
    if (token.word === "(" || token.word === "[") depth++;
    else if (token.word === ")" || token.word === "]") depth = Math.max(0, depth - 1);
    else if (token.word === "," && depth === 0) afterComma = true;
  }
  return starts;
}
