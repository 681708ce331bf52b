/** A span in a file, 1-based lines and columns (columns count UTF-16 code units, as editors and SARIF do). */
export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function spanContains(outer: SourceSpan, line: number): boolean {
  return line >= outer.line && line <= outer.endLine;
}

export function compareSpans(a: SourceSpan, b: SourceSpan): number {
  return a.line - b.line || a.column - b.column;
}
