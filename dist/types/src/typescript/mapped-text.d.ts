/**
 * Text assembled from pieces of a source file (string literals, template literals, substituted
 * constants) that remembers, for every character, the file offset it came from. SQL found in a
 * TS/JS migration is parsed from such a text, and each statement's position maps back to the
 * exact line of the file, escape sequences and multi-line templates included.
 */
export interface MappedText {
    text: string;
    /** `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` the offset just after the last one. */
    offsets: number[];
    /** Parts of the text standing in for values known only at run time. */
    placeholders: Placeholder[];
}
export interface Placeholder {
    /** Range in `text`. */
    start: number;
    end: number;
    /** The expression it stands for, as written. */
    source: string;
}
export declare function emptyText(at: number): MappedText;
/** A text whose every character maps to one file offset: a value substituted at `at`. */
export declare function textAt(text: string, at: number): MappedText;
/** Concatenates mapped texts; each part keeps its offsets. */
export declare function concatTexts(parts: readonly MappedText[]): MappedText;
/** The same characters, all mapped to `at` (a constant substituted into a larger string). */
export declare function relocate(part: MappedText, at: number): MappedText;
/** Maps an offset in the text (including its end) to a file offset. */
export declare function fileOffsetOf(mapped: MappedText, offset: number): number;
/**
 * The value of the characters of a string or template literal between `start` and `end` (file
 * offsets, quotes excluded), the way JavaScript cooks them: escape sequences decoded, line
 * continuations removed, and in templates CR LF read as LF. `raw` keeps escapes as written
 * (`String.raw`). Each resulting character maps to the offset where its source starts.
 */
export declare function cookLiteral(source: string, start: number, end: number, kind: "string" | "template", raw?: boolean): MappedText;
