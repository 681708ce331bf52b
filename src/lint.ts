import { readFileSync } from "node:fs";
import path from "node:path";
import { builtInRules } from "../rules/index.js";
import { ReadCache } from "./cache/read-cache.js";
import { allRules, configureRules } from "./config/configure-rules.js";
import type { ResolvedConfig, SchemaConfig } from "./config/types.js";
import type { AppSchema } from "./core/app-schema.js";
import { runRules, runRulesAsync, type ConfiguredRule, type EngineOptions, type MigrationSetInput } from "./core/engine.js";
import { compareFindings, type Finding } from "./core/finding.js";
import { internalErrorFinding, internalErrorStack, recordStack, REPORT_REQUEST } from "./core/internal-error.js";
import type { Migration } from "./core/migration.js";
import { GitError, type ChangedFile } from "./discover/git.js";
import { planRun, type LintPlan } from "./discover/plan.js";
import { ruleDocsUrl } from "./docs-url.js";
import { ReadPool, threadsFor } from "./parallel/read-pool.js";
import { needsTypeScript, runReadTask, type ReadOutcome, type ReadTask } from "./parallel/read-task.js";
import { filesAtCommit, workingTreeFiles, type SchemaFiles } from "./schema/files.js";
import { loadAppSchema } from "./schema/load-schema.js";
import type { ParseCache } from "./schema/ts-project.js";
import { DEFAULT_READ_LIMITS, irregularEntries, readRegularFile, ReadGuard, type Refusal } from "./safe-read.js";
import { findRepository } from "./discover/git-process.js";
import { loadSqlParser } from "./sql/parse.js";
import { takeUnlistedFolders } from "./discover/unlisted-folders.js";
import { toPosix } from "./discover/find-migrations.js";
import type { Timing } from "./timing.js";
import { loadTypeScript } from "./typescript/compiler.js";
import type { Notice } from "./core/notice.js";
import { ForeignSyntax } from "./dialect/foreign-syntax.js";
import { skipOtherDatabases } from "./dialect/skip-sets.js";
import { UsageError } from "./errors.js";
import { StatsAdvisor, type TouchedTable } from "./stats/advisor.js";
import type { StatsSnapshot } from "./stats/snapshot.js";

export { readMigration, type MigrationFileInput, type ReadContext } from "./read-migration.js";

export interface LintRequest {
  cwd: string;
  paths?: string[];
  staged?: boolean;
  base?: string;
  /** The change set when it is already known (a pull request's files); see PlanRequest. */
  changedFiles?: ChangedFile[];
  /** With `changedFiles`: the commit they are compared with. */
  baseCommit?: string;
  config: ResolvedConfig;
  /** Builds the docs link of a built-in rule (the Action links to the release it runs). */
  docsUrl?: (ruleId: string) => string;
  /** Keep read SQL migrations in this file between runs (`--cache`, `--cache-location`). */
  cacheFile?: string;
  /** Collects where the time goes (`TIMING=1`). */
  timing?: Timing;
  /** Production table sizes: findings of rules with a cost are weighed by them (thresholds from `config.stats`). */
  stats?: StatsSnapshot;
}

export interface LintResult {
  /** Problems that did not stop the run (a cache file that could not be written). */
  warnings?: string[];
  findings: Finding[];
  /** The text of each checked migration, for code frames. */
  sources: Map<string, string>;
  /** Paths of the migrations the rules checked (a migration whose down file alone was checked among them). */
  checked: string[];
  rules: ConfiguredRule[];
  /** The sets that were checked (sets for another database than PostgreSQL are left out: see `notices`). */
  plan: LintPlan;
  /** What the report must say besides the findings: each set skipped because it is for another database. */
  notices: Notice[];
  /** With stats: the production tables the checked migrations touch, largest first. */
  tables?: TouchedTable[];
}

