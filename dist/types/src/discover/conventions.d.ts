import type { SqlMigrationTool } from "../core/migration.js";
/** Directories never searched for migrations. */
export declare const IGNORED_DIRECTORIES: string[];
export declare function isMigrationDirectory(name: string): boolean;
export declare function isConventionalSqlMigration(relativePath: string): boolean;
/**
 * A TS/JS file in a migrations folder. Which tool wrote it (if any) is decided from its content
 * when it is read; a file no tool recognizes is reported, not skipped.
 */
export declare function isConventionalCodeMigration(relativePath: string): boolean;
/**
 * A down file: golang-migrate's and sqlx's `NNN_name.down.sql` beside `NNN_name.up.sql`, a
 * `NNN_name.down.sql` beside a plain `NNN_name.sql`, Diesel's `down.sql` beside `up.sql` (and one
 * beside a Prisma `migration.sql`, where `prisma migrate diff` users keep theirs). It is the down
 * direction of its up file, never a forward migration.
 */
export declare function isDownFilePath(relativePath: string): boolean;
/** A down file inside a migrations folder (not a seed or drizzle's meta). */
export declare function isConventionalDownFile(relativePath: string): boolean;
/** The up files a down file can belong to, the one its tool pairs it with first. */
export declare function upFileCandidates(downPath: string): string[];
export declare function isConventionalMigration(relativePath: string): boolean;
/**
 * A migration by its file name alone, wherever it is: SQL that is not a down file or seed, TS/JS
 * that is not a declaration, test or seed. For folders the config names as migrations.
 */
export declare function isMigrationFileName(relativePath: string): boolean;
export declare function isCodeMigrationPath(relativePath: string): boolean;
/**
 * A cheap look at a TS/JS file's text for a migration: an `up` function or method, or a
 * migration class. Used only when a folder named on the command line holds no conventional
 * migrations folder, to pick the migrations among its other files.
 */
export declare function looksLikeCodeMigration(text: string): boolean;
/**
 * The set (directory) a migration file belongs to, and the name its version is read from.
 * `prisma/migrations/20240101_init/migration.sql` → set `prisma/migrations`, name `20240101_init`.
 */
export declare function setMembership(relativePath: string): {
    setDir: string;
    versionName: string;
};
/** The tool that runs a set of SQL migrations, from the set's layout and its files' names. */
export declare function detectSetTool(setDir: string, fileNames: string[], hasDrizzleJournal: boolean, hasPrismaLock: boolean): SqlMigrationTool;
/**
 * Refines a file's tool from markers in its text: Drizzle's statement breakpoints, and the
 * up/down sections of dbmate and goose files.
 */
export declare function detectFileTool(setTool: SqlMigrationTool, text: string): SqlMigrationTool;
