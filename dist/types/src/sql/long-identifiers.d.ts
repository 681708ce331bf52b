/** Postgres keeps the first NAMEDATALEN - 1 bytes of an identifier. */
export declare const MAX_IDENTIFIER_BYTES = 63;
export interface LongIdentifier {
    /** As written (unquoted ones lower-cased, as Postgres folds them). */
    name: string;
    /** What Postgres keeps: the first 63 bytes, never cutting a character in two. */
    truncated: string;
    /** UTF-16 offset into the statement's text. */
    offset: number;
}
/**
 * The identifiers of a statement longer than 63 bytes. Postgres's lexer truncates them before the
 * parser sees them (with only a NOTICE), so the AST holds the short form: the long one is only in
 * the text. Strings, dollar-quoted bodies and comments are skipped.
 */
export declare function longIdentifiers(sql: string): LongIdentifier[];
