import { writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { c as checkDatabaseUrl, a as collectStats, s as serializeStatsSnapshot } from './collect-DFOTNNBZ.js';
import './safe-read-BvL72yt9.js';
import 'node:fs';
import './index-C_jiFsAu.js';

async function statsCommand(options, io) {
  checkDatabaseUrl(options.databaseUrl);
  const snapshot = await collectStats(options.databaseUrl);
  const text = serializeStatsSnapshot(snapshot);
  const indexes = snapshot.tables.reduce((n, t) => n + t.indexes.length, 0);
  const what = `${snapshot.tables.length} tables, ${indexes} indexes, PostgreSQL ${snapshot.server.version}`;
  if (options.output === void 0) {
    io.stdout.write(text);
    return 0;
  }
  const file = path.resolve(io.cwd, options.output);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  io.stderr.write(`migration-guard: wrote ${options.output} (${what}): names and sizes only, no rows, no credentials.
`);
  return 0;
}

export { statsCommand };
