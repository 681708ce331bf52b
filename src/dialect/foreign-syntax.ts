import type { Finding } from "../core/finding.js";
import type { SourceSpan } from "../core/location.js";
import type { Migration } from "../core/migration.js";
import type { LintPlan } from "../discover/plan.js";

/** A database whose syntax shows in statements Postgres rejects. */
type ForeignDialect = "mysql" | "sqlite" | "sqlserver";

const NAMES: Record<ForeignDialect, string> = { mysql: "MySQL", sqlite: "SQLite", sqlserver: "SQL Server" };

/**
 * Marks of another database's syntax, looked for only in statements the Postgres parser rejected.
 * Backticks quote identifiers in MySQL and in SQLite alike, so they count for either.
 */
const MARKS: Array<{ pattern: RegExp; mark: string; dialect: ForeignDialect | "mysql-or-sqlite" }> = [
  { pattern: /`[^`\n]*`/, mark: "backtick-quoted names", dialect: "mysql-or-sqlite" },
  { pattern: /\bAUTO_INCREMENT\b/i, mark: "AUTO_INCREMENT", dialect: "mysql" },
  { pattern: /\bENGINE\s*=/i, mark: "ENGINE=", dialect: "mysql" },
  { pattern: /\b(?:DEFAULT\s+)?(?:CHARSET|CHARACTER\s+SET)\s*=?\s*utf8/i, mark: "CHARSET", dialect: "mysql" },
  { pattern: /\bUNSIGNED\b/i, mark: "UNSIGNED", dialect: "mysql" },
  { pattern: /\bON\s+UPDATE\s+CURRENT_TIMESTAMP\b/i, mark: "ON UPDATE CURRENT_TIMESTAMP", dialect: "mysql" },
  { pattern: /\bMODIFY\s+(?:COLUMN\s+)?[`"\w]/i, mark: "MODIFY COLUMN", dialect: "mysql" },
  { pattern: /\bALTER\s+TABLE\b[\s\S]*\b(?:ADD|DROP)\s+(?:UNIQUE\s+)?(?:KEY|INDEX)\b/i, mark: "ADD/DROP INDEX inside ALTER TABLE", dialect: "mysql" },
  { pattern: /\bAUTOINCREMENT\b/i, mark: "AUTOINCREMENT", dialect: "sqlite" },
  { pattern: /^\s*PRAGMA\b/i, mark: "PRAGMA", dialect: "sqlite" },
  { pattern: /\bWITHOUT\s+ROWID\b/i, mark: "WITHOUT ROWID", dialect: "sqlite" },
  { pattern: /\bINSERT\s+OR\s+(?:REPLACE|IGNORE)\b/i, mark: "INSERT OR REPLACE", dialect: "sqlite" },
  { pattern: /\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)/i, mark: "IDENTITY(1,1)", dialect: "sqlserver" },
  { pattern: /\[\w+\]\s*\.\s*\[\w+\]|\[dbo\]/i, mark: "[bracketed] names", dialect: "sqlserver" },
  { pattern: /\bN?VARCHAR\s*\(\s*MAX\s*\)/i, mark: "NVARCHAR(MAX)", dialect: "sqlserver" },
];

/** The marks of another database in a rejected statement (empty for a plain Postgres mistake). */
export function foreignMarks(statement: string): Mark[] {
  return MARKS.filter((m) => m.pattern.test(statement));
}

/**
 * Where nothing says which database a set runs on, it is checked as PostgreSQL. When the
 * statements Postgres rejects in it are another database's syntax, that is one fact about the
 * set, not one error per statement: those parse errors become one finding per set, at the first
 * of them, naming the database and how to say so in the config. Other parse errors stay as they are.
 *
 * The statements are seen as the migrations are read (`record`), the findings after the rules ran
 * (`collapse`): a parse error's finding points at Postgres's error position, matched back to the
 * rejected statement it came from.
 */
export class ForeignSyntax {
  private readonly marksAt = new Map<string, Mark[]>();

  record(migration: Pick<Migration, "path" | "statements">): void {
    for (const statement of migration.statements) {
      if (!statement.error) continue;
      const marks = foreignMarks(statement.sql);
      if (marks.length > 0) this.marksAt.set(positionKey(migration.path, statement.error.span), marks);
    }
  }

  collapse(findings: Finding[], plan: LintPlan): Finding[] {
    if (this.marksAt.size === 0) return findings;
    const setOf = new Map<string, string>();
    for (const set of plan.sets) for (const file of set.files) setOf.set(file.path, set.dir);
    const bySet = new Map<string, Array<{ finding: Finding; marks: Mark[] }>>();
    for (const finding of findings) {
      if (finding.ruleId !== "parse-error") continue;
      const marks = this.marksAt.get(positionKey(finding.file, finding));
      const set = setOf.get(finding.file);
      if (!marks || set === undefined) continue;
      const list = bySet.get(set) ?? [];
      list.push({ finding, marks });
      bySet.set(set, list);
    }
    if (bySet.size === 0) return findings;
    const replaced = new Map<Finding, Finding | undefined>();
    for (const [set, list] of bySet) {
      replaced.set(list[0]!.finding, summaryFinding(set, list));
      for (const { finding } of list.slice(1)) replaced.set(finding, undefined);
    }
    return findings.flatMap((f) => {
      if (!replaced.has(f)) return [f];
      const summary = replaced.get(f);
      return summary ? [summary] : [];
    });
  }
}

type Mark = (typeof MARKS)[number];

function positionKey(file: string, at: SourceSpan): string {
  return `${file}\0${at.line}:${at.column}:${at.endLine}:${at.endColumn}`;
}

function summaryFinding(set: string, list: Array<{ finding: Finding; marks: Mark[] }>): Finding {
  const first = list[0]!.finding;
  const counts = new Map<string, number>();
  const votes: Record<ForeignDialect, number> = { mysql: 0, sqlite: 0, sqlserver: 0 };
  for (const { marks } of list) {
    for (const m of marks) {
      counts.set(m.mark, (counts.get(m.mark) ?? 0) + 1);
      if (m.dialect !== "mysql-or-sqlite") votes[m.dialect]++;
    }
  }
  const ranked = (Object.keys(votes) as ForeignDialect[]).filter((d) => votes[d] > 0).sort((a, b) => votes[b] - votes[a]);
  const dialects: ForeignDialect[] = ranked.length > 0 ? [ranked[0]!] : ["mysql", "sqlite"];
  const name = dialects.map((d) => NAMES[d]).join(" or ");
  const marks = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([mark]) => mark);
  const files = new Set(list.map((l) => l.finding.file)).size;
  const n = list.length;
  const statements = n === 1 ? "1 statement" : `${n} statements`;
  const inFiles = files === 1 ? "" : ` in ${files} files`;
  const where = set === "." ? "this folder" : set;
  const config = dialects.map((d) => `\`dialect: "${d}"\``).join(" or ");
  const others = n === 1 ? "" : "; this is the first, the others are not listed one by one";
  return {
    ...first,
    message:
      `These migrations look written for ${name}, not PostgreSQL: ${statements}${inFiles} of ${where} ${n === 1 ? "fails" : "fail"} to parse as PostgreSQL, in ${name} syntax (${marks.join(", ")})${others}. ` +
      `migration-guard checks PostgreSQL migrations. If the migrations of ${where} run on ${name}, set ${config} for that set in the config and it is skipped; if they run on PostgreSQL, ${n === 1 ? "this statement fails" : "each of these statements fails"} when its migration runs.`,
    fingerprint: `foreign-syntax:${set}`,
  };
}
