import type { SourceSpan } from "../core/location.js";
import type { Migration } from "../core/migration.js";
import { StatementTimeout, type DatabaseError, type ScratchDatabase } from "./database.js";
import { newLocks, Observer, rewrites, type LockRow, type RelationRow } from "./observe.js";
import type { MigrationPlan, ReplayStep, SqlStep } from "./replay-plan.js";

/** One replayed statement (or a part that was not replayed), as JSON output lists it. */
export interface TraceEntry {
  file: string;
  line: number;
  /** The statement's (or builder call's) last line. */
  endLine: number;
  statement: string;
  durationMs: number;
  /** Relation locks the statement newly holds, with PostgreSQL's mode names. */
  locks: { table: string; mode: string }[];
  /** Pre-existing tables and indexes whose storage it replaced (relfilenode changed). */
  rewrites: string[];
  error?: { message: string; code?: string };
  /** Why this part was not replayed (SQL built at run time, refused on a real server, after a failure). */
  notReplayed?: string;
  /** What the observation could not see, e.g. locks of a statement that must run outside a transaction. */
  note?: string;
}

export interface StepFailure {
  migration: Migration;
  step: SqlStep;
  /** Postgres's error, or the timeout. */
  error: DatabaseError | StatementTimeout;
  /** Migrations of the set after the failing one. */
  notReplayed: number;
}

export interface SetReplay {
  trace: TraceEntry[];
  /** Migrations whose statements all ran. */
  replayed: number;
  failure?: StepFailure;
}

/** `SELECT pg_sleep(...)` outside a transaction block: Postgres raises this for statements that refuse to run inside one. */
const ACTIVE_SQL_TRANSACTION = "25001";

/**
 * Replays the migrations of one set into `db`, in order, opening and committing transactions where
 * the tool does, and records per statement the locks it took and the relations it rewrote. Stops at
 * the first statement Postgres rejects: later migrations would fail for that reason alone.
 */
export async function replaySet(db: ScratchDatabase, plans: readonly MigrationPlan[]): Promise<SetReplay> {
  const trace: TraceEntry[] = [];
  let open: { key: string; rollback: boolean; lastStep: SqlStep; migration: Migration } | undefined;
  const observer = new Observer(db);
  let relations = (await observer.read()).relations;
  let heldLocks: LockRow[] = [];
  let replayed = 0;

  const endTransaction = async (): Promise<DatabaseError | undefined> => {
    if (!open) return undefined;
    const outcome = await db.exec(open.rollback ? "ROLLBACK" : "COMMIT");
    open = undefined;
    heldLocks = [];
    if (!outcome.ok) return outcome.error;
    relations = (await observer.read()).relations;
    return undefined;
  };

  for (const [index, plan] of plans.entries()) {
    const { migration } = plan;
    const failure = (step: SqlStep, error: DatabaseError | StatementTimeout): SetReplay => {
      for (const later of plans.slice(index + 1)) trace.push(notReplayedEntry(later.migration.path, later.migration.statements[0] ?? { line: 1 }, "", "an earlier migration failed"));
      return { trace, replayed, failure: { migration, step, error, notReplayed: plans.length - index - 1 } };
    };
    try {
      for (const step of plan.steps) {
        if (step.kind === "skipped") {
          trace.push(notReplayedEntry(migration.path, step.span, step.sql ?? "", step.reason));
          continue;
        }
        if (step.kind === "control") {
          if (step.action === "rollback" && open) open.rollback = true;
          if (["savepoint", "release", "rollback-to"].includes(step.action) && open) await db.exec(step.sql);
          continue;
        }
        if (open && open.key !== step.transaction) {
          const last = open.lastStep;
          const error = await endTransaction();
          if (error) return failure(last, error);
        }
        if (step.transaction !== null && !open) {
          await db.exec("BEGIN");
          open = { key: step.transaction, rollback: false, lastStep: step, migration };
        }
        const entry = await runStep(db, observer, migration, step, open !== undefined, relations, heldLocks);
        trace.push(entry.trace);
        if (entry.error) {
          if (open) await db.exec("ROLLBACK");
          open = undefined;
          return failure(step, entry.error);
        }
        relations = entry.relations;
        heldLocks = entry.heldLocks;
        if (open) {
          open.lastStep = step;
          open.migration = migration;
        }
      }
      // A per-migration transaction ends with its migration; a shared one with the last migration.
      const nextKey = plans[index + 1]?.steps.find((s): s is SqlStep => s.kind === "sql")?.transaction;
      if (open && (!open.key.startsWith("pending#") || nextKey !== open.key)) {
        const last = open.lastStep;
        const error = await endTransaction();
        if (error) return failure(last, error);
      }
    } catch (error) {
      if (error instanceof StatementTimeout) return failure(lastSqlStep(trace, plan) ?? (plan.steps[0] as SqlStep), error);
      throw error;
    }
    replayed++;
  }
  return { trace, replayed };
}

