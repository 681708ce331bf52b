import { defineRule, lockAtLeast, type Operation, type RuleContext, type TableLock } from "../src/index.js";
import { code, whereInTransaction } from "./support/advice.js";
import { scanTransactions } from "./support/transaction-scan.js";

export default defineRule({
  id: "no-validate-in-same-transaction",
  description: "VALIDATE CONSTRAINT in a transaction that already holds a blocking lock runs its whole scan under that lock.",
  severity: "warning",
  cost: "scan",
  check(ctx) {
    if (!ctx.operations.some((op) => op.kind === "validate-constraint" && op.transaction !== null)) return;
    scanTransactions(ctx, (): Earlier => ({ added: new Map() }), (earlier, o) => note(ctx, earlier, o), (op, earlier) => {
      if (op.kind !== "validate-constraint" || ctx.isNewTable(op.table, op)) return;
      const validate = `VALIDATE CONSTRAINT ${code(op.name)}`;
      const fix = "Validate it in a migration of its own, deployed after this one, so the scan runs without those locks.";
      const added = earlier.added.get(constraintKey(op.table, op.name));
      if (added) {
        const locks = ctx.locksOf(added).filter((l) => !ctx.isNewTable(l.table, added));
        ctx.report({
          at: op,
          message:
            `${validate} runs in the same transaction that added the constraint on ${whereInTransaction(ctx, added)}, so the ${describeLocks(locks)} that ADD CONSTRAINT took ${locks.length > 1 ? "are" : "is"} still held while every row of ${code(op.table)} is checked: ${whoWaits(locks)}, as if NOT VALID had not been used. ${fix}`,
        });
        return;
      }
      const blocking = earlier.accessExclusive;
      if (blocking) {
        ctx.report({
          at: op,
          message:
            `${validate} scans every row of ${code(op.table)} while this transaction still holds the ACCESS EXCLUSIVE lock that ${whereInTransaction(ctx, blocking.op)} took on ${code(blocking.lock.table)}: every read and write of ${code(blocking.lock.table)} waits for the whole scan. ${fix}`,
        });
      }
    });
  },
});

/** What ran earlier in the transaction: the constraints added (the first of each name), and the first ACCESS EXCLUSIVE lock on an existing table. */
interface Earlier {
  added: Map<string, Operation>;
  accessExclusive?: { op: Operation; lock: TableLock };
}

function note(ctx: RuleContext, earlier: Earlier, op: Operation): void {
  if (op.kind === "add-constraint") {
    const key = constraintKey(op.table, op.constraint.name);
    if (!earlier.added.has(key)) earlier.added.set(key, op);
  }
  if (earlier.accessExclusive) return;
  const lock = ctx.locksOf(op).find((l) => l.mode === "ACCESS EXCLUSIVE" && !ctx.isNewTable(l.table, op));
  if (lock) earlier.accessExclusive = { op, lock };
}

function constraintKey(table: string, name: string): string {
  return `${table}\0${name}`;
}

/** "SHARE ROW EXCLUSIVE locks on `orders` and `users`". */
function describeLocks(locks: readonly TableLock[]): string {
  const byMode = new Map<string, string[]>();
  for (const l of locks) byMode.set(l.mode, [...(byMode.get(l.mode) ?? []), code(l.table)]);
  const parts = [...byMode].map(([mode, tables]) => `${mode} ${tables.length > 1 ? "locks" : "lock"} on ${tables.join(" and ")}`);
  return parts.length > 0 ? parts.join(" and ") : "locks";
}

/** Who waits while the locks are held: readers and writers, or writers only. */
function whoWaits(locks: readonly TableLock[]): string {
  const everything = locks.filter((l) => l.mode === "ACCESS EXCLUSIVE").map((l) => code(l.table));
  const writes = locks.filter((l) => l.mode !== "ACCESS EXCLUSIVE" && lockAtLeast(l.mode, "SHARE")).map((l) => code(l.table));
  const parts = [
    ...(everything.length > 0 ? [`every read and write of ${everything.join(" and ")}`] : []),
    ...(writes.length > 0 ? [`every INSERT, UPDATE and DELETE on ${writes.join(" and ")}`] : []),
  ];
  return parts.length > 0 ? `${parts.join(", and ")} waits for the whole scan` : "other sessions wait for the whole scan";
}
