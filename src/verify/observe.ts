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

/** Tables, partitioned tables, materialized views, indexes, sequences and views outside the system schemas. */
const RELATIONS_SQL = `select c.oid::text as oid, n.nspname as schema, c.relname as name, c.relkind::text as kind, c.relfilenode::text as filenode
from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f')
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'`;

/** The relation locks this session holds in its current transaction. */
const LOCKS_SQL = `select l.relation::text as oid, l.mode as mode from pg_catalog.pg_locks l
where l.locktype = 'relation' and l.granted and l.pid = pg_catalog.pg_backend_pid()
  and l.database = (select oid from pg_catalog.pg_database where datname = pg_catalog.current_database())`;

export function readRelations(db: ScratchDatabase): Promise<RelationRow[]> {
  return db.query<RelationRow>(RELATIONS_SQL);
}

export function readLocks(db: ScratchDatabase): Promise<LockRow[]> {
  return db.query<LockRow>(LOCKS_SQL);
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
