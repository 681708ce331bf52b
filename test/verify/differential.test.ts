import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import type { Migration } from "../../src/core/migration.js";
import { findMigrationSets } from "../../src/discover/find-migrations.js";
import { readMigration, type MigrationFileInput } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { TsImportResolver } from "../../src/typescript/module-resolution.js";
import type { ScratchDatabase } from "../../src/verify/database.js";
import { LOCK_ORDER, readRelations, relationName } from "../../src/verify/observe.js";
import { planMigration } from "../../src/verify/replay-plan.js";
import type { TraceEntry } from "../../src/verify/replay.js";
import { extensionsCreated, openDatabase, replayOn } from "../../src/verify/verify.js";
import { fixtureCases, fixtureConfig, runFixtureCase, type FixtureCase } from "../support/fixture-cases.js";

/**
 * The rules' claims checked against a real Postgres: every rule's fixtures (SQL and each tool's
 * TS/JS forms) are replayed on the embedded engine. Where a bad fixture's finding says the
 * statement takes a lock or rewrites a table, the trace must show that lock (or a stronger one)
 * and a rewrite; where the rule's good form is the safe alternative, the trace must show neither.
 */

/** The lock modes messages name, in the words they use. */
const MODE_WORDS: [RegExp, string][] = [
  [/ACCESS EXCLUSIVE/, "AccessExclusiveLock"],
  [/SHARE ROW EXCLUSIVE/, "ShareRowExclusiveLock"],
  [/SHARE UPDATE EXCLUSIVE/, "ShareUpdateExclusiveLock"],
  [/\bSHARE lock/, "ShareLock"],
];

/** A message's claims: the lock modes it says the statement takes, and whether it says it rewrites. */
export function claimsOf(message: string): { modes: string[]; rewrite: boolean } {
  // Sentences about what a later change would do ("widening it then rewrites the table") or what
  // the fix does are not claims about this statement.
  const now = message
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !/\b(later|then|instead|would|unless)\b/.test(sentence))
    .join(" ");
  const modes = MODE_WORDS.filter(([words]) => words.test(now)).map(([, mode]) => mode);
  // A table rewrite, not "rewrites every row" of an UPDATE (new row versions, same table file).
  const rewrite = /\brewrites (`[^`]+`|the table|its table|every table)|\btable rewrite\b|\bwhile it is rewritten\b/.test(now);
  return { modes, rewrite };
}

/**
 * Good fixtures that show the safe alternative to a long lock or a rewrite: the lock the bad form
 * holds for the whole build/rewrite must not be taken on a table that existed before.
 */
const SAFE_FORM: Record<string, { notMode?: string; noRewrite?: boolean }> = {
  "require-concurrent-index": { notMode: "ShareLock" },
  "require-concurrent-index-drop": { notMode: "AccessExclusiveLock" },
  "no-volatile-default": { noRewrite: true },
  "no-column-type-change": { noRewrite: true },
};

let db: ScratchDatabase;
const RESET = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname !~ '^pg_' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  FOR s IN SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' AND rolname <> current_user LOOP
    EXECUTE format('DROP ROLE %I', s);
  END LOOP;
END $$; CREATE SCHEMA public;`;

const casesByRule = await Promise.all(builtInRules.map(async (rule) => [rule.id, await fixtureCases(rule.id)] as const));

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
  const projects = new Set(casesByRule.flatMap(([, cases]) => cases.map((c) => c.projectDir)));
  const sql = [...projects].flatMap((dir) =>
    (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(sql|[cm]?[jt]s)$/.test(f)).map((f) => readFileSync(path.join(dir, f), "utf8")),
  );
  db = await openDatabase(undefined, extensionsCreated(sql), 10_000);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

/** The case's migration with the project's non-case migrations before it, read as `lint` reads them. */
async function caseMigrations(c: FixtureCase): Promise<Migration[]> {
  const sets = await findMigrationSets(c.projectDir, c.projectDir, { ignore: ["base/**"] });
  const set = sets.find((s) => s.files.some((f) => f.path === c.file))!;
  const upTo = set.files.slice(0, set.files.findIndex((f) => f.path === c.file) + 1).filter((f) => f.path === c.file || !/(^|[^a-z])(bad|good)([^a-z]|$)/i.test(f.path));
  const config = fixtureConfig(c.projectDir);
  const resolver = new TsImportResolver(await loadTypeScript(), c.projectDir);
  return upTo.map((f) => {
    const input: MigrationFileInput = { path: f.path, text: readFileSync(path.join(c.projectDir, f.path), "utf8"), version: f.version, setId: set.dir, setTool: set.tool };
    return readMigration(input, config, { resolver });
  });
}

/**
 * The history is replayed and committed first, then the case: the rules speak of a production
 * database where the earlier migrations were deployed before (even for tools that run all pending
 * migrations in one transaction).
 */
