import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import type { TouchedTable } from "../stats/advisor.js";
import { countFindings } from "./summary.js";

/**
 * The JSON output: one object, `{ findings, notices, summary }`. Other tools read it, so fields are
 * only ever added, never renamed or removed. `notices` lists what is not a finding but changes what
 * the report means: each set skipped because it is for another database than PostgreSQL. With a stats
 * snapshot, `tables` lists the production tables the checked migrations touch, largest first.
 */
export function formatJson(findings: readonly Finding[], checkedMigrations: number, notices: readonly Notice[] = [], tables?: readonly TouchedTable[], extra: Record<string, unknown> = {}): string {
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
      notices: notices.map((n) => ({
        kind: n.kind,
        message: n.message,
        set: n.set,
        database: n.database,
        migrations: n.migrations,
        ...(n.file !== undefined ? { file: n.file, line: n.line ?? 1 } : {}),
      })),
      summary: {
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
        filesWithFindings: counts.files,
        checkedMigrations,
        skippedSets: notices.filter((n) => n.kind === "skipped-set").length,
        skippedMigrations: notices.reduce((sum, n) => sum + n.migrations, 0),
      },
      // Only with a stats snapshot: the production tables the checked migrations touch, largest first.
      ...(tables ? { tables } : {}),
      // From verify: the replay trace and per-set summary.
      ...extra,
    },
    null,
    2,
  )}\n`;
}
