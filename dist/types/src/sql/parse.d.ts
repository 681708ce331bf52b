import type { Node } from "@pgsql/types";
import type { Statement } from "../core/statement.js";
/** A statement as the parser sees it, with offsets (UTF-16) into the text it was parsed from. */
export interface ParsedStatement {
    start: number;
    end: number;
    ast?: Node;
    nodeType?: string;
    error?: {
        message: string;
        offset: number;
    };
    /** Converts an AST node `location` (a UTF-8 byte offset) into an offset in the text. */
    offsetOf(location: number | undefined): number;
}
/** Loads the Postgres parser (WebAssembly). Call once before `parseSql`. */
export declare function loadSqlParser(): Promise<void>;
/**
 * Parses SQL text into statements. The whole text is parsed at once when it is valid; otherwise
 * it is split with the scanner and each statement parsed alone, so a statement Postgres rejects
 * becomes an error at its own position and the others are still analyzed.
 */
export declare function parseSql(text: string): ParsedStatement[];
/**
 * `parseSql` one statement at a time: a large text is parsed a chunk at a time as the caller asks,
 * so the trees of a file of tens of thousands of statements are never all alive at once.
 */
export declare function parseSqlLazily(text: string): Generator<ParsedStatement>;
/** What Postgres answers when a query string holds a NUL byte. */
export declare const NUL_BYTE_MESSAGE = "invalid byte sequence for encoding \"UTF8\": 0x00 (a NUL byte, which also ends the text for tools that read it as a C string)";
/**
 * Gives a statement its `ast` as a lazy, cached, non-enumerable property: parsed again from
 * `statement.sql` on first access. Non-enumerable so that copying a statement (e.g. to another
 * thread) does not trigger the parse.
 */
export declare function attachLazyAst(statement: Statement): void;
export declare function nodeTypeOf(node: Node): string;
/** Skips whitespace and comments (nested block comments included). */
export declare function skipTrivia(text: string, from: number): number;