async function replayCase(c: FixtureCase): Promise<{ trace: TraceEntry[]; existing: Set<string>; failure?: string }> {
  await db.exec(RESET);
  const migrations = await caseMigrations(c);
  const history = await replayOn(db, migrations.slice(0, -1).map(planMigration));
  const failed = history.summary.failure;
  if (failed) return { trace: history.trace, existing: new Set(), failure: `history ${failed.file}:${failed.line}: ${failed.message}` };
  const existing = new Set((await readRelations(db)).map(relationName));
  const { trace, summary } = await replayOn(db, [planMigration(migrations[migrations.length - 1]!)]);
  return { trace, existing, ...(summary.failure ? { failure: `${summary.failure.file}:${summary.failure.line}: ${summary.failure.message}` } : {}) };
}

const atLeast = (held: string, claimed: string) => LOCK_ORDER.indexOf(held) >= LOCK_ORDER.indexOf(claimed);


const ruleIds = new Set(Object.keys(SAFE_FORM));

/**
 * Errors of a bad fixture's flagged statement that are the truth about it rather than a broken
 * fixture: the statement cannot run where the tool runs it. Listed so that every other error fails.
 */
const EXPECTED_ERRORS: { message: RegExp; why: string }[] = [
  { message: /^VACUUM cannot run inside a transaction block$/, why: "the tool opens a transaction, and VACUUM refuses to run in one: the migration fails before it locks anything" },
  { message: /^tablespace ".*" does not exist$/, why: "a tablespace is a directory of the production server; the embedded engine has none" },
];
const expectedError = (message: string | undefined) => message !== undefined && EXPECTED_ERRORS.some((e) => e.message.test(message));

/** The engine is PostgreSQL 18: fixtures written for an older major version's behaviour are not checked on it. */
const ENGINE_MAJOR = 18;

const checkedCases = casesByRule
  .map(([ruleId, cases]) => [ruleId, cases.filter((c) => (c.expectation === "bad" || ruleIds.has(ruleId)) && !oldVersion(c) && !suppressed(c))] as const)
  .filter(([, cases]) => cases.length > 0);

/** Behaviour changed in 11 (constant defaults) and 12 (timestamptz in UTC): older fixtures describe an older server. */
function oldVersion(c: FixtureCase): boolean {
  return fixtureConfig(c.projectDir).postgresVersion < 12 && ENGINE_MAJOR >= 12;
}

/** A good fixture that is good because a comment suppresses the finding is not a safe form. */
function suppressed(c: FixtureCase): boolean {
  return c.expectation === "good" && readFileSync(path.join(c.projectDir, c.file), "utf8").includes("migration-guard-ignore");
}

describe.each(checkedCases)("%s: claims checked on PGlite", (ruleId, checked) => {
  test.each(checked.map((c) => [`${c.kind}/${c.file}`, c] as const))("%s", async (_name, c) => {
    const { findings } = await runFixtureCase(c);
    const { trace, existing, failure } = await replayCase(c);
    const own = trace.filter((t) => t.file === c.file);
    if (c.expectation === "bad") {
      for (const finding of findings.filter((f) => f.ruleId === ruleId && f.direction === "up")) {
        const claims = claimsOf(finding.message);
        if (claims.modes.length === 0 && !claims.rewrite) continue;
        // A builder call can render several statements: all of them are the call's.
        const covering = own.filter((t) => t.line <= finding.line && finding.line <= t.endLine && !t.notReplayed);
        const statement = covering[0];
        // After a statement that cannot run where the tool runs it, nothing more of the case ran.
        if (!statement && expectedError(failure?.replace(/^[^:]+:\d+: /, ""))) break;
        expect(statement, `line ${finding.line} replayed (${failure ?? "no failure"})`).toBeDefined();
        const error = covering.find((t) => t.error)?.error;
        if (expectedError(error?.message)) continue;
        expect(error, `line ${finding.line} runs on Postgres: ${statement!.statement}: ${error?.message}`).toBeUndefined();
        if (covering.some((t) => t.note)) continue; // ran outside a transaction: its locks could not be read
        // Held at this point: taken by this statement or by an earlier one of the migration's transaction.
        const last = own.indexOf(covering[covering.length - 1]!);
        const held = own.slice(0, last + 1).flatMap((t) => t.locks);
        const rewritten = covering.flatMap((t) => t.rewrites);
        for (const mode of claims.modes) {
          expect(
            held.some((l) => atLeast(l.mode, mode)),
            `line ${finding.line} claims ${mode}; observed ${JSON.stringify(held)} — message: ${finding.message}`,
          ).toBe(true);
        }
        if (claims.rewrite) expect(rewritten.length, `line ${finding.line} claims a rewrite of ${statement!.statement} — message: ${finding.message}`).toBeGreaterThan(0);
      }
    } else {
      const safe = SAFE_FORM[ruleId]!;
      expect(failure, "the good fixture replays").toBeUndefined();
      // Relations the good migration creates block nobody: only those that existed before count.
      for (const t of own) {
        // CREATE INDEX ON ONLY a partitioned table builds nothing: its SHARE lock on the empty parent
        // lasts an instant (waiting for it is require-lock-timeout's concern, not this rule's).
        if (/\bON\s+ONLY\b/i.test(t.statement)) continue;
        if (safe.notMode) expect(t.locks.filter((l) => l.mode === safe.notMode && existing.has(l.table)), `line ${t.line}`).toEqual([]);
        if (safe.noRewrite) expect(t.rewrites.filter((r) => existing.has(r)), `line ${t.line}`).toEqual([]);
      }
    }
  });
});