/** The whole pipeline: discover → read → parse → rules → findings. */
export async function lint(request: LintRequest): Promise<LintResult> {
  const { cwd, config } = request;
  const { timing } = request;
  const started = performance.now();
  // Named files and whole folders nearly always hold SQL: the parser's WebAssembly compiles on
  // other threads while discovery runs. A change set (a hook on a commit) most often holds no
  // migration, so there it is loaded only when one is found.
  const early = request.staged || request.base || request.changedFiles ? undefined : loadSqlParser();
  early?.catch(() => undefined);
  takeUnlistedFolders();
  const planned = await planRun(request, config);
  const unlistedFolders = unlistedFolderFindings(takeUnlistedFolders(), cwd);
  const { plan, notices } = await skipOtherDatabases(cwd, planned, config.dialect);
  timing?.add("discover", performance.now() - started);
  const reading = performance.now();
  // A change set without migrations (most commits) has nothing to parse: no parser to load.
  if (plan.sets.some((set) => set.files.length > 0)) await (early ?? loadSqlParser());
  const unreadable: Finding[] = [...unlistedFolders];
  const guard = new ReadGuard(readRoots(request), config.readLimits ?? DEFAULT_READ_LIMITS);
  const refused = admitFiles(plan, guard, cwd);
  unreadable.push(...refusedFindings(plan, refused));
  if (!(request.staged || request.base || request.changedFiles)) unreadable.push(...skippedLinks(plan, guard, cwd));
  const sources = new Map<string, string>();
  const foreignSyntax = new ForeignSyntax();
  const taskSets = plan.sets.map((planned) => ({
    planned,
    changeSet: new Set(planned.files.filter((f) => f.checked).map((f) => f.path)),
    tasks: planned.files.map(
      (f): ReadTask => ({
        path: f.path,
        version: f.version,
        setId: planned.dir,
        setTool: planned.tool,
        ...(f.content !== undefined ? { content: f.content } : {}),
        ...(f.hasDown !== undefined ? { hasDown: f.hasDown } : {}),
        ...(f.downOf !== undefined ? { downOf: f.downOf } : {}),
        ...(refused.has(f.path) ? { refused: refused.get(f.path)!.reason } : {}),
      }),
    ),
  }));
  const collect = (changeSet: ReadonlySet<string>) => (outcome: ReadOutcome) => {
    if (!("migration" in outcome)) {
      // A reader failure is reported on history files too: the model of the database misses that file.
      if (outcome.internal) unreadable.push(readFailureFinding(outcome.path, outcome.error, outcome.internal.stack, changeSet.has(outcome.path)));
      else if (changeSet.has(outcome.path) && !refused.has(outcome.path)) unreadable.push(unreadableFinding(outcome.path, outcome.error));
    } else if (changeSet.has(outcome.migration.path)) {
      sources.set(outcome.migration.path, outcome.migration.text);
      foreignSyntax.record(outcome.migration);
    }
  };
  const allTasks = taskSets.flatMap((s) => s.tasks);
  // The compiler is large: loaded only when a TS/JS migration is present.
  if (needsTypeScript(allTasks)) await loadTypeScript();
  timing?.add("load parsers", performance.now() - reading);
  const cache = request.cacheFile ? ReadCache.open(request.cacheFile, config) : undefined;
  // With much to parse and cores to spare, worker threads parse while the rules run here on what
  // has arrived. A cache makes re-runs cheap, and its reads happen on this thread: no pool with it.
  const pool = ReadPool.start(cache ? 1 : threadsFor(allTasks, cwd));
  const stream = pool?.read(allTasks, cwd, config)[Symbol.asyncIterator]();
  const setOf = ({ planned, changeSet }: (typeof taskSets)[number]) => ({
    changeSet,
    together: planned.together,
    setId: planned.dir,
    ...(planned.history ? { history: planned.history } : {}),
  });
  let findings: Finding[];
  let options: EngineOptions;
  const advisor = request.stats ? new StatsAdvisor(request.stats, config.stats) : undefined;
  try {
    const schemaStart = performance.now();
    const schemas = await loadSchemas(cwd, config, plan, refused);
    timing?.add("app schema", performance.now() - schemaStart);
    options = { ...engineSetup(config, request.docsUrl, schemas).options, ...(timing ? { ruleTimes: timing } : {}), ...(advisor ? { tableSizes: advisor } : {}) };
    const engineStart = performance.now();
    findings = stream
      ? await runRulesAsync(
          taskSets.map((t) => ({ ...setOf(t), migrations: takeFromStream(stream, t.tasks.length, collect(t.changeSet), timing) })),
          options,
        )
      : // Awaited even when read here: a plugin's asynchronous rule is waited for.
        await runRulesAsync(
          taskSets.map((t) => ({ ...setOf(t), migrations: readLazily(t.tasks, cwd, config, collect(t.changeSet), cache, timing) })),
          options,
        );
    if (timing) {
      // Reading streams inside the engine's loop: the engine's own share is what reading and the rules leave.
      const rules = [...timing.rules.values()].reduce((n, ms) => n + ms, 0);
      timing.add("model + engine", performance.now() - engineStart - (timing.phases.get("read + parse") ?? 0) - rules);
      timing.add("rules", rules);
    }
  } finally {
    // Stops the parser threads when the run ends early (a crashing rule, say).
    await stream?.return?.(undefined);
    await pool?.close();
  }
  const cacheProblem = cache?.save();
  const mismatch = advisor?.mismatch();
  if (mismatch) throw new UsageError(mismatch);
  return {
    ...(cacheProblem ? { warnings: [cacheProblem] } : {}),
    findings: foreignSyntax.collapse([...unreadable.map((f) => ({ ...withDocs(f, options), fingerprint: f.fingerprint || `internal:${f.file}` })), ...findings].sort(compareFindings), plan),
    sources,
    checked: checkedMigrations(plan),
    rules: options.rules,
    plan,
    notices,
    ...(advisor ? { tables: advisor.largestTouched() } : {}),
  };
}

