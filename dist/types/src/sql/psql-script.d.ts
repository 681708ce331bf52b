/**
 * psql scripts mix SQL with lines only psql understands: meta-commands (`\set`, `\connect`,
 * `\i file`, ...) and the data rows of `COPY ... FROM stdin`, which end at a `\.` line. Sent to
 * the parser as SQL they would merge with the next statement and hide it. They are found here
 * with a small lexer that knows where SQL quotes and comments are, so a backslash inside a
 * string is never mistaken for a command.
 */
export interface PsqlPart {
    kind: "meta-command" | "copy-data";
    /** UTF-16 offsets into the text; a meta-command runs to the end of its line. */
    start: number;
    end: number;
}
/** The psql-only parts of a text, in order; none for plain SQL. */
export declare function psqlParts(text: string): PsqlPart[];
/**
 * The text with the psql-only parts blanked (newlines kept, so every offset and line stays), and a
 * meta-command that sends the query buffer turned into the semicolon it stands for.
 */
export declare function blankPsqlParts(text: string, parts: readonly PsqlPart[]): string;
/** The command word of a meta-command part, e.g. `\set`. */
export declare function metaCommandName(text: string, part: PsqlPart): string;
