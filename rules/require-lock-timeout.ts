import { defineRule, lockAtLeast, type Operation, type TableLock } from "../src/index.js";
import { code } from "./support/advice.js";
import { timeoutTracker } from "./support/timeouts.js";

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
      const timeout = timeoutTracker();
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