/** The app's schema at the head of the change set and, with a base, at the base. */
export interface SchemaPair {
  schema?: AppSchema;
  baseSchema?: AppSchema;
}

/**
 * Reads the app schema from the working tree and, with `--base`, as it was at the base commit.
 * The models are the code that ships with the change set, so there is nothing to compare with
 * when a whole folder is linted (each migration on its own, most of them long deployed). Reading
 * a large app's models takes seconds, so it is also skipped when no checked migration drops,
 * renames or removes anything, the only changes the mapping decides about. When the change set
 * touches no file a schema could be read from, the base's schema is the head's.
 */
async function loadSchemas(cwd: string, config: ResolvedConfig, plan: LintPlan, refused: ReadonlyMap<string, Refusal>): Promise<SchemaPair> {
  if (config.schema === false || !mayBreakMapping(cwd, plan, refused)) return {};
  const workingTree = await workingTreeFiles(cwd);
  // The head and the base share most model files: each is read and parsed once.
  const parsed: ParseCache = new Map();
  const schema = await loadAppSchema(workingTree, config.schema, parsed);
  if (!plan.baseCommit) return schema ? { schema } : {};
  const changed = plan.changedFiles ?? [];
  const touchesSchema = changed.some((f) => [f.path, f.previousPath].some((p) => p !== undefined && SCHEMA_FILE.test(p)));
  const baseSchema = touchesSchema ? await schemaAtBase(cwd, plan.baseCommit, changed, config.schema, workingTree, parsed) : schema;
  return { ...(schema ? { schema } : {}), ...(baseSchema ? { baseSchema } : {}) };
}

/** The schema at the base commit; none when git cannot read the commit (then no finding blames the change set). */
async function schemaAtBase(
  cwd: string,
  commit: string,
  changed: readonly ChangedFile[],
  config: SchemaConfig,
  workingTree: SchemaFiles,
  parsed: ParseCache,
): Promise<AppSchema | undefined> {
  try {
    return await loadAppSchema(await filesAtCommit(cwd, commit, changed, workingTree), config, parsed);
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

const SCHEMA_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;

/** Words of every statement or builder call that can remove something the app maps (DROP, RENAME, removeColumn, ...). */
const BREAKS_MAPPING = /drop|rename|remove/i;

function mayBreakMapping(cwd: string, plan: LintPlan, refused: ReadonlyMap<string, Refusal>): boolean {
  return plan.sets.some((set) =>
    set.together && set.files.some((f) => {
      // A down file undoes its migration: what it drops comes back, nothing the app maps goes away.
      if (!f.checked || f.downOf !== undefined || refused.has(f.path)) return false;
      try {
        return BREAKS_MAPPING.test(f.content ?? readRegularFile(path.resolve(cwd, f.path)));
      } catch {
        return false;
      }
    }),
  );
}

/** The migrations a plan checks, each once: a down file stands for the migration it undoes. */
function checkedMigrations(plan: LintPlan): string[] {
  return [...new Set(plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.downOf ?? f.path)))];
}

