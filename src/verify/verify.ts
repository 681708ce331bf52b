import { readFileSync } from "node:fs";
import path from "node:path";
import { builtInRules } from "../../rules/index.js";
import { allRules, configureRules } from "../config/configure-rules.js";
import type { ResolvedConfig } from "../config/types.js";
import { runRules, type ConfiguredRule, type EngineOptions } from "../core/engine.js";
import { compareFindings, type Finding } from "../core/finding.js";
import type { Migration } from "../core/migration.js";
import type { ReplayFailure } from "../core/replay.js";
import { ruleDocsUrl } from "../docs-url.js";
import type { ChangedFile } from "../discover/git.js";
import { migrationFiles } from "../discover/find-migrations.js";
import { planRun, type LintPlan } from "../discover/plan.js";
import { UsageError } from "../errors.js";
import { needsTypeScript, runReadTask, type ReadTask } from "../parallel/read-task.js";
import { loadSqlParser } from "../sql/parse.js";
import { loadTypeScript } from "../typescript/compiler.js";
import { explainFailure } from "./causes.js";
import { drizzleRunOrder } from "./drizzle-journal.js";
import { StatementTimeout, type DatabaseError, type ScratchDatabase } from "./database.js";
import { planMigration, type MigrationPlan, type SqlStep } from "./replay-plan.js";
import { replaySet, type TraceEntry } from "./replay.js";
import { needsServerFiles, reachesOutside } from "./safety.js";

/** The rules that report what a replay showed; `verify` runs these, `lint` finds nothing for them. */
export const VERIFY_RULE_IDS = ["fails-on-empty-database", "no-reach-outside-database"];

export interface VerifyRequest {
  cwd: string;
  paths?: string[];
  base?: string;
  staged?: boolean;
  config: ResolvedConfig;
  /** Replay on a scratch database of this server instead of the embedded engine. */
  databaseUrl?: string;
  /** Never use a database URL, not even the config's (the Action, for a pull request from a fork). */
  embeddedOnly?: boolean;
  /** The change set when it is already known (a pull request's files), as for `lint`. */
  changedFiles?: ChangedFile[];
  baseCommit?: string;
  docsUrl?: (ruleId: string) => string;
}

/** One set's replay, for the summary and the benchmark. */
export interface SetSummary {
  setId: string;
  engine: string;
  migrations: number;
  replayed: number;
  /** Where the replay stopped, if it did. */
  failure?: { file: string; line: number; message: string; code?: string; cause?: string };
  /** The engine's start (embedded: from the cached data directory, or initdb). */
  startMs: number;
  wallMs: number;
}

export interface VerifyResult {
  findings: Finding[];
  trace: TraceEntry[];
  sets: SetSummary[];
  sources: Map<string, string>;
  checked: string[];
  rules: ConfiguredRule[];
  plan: LintPlan;
}

/** Reads the sets exactly as `lint` does, replays each on a fresh database, and reports what failed. */
export async function verify(request: VerifyRequest): Promise<VerifyResult> {
  const { cwd, config } = request;
  const plan = await planRun(request, config);
  await loadSqlParser();
  const databaseUrl = request.embeddedOnly ? undefined : resolveDatabaseUrl(request.databaseUrl ?? config.verify.databaseUrl);
  const setup = readSetup(config.verify.setup);
  const configured = verifyRules(config, request.docsUrl);
  // runRules sorts within a call; the sets' findings are merged in the same order.
  const findings: Finding[] = [];
  const trace: TraceEntry[] = [];
  const sets: SetSummary[] = [];
  const sources = new Map<string, string>();
  for (const planned of plan.sets) {
    // The replay runs migrations forward: down files are never run.
    const tasks = migrationFiles(planned.files).map((f): ReadTask => ({ path: f.path, version: f.version, setId: planned.dir, setTool: planned.tool, ...(f.content !== undefined ? { content: f.content } : {}) }));
    if (needsTypeScript(tasks)) await loadTypeScript();
    const changeSet = new Set(migrationFiles(planned.files).filter((f) => f.checked).map((f) => f.path));
    const migrations: Migration[] = [];
    for (const task of tasks) {
      const outcome = runReadTask(task, cwd, config);
      if ("migration" in outcome) {
        migrations.push(outcome.migration);
        if (changeSet.has(outcome.migration.path)) sources.set(outcome.migration.path, outcome.migration.text);
      } else {
        // An unreadable file cannot be replayed, and neither can anything after it.
        throw new UsageError(`cannot read ${outcome.path} (${outcome.error}), so the migrations of ${planned.dir} cannot be replayed`);
      }
    }
    const order = planned.tool === "drizzle" ? drizzleRunOrder(path.resolve(cwd, planned.dir), migrations) : { run: migrations, skipped: [] };
    const replayed = await replayMigrations(planned.dir, order.run, { setup, ...(databaseUrl ? { databaseUrl } : {}), statementTimeoutMs: config.verify.statementTimeoutMs });
    for (const m of order.skipped) {
      trace.push({ file: m.path, line: 1, endLine: 1, statement: "", durationMs: 0, locks: [], rewrites: [], notReplayed: "not in drizzle's meta/_journal.json: drizzle-kit never runs it" });
    }
    trace.push(...replayed.trace);
    sets.push(replayed.summary);
    findings.push(...runRules([{ migrations, changeSet, together: planned.together, setId: planned.dir }], configured));
  }
  return { findings: findings.sort(compareFindings), trace, sets, sources, checked: plan.sets.flatMap((s) => migrationFiles(s.files).filter((f) => f.checked).map((f) => f.path)), rules: configured.rules, plan };
}

