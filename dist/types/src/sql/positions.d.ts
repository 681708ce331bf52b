/**
 * Offsets in three units meet here: libpg-query reports AST locations as UTF-8 byte offsets and
 * error cursors as code-point offsets, while JS strings (and editors) count UTF-16 code units.
 */
/** Maps offsets in a text to 1-based line and column. */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    position(offset: number): {
        line: number;
        column: number;
    };
    get lineCount(): number;
    lineText(line: number): string;
}
/** Converts UTF-8 byte offsets of a text into UTF-16 offsets. */
export declare function byteOffsetConverter(text: string): (byteOffset: number) => number;
/** Converts a code-point offset (as Postgres counts characters) into a UTF-16 offset. */
export declare function codePointToUtf16(text: string, codePoints: number): number;