/** Runs the configured rules over migrations already read. */
export function analyze(
  sets: readonly MigrationSetInput[],
  config: ResolvedConfig,
  docsUrl: (ruleId: string) => string = ruleDocsUrl,
  schemas: SchemaPair = {},
): { findings: Finding[]; rules: ConfiguredRule[] } {
  const { options } = engineSetup(config, docsUrl, schemas);
  return { findings: runRules(sets, options), rules: options.rules };
}

/** The rules a config enables, and the engine options that run them. */
function engineSetup(config: ResolvedConfig, docsUrl: (ruleId: string) => string = ruleDocsUrl, schemas: SchemaPair = {}) {
  const rules = allRules(builtInRules, config);
  const options: EngineOptions = {
    rules: configureRules(rules, config),
    postgresVersion: config.postgresVersion,
    ...(schemas.schema ? { schema: schemas.schema } : {}),
    ...(schemas.baseSchema ? { baseSchema: schemas.baseSchema } : {}),
    knownRuleIds: new Set(rules.keys()),
    downSeverity: config.down,
    docsUrl: (id) => rules.get(id)?.docsUrl ?? (isPluginRule(id) ? undefined : docsUrl(id)),
  };
  return { rules, options };
}

function isPluginRule(id: string): boolean {
  return id.includes("/");
}

/**
 * Reads and parses a set's migrations one at a time, as the engine asks for them, so a
 * migration's AST can be collected once its turn is over.
 */
function* readLazily(
  tasks: readonly ReadTask[],
  cwd: string,
  config: ResolvedConfig,
  onOutcome: (o: ReadOutcome) => void,
  cache?: ReadCache,
  timing?: Timing,
): Generator<Migration> {
  for (const task of tasks) {
    const started = timing ? performance.now() : 0;
    const outcome = runReadTask(task, cwd, config, cache);
    timing?.add("read + parse", performance.now() - started);
    onOutcome(outcome);
    if ("migration" in outcome) yield outcome.migration;
  }
}

/** The next `count` outcomes of the shared stream: one set's migrations, in order. */
async function* takeFromStream(
  stream: AsyncIterator<ReadOutcome>,
  count: number,
  onOutcome: (o: ReadOutcome) => void,
  timing?: Timing,
): AsyncGenerator<Migration> {
  for (let i = 0; i < count; i++) {
    // With threads, this is the time this thread parsed or waited for a parsed migration.
    const started = timing ? performance.now() : 0;
    const next = await stream.next();
    timing?.add("read + parse", performance.now() - started);
    if (next.done) return;
    onOutcome(next.value);
    if ("migration" in next.value) yield next.value.migration;
  }
}

function withDocs(finding: Finding, options: EngineOptions): Finding {
  const docsUrl = options.docsUrl?.(finding.ruleId);
  if (!docsUrl) return finding;
  const copy = { ...finding, docsUrl };
  const stack = internalErrorStack(finding);
  if (stack) recordStack(copy, Object.assign(new Error(finding.message), { stack }));
  return copy;
}

function readFailureFinding(file: string, reason: string, stack: string | undefined, checked: boolean): Finding {
  const consequence = checked ? "so no rule checked it" : "so the migrations after it are checked without what it does to the database";
  const finding = internalErrorFinding(
    file,
    { line: 1, column: 1, endLine: 1, endColumn: 1 },
    `migration-guard failed to read this migration (${reason}), ${consequence}. ${REPORT_REQUEST}`,
  );
  if (stack) recordStack(finding, Object.assign(new Error(reason), { stack }));
  return finding;
}

