import type { Finding } from "../core/finding.js";
import { countFindings } from "./summary.js";

/**
 * The JSON output: one object, `{ findings, summary }`. Other tools read it, so fields are only
 * ever added, never renamed or removed.
 */
export function formatJson(findings: readonly Finding[], checkedMigrations: number, extra: Record<string, unknown> = {}): string {
  const counts = countFindings(findings);
  return `${JSON.stringify(
    {
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        direction: f.direction,
        ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}),
        fingerprint: f.fingerprint,
      })),
      summary: {
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
        filesWithFindings: counts.files,
        checkedMigrations,
      },
      ...extra,
    },
    null,
    2,
  )}\n`;
}
