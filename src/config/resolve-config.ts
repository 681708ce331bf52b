import path from "node:path";
import { DEFAULT_READ_LIMITS, parseSize } from "../safe-read.js";
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
  if (user.postgresVersion !== undefined) {
    config.postgresVersion = user.postgresVersion;
    config.postgresVersionSet = true;
  }
  if (user.stats !== undefined) {
    const setting = typeof user.stats === "string" ? { file: user.stats } : user.stats;
    config.stats = {
      small: setting.small ?? DEFAULT_CONFIG.stats.small,
      large: setting.large ?? DEFAULT_CONFIG.stats.large,
      ...(setting.file !== undefined ? { file: path.resolve(rootDir, setting.file) } : {}),
    };
  }
  if (user.assumeTransaction !== undefined) config.assumeTransaction = user.assumeTransaction;
  if (user.assumeLockTimeout !== undefined) config.assumeLockTimeout = user.assumeLockTimeout;
  if (user.requireSuppressionReason !== undefined) config.requireSuppressionReason = user.requireSuppressionReason;
  if (user.down !== undefined) config.down = user.down === "warn" ? "warning" : user.down;
  if (user.startAfter !== undefined) config.startAfter = String(user.startAfter);
  if (user.dialect !== undefined) config.dialect = user.dialect;
  if (user.maxFileSize !== undefined || user.maxTotalSize !== undefined) {
    config.readLimits = {
      maxFileBytes: (user.maxFileSize !== undefined ? parseSize(user.maxFileSize) : undefined) ?? DEFAULT_READ_LIMITS.maxFileBytes,
      maxRunBytes: (user.maxTotalSize !== undefined ? parseSize(user.maxTotalSize) : undefined) ?? DEFAULT_READ_LIMITS.maxRunBytes,
    };
  }
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
        ...(entry.dialect ? { dialect: entry.dialect } : {}),
      };
    });
  }
  return config;
}

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
