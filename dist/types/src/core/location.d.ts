/** A span in a file, 1-based lines and columns (columns count UTF-16 code units, as editors and SARIF do). */
export interface SourceSpan {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
export declare function spanContains(outer: SourceSpan, line: number): boolean;
export declare function compareSpans(a: SourceSpan, b: SourceSpan): number;
