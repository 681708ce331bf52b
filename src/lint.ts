import { readFile } from "node:fs/promises";
import path from "node:path";
import { builtInRules } from "../rules/index.js";
import { allRules, configureRules } from "./config/configure-rules.js";
import type { ResolvedConfig } from "./config/types.js";
import { runRules, type ConfiguredRule, type MigrationSetInput } from "./core/engine.js";
import type { Finding } from "./core/finding.js";
import type { Migration, SqlMigrationTool } from "./core/migration.js";
import { detectFileTool, isCodeMigrationPath } from "./discover/conventions.js";
import { planLint, type LintPlan, type PlannedSet } from "./discover/plan.js";
import { ruleDocsUrl } from "./docs-url.js";
import { loadSqlParser } from "./sql/parse.js";
import { readSqlMigration } from "./sql/sql-migration.js";
import type { ImportResolver } from "./typescript/app-dependencies.js";
import { readCodeMigration } from "./typescript/code-migration.js";
import { loadTypeScript } from "./typescript/compiler.js";
import { TsImportResolver } from "./typescript/module-resolution.js";

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
  });
  await loadSqlParser();
  const hasCode = plan.sets.some((s) => s.files.some((f) => isCodeMigrationPath(f.path)));
  const context: ReadContext = hasCode ? { resolver: new TsImportResolver(await loadTypeScript(), cwd) } : {};
  const sets: MigrationSetInput[] = [];
  const unreadable: Finding[] = [];
  const sources = new Map<string, string>();
  for (const planned of plan.sets) {
    const { migrations, problems } = await readSet(cwd, planned, config, context);
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
  /** For SQL migrations of a set with down files: whether this one has one. */
  hasDown?: boolean;
}

/** What reading a migration may need beyond its text. */
export interface ReadContext {
  /** Resolves a TS/JS migration's imports (tsconfig paths, workspaces) to tell app code from helpers. */
  resolver?: ImportResolver;
}

/**
 * Reads one migration file into the model. TS/JS migrations need the TypeScript compiler loaded
 * (`loadTypeScript()`), SQL ones the SQL parser (`loadSqlParser()`).
 */
export function readMigration(file: MigrationFileInput, config: ResolvedConfig, context: ReadContext = {}): Migration {
  if (isCodeMigrationPath(file.path)) {
    return readCodeMigration({ path: file.path, text: file.text, version: file.version, setId: file.setId }, context);
  }
  const migration = readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction,
  );
  if (migration.hasDown === undefined && file.hasDown !== undefined) migration.hasDown = file.hasDown;
  return migration;
}

function isPluginRule(id: string): boolean {
  return id.includes("/");
}

async function readSet(
  cwd: string,
  planned: PlannedSet,
  config: ResolvedConfig,
  context: ReadContext,
): Promise<{ migrations: Migration[]; problems: Finding[] }> {
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
    const input: MigrationFileInput = { path: file.path, text, version: file.version, setId: planned.dir, setTool: planned.tool };
    if (file.hasDown !== undefined) input.hasDown = file.hasDown;
    migrations.push(readMigration(input, config, context));
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
