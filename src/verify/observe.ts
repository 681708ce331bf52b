import type { ScratchDatabase } from "./database.js";

/** A relation of the user's schemas, as pg_class shows it. */
export interface RelationRow {
  oid: string;
  schema: string;
  name: string;
  kind: string;
  filenode: string;
}

export interface LockRow {
  oid: string;
  mode: string;
}

/**
 * User relations (oid ≥ 16384, outside pg_toast): tables, partitioned tables, materialized views,
 * indexes, sequences, views, foreign tables, as one text value per column list, and, inside a
 * transaction, this session's relation locks: one round trip per statement. Rows of a catalog
 * query cost more to transfer out of the WASM engine than the query costs to run.
 */
const SNAPSHOT_SQL = `select
  (select string_agg(c.oid::text || ' ' || c.relkind::text || ' ' || c.relfilenode::text, ',')
     from pg_catalog.pg_class c
    where c.oid >= 16384 and c.relnamespace <> 99 and c.relkind in ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f')) as relations,
  (select string_agg(l.relation::text || ' ' || l.mode, ',')
     from pg_catalog.pg_locks l
    where l.locktype = 'relation' and l.granted and l.pid = pg_catalog.pg_backend_pid() and l.relation >= 16384
      and l.database = (select oid from pg_catalog.pg_database where datname = pg_catalog.current_database())) as locks`;

const NAMES_SQL = (oids: readonly string[]) => `select c.oid::text as oid, n.nspname as schema, c.relname as name
from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace where c.oid in (${oids.join(", ")})`;

/**
 * Reads the database's relations and locks around each statement, keeping relation names in a
 * cache: only new relations, and relations a statement locked exclusively (it may have renamed
 * them), are looked up again.
 */
export class Observer {
  private readonly names = new Map<string, { schema: string; name: string }>();

  constructor(private readonly db: ScratchDatabase) {}

  async read(): Promise<{ relations: RelationRow[]; locks: LockRow[] }> {
    const [row] = await this.db.query<{ relations: string | null; locks: string | null }>(SNAPSHOT_SQL);
    const locks = (row?.locks ?? "").split(",").filter(Boolean).map((entry) => {
      const [oid, mode] = entry.split(" ") as [string, string];
      return { oid, mode };
    });
    const entries = (row?.relations ?? "").split(",").filter(Boolean).map((entry) => entry.split(" ") as [string, string, string]);
    const stale = new Set(locks.filter((l) => l.mode === "AccessExclusiveLock").map((l) => l.oid));
    const lookup = entries.map(([oid]) => oid).filter((oid) => !this.names.has(oid) || stale.has(oid));
    if (lookup.length > 0) {
      for (const r of await this.db.query<{ oid: string; schema: string; name: string }>(NAMES_SQL(lookup))) this.names.set(r.oid, { schema: r.schema, name: r.name });
    }
    const relations = entries.flatMap(([oid, kind, filenode]) => {
      const named = this.names.get(oid);
      return named ? [{ oid, kind, filenode, schema: named.schema, name: named.name }] : [];
    });
    return { relations, locks };
  }
}

/** The relations now (names included), for tests and one-off checks. */
export async function readRelations(db: ScratchDatabase): Promise<RelationRow[]> {
  return (await new Observer(db).read()).relations;
}

/** `orders`, or `audit.events` outside the public schema (the names rules use). */
export function relationName(r: Pick<RelationRow, "schema" | "name">): string {
  return r.schema === "public" ? r.name : `${r.schema}.${r.name}`;
}

/**
 * The relation locks a statement newly holds: those held after it and not before, on relations that
 * existed before it (a relation the statement creates is invisible to other sessions until commit,
 * so its lock blocks nobody). Names come from before the statement, so a dropped table still has one.
 */
export function newLocks(before: readonly LockRow[], after: readonly LockRow[], relations: readonly RelationRow[]): { table: string; mode: string }[] {
  const held = new Set(before.map((l) => `${l.oid}:${l.mode}`));
  const byOid = new Map(relations.map((r) => [r.oid, r]));
  const locks: { table: string; mode: string }[] = [];
  const seen = new Set<string>();
  for (const lock of after) {
    const relation = byOid.get(lock.oid);
    const key = `${lock.oid}:${lock.mode}`;
    if (!relation || held.has(key) || seen.has(key)) continue;
    seen.add(key);
    locks.push({ table: relationName(relation), mode: lock.mode });
  }
  return locks.sort((a, b) => a.table.localeCompare(b.table) || LOCK_ORDER.indexOf(b.mode) - LOCK_ORDER.indexOf(a.mode));
}

/** PostgreSQL's table lock modes, weakest first. */
export const LOCK_ORDER = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock",
];

/**
 * Pre-existing tables, materialized views and indexes whose storage the statement replaced (a new
 * relfilenode): the table was rewritten, or the index rebuilt.
 */
export function rewrites(before: readonly RelationRow[], after: readonly RelationRow[]): string[] {
  const previous = new Map(before.map((r) => [r.oid, r]));
  const rewritten: string[] = [];
  for (const r of after) {
    const old = previous.get(r.oid);
    if (!old || !["r", "m", "i"].includes(r.kind) || old.filenode === "0" || old.filenode === r.filenode) continue;
    rewritten.push(relationName(r));
  }
  return rewritten.sort();
}
