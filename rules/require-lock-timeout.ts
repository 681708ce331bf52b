import { defineRule, lockAtLeast, type Operation, type SetSetting, type TableLock } from "../src/index.js";
import { code } from "./support/advice.js";

interface Options {
  /** The runner sets lock_timeout itself (e.g. in the connection string), so migrations need not. */
  assumeLockTimeout: boolean;
}

export default defineRule<Options>({
  id: "require-lock-timeout",
  description: "A statement that waits for a blocking lock on an existing table, with no lock_timeout set earlier in the migration.",
  severity: "warning",
  defaultOptions: { assumeLockTimeout: false },
  check(ctx) {
    if (ctx.options.assumeLockTimeout) return;
    for (const direction of ["up", "down"] as const) {
      const timeout = lockTimeoutTracker();
      const unguarded: { op: Operation; lock: TableLock }[] = [];
      for (const op of ctx.operations) {
        if (op.direction !== direction) continue;
        if (op.kind === "set" && op.name === "lock_timeout") {
          timeout.apply(op);
          continue;
        }
        const locks = ctx.locksOf(op).filter((l) => lockAtLeast(l.mode, "SHARE") && !ctx.isNewTable(l.table, op));
        const lock = locks.find((l) => l.mode === "ACCESS EXCLUSIVE") ?? locks[0];
        if (lock && !timeout.covers(op)) unguarded.push({ op, lock });
      }
      const first = unguarded[0];
      if (!first) continue;
      const { op, lock } = first;
      const count = new Set(unguarded.map((u) => u.op.statement ?? u.op)).size;
      const on = op.kind === "drop-index" && lock.table === op.index ? `the table of index ${code(op.index)}` : code(lock.table);
      const queue = lock.mode === "ACCESS EXCLUSIVE" ? "every query on the table queues behind it" : "every write to the table queues behind it";
      const others = count > 1 ? ` This is the first of ${count} statements in this migration that wait for such locks.` : "";
      ctx.report({
        at: op,
        message:
          `This statement waits for ${/^[AEIOU]/.test(lock.mode) ? "an" : "a"} ${lock.mode} lock on ${on} with no lock_timeout set: while a long query or an idle transaction holds the table, it keeps waiting and ${queue}.${others} ` +
          `Start the migration with ${code("SET lock_timeout = '5s'")} (in the same session and transaction as these statements) and retry the migration when it times out.`,
      });
    }
  },
});

/**
 * Follows lock_timeout through a migration: a plain SET lasts for the session, SET LOCAL only until
 * its transaction ends, and 0 (or RESET, back to the server's usual default of 0) turns it off.
 */
function lockTimeoutTracker() {
  let session = false;
  const local = new Map<number, boolean>();
  return {
    apply(op: SetSetting): void {
      const on = op.value !== null && !isZero(op.value);
      if (op.local) {
        // SET LOCAL outside a transaction block has no effect.
        if (op.transaction !== null) local.set(op.transaction, on);
        return;
      }
      session = on;
      if (op.transaction !== null) local.delete(op.transaction);
    },
    covers(op: Operation): boolean {
      if (op.transaction !== null && local.has(op.transaction)) return local.get(op.transaction)!;
      return session;
    },
  };
}

function isZero(value: string): boolean {
  return /^\s*0+(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i.test(value);
}
