import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files: new Set(findings.map((f) => f.file)).size };
}

/** `1 set skipped (not PostgreSQL)`, `2 sets and 40 migrations skipped (not PostgreSQL)`; empty when nothing was. */
export function skippedSummary(notices: readonly Notice[]): string {
  const sets = notices.filter((n) => n.kind === "skipped-set").length;
  const files = notices.filter((n) => n.kind === "skipped-files").reduce((sum, n) => sum + n.migrations, 0);
  const parts = [...(sets > 0 ? [plural(sets, "set")] : []), ...(files > 0 ? [plural(files, "migration")] : [])];
  return parts.length > 0 ? `${parts.join(" and ")} skipped (not PostgreSQL)` : "";
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
