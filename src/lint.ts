import { readFile } from "node:fs/promises";
import path from "node:path";
import { builtInRules } from "../rules/index.js";
import { allRules, configureRules } from "./config/configure-rules.js";
import type { ResolvedConfig } from "./config/types.js";
import { runRules, type ConfiguredRule, type MigrationSetInput } from "./core/engine.js";
import type { Finding } from "./core/finding.js";
import type { Migration, SqlMigrationTool } from "./core/migration.js";
import { detectFileTool } from "./discover/conventions.js";
import { planLint, type LintPlan, type PlannedSet } from "./discover/plan.js";
import { ruleDocsUrl } from "./docs-url.js";
import { loadSqlParser } from "./sql/parse.js";
import { readSqlMigration } from "./sql/sql-migration.js";

export interface LintRequest {
  cwd: string;
  paths?: string[];
  staged?: boolean;
  base?: string;
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
    ignore: config.ignore,
    ...(config.startAfter !== undefined ? { startAfter: config.startAfter } : {}),
    ...(config.rootDir ? { rootDir: config.rootDir } : {}),
    ...(config.migrations ? { layout: { rootDir: config.rootDir ?? cwd, sets: config.migrations } } : {}),
  });
  await loadSqlParser();
  const sets: MigrationSetInput[] = [];
  const unreadable: Finding[] = [];
  const sources = new Map<string, string>();
  for (const planned of plan.sets) {
    const { migrations, problems } = await readSet(cwd, planned, config);
    unreadable.push(...problems);
    const changeSet = new Set(planned.files.filter((f) => f.checked).map((f) => f.path));
    for (const m of migrations) if (changeSet.has(m.path)) sources.set(m.path, m.text);
    sets.push({ migrations, changeSet, together: planned.together });
  }
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

export interface MigrationFileInput {
  path: string;
  text: string;
  version: string;
  setId: string;
  /** The tool the file's set was detected as. */
  setTool: SqlMigrationTool;
}

/** Reads one migration file into the model. */
export function readMigration(file: MigrationFileInput, config: ResolvedConfig): Migration {
  return readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction,
  );
}

function isPluginRule(id: string): boolean {
  return id.includes("/");
}

async function readSet(cwd: string, planned: PlannedSet, config: ResolvedConfig): Promise<{ migrations: Migration[]; problems: Finding[] }> {
  const migrations: Migration[] = [];
  const problems: Finding[] = [];
  for (const file of planned.files) {
    let text: string;
    try {
      text = file.content ?? (await readFile(path.resolve(cwd, file.path), "utf8"));
    } catch (error) {
      if (file.checked) problems.push(unreadableFinding(file.path, error));
      continue;
    }
    migrations.push(readMigration({ path: file.path, text, version: file.version, setId: planned.dir, setTool: planned.tool }, config));
  }
  return { migrations, problems };
}

function unreadableFinding(file: string, error: unknown): Finding {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
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
