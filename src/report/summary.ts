import type { Finding } from "../core/finding.js";

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

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
