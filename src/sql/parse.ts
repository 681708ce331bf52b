import type { Node } from "@pgsql/types";
import { loadPgQuery, pgQuery } from "./pg-query.js";
import type { Statement } from "../core/statement.js";
import { byteOffsetConverter, codePointToUtf16 } from "./positions.js";
import { splitStatements, splitWithFallbackLexer, type StatementRange } from "./split.js";

/** A statement as the parser sees it, with offsets (UTF-16) into the text it was parsed from. */
export interface ParsedStatement {
  start: number;
  end: number;
  ast?: Node;
  nodeType?: string;
  error?: { message: string; offset: number };
  /** Converts an AST node `location` (a UTF-8 byte offset) into an offset in the text. */
  offsetOf(location: number | undefined): number;
}

/** Loads the Postgres parser (WebAssembly). Call once before `parseSql`. */
export function loadSqlParser(): Promise<void> {
  return loadPgQuery();
}

interface PgError {
  message: string;
  sqlDetails?: { cursorPosition?: number };
}

/**
 * Parses SQL text into statements. The whole text is parsed at once when it is valid; otherwise
 * it is split with the scanner and each statement parsed alone, so a statement Postgres rejects
 * becomes an error at its own position and the others are still analyzed.
 */
export function parseSql(text: string): ParsedStatement[] {
  return [...parseSqlLazily(text)];
}

/**
 * `parseSql` one statement at a time: a large text is parsed a chunk at a time as the caller asks,
 * so the trees of a file of tens of thousands of statements are never all alive at once.
 */
export function* parseSqlLazily(text: string): Generator<ParsedStatement> {
  // A byte-order mark is an encoding marker, never SQL: as a space it keeps every offset.
  const unmarked = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // The parser reads a C string, so a NUL byte would silently end the text there. Postgres rejects
  // NUL bytes, so the statement holding one is an error and the text after it is still read.
  const nuls = nulOffsets(unmarked);
  const source = nuls.length > 0 ? unmarked.replace(/\0/g, " ") : unmarked;
  // An empty (or blank, or comment-only) text is no statement; the parser refuses an empty string.
  const parsed = source.trim() === "" ? [] : source.length > LARGE_TEXT ? parseInChunks(source) : parseText(source);
  yield* nuls.length > 0 ? markNulBytes(parsed, nuls) : parsed;
}

/**
 * The parser returns a whole text's tree as one JSON string: for a file of tens of thousands of
 * statements, hundreds of megabytes at once. Large texts are parsed a few dozen kilobytes of
 * statements at a time, which bounds that peak; the statements are the same.
 */
const LARGE_TEXT = 256 * 1024;
const CHUNK = 64 * 1024;

function* parseInChunks(text: string): Generator<ParsedStatement> {
  let chunk: StatementRange[] = [];
  const flush = (): ParsedStatement[] => {
    if (chunk.length === 0) return [];
    const whole = parseOne(text, chunk[0]!.start, chunk[chunk.length - 1]!.end);
    // A chunk that fails is parsed statement by statement, so the error lands on its own statement.
    const parsed = whole.some((p) => p.error) && chunk.length > 1 ? chunk.flatMap((r) => parseOne(text, r.start, r.end)) : whole;
    chunk = [];
    return parsed;
  };
  for (const range of splitWithFallbackLexer(text)) {
    if (chunk.length > 0 && range.end - chunk[0]!.start > CHUNK) yield* flush();
    chunk.push(range);
  }
  yield* flush();
}

/** What Postgres answers when a query string holds a NUL byte. */
export const NUL_BYTE_MESSAGE = 'invalid byte sequence for encoding "UTF8": 0x00 (a NUL byte, which also ends the text for tools that read it as a C string)';

function nulOffsets(text: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf("\0"); i >= 0; i = text.indexOf("\0", i + 1)) found.push(i);
  return found;
}

/**
 * The statement around a NUL byte becomes an error at its first one; NUL bytes between two
 * statements become one error of their own. One pass over both sorted lists.
 */
