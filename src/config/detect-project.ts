import { readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { SqlMigrationTool } from "../core/migration.js";
import { detectFileTool, IGNORED_DIRECTORIES, isCodeMigrationPath } from "../discover/conventions.js";
import { findMigrationSets, migrationFiles, toPosix, type MigrationSetRef } from "../discover/find-migrations.js";
import type { SchemaOrm } from "../core/app-schema.js";
import type { Database } from "../dialect/databases.js";
import { DialectDetector } from "../dialect/detect-dialect.js";
import { workingTreeFiles } from "../schema/files.js";
import { loadAppSchema } from "../schema/load-schema.js";

/** What `migration-guard init` found in a project, ready to be written as config. */
export interface DetectedProject {
  migrations: DetectedSet[];
  schemaSources: DetectedSchemaSource[];
  /** From a `postgres:<major>` image in docker-compose or CI files. */
  postgresVersion?: number;
}

export interface DetectedSet {
  /** The glob that matches exactly this set's migrations. */
  files: string;
  /** Absent for TS/JS migrations: their tool is recognized from each file's code. */
  tool?: SqlMigrationTool;
  count: number;
  /** False when no simple glob matched exactly the files found (the glob needs a look). */
  exact: boolean;
  /** The database, when the project says it is another than PostgreSQL (the set will be skipped). */
  dialect?: Database;
  /** What says so, for the summary: `provider = "mysql" in prisma/migrations/migration_lock.toml:3`. */
  dialectSource?: string;
}

export interface DetectedSchemaSource {
  orm: SchemaOrm;
  include: string[];
}

const IGNORE = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);

/** Looks at a project's files (never runs them) for its migration sets, ORM schema files and Postgres version. */
export async function detectProject(cwd: string): Promise<DetectedProject> {
  const sets = await findMigrationSets(cwd, cwd);
  const migrations: DetectedSet[] = [];
  const detector = new DialectDetector(cwd);
  for (const set of sets) {
    const described = await describeSet(cwd, set);
    const verdict = await detector.detect(set);
    const signal = verdict.signals[0];
    migrations.push(
      verdict.database === "postgresql"
        ? described
        : { ...described, dialect: verdict.database, ...(signal ? { dialectSource: `${signal.what}${signal.folder ? "" : ` in ${signal.file}:${signal.line}`}` } : {}) },
    );
  }
  const postgresVersion = await detectPostgresVersion(cwd);
  return {
    migrations,
    schemaSources: await detectSchemaSources(cwd),
    ...(postgresVersion !== undefined ? { postgresVersion } : {}),
  };
}

async function describeSet(cwd: string, set: MigrationSetRef): Promise<DetectedSet> {
  const expected = migrationFiles(set.files).map((f) => f.path).sort();
  const prefix = set.dir === "." ? "" : `${set.dir}/`;
  const names = expected.map((f) => f.slice(prefix.length));
  let tool: SqlMigrationTool | undefined;
  let patterns: Array<string | undefined>;
  if (names.every(isCodeMigrationPath)) {
    const extensions = extensionsGlob(names);
    patterns = [extensions, `**/${extensions}`];
  } else {
    const text = await readFile(path.join(cwd, expected[0]!), "utf8").catch(() => "");
    tool = detectFileTool(set.tool, text);
    const perVersion = names.every((n) => /^[^/]+\/migration\.sql$/.test(n))
      ? "*/migration.sql"
      : names.every((n) => /^[^/]+\/up\.sql$/.test(n))
        ? "*/up.sql"
        : undefined;
    patterns = [perVersion, names.every((n) => n.endsWith(".up.sql")) ? "*.up.sql" : undefined, "*.sql", "**/*.sql"];
  }
  const candidates = patterns.filter((c): c is string => c !== undefined).map((c) => `${prefix}${c}`);
  const described = (files: string, exact: boolean): DetectedSet => ({ files, ...(tool ? { tool } : {}), count: expected.length, exact });
  for (const candidate of candidates) {
    const matched = (await glob(candidate, { cwd, ignore: IGNORE })).map(toPosix).sort();
    if (matched.length === expected.length && matched.every((m, i) => m === expected[i])) return described(candidate, true);
  }
  return described(candidates[0]!, false);
}

/**
 * The app's schema sources: what the schema readers detect (Prisma schemas, the TS/JS models of
 * each ORM, read statically), as one glob per folder of the files that map tables, so model files
 * added later next to them are covered.
 */
async function detectSchemaSources(cwd: string): Promise<DetectedSchemaSource[]> {
  const schema = await loadAppSchema(await workingTreeFiles(cwd), { sources: [] });
  if (!schema) return [];
  const filesByOrm = new Map<SchemaOrm, Set<string>>();
  for (const table of schema.tables.values()) {
    if (!table.orm) continue;
    const files = filesByOrm.get(table.orm) ?? new Set<string>();
    files.add(table.site.file);
    for (const column of table.columns.values()) files.add(column.site.file);
    filesByOrm.set(table.orm, files);
  }
  return [...filesByOrm]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([orm, files]) => ({ orm, include: commonGlobs([...files].sort(), extensionsGlob([...files])) }));
}

/** `*.prisma`, `*.ts`, `*.{js,ts}`: the extensions of the files found. */
function extensionsGlob(files: string[]): string {
  const extensions = [...new Set(files.map((f) => path.posix.extname(f).slice(1)))].sort();
  return extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(",")}}`;
}

/** One glob per top folder holding the files: `folder/<pattern>`, or `folder/**\/<pattern>` when they spread below it. */
function commonGlobs(files: string[], pattern: string): string[] {
  const dirs = [...new Set(files.map((f) => path.posix.dirname(f)))];
  const roots = dirs.filter((d) => !dirs.some((other) => other !== d && (other === "." || d.startsWith(`${other}/`))));
  return roots.sort().map((root) => {
    const spread = dirs.some((d) => d !== root && (root === "." || d.startsWith(`${root}/`)));
    const prefix = root === "." ? "" : `${root}/`;
    return spread ? `${prefix}**/${pattern}` : `${prefix}${pattern}`;
  });
}

const POSTGRES_IMAGE = /\b(?:postgres|postgis\/postgis|pgvector\/pgvector|timescale\/timescaledb):(?:pg)?(\d{1,2})(?:[.\-\w]*)/;

async function detectPostgresVersion(cwd: string): Promise<number | undefined> {
  const files = await glob(["docker-compose*.{yml,yaml}", "compose*.{yml,yaml}", ".github/workflows/*.{yml,yaml}"], { cwd, dot: true });
  for (const file of files.sort()) {
    const match = POSTGRES_IMAGE.exec(await readFile(path.join(cwd, file), "utf8"));
    const major = match ? Number(match[1]) : NaN;
    if (major >= 9 && major <= 19) return major;
  }
  return undefined;
}
