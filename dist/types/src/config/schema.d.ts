import { UsageError } from "../errors.js";
import type { UserConfig } from "./types.js";
/**
 * The shape of a config file, checked before anything else reads it. Valibot: a few kilobytes in
 * the bundle (the Action ships every byte it imports), and it reports every problem with its path.
 * Each message says what the key accepts; `ConfigError` adds the key and the value found.
 */
export declare const RULE_LEVELS: readonly ["off", "info", "warning", "error"];
export declare const SQL_MIGRATION_TOOLS: readonly ["sql", "prisma", "drizzle", "supabase", "golang-migrate", "dbmate", "goose"];
export declare const SCHEMA_ORMS: readonly ["prisma", "typeorm", "drizzle", "sequelize", "mikro-orm"];
export declare const CONFIG_KEYS: readonly ["$schema", "postgresVersion", "migrations", "schema", "assumeTransaction", "assumeLockTimeout", "rules", "plugins", "ignore", "startAfter", "requireSuppressionReason", "down", "stats", "dialect", "maxFileSize", "maxTotalSize", "verify"];
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** A config file that migration-guard cannot use: exit code 2, the message names the key and what it accepts. */
export declare class ConfigError extends UsageError {
    name: string;
}
/** Checks the shape of a config object; returns it typed, or throws a ConfigError listing every problem. */
export declare function validateConfig(data: unknown, source: string): UserConfig;
/** `rules["no-x"]`, `migrations[0].tool`: how a user finds the key in the file. */
export declare function keyPath(keys: ReadonlyArray<string | number>): string;
export declare function describeValue(value: unknown): string;
