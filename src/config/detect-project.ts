import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { SqlMigrationTool } from "../core/migration.js";
import { detectFileTool, IGNORED_DIRECTORIES } from "../discover/conventions.js";
import { findMigrationSets, toPosix, type MigrationSetRef } from "../discover/find-migrations.js";

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
  tool: SqlMigrationTool;
  count: number;
  /** False when no simple glob matched exactly the files found (the glob needs a look). */
  exact: boolean;
}

export type SchemaOrm = "prisma" | "drizzle" | "typeorm" | "sequelize" | "mikro-orm";

export interface DetectedSchemaSource {
  orm: SchemaOrm;
  include: string[];
}

const IGNORE = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);

/** Looks at a project's files (never runs them) for its migration sets, ORM schema files and Postgres version. */
export async function detectProject(cwd: string): Promise<DetectedProject> {
  const sets = await findMigrationSets(cwd, cwd);
  const migrations: DetectedSet[] = [];
  for (const set of sets) migrations.push(await describeSet(cwd, set));
  const postgresVersion = await detectPostgresVersion(cwd);
  return {
    migrations,
    schemaSources: await detectSchemaSources(cwd),
    ...(postgresVersion !== undefined ? { postgresVersion } : {}),
  };
}

async function describeSet(cwd: string, set: MigrationSetRef): Promise<DetectedSet> {
  const first = set.files[0];
  const text = first ? await readFile(path.join(cwd, first.path), "utf8").catch(() => "") : "";
  const tool = detectFileTool(set.tool, text);
  const expected = set.files.map((f) => f.path).sort();
  const prefix = set.dir === "." ? "" : `${set.dir}/`;
  const names = new Set(expected.map((f) => f.slice(prefix.length)));
  const perVersion = [...names].every((n) => /^[^/]+\/migration\.sql$/.test(n))
    ? "*/migration.sql"
    : [...names].every((n) => /^[^/]+\/up\.sql$/.test(n))
      ? "*/up.sql"
      : undefined;
  const candidates = [perVersion, [...names].every((n) => n.endsWith(".up.sql")) ? "*.up.sql" : undefined, "*.sql", "**/*.sql"]
    .filter((c): c is string => c !== undefined)
    .map((c) => `${prefix}${c}`);
  for (const candidate of candidates) {
    const matched = (await glob(candidate, { cwd, ignore: IGNORE })).map(toPosix).sort();
    if (matched.length === expected.length && matched.every((m, i) => m === expected[i])) {
      return { files: candidate, tool, count: expected.length, exact: true };
    }
  }
  return { files: `${prefix}*.sql`, tool, count: expected.length, exact: false };
}

/**
 * ORM schema files, by the conventions of each ORM. The readers of the `schema` key take these
 * globs; a project whose models live elsewhere edits them.
 */
async function detectSchemaSources(cwd: string): Promise<DetectedSchemaSource[]> {
  const sources: DetectedSchemaSource[] = [];
  const deps = await dependencies(cwd);
  const prisma = await glob(["**/*.prisma"], { cwd, ignore: IGNORE });
  if (prisma.length > 0) sources.push({ orm: "prisma", include: commonGlobs(prisma.map(toPosix), "*.prisma") });
  if (deps.has("drizzle-orm")) {
    const schema = await drizzleSchemaPath(cwd);
    if (schema) sources.push({ orm: "drizzle", include: [schema] });
  }
  if (deps.has("typeorm")) {
    const entities = await glob(["**/*.entity.{ts,js}", "**/entities/**/*.{ts,js}", "**/entity/**/*.{ts,js}"], { cwd, ignore: [...IGNORE, "**/*.d.ts"] });
    if (entities.length > 0) sources.push({ orm: "typeorm", include: commonGlobs(entities.map(toPosix), "*.{ts,js}") });
  }
  if (deps.has("sequelize") || deps.has("sequelize-typescript")) {
    const models = await glob(["**/models/**/*.{ts,js}"], { cwd, ignore: [...IGNORE, "**/*.d.ts"] });
    if (models.length > 0) sources.push({ orm: "sequelize", include: commonGlobs(models.map(toPosix), "*.{ts,js}") });
  }
  if ([...deps].some((d) => d.startsWith("@mikro-orm/"))) {
    const entities = await glob(["**/*.entity.{ts,js}", "**/entities/**/*.{ts,js}"], { cwd, ignore: [...IGNORE, "**/*.d.ts"] });
    if (entities.length > 0) sources.push({ orm: "mikro-orm", include: commonGlobs(entities.map(toPosix), "*.{ts,js}") });
  }
  return sources;
}

/** One `dir/**\/<pattern>` glob per top directory holding the files, so new files are picked up. */
function commonGlobs(files: string[], pattern: string): string[] {
  const dirs = new Set(files.map((f) => path.posix.dirname(f)));
  const roots = [...dirs].filter((d) => ![...dirs].some((other) => other !== d && (d.startsWith(`${other}/`) || other === ".")));
  return roots.sort().map((d) => (d === "." ? `**/${pattern}` : dirs.size === 1 ? `${d}/${pattern}` : `${d}/**/${pattern}`));
}

async function dependencies(cwd: string): Promise<Set<string>> {
  try {
    const manifest = JSON.parse(await readFile(path.join(cwd, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    return new Set([...Object.keys(manifest["dependencies"] ?? {}), ...Object.keys(manifest["devDependencies"] ?? {})]);
  } catch {
    return new Set();
  }
}

/** `schema: "./src/db/schema.ts"` in drizzle.config.*, read as text. */
async function drizzleSchemaPath(cwd: string): Promise<string | undefined> {
  for (const name of ["drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs", "drizzle.config.json"]) {
    const file = path.join(cwd, name);
    if (!existsSync(file)) continue;
    const match = /["']?schema["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(await readFile(file, "utf8"));
    if (match) return match[1]!.replace(/^\.\//, "");
  }
  return undefined;
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
