import type { SqlMigrationTool } from "../core/migration.js";

/** Directories never searched for migrations. */
export const IGNORED_DIRECTORIES = ["node_modules", ".git", "dist", "build", "coverage", "vendor", ".next", ".turbo", "target", "out"];

/**
 * Where migrations live by convention. A `.sql` file is a migration when a directory on its path
 * is named like a migrations folder, or when it is a per-version `migration.sql` (Prisma) or
 * `up.sql` (Diesel) inside one. The TS/JS tools use the same folder names: TypeORM
 * `src/migrations` (`src/migration` in older templates), Knex, sequelize-cli, node-pg-migrate
 * and Kysely `migrations` (often under `db/` or `src/database/`), MikroORM `migrations` or
 * `src/migrations`.
 */
const MIGRATION_DIR_NAMES = new Set(["migrations", "migration", "migrate", "drizzle"]);

/** Down files: see isDownFilePath. */
const DOWN_FILE = /(\.down\.sql|(^|\/)down\.sql)$/i;

/** Files inside a migrations folder that are not migrations in either direction. */
const NOT_SCHEMA_CHANGES = [/(^|\/)seeds?(\/|\.sql$)/i, /(^|\/)meta\//];

/** Files inside a migrations folder that are not forward migrations. */
const NOT_A_MIGRATION = [DOWN_FILE, ...NOT_SCHEMA_CHANGES];

/** TS/JS files inside a migrations folder that are not migrations: declarations, tests, fixtures, compiled maps. */
const NOT_A_CODE_MIGRATION = [/\.d\.[mc]?ts$/i, /\.(test|spec)\.[mc]?[jt]s$/i, /(^|\/)(__tests__|__mocks__|seeds?|seeders|factories)\//i, /(^|\/)seeds?\.[mc]?[jt]s$/i];

const CODE_MIGRATION = /\.(ts|mts|cts|js|mjs|cjs)$/i;

export function isMigrationDirectory(name: string): boolean {
  return MIGRATION_DIR_NAMES.has(name.toLowerCase());
}

export function isConventionalSqlMigration(relativePath: string): boolean {
  if (!relativePath.toLowerCase().endsWith(".sql")) return false;
  if (NOT_A_MIGRATION.some((re) => re.test(relativePath))) return false;
  return inMigrationDirectory(relativePath);
}

/**
 * A TS/JS file in a migrations folder. Which tool wrote it (if any) is decided from its content
 * when it is read; a file no tool recognizes is reported, not skipped.
 */
export function isConventionalCodeMigration(relativePath: string): boolean {
  if (!CODE_MIGRATION.test(relativePath)) return false;
  if (NOT_A_CODE_MIGRATION.some((re) => re.test(relativePath))) return false;
  // drizzle-kit's output folder holds SQL migrations; the `schema.ts`/`relations.ts` that
  // `drizzle-kit pull` writes beside them are models.
  const dirs = relativePath.split("/").slice(0, -1).map((d) => d.toLowerCase());
  return dirs.some((d) => MIGRATION_DIR_NAMES.has(d) && d !== "drizzle");
}

/**
 * A down file: golang-migrate's and sqlx's `NNN_name.down.sql` beside `NNN_name.up.sql`, a
 * `NNN_name.down.sql` beside a plain `NNN_name.sql`, Diesel's `down.sql` beside `up.sql` (and one
 * beside a Prisma `migration.sql`, where `prisma migrate diff` users keep theirs). It is the down
 * direction of its up file, never a forward migration.
 */
export function isDownFilePath(relativePath: string): boolean {
  return DOWN_FILE.test(relativePath);
}

/** A down file inside a migrations folder (not a seed or drizzle's meta). */
export function isConventionalDownFile(relativePath: string): boolean {
  if (!isDownFilePath(relativePath)) return false;
  if (NOT_SCHEMA_CHANGES.some((re) => re.test(relativePath))) return false;
  return inMigrationDirectory(relativePath);
}

/** The up files a down file can belong to, the one its tool pairs it with first. */
export function upFileCandidates(downPath: string): string[] {
  const slash = downPath.lastIndexOf("/");
  const dir = slash < 0 ? "" : downPath.slice(0, slash + 1);
  const base = downPath.slice(slash + 1);
  if (/^down\.sql$/i.test(base)) return [`${dir}up.sql`, `${dir}migration.sql`];
  const stem = downPath.replace(/\.down\.sql$/i, "");
  return [`${stem}.up.sql`, `${stem}.sql`];
}

export function isConventionalMigration(relativePath: string): boolean {
  return isConventionalSqlMigration(relativePath) || isConventionalCodeMigration(relativePath);
}

/**
 * A migration by its file name alone, wherever it is: SQL that is not a down file or seed, TS/JS
 * that is not a declaration, test or seed. For folders the config names as migrations.
 */
export function isMigrationFileName(relativePath: string): boolean {
  if (relativePath.toLowerCase().endsWith(".sql")) return !NOT_A_MIGRATION.some((re) => re.test(relativePath));
  return CODE_MIGRATION.test(relativePath) && !NOT_A_CODE_MIGRATION.some((re) => re.test(relativePath));
}

export function isCodeMigrationPath(relativePath: string): boolean {
  return CODE_MIGRATION.test(relativePath) && !/\.d\.[mc]?ts$/i.test(relativePath);
}

function inMigrationDirectory(relativePath: string): boolean {
  const dirs = relativePath.split("/").slice(0, -1);
  return dirs.some((d) => MIGRATION_DIR_NAMES.has(d.toLowerCase()));
}

/**
 * A cheap look at a TS/JS file's text for a migration: an `up` function or method, or a
 * migration class. Used only when a folder named on the command line holds no conventional
 * migrations folder, to pick the migrations among its other files.
 */
export function looksLikeCodeMigration(text: string): boolean {
  return /\b(exports\.up|up\s*[:=(]|function\s+up\b|async\s+up\s*\(|MigrationInterface|extends\s+Migration\b)/.test(text);
}

/** File names that stand for their folder: the folder name carries the version (`down.sql`: Diesel's, beside `up.sql`). */
const PER_VERSION_FILE = /^(migration|up|down)\.sql$/i;

/**
 * The set (directory) a migration file belongs to, and the name its version is read from.
 * `prisma/migrations/20240101_init/migration.sql` → set `prisma/migrations`, name `20240101_init`.
 */
export function setMembership(relativePath: string): { setDir: string; versionName: string } {
  const parts = relativePath.split("/");
  const file = parts[parts.length - 1]!;
  // Two parts: the working directory is the migrations folder itself (`20240101_init/migration.sql`).
  if (PER_VERSION_FILE.test(file) && parts.length >= 2) {
    return { setDir: parts.slice(0, -2).join("/") || ".", versionName: parts[parts.length - 2]! };
  }
  return { setDir: parts.slice(0, -1).join("/") || ".", versionName: file };
}

/** The tool that runs a set of SQL migrations, from the set's layout and its files' names. */
export function detectSetTool(setDir: string, fileNames: string[], hasDrizzleJournal: boolean, hasPrismaLock: boolean): SqlMigrationTool {
  if (hasPrismaLock || fileNames.some((f) => /\/migration\.sql$/i.test(f))) return "prisma";
  if (hasDrizzleJournal) return "drizzle";
  if (/(^|\/)supabase\/migrations$/.test(setDir)) return "supabase";
  if (fileNames.some((f) => /\.up\.sql$/i.test(f))) return "golang-migrate";
  return "sql";
}

/**
 * Refines a file's tool from markers in its text: Drizzle's statement breakpoints, and the
 * up/down sections of dbmate and goose files.
 */
export function detectFileTool(setTool: SqlMigrationTool, text: string): SqlMigrationTool {
  if (setTool !== "sql" && setTool !== "golang-migrate") return setTool;
  if (text.includes("--> statement-breakpoint")) return "drizzle";
  if (/^--\s*migrate:up/m.test(text)) return "dbmate";
  if (/^--\s*\+goose\s+up/im.test(text)) return "goose";
  return setTool;
}
