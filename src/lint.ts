import { builtInRules } from "../rules/index.js";
import { allRules, configureRules } from "./config/configure-rules.js";
import type { ResolvedConfig } from "./config/types.js";
import { runRules, type ConfiguredRule, type MigrationSetInput } from "./core/engine.js";
import type { Finding } from "./core/finding.js";
import type { Migration } from "./core/migration.js";
import type { ChangedFile } from "./discover/git.js";
import { planLint, type LintPlan } from "./discover/plan.js";
import { ruleDocsUrl } from "./docs-url.js";
import { readInParallel, shouldReadInParallel } from "./parallel/read-pool.js";
import { runReadTask, type ReadOutcome, type ReadTask } from "./parallel/read-task.js";
import { loadSqlParser } from "./sql/parse.js";

export { readMigration, type MigrationFileInput } from "./read-migration.js";

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
}

export interface LintResult {
  findings: Finding[];
  /** The text of each checked migration, for code frames. */
  sources: Map<string, string>;
  /** Paths of the migrations the rules checked. */
  checked: string[];
  rules: ConfiguredRule[];
  plan: LintPlan;
}

/** The whole pipeline: discover → read → parse → rules → findings. */
export async function lint(request: LintRequest): Promise<LintResult> {
  const { cwd, config } = request;
  const plan = await planLint({
    cwd,
    paths: request.paths ?? [],
    ...(request.staged ? { staged: true } : {}),
    ...(request.base ? { base: request.base } : {}),
    ...(request.changedFiles ? { changedFiles: request.changedFiles } : {}),
    ...(request.baseCommit ? { baseCommit: request.baseCommit } : {}),
    ignore: config.ignore,
    ...(config.startAfter !== undefined ? { startAfter: config.startAfter } : {}),
    ...(config.rootDir ? { rootDir: config.rootDir } : {}),
    ...(config.migrations ? { layout: { rootDir: config.rootDir ?? cwd, sets: config.migrations } } : {}),
  });
  await loadSqlParser();
  const unreadable: Finding[] = [];
  const sources = new Map<string, string>();
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
      }),
    ),
  }));
  const collect = (changeSet: ReadonlySet<string>) => (outcome: ReadOutcome) => {
    if (!("migration" in outcome)) {
      if (changeSet.has(outcome.path)) unreadable.push(unreadableFinding(outcome.path, outcome.error));
    } else if (changeSet.has(outcome.migration.path)) {
      sources.set(outcome.migration.path, outcome.migration.text);
    }
  };
  const allTasks = taskSets.flatMap((s) => s.tasks);
  const parallel = shouldReadInParallel(allTasks.length) ? await readInParallel(allTasks, cwd, config) : undefined;
  let offset = 0;
  const sets: MigrationSetInput[] = taskSets.map(({ planned, changeSet, tasks }) => {
    const onOutcome = collect(changeSet);
    let migrations: Iterable<Migration>;
    if (parallel) {
      const outcomes = parallel.slice(offset, offset + tasks.length);
      offset += tasks.length;
      outcomes.forEach(onOutcome);
      migrations = outcomes.flatMap((o) => ("migration" in o ? [o.migration] : []));
    } else {
      migrations = readLazily(tasks, cwd, config, onOutcome);
    }
    return { migrations, changeSet, together: planned.together };
  });
  const { findings, rules } = analyze(sets, config, request.docsUrl);
  return {
    findings: [...unreadable, ...findings],
    sources,
    checked: plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.path)),
    rules,
    plan,
  };
}

/** Runs the configured rules over migrations already read. */
export function analyze(
  sets: readonly MigrationSetInput[],
  config: ResolvedConfig,
  docsUrl: (ruleId: string) => string = ruleDocsUrl,
): { findings: Finding[]; rules: ConfiguredRule[] } {
  const rules = allRules(builtInRules, config);
  const configured = configureRules(rules, config);
  const findings = runRules(sets, {
    rules: configured,
    postgresVersion: config.postgresVersion,
    knownRuleIds: new Set(rules.keys()),
    downSeverity: config.down,
    docsUrl: (id) => rules.get(id)?.docsUrl ?? (isPluginRule(id) ? undefined : docsUrl(id)),
  });
  return { findings, rules: configured };
}

function isPluginRule(id: string): boolean {
  return id.includes("/");
}

/**
 * Reads and parses a set's migrations one at a time, as the engine asks for them, so a
 * migration's AST can be collected once its turn is over.
 */
function* readLazily(tasks: readonly ReadTask[], cwd: string, config: ResolvedConfig, onOutcome: (o: ReadOutcome) => void): Generator<Migration> {
  for (const task of tasks) {
    const outcome = runReadTask(task, cwd, config);
    onOutcome(outcome);
    if ("migration" in outcome) yield outcome.migration;
  }
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