function verifyRules(config: ResolvedConfig, docsUrl: (ruleId: string) => string = ruleDocsUrl): EngineOptions {
  const rules = allRules(builtInRules, config);
  const verifyOnly = new Map([...rules].filter(([id]) => VERIFY_RULE_IDS.includes(id)));
  return {
    rules: configureRules(verifyOnly, config),
    postgresVersion: config.postgresVersion,
    knownRuleIds: new Set(rules.keys()),
    downSeverity: config.down,
    docsUrl,
  };
}

/** `env:NAME` reads the URL from the environment, so a config file never holds credentials. */
function resolveDatabaseUrl(value: string | undefined): string | undefined {
  if (!value?.startsWith("env:")) return value || undefined;
  const name = value.slice(4);
  const url = process.env[name];
  if (!url) throw new UsageError(`verify.databaseUrl names the environment variable ${name}, which is not set`);
  return url;
}

export interface SetupFile {
  file: string;
  text: string;
}

function readSetup(files: readonly string[]): SetupFile[] {
  return files.map((file) => {
    try {
      return { file, text: readFileSync(file, "utf8") };
    } catch (error) {
      throw new UsageError(`cannot read the verify.setup file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  });
}

/** Extension names the SQL creates: their contrib modules are loaded into the embedded engine. */
export function extensionsCreated(sqls: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const sql of sqls) {
    for (const match of sql.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?(?:"([^"]+)"|([\w-]+))/gi)) names.add((match[1] ?? match[2]!).toLowerCase());
  }
  return [...names];
}

export interface ReplayOptions {
  setup: readonly SetupFile[];
  databaseUrl?: string;
  statementTimeoutMs: number;
}

/**
 * Replays one set's migrations, in order, into a fresh database (the embedded engine, or a scratch
 * database of `databaseUrl`), and attaches to each migration what its replay showed.
 */
export async function replayMigrations(setId: string, migrations: Migration[], options: ReplayOptions): Promise<{ trace: TraceEntry[]; summary: SetSummary }> {
  const { setup, databaseUrl } = options;
  const started = performance.now();
  const plans = migrations.map(planMigration);
  const sqlSteps = plans.flatMap((p) => p.steps.filter((s): s is SqlStep => s.kind === "sql").map((step) => ({ step, migration: p.migration })));
  for (const m of migrations) m.replay = { refused: [], empty: m.statements.every((s) => s.direction !== "up") && m.operations.every((o) => o.direction !== "up") && m.uninspectable.length === 0 };
  const summaryBase = { setId, migrations: migrations.length };

  if (databaseUrl) {
    // On a real server nothing runs when anything would reach outside the scratch database.
    const refusals = refuseOutsideDatabase(plans);
    if (refusals.length > 0) {
      const trace = sqlSteps.map(({ step, migration }): TraceEntry => {
        const refused = refusals.find((r) => r.step === step);
        return {
          file: migration.path,
          line: step.span.line,
          endLine: step.span.endLine,
          statement: step.sql,
          durationMs: 0,
          locks: [],
          rewrites: [],
          notReplayed: refused ? `refused on a real server: ${refused.reason}` : "not replayed: the set has statements that reach outside the database",
        };
      });
      return { trace, summary: { ...summaryBase, engine: "server", replayed: 0, startMs: 0, wallMs: Math.round(performance.now() - started) } };
    }
  }

  const engineStart = performance.now();
  const db = await openDatabase(databaseUrl, extensionsCreated([...sqlSteps.map((s) => s.step.sql), ...setup.map((s) => s.text)]), options.statementTimeoutMs);
  const startMs = Math.round(performance.now() - engineStart);
  try {
    const replayed = await replayOn(db, plans, setup);
    return { trace: replayed.trace, summary: { ...summaryBase, ...replayed.summary, startMs, wallMs: Math.round(performance.now() - started) } };
  } finally {
    await db.close();
  }
}

/**
 * Replays planned migrations into an open database (after the setup files) and attaches to each
 * migration what its replay showed. The differential test of the rules uses it on one engine.
 */
export async function replayOn(
  db: ScratchDatabase,
  plans: readonly MigrationPlan[],
  setup: readonly SetupFile[] = [],
): Promise<{ trace: TraceEntry[]; summary: Pick<SetSummary, "engine" | "replayed" | "failure"> }> {
  for (const p of plans) p.migration.replay ??= { refused: [], empty: false };
  if (db.engine === "embedded") skipServerFiles(plans);
  await runSetup(db, setup);
  const result = await replaySet(db, plans);
  const summary: Pick<SetSummary, "engine" | "replayed" | "failure"> = { engine: db.description, replayed: result.replayed };
  if (result.failure) {
    const { migration, step, error, notReplayed } = result.failure;
    const failure = describeFailure(error, step, migration, plans, db, notReplayed);
    migration.replay!.failure = failure;
    summary.failure = {
      file: migration.path,
      line: failure.span.line,
      message: failure.message,
      ...(failure.code ? { code: failure.code } : {}),
      ...(failure.cause ? { cause: failure.cause } : {}),
    };
  }
  return { trace: result.trace, summary };
}

export async function openDatabase(databaseUrl: string | undefined, extensions: string[], statementTimeoutMs: number): Promise<ScratchDatabase> {
  if (databaseUrl) {
    const { startOnServer } = await import("./server.js");
    return startOnServer(databaseUrl, { statementTimeoutMs });
  }
  const { startEmbedded } = await import("./embedded.js");
  return startEmbedded({ extensions, statementTimeoutMs });
}

/** On the embedded engine, COPY from programs and server files is listed as not replayed (see needsServerFiles). */
function skipServerFiles(plans: readonly MigrationPlan[]): void {
  for (const plan of plans) {
    plan.steps = plan.steps.map((step) => {
      const reason = step.kind === "sql" ? needsServerFiles(step.sql) : undefined;
      return reason ? { kind: "skipped", span: step.span, reason, sql: step.sql } : step;
    });
  }
}

/**
 * The statements that must not run on a real server (see safety.ts), attached to their migrations
 * for `no-reach-outside-database`. Checked for the whole set before anything runs.
 */
export function refuseOutsideDatabase(plans: readonly MigrationPlan[]): { step: SqlStep; migration: Migration; reason: string }[] {
  const refusals = plans.flatMap((p) =>
    p.steps.flatMap((step) => {
      const reason = step.kind === "sql" ? reachesOutside(step.sql) : undefined;
      return reason && step.kind === "sql" ? [{ step, migration: p.migration, reason }] : [];
    }),
  );
  for (const r of refusals) {
    r.migration.replay ??= { refused: [], empty: false };
    r.migration.replay.refused.push({ span: r.step.span, reason: r.reason });
  }
  return refusals;
}

/** The `verify.setup` files: what the platform provides before the first migration (schemas, roles, extensions). */
async function runSetup(db: ScratchDatabase, setup: readonly SetupFile[]): Promise<void> {
  for (const { file, text } of setup) {
    let outcome;
    try {
      outcome = await db.exec(text);
    } catch (error) {
      if (error instanceof StatementTimeout) throw new UsageError(`the verify.setup file ${file} ${error.message}`);
      throw error;
    }
    if (!outcome.ok) {
      const line = outcome.error.position ? lineAt(text, outcome.error.position) : 1;
      throw new UsageError(`the verify.setup file ${file}:${line} failed: ${outcome.error.message}${outcome.error.code ? ` (SQLSTATE ${outcome.error.code})` : ""}`);
    }
  }
}

function describeFailure(error: DatabaseError | StatementTimeout, step: SqlStep, migration: Migration, plans: readonly MigrationPlan[], db: ScratchDatabase, notReplayed: number): ReplayFailure {
  if (error instanceof StatementTimeout) {
    return { span: step.span, message: `${error.message} (verify.statementTimeout)`, kind: "timeout", notReplayed, engine: db.description };
  }
  const explanation = explainFailure(error, step, migration, plans, db.engine);
  const span = explanation.span ?? positionSpan(step, migration, error.position) ?? step.span;
  return {
    span,
    message: error.message,
    ...(error.code ? { code: error.code } : {}),
    ...(explanation.cause ? { cause: explanation.cause } : {}),
    kind: explanation.missingFromEnvironment ? "missing-from-environment" : "rejected",
    notReplayed,
    engine: db.description,
  };
}

/** In a SQL file, the line Postgres's error position points at; elsewhere the statement's own. */
function positionSpan(step: SqlStep, migration: Migration, position: number | undefined) {
  if (!position || migration.language !== "sql" || !step.statement) return undefined;
  const line = step.span.line + lineAt(step.sql, position) - 1;
  return { line, column: 1, endLine: line, endColumn: 1 };
}

/** 1-based line of a 1-based character position. */
function lineAt(text: string, position: number): number {
  const before = [...text].slice(0, position - 1).join("");
  return before.split("\n").length;
}

