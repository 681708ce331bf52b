import { defineRule, type Operation, type RuleContext } from "../src/index.js";
import { code, outsideTransactionAdvice } from "./support/advice.js";

export default defineRule({
  id: "no-blocking-maintenance",
  description:
    "VACUUM FULL, CLUSTER, REINDEX or REFRESH MATERIALIZED VIEW without CONCURRENTLY, LOCK TABLE ... ACCESS EXCLUSIVE, or ALTER TABLE ... SET LOGGED/UNLOGGED/TABLESPACE/ACCESS METHOD on an existing table.",
  severity: "warning",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      const message = blockingMaintenance(ctx, op);
      if (message) ctx.report({ at: op, message, cost: maintenanceCost(op) });
    }
  },
});

/** What the maintenance does to every row: REINDEX builds indexes, LOCK TABLE holds a lock whatever the size. */
function maintenanceCost(op: Operation): "index-build" | "rewrite" | null {
  if (op.kind === "reindex") return "index-build";
  return op.kind === "lock-table" ? null : "rewrite";
}

/** The message for `op` when it is maintenance that blocks an existing table, else undefined. */
function blockingMaintenance(ctx: RuleContext, op: Operation): string | undefined {
  const existing = (table: string) => !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "vacuum": {
      if (!op.full) return undefined;
      const online = "Let plain VACUUM (or autovacuum) reclaim space without blocking, or compact tables online with pg_repack or pg_squeeze, outside the migration.";
      if (!op.table) {
        return `VACUUM FULL without a table rewrites every table of the database in turn, each under an ACCESS EXCLUSIVE lock that blocks every read and write of it until its copy is written. ${online}${failsInTransaction(op, "VACUUM")}`;
      }
      if (!existing(op.table)) return undefined;
      return `VACUUM FULL rewrites ${code(op.table)} into a new file under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is written, minutes to hours on a large table. ${online}${failsInTransaction(op, "VACUUM")}`;
    }
    case "cluster": {
      const online = "Reorder the table online with pg_repack (`--order-by`) outside the migration, or leave it: the order decays with new writes anyway.";
      if (!op.table) {
        return `CLUSTER without a table re-sorts every table that was clustered before, each under an ACCESS EXCLUSIVE lock that blocks every read and write of it while it is rewritten. ${online}${failsInTransaction(op, "CLUSTER without a table")}`;
      }
      if (!existing(op.table)) return undefined;
      return `CLUSTER rewrites ${code(op.table)} in index order under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the rewrite ends, minutes to hours on a large table. ${online}`;
    }
    case "reindex":
      return op.concurrent ? undefined : reindexMessage(ctx, op, existing);
    case "refresh-materialized-view":
      if (op.concurrent || !existing(op.view)) return undefined;
      return (
        `REFRESH MATERIALIZED VIEW ${code(op.view)} holds an ACCESS EXCLUSIVE lock on the view while its query reruns: every SELECT from it waits until the refresh ends. ` +
        `Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), which lets reads continue, or refresh from a scheduled job rather than a migration.`
      );
    case "lock-table":
      if (op.mode !== "ACCESS EXCLUSIVE" || !existing(op.table)) return undefined;
      return (
        `LOCK TABLE ${code(op.table)} in ACCESS EXCLUSIVE mode blocks every read and write of the table until the transaction commits, and while it waits for running queries every query behind it waits too. ` +
        `Take only the lock the statements need (DDL takes its own), keep the transaction short and set lock_timeout; to keep writers out of a data fix, SHARE ROW EXCLUSIVE lets reads continue.`
      );
    case "alter-table-other":
      return rewritingAlter(op, existing);
    default:
      return undefined;
  }
}

/** ALTER TABLE forms that copy the whole table (SET EXPRESSION belongs to no-volatile-default). */
const REWRITING_ALTERS: Record<string, { clause: string; why: string; instead: string }> = {
  AT_SetLogged: {
    clause: "SET LOGGED",
    why: "copies every row into a new file and writes all of it to the WAL",
    instead: "Create the table LOGGED from the start, or switch it in a maintenance window.",
  },
  AT_SetUnLogged: {
    clause: "SET UNLOGGED",
    why: "copies every row into a new file (and the table then loses its data after a crash and is not replicated)",
    instead: "Keep the table logged, or switch it in a maintenance window.",
  },
  AT_SetTableSpace: {
    clause: "SET TABLESPACE",
    why: "copies every data file of the table to the new tablespace",
    instead: "Move it online with pg_repack --tablespace outside the migration, or in a maintenance window.",
  },
  AT_SetAccessMethod: {
    clause: "SET ACCESS METHOD",
    why: "rewrites every row in the new storage format",
    instead: "Create a new table with the access method, copy in batches and swap, or switch it in a maintenance window.",
  },
};

function rewritingAlter(op: Operation & { kind: "alter-table-other" }, existing: (table: string) => boolean): string | undefined {
  const form = REWRITING_ALTERS[op.action];
  if (!form || !existing(op.table)) return undefined;
  return (
    `ALTER TABLE ${code(op.table)} ${form.clause} ${form.why} under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is done, minutes to hours on a large table. ` +
    form.instead
  );
}

function reindexMessage(ctx: RuleContext, op: Operation & { kind: "reindex" }, existing: (table: string) => boolean): string | undefined {
  const concurrently =
    ctx.postgresVersion >= 12
      ? `Use REINDEX ${op.target.toUpperCase()} CONCURRENTLY instead.${outsideTransactionAdvice(ctx.migration, op)}`
      : `PostgreSQL ${ctx.postgresVersion} has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, drop the old index with DROP INDEX CONCURRENTLY and rename the new one.`;
  switch (op.target) {
    case "index": {
      const table = ctx.stateBefore(op).index(op.name)?.table;
      if (table && !existing(table)) return undefined;
      const on = table ? code(table) : "its table";
      return `REINDEX INDEX ${code(op.name)} blocks writes to ${on} and holds an ACCESS EXCLUSIVE lock on the index until it is rebuilt, which also stalls almost every read (the planner locks all of a table's indexes). ${concurrently}`;
    }
    case "table":
      if (!existing(op.name)) return undefined;
      return `REINDEX TABLE blocks writes to ${code(op.name)} and holds an ACCESS EXCLUSIVE lock on each of its indexes until they are rebuilt, which also stalls almost every read (the planner locks all of a table's indexes). ${concurrently}`;
    case "system":
      return `REINDEX SYSTEM rebuilds the system catalogs under exclusive locks that stall every session of the database. Run it in a maintenance window, not in a migration.${failsInTransaction(op, "REINDEX SYSTEM")}`;
    default: {
      const scope = op.target === "schema" ? `schema ${code(op.name)}` : "database";
      // From 12 on, the CONCURRENTLY advice already says it must run outside a transaction.
      const failing = ctx.postgresVersion >= 12 ? "" : failsInTransaction(op, `REINDEX ${op.target.toUpperCase()}`);
      return `REINDEX ${op.target.toUpperCase()} rebuilds every index in the ${scope}, blocking writes to each table and nearly all reads while its indexes are rebuilt. ${concurrently}${failing}`;
    }
  }
}

/** A sentence for commands Postgres refuses inside a transaction block, when `op` runs in one. */
function failsInTransaction(op: Operation, command: string): string {
  return op.transaction === null ? "" : ` ${command} cannot run inside a transaction block either, so as written the migration fails.`;
}
