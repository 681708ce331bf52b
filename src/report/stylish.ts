import type { Colors } from "picocolors/types.js";
import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { codeFrame } from "./code-frame.js";
import { ruleCounts, SCREENFUL_LINES } from "./rule-counts.js";
import { countFindings, plural, skippedSummary } from "./summary.js";

export interface StylishOptions {
  colors: Colors;
  /** File texts, for code frames. */
  sources: ReadonlyMap<string, string>;
  checkedMigrations: number;
  /** Sets skipped as another database's: each is a line above the summary. */
  notices?: readonly Notice[];
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
  const notices = (options.notices ?? []).map((n) => `${colors.blue("ℹ")} ${n.message}\n`).join("");
  const body = `${blocks.map((b) => `${b}\n`).join("\n")}${blocks.length ? "\n" : ""}`;
  // More than a screenful: end with the counts per rule, so the shape of the run is visible without scrolling.
  const counts = body.split("\n").length > SCREENFUL_LINES ? `${ruleCounts(findings, colors)}\n\n` : "";
  return `${body}${counts}${notices}${summaryLine(findings, options)}\n`;
}

/** A file name with its control characters escaped (`\n`, `\u001b`), so a strange name cannot split or color a line. */
function printableFile(file: string): string {
  // eslint-disable-next-line no-control-regex
  return file.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

function summaryLine(findings: readonly Finding[], options: StylishOptions): string {
  const { colors } = options;
  const counts = countFindings(findings);
  const skippedText = skippedSummary(options.notices ?? []);
  const skipped = skippedText ? ` · ${skippedText}` : "";
  const checked = `checked ${plural(options.checkedMigrations, "migration")}${skipped}`;
  // Nothing checked is not "no problems": every migration found was another database's.
  if (findings.length === 0 && options.checkedMigrations === 0 && skippedText) {
    return colors.blue(`ℹ No PostgreSQL migrations to check · ${skippedText}`);
  }
  if (findings.length === 0) return colors.green(`✔ No problems found · ${checked}`);
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos) parts.push(plural(counts.infos, "info"));
  const mark = counts.errors ? colors.red("✖") : colors.yellow("⚠");
  return `${mark} ${colors.bold(plural(findings.length, "problem"))} (${parts.join(", ")}) in ${plural(counts.files, "file")} · ${checked}`;
}
