import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkDatabaseUrl, collectStats } from "../stats/collect.js";
import { serializeStatsSnapshot } from "../stats/snapshot.js";
import type { CliIO } from "./io.js";

export interface StatsOptions {
  databaseUrl: string;
  output?: string;
}

/**
 * `migration-guard stats`: takes a snapshot of table and index sizes and writes it, whole or not at
 * all (a temporary file renamed into place), so a failed run never leaves a truncated snapshot.
 */
export async function statsCommand(options: StatsOptions, io: CliIO): Promise<number> {
  checkDatabaseUrl(options.databaseUrl);
  const snapshot = await collectStats(options.databaseUrl);
  const text = serializeStatsSnapshot(snapshot);
  const indexes = snapshot.tables.reduce((n, t) => n + t.indexes.length, 0);
  const what = `${snapshot.tables.length} tables, ${indexes} indexes, PostgreSQL ${snapshot.server.version}`;
  if (options.output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  const file = path.resolve(io.cwd, options.output);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  io.stderr.write(`migration-guard: wrote ${options.output} (${what}): names and sizes only, no rows, no credentials.\n`);
  return 0;
}