function* markNulBytes(parsed: Iterable<ParsedStatement>, nuls: readonly number[]): Generator<ParsedStatement> {
  let n = 0;
  const errorAt = (offset: number, start: number, end: number): ParsedStatement => ({
    start,
    end,
    error: { message: NUL_BYTE_MESSAGE, offset },
    offsetOf: () => start,
  });
  for (const statement of parsed) {
    if (n < nuls.length && nuls[n]! < statement.start) {
      yield errorAt(nuls[n]!, nuls[n]!, nuls[n]! + 1);
      while (n < nuls.length && nuls[n]! < statement.start) n++;
    }
    const inside = n < nuls.length && nuls[n]! < Math.max(statement.end, statement.start + 1) ? nuls[n]! : undefined;
    while (n < nuls.length && nuls[n]! < Math.max(statement.end, statement.start + 1)) n++;
    yield inside !== undefined && !statement.error ? errorAt(inside, statement.start, statement.end) : statement;
  }
  if (n < nuls.length) yield errorAt(nuls[n]!, nuls[n]!, nuls[n]! + 1);
}

function parseText(text: string): ParsedStatement[] {
  const toUnits = byteOffsetConverter(text);
  try {
    const result = pgQuery().parseSync(text);
    return (result.stmts ?? []).map((raw) => {
      const from = toUnits(raw.stmt_location ?? 0);
      const to = raw.stmt_len ? toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : text.length;
      const node = raw.stmt!;
      const statementLocation = raw.stmt_location ?? 0;
      return {
        start: skipTrivia(text, from),
        end: trimEnd(text, to),
        ast: node,
        nodeType: nodeTypeOf(node),
        // Closures keep the location, not `raw`: whoever keeps `offsetOf` must not keep the tree.
        offsetOf: (location) => toUnits(location ?? statementLocation),
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    return splitStatements(text).flatMap((range) => parseOne(text, range.start, range.end));
  }
}

function parseOne(text: string, start: number, end: number): ParsedStatement[] {
  const chunk = text.slice(start, end);
  if (chunk.trim() === "") return [];
  const toUnits = byteOffsetConverter(chunk);
  try {
    const stmts = pgQuery().parseSync(chunk).stmts ?? [];
    return stmts.map((raw) => {
      const node = raw.stmt!;
      const statementLocation = raw.stmt_location ?? 0;
      const from = start + toUnits(statementLocation);
      return {
        start: skipTrivia(text, from),
        // Trimmed like parseText's, so a statement ends at the same place however the text was cut.
        end: trimEnd(text, raw.stmt_len ? start + toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : end),
        ast: node,
        nodeType: nodeTypeOf(node),
        offsetOf: (location: number | undefined) => start + toUnits(location ?? statementLocation),
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    const cursor = error.sqlDetails?.cursorPosition ?? 0;
    return [
      {
        start,
        end,
        error: { message: oneLine(error.message), offset: start + codePointToUtf16(chunk, cursor) },
        offsetOf: () => start,
      },
    ];
  }
}

/**
 * Gives a statement its `ast` as a lazy, cached, non-enumerable property: parsed again from
 * `statement.sql` on first access. Non-enumerable so that copying a statement (e.g. to another
 * thread) does not trigger the parse.
 */
export function attachLazyAst(statement: Statement): void {
  // Held weakly: when rules read the trees of tens of thousands of statements, the collector may
  // drop those no longer in use (a later read parses again), so memory stays bounded.
  let cached: WeakRef<Node> | undefined;
  Object.defineProperty(statement, "ast", {
    configurable: true,
    enumerable: false,
    get() {
      const known = cached?.deref();
      if (known) return known;
      const node = pgQuery().parseSync(statement.sql).stmts?.[0]?.stmt;
      if (node) cached = new WeakRef(node);
      return node;
    },
  });
}

/**
 * Postgres quotes the text "at or near" an error up to the end of the input, which for an
 * unterminated comment or string is the rest of the file: keep its first line.
 */
function oneLine(message: string): string {
  const near = /^(.*? at or near ")([\s\S]*)"$/.exec(message);
  if (!near || !/[\r\n]/.test(near[2]!)) return message;
  return `${near[1]}${near[2]!.split(/\r?\n|\r/)[0]}…"`;
}

function isPgError(error: unknown): error is PgError {
  return error instanceof Error && error.name === "SqlError";
}

export function nodeTypeOf(node: Node): string {
  for (const key in node) return key;
  return "Unknown";
}

/** Skips whitespace and comments (nested block comments included). */
export function skipTrivia(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith("--", i)) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith("/*", i)) {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text.startsWith("/*", i)) (depth++, (i += 2));
        else if (text.startsWith("*/", i)) (depth--, (i += 2));
        else i++;
      }
    } else {
      return i;
    }
  }
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
