import path from "node:path";
import type { Notice } from "../core/notice.js";
import type { LintPlan, PlannedSet } from "../discover/plan.js";
import { migrationFiles } from "../discover/find-migrations.js";
import { DATABASE_NAMES, folderDatabase, type Database } from "./databases.js";
import { DialectDetector, type DialectVerdict } from "./detect-dialect.js";

/**
 * Leaves out of the plan every set written for another database than PostgreSQL, with one
 * notice per set. The rules are Postgres rules: on MySQL or SQLite migrations they would report
 * Postgres locks that do not exist there, and reject syntax that is valid there.
 */
export async function skipOtherDatabases(cwd: string, plan: LintPlan, configDialect?: Database): Promise<{ plan: LintPlan; notices: Notice[] }> {
  if (plan.sets.length === 0) return { plan, notices: [] };
  const detector = new DialectDetector(cwd, configDialect);
  const kept: PlannedSet[] = [];
  const notices: Notice[] = [];
  for (const set of plan.sets) {
    const verdict = await detector.detect(set);
    if (verdict.database !== "postgresql") {
      notices.push(skippedNotice(set, verdict));
      continue;
    }
    const { postgres, notice } = withoutOtherDatabasesFiles(set);
    if (notice) notices.push(notice);
    if (postgres.files.length > 0) kept.push(postgres);
  }
  return { plan: { ...plan, sets: kept }, notices };
}

/**
 * A file name's database tag: `20200601_create_messages.mysql.up.sql`, `x.sqlite3.down.sql`,
 * `x.cockroach.up.sql` (gobuffalo/pop keeps one file per database in one folder; an untagged file
 * is for every database).
 */
export function fileDatabase(file: string): Database | undefined {
  const parts = path.posix.basename(file).split(".").slice(1, -1);
  for (const part of parts) {
    const database = folderDatabase(part);
    if (database) return database;
  }
  return undefined;
}

/** The set without its files tagged for another database (they are neither checked nor history), and the notice saying so. */
function withoutOtherDatabasesFiles(set: PlannedSet): { postgres: PlannedSet; notice?: Notice } {
  const other = set.files.filter((f) => {
    const database = fileDatabase(f.path);
    return database !== undefined && database !== "postgresql";
  });
  if (other.length === 0) return { postgres: set };
  const otherPaths = new Set(other.map((f) => f.path));
  const databases = [...new Set(other.map((f) => fileDatabase(f.path)!))].map((d) => DATABASE_NAMES[d]).sort();
  const checked = migrationFiles(other).filter((f) => f.checked).length;
  const where = set.dir === "." ? "this folder" : set.dir;
  const example = path.posix.basename(other[0]!.path);
  const names = databases.length === 1 ? databases[0]! : `${databases.slice(0, -1).join(", ")} and ${databases[databases.length - 1]}`;
  const notice: Notice = {
    kind: "skipped-files",
    message: `${checked === 1 ? "1 migration" : `${checked} migrations`} of ${where} ${checked === 1 ? "is" : "are"} for ${names}, by ${checked === 1 ? "its file name" : "their file names"} (such as ${example}): migration-guard checks PostgreSQL migrations; skipped. The set's PostgreSQL and untagged migrations are checked.`,
    set: set.dir,
    database: names,
    migrations: checked,
  };
  return { postgres: { ...set, files: set.files.filter((f) => !otherPaths.has(f.path)) }, ...(checked > 0 ? { notice } : {}) };
}

function skippedNotice(set: PlannedSet, verdict: DialectVerdict): Notice {
  const name = verdict.databases.map((d) => DATABASE_NAMES[d]).join(" or ");
  const migrations = migrationFiles(set.files).filter((f) => f.checked).length;
  const where = set.dir === "." ? "This folder's migration set" : set.dir;
  const signal = verdict.signals.find((s) => !s.folder);
  const signals = verdict.signals.slice(0, 3).map((s) => `${s.what}${s.folder ? "" : ` in ${s.file}`}${s.line > 1 ? `:${s.line}` : ""}`);
  const because =
    verdict.by === "config"
      ? `The config sets \`dialect: "${verdict.database}"\` for it.`
      : `Detected from ${signals.join(", ")}${verdict.signals.length > 3 ? ", ..." : ""}; if it runs on PostgreSQL, set \`dialect: "postgresql"\` for it in the config.`;
  return {
    kind: "skipped-set",
    message: `${where} is ${name}: migration-guard checks PostgreSQL migrations; skipped (${migrations === 1 ? "1 migration" : `${migrations} migrations`}, not checked). ${because}`,
    set: set.dir,
    database: name,
    migrations,
    ...(signal ? { file: signal.file, line: signal.line } : {}),
  };
}
