import { UsageError } from "../errors.js";
import { STATS_FORMAT, STATS_VERSION, type StatsSnapshot, type TableStats } from "./snapshot.js";

/**
 * Takes a stats snapshot over a read-only session: only the catalog and the size functions are
 * queried (never a table's rows), inside a READ ONLY transaction with short timeouts, so pointing
 * it at a busy primary costs a few catalog reads. The `pg` driver is loaded here only, on demand (its Client module alone).
 */
export async function collectStats(databaseUrl: string): Promise<StatsSnapshot> {
  const { default: Client } = await import("pg/lib/client.js");
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000, application_name: "migration-guard stats" });
  // A connection that dies later (server restart) must not crash the process with an unhandled event.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new UsageError(`Could not connect to the database (${describeConnectionError(error, databaseUrl)}). Nothing was written.`);
  }
  try {
    await client.query("SET default_transaction_read_only = on; SET statement_timeout = '30s'; SET lock_timeout = '1s'");
    await client.query("BEGIN READ ONLY");
    const version = await client.query<{ server_version: string; num: string }>("SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS num");
    const tables = await client.query<TableRow>(TABLES_SQL);
    const indexes = await client.query<IndexRow>(INDEXES_SQL);
    await client.query("COMMIT");
    const row = version.rows[0]!;
    return {
      format: STATS_FORMAT,
      version: STATS_VERSION,
      takenAt: new Date().toISOString(),
      server: { version: row.server_version.split(" ")[0]!, major: Math.floor(Number(row.num) / 10_000) },
      tables: assemble(tables.rows, indexes.rows),
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Reading the catalog failed (${describeQueryError(error)}). Nothing was written.`);
  } finally {
    await client.end().catch(() => {});
  }
}

interface TableRow {
  oid: number;
  schema: string;
  name: string;
  reltuples: number;
  heap_bytes: string;
  total_bytes: string;
  parent: string | null;
}

interface IndexRow {
  table_oid: number;
  name: string;
  columns: string[];
  unique: boolean;
  bytes: string;
}

// Ordinary, partitioned and materialized tables of every user schema. pg_relation_size and
// pg_total_relation_size read file sizes, not rows; reltuples is the planner's estimate.
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

function assemble(tables: readonly TableRow[], indexes: readonly IndexRow[]): TableStats[] {
  const byOid = new Map<number, TableStats>();
  const result = tables.map((t): TableStats => {
    const stats: TableStats = {
      schema: t.schema,
      name: t.name,
      // -1: never vacuumed or analyzed since PG 14; 0 before that means the same for an unanalyzed table.
      rows: t.reltuples < 0 ? null : Math.round(t.reltuples),
      heapBytes: Number(t.heap_bytes),
      totalBytes: Number(t.total_bytes),
      ...(t.parent ? { partitionOf: t.parent } : {}),
      indexes: [],
    };
    byOid.set(t.oid, stats);
    return stats;
  });
  for (const i of indexes) {
    byOid.get(i.table_oid)?.indexes.push({ name: i.name, columns: i.columns, unique: i.unique, bytes: Number(i.bytes) });
  }
  const byName = new Map(result.map((t) => [`${t.schema}.${t.name}`, t]));
  for (const t of result) {
    const parent = t.partitionOf ? byName.get(t.partitionOf) : undefined;
    if (parent) parent.partitions = [...(parent.partitions ?? []), `${t.schema}.${t.name}`];
  }
  return result;
}

/** The connection failure in words, naming the host but never the password. */
function describeConnectionError(error: unknown, databaseUrl: string): string {
  const e = error as { code?: string; message?: string };
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

function describeQueryError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === "42501") return `the role may not read the catalog: ${e.message}`;
  return e.message ?? String(error);
}

function hostOf(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return url.port ? `${url.hostname}:${url.port}` : url.hostname || "the local socket";
  } catch {
    return "the given URL";
  }
}

/** Whether a string looks like a Postgres connection URL (checked before connecting, for a clear usage message). */
export function checkDatabaseUrl(databaseUrl: string): void {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new UsageError("--database-url must be a connection URL such as postgresql://user@host:5432/dbname.");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new UsageError(`--database-url must start with postgresql:// (got ${url.protocol}//).`);
  }
}
