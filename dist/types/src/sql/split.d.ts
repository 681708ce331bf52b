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
export declare function splitStatements(text: string): StatementRange[];
/**
 * Used only when the Postgres scanner rejects the text. Understands what decides where a statement
 * ends: comments, quoted strings (with E'' escapes), quoted identifiers and dollar quotes. An
 * unterminated literal runs to the end of the text, as it does for Postgres.
 */
export declare function splitWithFallbackLexer(text: string): StatementRange[];
/**
 * Where each top-level, comma-separated part of a statement starts (UTF-16 offsets into `sql`),
 * e.g. the sub-commands of `ALTER TABLE t ADD COLUMN a int, ALTER COLUMN b SET NOT NULL`. The first
 * part starts at the statement. Commas inside parentheses do not count. The statement has parsed,
 * so our own lexer reads it as the Postgres scanner would, without a round trip through it.
 */
export declare function topLevelParts(sql: string): number[];
