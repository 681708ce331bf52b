import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../../src/config/types.js";
import type { Finding } from "../../src/core/finding.js";
import type { Migration } from "../../src/core/migration.js";
import { firstChangedLine, type MigrationChange, type MigrationHistory } from "../../src/core/history.js";
import { isConventionalMigration, setMembership } from "../../src/discover/conventions.js";
import { groupIntoSets, type MigrationFileRef, type MigrationSetRef } from "../../src/discover/find-migrations.js";
import { compareVersions, versionOf } from "../../src/discover/versions.js";
import { analyze, readMigration, type SchemaPair } from "../../src/lint.js";
import { memoryFiles } from "../../src/schema/files.js";
import { loadAppSchema } from "../../src/schema/load-schema.js";

/**
 * A change set described by file trees instead of git: the project as it is now (`files`) and,
 * optionally, as it was on the base branch (`base`). One migration is checked; the migrations
 * before it in its set are history. Used by the fixture and doc-example tests, so they exercise
 * the same schema loading and history rules as a `--base` run.
 */
export interface Scenario {
  /** The migration set holding the checked migration, as discovery found it. */
  set: MigrationSetRef;
  /** The project's files now (app schema files among them). */
  files: ReadonlyMap<string, string>;
  base?: ReadonlyMap<string, string>;
  /** The migration under test. */
  checked: string;
  /** Migrations of the set to leave out (other test cases of the same project). */
  leaveOut?: (file: string) => boolean;
  config: ResolvedConfig;
  /** Reads one migration of the set (default: `readMigration` on the file's text in `files`). */
  read?: (file: MigrationFileRef, set: MigrationSetRef) => Migration;
  /** Runs before the rules, on the migrations read (e.g. `verify`'s replay, for the rules that report it). */
  prepare?: (migrations: Migration[]) => Promise<void>;
}

/** The set that holds `file` among the SQL migrations of an in-memory tree (doc examples). */
export function setOf(files: ReadonlyMap<string, string>, file: string): MigrationSetRef {
  const candidates = [...files.keys()].filter((f) => f === file || isConventionalMigration(f));
  return groupIntoSets("/nonexistent", candidates).find((x) => x.files.some((f) => f.path === file))!;
}

export async function runScenario(s: Scenario): Promise<{ findings: Finding[]; text: string }> {
  const { set } = s;
  const upTo = set.files.slice(0, set.files.findIndex((f) => f.path === s.checked) + 1).filter((f) => f.path === s.checked || !s.leaveOut?.(f.path));
  const read =
    s.read ??
    ((f: MigrationFileRef) => readMigration({ path: f.path, text: s.files.get(f.path)!, version: f.version, setId: set.dir, setTool: set.tool }, s.config));
  const migrations = upTo.map((f) => read(f, set));
  await s.prepare?.(migrations);
  const text = migrations[migrations.length - 1]!.text;
  const history = s.base ? historyFromTrees(set.dir, s.base, s.checked, text) : undefined;
  const schemas = await scenarioSchemas(s);
  const { findings } = analyze(
    [{ migrations, changeSet: new Set([s.checked]), together: true, setId: set.dir, ...(history ? { history } : {}) }],
    s.config,
    undefined,
    schemas,
  );
  return { findings, text };
}

const SCHEMA_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;

/** The schema of `files`, and of `base` when the base holds schema files (otherwise the same). */
async function scenarioSchemas(s: Scenario): Promise<SchemaPair> {
  if (s.config.schema === false) return {};
  const schema = await loadAppSchema(memoryFiles(s.files), s.config.schema);
  const baseHasSchema = s.base !== undefined && [...s.base.keys()].some((f) => SCHEMA_FILE.test(f));
  const baseSchema = baseHasSchema ? await loadAppSchema(memoryFiles(s.base!), s.config.schema) : s.base ? schema : undefined;
  return { ...(schema ? { schema } : {}), ...(baseSchema ? { baseSchema } : {}) };
}

/** The set's history when the base tree is `base` and the change set adds or edits `checked`. */
export function historyFromTrees(setDir: string, base: ReadonlyMap<string, string>, checked: string, text: string): MigrationHistory {
  const baseMigrations = [...base.keys()]
    .filter((f) => isConventionalMigration(f) && setMembership(f).setDir === setDir)
    .map((f) => ({ path: f, version: versionOf(setMembership(f).versionName) }))
    .sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
  const version = versionOf(setMembership(checked).versionName);
  const before = base.get(checked);
  const line = before === undefined ? undefined : firstChangedLine(before, text);
  const changes: MigrationChange[] =
    before === undefined
      ? [{ path: checked, status: "added", version }]
      : line === undefined
        ? []
        : [{ path: checked, status: "modified", version, firstChangedLine: line }];
  return { base: baseMigrations, changes };
}

/** Every file under `dir` (relative paths, `/` separators), minus paths `skip` rejects. */
export function readTree(dir: string, skip: (file: string) => boolean = () => false): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const file = relative ? `${relative}/${name}` : name;
      if (skip(file) || name === "node_modules") continue;
      if (statSync(path.join(dir, file)).isDirectory()) walk(file);
      else files.set(file, readFileSync(path.join(dir, file), "utf8"));
    }
  };
  walk("");
  return files;
}
