import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { SEVERITY_RANK } from "../core/finding.js";

/**
 * GitHub workflow commands (`::error file=...,line=...::message`), which the runner turns into
 * annotations on the PR's files. GitHub shows at most 10 annotations of each type per step, so the
 * most severe come first.
 */
export function formatGithub(findings: readonly Finding[], notices: readonly Notice[] = []): string {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return [...ordered.map(annotationCommand), ...notices.map(noticeCommand)].map((line) => `${line}\n`).join("");
}

/** A skipped set as a notice annotation, on the file that says which database it is when there is one. */
export function noticeCommand(n: Notice): string {
  const properties = [...(n.file !== undefined ? [`file=${escapeProperty(n.file)}`, `line=${n.line ?? 1}`] : []), `title=${escapeProperty(n.kind === "skipped-set" ? `migration-guard: ${n.set} skipped (${n.database})` : `migration-guard: ${n.database} migrations of ${n.set} skipped`)}`];
  return `::notice ${properties.join(",")}::${escapeData(n.message)}`;
}

export function annotationCommand(f: Finding): string {
  const command = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
  const properties = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `title=${escapeProperty(`migration-guard: ${f.ruleId}${f.direction === "down" ? " (down)" : ""}`)}`,
  ];
  return `::${command} ${properties.join(",")}::${escapeData(f.message)}`;
}

/** Escaping as the runner's command parser expects it (see @actions/core's command.ts). */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
