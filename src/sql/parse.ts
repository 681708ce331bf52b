import type { Node } from "@pgsql/types";
import { loadModule, parseSync } from "libpg-query";
import type { Statement } from "../core/statement.js";
import { byteOffsetConverter, codePointToUtf16 } from "./positions.js";
import { splitStatements } from "./split.js";

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

let loading: Promise<void> | undefined;

/** Loads the Postgres parser (WebAssembly). Call once before `parseSql`. */
export function loadSqlParser(): Promise<void> {
  loading ??= loadModule();
  return loading;
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
  // The parser throws on empty input ("Query cannot be empty"); an empty file has no statements.
  if (text.length === 0) return [];
  const toUnits = byteOffsetConverter(text);
  try {
    const result = parseSync(text);
    return (result.stmts ?? []).map((raw) => {
      const from = toUnits(raw.stmt_location ?? 0);
      const to = raw.stmt_len ? toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : text.length;
      const node = raw.stmt!;
      return {
        start: skipTrivia(text, from),
        end: trimEnd(text, to),
        ast: node,
        nodeType: nodeTypeOf(node),
        offsetOf: (location) => toUnits(location ?? raw.stmt_location ?? 0),
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    return splitStatements(text).flatMap((range) => parseOne(text, range.start, range.end));
  }
}

function parseOne(text: string, start: number, end: number): ParsedStatement[] {
  const chunk = text.slice(start, end);
  const toUnits = byteOffsetConverter(chunk);
  try {
    const stmts = parseSync(chunk).stmts ?? [];
    return stmts.map((raw) => {
      const node = raw.stmt!;
      const from = start + toUnits(raw.stmt_location ?? 0);
      return {
        start: skipTrivia(text, from),
        end: raw.stmt_len ? start + toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : end,
        ast: node,
        nodeType: nodeTypeOf(node),
        offsetOf: (location: number | undefined) => start + toUnits(location ?? raw.stmt_location ?? 0),
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    const cursor = error.sqlDetails?.cursorPosition ?? 0;
    return [
      {
        start,
        end,
        error: { message: error.message, offset: start + codePointToUtf16(chunk, cursor) },
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
  let cached: Node | undefined;
  Object.defineProperty(statement, "ast", {
    configurable: true,
    enumerable: false,
    get() {
      cached ??= parseSync(statement.sql).stmts?.[0]?.stmt;
      return cached;
    },
  });
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
