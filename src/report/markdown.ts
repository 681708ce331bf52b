import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { codeSpan, plainText, ruleMessage, safeUrl } from "./markdown-text.js";
import { countFindings, plural } from "./summary.js";

export interface MarkdownOptions {
  checkedMigrations: number;
  /** Makes `file:line` a link, e.g. to the file at the PR's head commit. */
  fileUrl?: (file: string, line: number) => string;
  /** Upper bound on the output's length; rows past it are summarized. GitHub's limit is 65,536. */
  maxLength?: number;
  /**
   * Short paragraphs after the table (or the all-clear): what the reader cannot see elsewhere,
   * e.g. that GitHub showed only some of the annotations, or which findings are not on the diff.
   */
  notes?: readonly string[];
  /** Sets skipped as another database's: a line each, before the notes. */
  notices?: readonly Notice[];
  /** Messages are untrusted text (a findings file from a pull request's run): shown as plain text. */
  plainMessages?: boolean;
}

const DEFAULT_MAX = 60_000;

/** A Markdown report: counts, a table of findings, or an all-clear. The Action's summary uses it. */
export function formatMarkdown(findings: readonly Finding[], options: MarkdownOptions): string {
  const checked = plural(options.checkedMigrations, "migration");
  const notices = (options.notices ?? []).map((n) => `ℹ️ ${options.plainMessages ? plainText(n.message) : ruleMessage(n.message)}`);
  const notes = [...(notices.length ? [notices.join("\n\n")] : []), ...(options.notes ?? [])].map((n) => `\n${n}\n`).join("");
  if (findings.length === 0 && options.checkedMigrations === 0 && notices.length > 0) {
    return `### ℹ️ migration-guard: no PostgreSQL migrations to check\n\nEvery migration found is for another database than PostgreSQL, so none was checked.\n${notes}`;
  }
  if (findings.length === 0) {
    return `### ✅ migration-guard: no problems found\n\nChecked ${checked}: no risky locks, rewrites or failures.\n${notes}`;
  }
  const counts = countFindings(findings);
  const icon = counts.errors ? "❌" : "⚠️";
  const head = [
    `### ${icon} migration-guard: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`,
    "",
    `Checked ${checked}; ${plural(findings.length, "problem")} in ${plural(counts.files, "file")}.`,
    "",
    "| | Where | Rule | What happens and what to do |",
    "|---|---|---|---|",
  ].join("\n");
  const max = options.maxLength ?? DEFAULT_MAX;
  const rows: string[] = [];
  let length = head.length + notes.length;
  let omitted = 0;
  for (const f of findings) {
    const row = tableRow(f, options);
    if (length + row.length + 200 > max) {
      omitted++;
      continue;
    }
    rows.push(row);
    length += row.length + 1;
  }
  const tail = omitted > 0 ? `\n\n…and ${plural(omitted, "more finding")} not shown here (the full list is in the job's findings file).` : "";
  return `${head}\n${rows.join("\n")}${tail}\n${notes}`;
}

/** Every cell's text comes from the repository (file names, identifiers): code spans and plain text only. */
function tableRow(f: Finding, options: MarkdownOptions): string {
  const icon = f.severity === "error" ? "❌" : f.severity === "warning" ? "⚠️" : "ℹ️";
  const place = codeSpan(`${f.file}:${f.line}`, { inTable: true });
  const fileUrl = options.fileUrl ? safeUrl(options.fileUrl(f.file, f.line)) : undefined;
  const where = fileUrl ? `[${place}](${fileUrl})` : place;
  const docsUrl = f.docsUrl ? safeUrl(f.docsUrl) : undefined;
  const ruleId = codeSpan(f.ruleId, { inTable: true });
  const rule = docsUrl ? `[${ruleId}](${docsUrl})` : ruleId;
  const direction = f.direction === "down" ? " _(down migration)_" : "";
  const message = options.plainMessages ? plainText(f.message) : ruleMessage(f.message, { inTable: true });
  return `| ${icon} | ${where} | ${rule}${direction} | ${message} |`;
}
