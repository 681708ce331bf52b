import type { Colors } from "picocolors/types.js";
import type { SourceSpan } from "../core/location.js";

const MAX_LINES = 6;

/**
 * The lines of a span with line numbers, one line of context before, and a caret under a
 * single-line span. Long spans are cut after a few lines.
 */
export function codeFrame(text: string, span: SourceSpan, colors: Colors): string {
  const lines = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, span.line - 1);
  const last = Math.min(lines.length, span.endLine, span.line + MAX_LINES - 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n >= span.line && n <= span.endLine ? colors.red(">") : " ";
    const number = colors.dim(`${String(n).padStart(width)} |`);
    out.push(`  ${marker} ${number} ${lines[n - 1] ?? ""}`);
    if (n === span.line && span.endLine === span.line && span.endColumn > span.column) {
      const pad = " ".repeat(width);
      const under = " ".repeat(span.column - 1) + "^".repeat(Math.max(1, span.endColumn - span.column));
      out.push(`    ${colors.dim(`${pad} |`)} ${colors.red(under)}`);
    }
  }
  if (span.endLine > last) out.push(`    ${colors.dim(`${" ".repeat(width)} |`)} ${colors.dim("…")}`);
  return out.join("\n");
}
