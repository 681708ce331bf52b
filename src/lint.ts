import { readFile } from "node:fs/promises";
import path from "node:path";
import { builtInRules } from "../rules/index.js";
import { allRules, configureRules } from "./config/configure-rules.js";
import type { ResolvedConfig } from "./config/types.js";
import type { AppSchema } from "./core/app-schema.js";
import { runRules, type ConfiguredRule, type MigrationSetInput } from "./core/engine.js";
import type { Finding } from "./core/finding.js";
import type { Migration, SqlMigrationTool } from "./core/migration.js";
import { detectFileTool } from "./discover/conventions.js";
import { planLint, type LintPlan, type PlannedSet } from "./discover/plan.js";
import { ruleDocsUrl } from "./docs-url.js";
import { loadSqlParser } from "./sql/parse.js";
import { filesAtCommit, workingTreeFiles } from "./schema/files.js";
import { loadAppSchema } from "./schema/load-schema.js";
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
    sets.push({ migrations, changeSet, together: planned.together, setId: planned.dir, ...(planned.history ? { history: planned.history } : {}) });
  }
  const schemas = await loadSchemas(cwd, config, plan);
  const { findings, rules } = analyze(sets, config, request.docsUrl, schemas);
  return {
    findings: [...unreadable, ...findings],
    sources,
    checked: plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.path)),
    rules,
    plan,
  };
}

/** The app's schema at the head of the change set and, with a base, at the base. */
export interface SchemaPair {
  schema?: AppSchema;
  baseSchema?: AppSchema;
}

/**
 * Reads the app schema from the working tree and, with `--base`, as it was at the base commit.
 * Skipped when nothing is checked. When the change set touches no file a schema could be read
 * from, the base's schema is the head's.
 */
async function loadSchemas(cwd: string, config: ResolvedConfig, plan: LintPlan): Promise<SchemaPair> {
  if (config.schema === false) return {};
  if (!plan.sets.some((s) => s.files.some((f) => f.checked) || (s.history?.changes.length ?? 0) > 0)) return {};
  const schema = await loadAppSchema(await workingTreeFiles(cwd), config.schema);
  if (!plan.baseCommit) return schema ? { schema } : {};
  const changed = plan.changedFiles ?? [];
  const touchesSchema = changed.some((f) => [f.path, f.previousPath].some((p) => p !== undefined && SCHEMA_FILE.test(p)));
  const baseSchema = touchesSchema ? await loadAppSchema(await filesAtCommit(cwd, plan.baseCommit, changed), config.schema) : schema;
  return { ...(schema ? { schema } : {}), ...(baseSchema ? { baseSchema } : {}) };
}

const SCHEMA_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;

/** Runs the configured rules over migrations already read. */
export function analyze(
  sets: readonly MigrationSetInput[],
  config: ResolvedConfig,
  docsUrl: (ruleId: string) => string = ruleDocsUrl,
  schemas: SchemaPair = {},
): { findings: Finding[]; rules: ConfiguredRule[] } {
  const rules = allRules(builtInRules, config);
  const configured = configureRules(rules, config);
  const findings = runRules(sets, {
    rules: configured,
    postgresVersion: config.postgresVersion,
    ...(schemas.schema ? { schema: schemas.schema } : {}),
    ...(schemas.baseSchema ? { baseSchema: schemas.baseSchema } : {}),
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
