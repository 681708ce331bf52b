import type { Notice } from "../core/notice.js";
import type { LintPlan, PlannedSet } from "../discover/plan.js";
import { DATABASE_NAMES, type Database } from "./databases.js";
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
    if (verdict.database === "postgresql") kept.push(set);
    else notices.push(skippedNotice(set, verdict));
  }
  return { plan: { ...plan, sets: kept }, notices };
}

function skippedNotice(set: PlannedSet, verdict: DialectVerdict): Notice {
  const name = verdict.databases.map((d) => DATABASE_NAMES[d]).join(" or ");
  const migrations = set.files.filter((f) => f.checked).length;
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
