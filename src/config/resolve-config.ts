import path from "node:path";
import { DEFAULT_CONFIG, type Plugin, type ResolvedConfig, type ResolvedMigrationSet, type UserConfig } from "./types.js";

/** Applies defaults and normalizes shorthands (a glob for a list of globs, numbers for versions). */
export function resolveConfig(user: UserConfig, plugins: Record<string, Plugin>, rootDir: string, source?: string): ResolvedConfig {
  const config: ResolvedConfig = {
    ...DEFAULT_CONFIG,
    rules: { ...(user.rules ?? {}) },
    plugins,
    ignore: listOf(user.ignore),
    rootDir,
    ...(source ? { source } : {}),
  };
  if (user.postgresVersion !== undefined) config.postgresVersion = user.postgresVersion;
  if (user.assumeTransaction !== undefined) config.assumeTransaction = user.assumeTransaction;
  if (user.assumeLockTimeout !== undefined) config.assumeLockTimeout = user.assumeLockTimeout;
  if (user.requireSuppressionReason !== undefined) config.requireSuppressionReason = user.requireSuppressionReason;
  if (user.down !== undefined) config.down = user.down;
  if (user.startAfter !== undefined) config.startAfter = String(user.startAfter);
  if (user.verify !== undefined) {
    config.verify = {
      setup: listOf(user.verify.setup).map((file) => path.resolve(rootDir, file)),
      statementTimeoutMs: user.verify.statementTimeout ?? DEFAULT_CONFIG.verify.statementTimeoutMs,
      ...(user.verify.databaseUrl !== undefined ? { databaseUrl: user.verify.databaseUrl } : {}),
    };
  }
  if (user.schema !== undefined) {
    config.schema =
      user.schema === false
        ? false
        : {
            sources: user.schema.sources.map((source) => ({
              orm: source.orm,
              include: listOf(source.include),
              ...(source.exclude !== undefined ? { exclude: listOf(source.exclude) } : {}),
              ...(source.naming ? { naming: source.naming } : {}),
            })),
          };
  }
  if (user.migrations) {
    config.migrations = user.migrations.map((entry): ResolvedMigrationSet => {
      if (typeof entry === "string") return { files: [entry] };
      return {
        files: listOf(entry.files),
        ...(entry.tool ? { tool: entry.tool } : {}),
        ...(entry.startAfter !== undefined ? { startAfter: String(entry.startAfter) } : {}),
      };
    });
  }
  return config;
}

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
