import type { Colors } from "picocolors/types.js";
import type { Finding } from "../core/finding.js";
import { codeFrame } from "./code-frame.js";
import { countFindings, plural } from "./summary.js";

export interface StylishOptions {
  colors: Colors;
  /** File texts, for code frames. */
  sources: ReadonlyMap<string, string>;
  checkedMigrations: number;
}

/** Compiler-style output: `file:line:col  severity  rule-id`, the message, a code frame, and a summary line. */
export function formatStylish(findings: readonly Finding[], options: StylishOptions): string {
  const { colors } = options;
  const blocks: string[] = [];
  for (const f of findings) {
    const severity = f.severity === "error" ? colors.red("error") : f.severity === "warning" ? colors.yellow("warning") : colors.blue("info");
    const direction = f.direction === "down" ? colors.dim(" (down migration)") : "";
    const header = `${colors.bold(`${printableFile(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${colors.dim(f.ruleId)}${direction}`;
    const text = options.sources.get(f.file);
    const frame = text ? `\n${codeFrame(text, f, colors)}` : "";
    const docs = f.docsUrl ? `\n  ${colors.dim(`Docs: ${f.docsUrl}`)}` : "";
    blocks.push(`${header}\n  ${f.message}${frame}${docs}`);
  }
  return `${blocks.map((b) => `${b}\n`).join("\n")}${blocks.length ? "\n" : ""}${summaryLine(findings, options)}\n`;
}

/** A file name with its control characters escaped (`\n`, `\u001b`), so a strange name cannot split or color a line. */
function printableFile(file: string): string {
  // eslint-disable-next-line no-control-regex
  return file.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

function summaryLine(findings: readonly Finding[], options: StylishOptions): string {
  const { colors } = options;
  const counts = countFindings(findings);
  const checked = `checked ${plural(options.checkedMigrations, "migration")}`;
  if (findings.length === 0) return colors.green(`✔ No problems found · ${checked}`);
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos) parts.push(plural(counts.infos, "info"));
  const mark = counts.errors ? colors.red("✖") : colors.yellow("⚠");
  return `${mark} ${colors.bold(plural(findings.length, "problem"))} (${parts.join(", ")}) in ${plural(counts.files, "file")} · ${checked}`;
}