function lastSqlStep(trace: TraceEntry[], plan: MigrationPlan): SqlStep | undefined {
  const last = trace[trace.length - 1];
  return plan.steps.find((s): s is SqlStep => s.kind === "sql" && s.span.line === last?.line) ?? undefined;
}

interface StepResult {
  trace: TraceEntry;
  relations: RelationRow[];
  heldLocks: LockRow[];
  error?: DatabaseError | StatementTimeout;
}

/**
 * Runs one statement and observes it. Outside a transaction its locks end with it, so it runs in a
 * transaction of its own, which is the same for a single statement, unless Postgres refuses that
 * (CREATE INDEX CONCURRENTLY, VACUUM, ...): then it runs bare and its locks cannot be read.
 */
async function runStep(db: ScratchDatabase, observer: Observer, migration: Migration, step: SqlStep, inTransaction: boolean, relations: RelationRow[], heldLocks: LockRow[]): Promise<StepResult> {
  const base = { file: migration.path, line: step.span.line, endLine: step.span.endLine, statement: step.sql };
  let wrapped = !inTransaction;
  if (wrapped) await db.exec("BEGIN");
  const started = performance.now();
  let outcome;
  try {
    outcome = await db.exec(step.sql);
  } catch (error) {
    if (!(error instanceof StatementTimeout)) throw error;
    return {
      trace: { ...base, durationMs: Math.round(performance.now() - started), locks: [], rewrites: [], error: { message: error.message } },
      relations,
      heldLocks,
      error,
    };
  }
  let note: string | undefined;
  if (!outcome.ok && wrapped && outcome.error.code === ACTIVE_SQL_TRANSACTION) {
    await db.exec("ROLLBACK");
    wrapped = false;
    outcome = await db.exec(step.sql);
    note = "runs outside a transaction, so its locks end with it and could not be read";
  }
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  if (!outcome.ok) {
    if (wrapped) await db.exec("ROLLBACK");
    const error = outcome.error;
    return {
      trace: { ...base, durationMs, locks: [], rewrites: [], error: { message: error.message, ...(error.code ? { code: error.code } : {}) }, ...(note ? { note } : {}) },
      relations,
      heldLocks,
      error,
    };
  }
  const after = await observer.read();
  const locksAfter = wrapped || inTransaction ? after.locks : [];
  const relationsAfter = after.relations;
  if (wrapped) {
    const commit = await db.exec("COMMIT");
    if (!commit.ok) {
      return { trace: { ...base, durationMs, locks: [], rewrites: [], error: { message: commit.error.message, ...(commit.error.code ? { code: commit.error.code } : {}) } }, relations, heldLocks, error: commit.error };
    }
  }
  return {
    trace: {
      ...base,
      durationMs,
      locks: newLocks(heldLocks, locksAfter, relations),
      rewrites: rewrites(relations, relationsAfter),
      ...(note ? { note } : {}),
    },
    relations: relationsAfter,
    heldLocks: inTransaction ? locksAfter : [],
  };
}

function notReplayedEntry(file: string, at: Pick<SourceSpan, "line"> & Partial<SourceSpan>, statement: string, reason: string): TraceEntry {
  return { file, line: at.line, endLine: at.endLine ?? at.line, statement, durationMs: 0, locks: [], rewrites: [], notReplayed: reason };
}

export type { ReplayStep };