function unreadableFinding(file: string, reason: string): Finding {
  return {
    ruleId: "parse-error",
    severity: "error",
    message: `Could not read this migration (${reason}), so no rule checked it.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    direction: "up",
    fingerprint: `unreadable:${file}`,
  };
}

/**
 * Where a run may read: the repository the working directory is in (or the working directory),
 * the config's folder, and the paths the user named. A link inside them that leads elsewhere is
 * not followed.
 */
function readRoots(request: LintRequest): string[] {
  const { cwd } = request;
  const root = findRepository(cwd)?.root ?? cwd;
  const named = (request.paths ?? []).map((p) => path.resolve(cwd, p)).filter((p) => path.relative(root, p).startsWith(".."));
  return [root, ...(request.config.rootDir ? [request.config.rootDir] : []), ...named];
}

/**
 * Checks every planned file before anything is read: the checked migrations first (they must not
 * lose the run's size budget to history), then their history, each set in order.
 */
function admitFiles(plan: LintPlan, guard: ReadGuard, cwd: string): Map<string, Refusal> {
  const refused = new Map<string, Refusal>();
  for (const checked of [true, false]) {
    for (const set of plan.sets) {
      for (const f of set.files) {
        if (f.checked !== checked) continue;
        const result = f.content !== undefined ? guard.admitText(f.content) : guard.admit(path.resolve(cwd, f.path));
        if (!result.ok) refused.set(f.path, { kind: result.kind, reason: result.reason });
      }
    }
  }
  return refused;
}

/**
 * One finding per refused migration; history files past the run's limit share one, on the first
 * of them, so a large history does not bury the findings.
 */
function refusedFindings(plan: LintPlan, refused: ReadonlyMap<string, Refusal>): Finding[] {
  const findings: Finding[] = [];
  const overLimit: string[] = [];
  for (const set of plan.sets) {
    for (const f of set.files) {
      const refusal = refused.get(f.path);
      if (!refusal) continue;
      if (!f.checked && refusal.kind === "run-limit") overLimit.push(f.path);
      else findings.push(notReadFinding(f.path, refusal.reason, f.checked));
    }
  }
  if (overLimit.length > 0) {
    const more = overLimit.length > 1 ? `; neither were ${overLimit.length - 1} more earlier migrations after it` : "";
    findings.push(notReadFinding(overLimit[0]!, `${refused.get(overLimit[0]!)!.reason}${more}`, false));
  }
  return findings;
}

const MIGRATION_FILE = /\.(sql|[cm]?[jt]s)$/i;

/**
 * Linting folders, the file search skips links and special files. Those that lead out of the
 * repository, lead nowhere, or are not files would be read by the tool that runs the migrations
 * (or make it fail), so they are reported; a link to a file inside the repository is checked
 * where it points.
 */
function skippedLinks(plan: LintPlan, guard: ReadGuard, cwd: string): Finding[] {
  const dirs = new Set<string>();
  for (const set of plan.sets) {
    dirs.add(set.dir);
    for (const f of set.files) dirs.add(path.posix.dirname(f.path));
  }
  const planned = new Set(plan.sets.flatMap((s) => s.files.map((f) => f.path)));
  const findings: Finding[] = [];
  for (const dir of [...dirs].sort()) {
    for (const name of irregularEntries(path.resolve(cwd, dir))) {
      const file = dir === "." || dir === "" ? name : `${dir}/${name}`;
      if (!MIGRATION_FILE.test(name) || /\.d\.[cm]?ts$/i.test(name) || planned.has(file)) continue;
      const result = guard.check(path.resolve(cwd, file));
      if (!result.ok) findings.push(notReadFinding(file, result.reason, true));
    }
  }
  return findings;
}

/** Each folder the search could not list: the migrations in it, if any, are missing from the run. */
function unlistedFolderFindings(folders: ReadonlyMap<string, string>, cwd: string): Finding[] {
  return [...folders]
    .map(([dir, reason]) => [toPosix(path.relative(cwd, dir)) || ".", reason] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dir, reason]) => ({
      ruleId: "parse-error",
      severity: "warning" as const,
      message: `Not read: the folder ${dir}/ could not be listed (${reason}). Migrations in it, if there are any, were neither checked nor counted in the history.`,
      file: dir,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      direction: "up" as const,
      fingerprint: `not-listed:${dir}`,
    }));
}

function notReadFinding(file: string, reason: string, checked: boolean): Finding {
  return {
    ruleId: "parse-error",
    severity: checked ? "error" : "warning",
    message: checked
      ? `Not read: ${reason}. No rule checked this migration.`
      : `Not read: ${reason}. This earlier migration was left out of the history the checked migrations are compared with.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    direction: "up",
    fingerprint: `not-read:${file}`,
  };
}
