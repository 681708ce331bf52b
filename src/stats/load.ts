import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import { UsageError } from "../errors.js";
import { checkDatabaseUrl, collectStats } from "./collect.js";
import { parseStatsSnapshot, type StatsSnapshot } from "./snapshot.js";

export interface StatsSource {
  /** A snapshot file (`--stats`, the `stats` config key, the Action's `stats-file`). */
  file?: string;
  /** A read-only connection to take the snapshot from now (`--database-url`). */
  databaseUrl?: string;
  cwd: string;
}

/** The snapshot a run weighs findings with: read from a file or taken over a connection; none when neither is given. */
export async function loadStats(source: StatsSource): Promise<StatsSnapshot | undefined> {
  if (source.databaseUrl !== undefined) {
    checkDatabaseUrl(source.databaseUrl);
    return collectStats(source.databaseUrl);
  }
  if (source.file === undefined) return undefined;
  const file = path.resolve(source.cwd, source.file);
  const shown = path.relative(source.cwd, file) || file;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === "ENOENT"
        ? `The stats snapshot ${shown} does not exist: take one with \`migration-guard stats --database-url <url> --output ${shown}\`.`
        : `Could not read the stats snapshot ${shown} (${(error as Error).message}).`,
    );
  }
  return parseStatsSnapshot(text, shown);
}

/** The snapshot's server version is the Postgres version the migrations run on, unless the config, a flag or an input says otherwise. */
export function withSnapshotVersion(config: ResolvedConfig, major: number | undefined): ResolvedConfig {
  if (major === undefined || config.postgresVersionSet) return config;
  return { ...config, postgresVersion: Math.min(Math.max(major, 9), 19) };
}
