import { U as UsageError } from './safe-read-BvL72yt9.js';
import { s as safeParse, g as getDotPath, o as object, a as array, p as pipe, b as string, l as literal, m as minValue, i as integer, n as number, c as isoTimestamp, d as optional, e as nullable, f as boolean } from './index-C_jiFsAu.js';

const STATS_FORMAT = "migration-guard-stats";
const STATS_VERSION = 1;
const count = pipe(number(), integer(), minValue(0));
const indexSchema = object({ name: string(), columns: array(string()), unique: boolean(), bytes: count });
const tableSchema = object({
  schema: string(),
  name: string(),
  rows: nullable(pipe(number(), minValue(0))),
  heapBytes: count,
  totalBytes: count,
  partitionOf: optional(string()),
  partitions: optional(array(string())),
  indexes: array(indexSchema)
});
const snapshotSchema = object({
  format: literal(STATS_FORMAT),
  version: literal(STATS_VERSION),
  takenAt: pipe(string(), isoTimestamp()),
  server: object({ version: string(), major: pipe(number(), integer(), minValue(9)) }),
  tables: array(tableSchema)
});
function parseStatsSnapshot(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file} is not a stats snapshot: it is not valid JSON (${reason}); is it truncated? Take a new one with \`migration-guard stats\`.`);
  }
  if (!data || typeof data !== "object" || data.format !== STATS_FORMAT) {
    throw new UsageError(`${file} is not a stats snapshot (it has no "format": "${STATS_FORMAT}"): take one with \`migration-guard stats --database-url <url> --output ${file}\`.`);
  }
  const version = data.version;
  if (typeof version === "number" && version > STATS_VERSION) {
    throw new UsageError(`${file} is a stats snapshot of format version ${version}, newer than this migration-guard reads (${STATS_VERSION}): update migration-guard, or take the snapshot with this version.`);
  }
  const result = safeParse(snapshotSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = getDotPath(issue) ?? "(top level)";
    throw new UsageError(`${file} is not a valid stats snapshot: at ${where}, ${issue.message}. Take a new one with \`migration-guard stats\`.`);
  }
  return result.output;
}
function serializeStatsSnapshot(snapshot) {
  return `${JSON.stringify(snapshot, null, 2)}
`;
}

async function collectStats(databaseUrl) {
  const { default: Client } = await import('./client-xAThSxdZ.js').then(n => n.c);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1e4, application_name: "migration-guard stats" });
  client.on("error", () => {
  });
  try {
    await client.connect();
  } catch (error) {
    throw new UsageError(`Could not connect to the database (${describeConnectionError(error, databaseUrl)}). Nothing was written.`);
  }
  try {
    await client.query("SET default_transaction_read_only = on; SET statement_timeout = '30s'; SET lock_timeout = '1s'");
    await client.query("BEGIN READ ONLY");
    const version = await client.query("SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS num");
    const tables = await client.query(TABLES_SQL);
    const indexes = await client.query(INDEXES_SQL);
    await client.query("COMMIT");
    const row = version.rows[0];
    return {
      format: STATS_FORMAT,
      version: STATS_VERSION,
      takenAt: (/* @__PURE__ */ new Date()).toISOString(),
      server: { version: row.server_version.split(" ")[0], major: Math.floor(Number(row.num) / 1e4) },
      tables: assemble(tables.rows, indexes.rows)
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Reading the catalog failed (${describeQueryError(error)}). Nothing was written.`);
  } finally {
    await client.end().catch(() => {
    });
  }
}
const TABLES_SQL = `
SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.reltuples::float8 AS reltuples,
       pg_relation_size(c.oid)::text AS heap_bytes, pg_total_relation_size(c.oid)::text AS total_bytes,
       (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid AND p.relkind = 'p' LIMIT 1) AS parent
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
ORDER BY n.nspname, c.relname`;
const INDEXES_SQL = `
SELECT x.indrelid::int AS table_oid, i.relname AS name, x.indisunique AS unique, pg_relation_size(i.oid)::text AS bytes,
       ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) AS k) AS columns
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
ORDER BY i.relname`;
function assemble(tables, indexes) {
  const byOid = /* @__PURE__ */ new Map();
  const result = tables.map((t) => {
    const stats = {
      schema: t.schema,
      name: t.name,
      // -1: never vacuumed or analyzed since PG 14; 0 before that means the same for an unanalyzed table.
      rows: t.reltuples < 0 ? null : Math.round(t.reltuples),
      heapBytes: Number(t.heap_bytes),
      totalBytes: Number(t.total_bytes),
      ...t.parent ? { partitionOf: t.parent } : {},
      indexes: []
    };
    byOid.set(t.oid, stats);
    return stats;
  });
  for (const i of indexes) {
    byOid.get(i.table_oid)?.indexes.push({ name: i.name, columns: i.columns, unique: i.unique, bytes: Number(i.bytes) });
  }
  const byName = new Map(result.map((t) => [`${t.schema}.${t.name}`, t]));
  for (const t of result) {
    const parent = t.partitionOf ? byName.get(t.partitionOf) : void 0;
    if (parent) parent.partitions = [...parent.partitions ?? [], `${t.schema}.${t.name}`];
  }
  return result;
}
function describeConnectionError(error, databaseUrl) {
  const e = error;
  const where = hostOf(databaseUrl);
  switch (e.code) {
    case "ECONNREFUSED":
      return `nothing accepts connections at ${where}: is the server running and the port right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host of ${where} cannot be resolved`;
    case "ETIMEDOUT":
      return `connecting to ${where} timed out`;
    case "28P01":
    case "28000":
      return `the server at ${where} rejected the credentials: ${e.message ?? "authentication failed"}`;
    case "3D000":
      return `the server at ${where} has no such database: ${e.message ?? ""}`.trim();
    default:
      return `${where}: ${e.message ?? String(error)}`;
  }
}
function describeQueryError(error) {
  const e = error;
  if (e.code === "42501") return `the role may not read the catalog: ${e.message}`;
  return e.message ?? String(error);
}
function hostOf(databaseUrl) {
  try {
    const url = new URL(databaseUrl);
    return url.port ? `${url.hostname}:${url.port}` : url.hostname || "the local socket";
  } catch {
    return "the given URL";
  }
}
function checkDatabaseUrl(databaseUrl) {
  let url;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new UsageError("--database-url must be a connection URL such as postgresql://user@host:5432/dbname.");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new UsageError(`--database-url must start with postgresql:// (got ${url.protocol}//).`);
  }
}

export { collectStats as a, checkDatabaseUrl as c, parseStatsSnapshot as p, serializeStatsSnapshot as s };
