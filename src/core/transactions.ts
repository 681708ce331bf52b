import type { TransactionInfo } from "./migration.js";
import type { Operation } from "./operations.js";
import type { Statement } from "./statement.js";

/**
 * Numbers the explicit transaction blocks (`BEGIN` ... `COMMIT`) of a migration's statements and
 * assigns each statement and operation the block it runs in. Returns false when there is no
 * explicit block, so the caller applies the tool's default instead.
 *
 * `oneScript`: the runner sends the file as one multi-statement query (simple query protocol).
 * Postgres then runs every statement outside an explicit block in an implicit transaction block
 * that lasts until the next BEGIN, COMMIT or ROLLBACK (checked on PostgreSQL 18.4), so the
 * statements before the first BEGIN and after each COMMIT/ROLLBACK are a transaction of their own.
 */
export function assignExplicitTransactions(statements: Statement[], operations: Operation[], oneScript = false): boolean {
  const actions = new Map<Statement, string>();
  for (const op of operations) {
    if (op.kind === "transaction" && op.statement) actions.set(op.statement, op.action);
  }
  if (![...actions.values()].includes("begin")) return false;
  let next = 0;
  const current: Record<"up" | "down", number | null> = { up: null, down: null };
  /** In one script: whether the current block is an implicit one (a new one starts at the next statement). */
  const implicit: Record<"up" | "down", boolean> = { up: false, down: false };
  for (const statement of statements) {
    const action = actions.get(statement);
    const dir = statement.direction;
    if (action === "begin") {
      // BEGIN inside an implicit block turns that block explicit: the statements before it commit with it.
      if (!implicit[dir] || current[dir] === null) current[dir] = next++;
      implicit[dir] = false;
    } else if (oneScript && current[dir] === null && action !== "commit" && action !== "rollback") {
      current[dir] = next++;
      implicit[dir] = true;
    }
    statement.transaction = current[dir];
    if (action === "commit" || action === "rollback") {
      current[dir] = null;
      implicit[dir] = false;
    }
  }
  syncOperations(operations);
  return true;
}

/** Puts every statement and operation of the given direction(s) into one transaction per direction. */
export function assignSingleTransaction(statements: Statement[], operations: Operation[], directions: ("up" | "down")[] = ["up", "down"]): void {
  for (const s of statements) if (directions.includes(s.direction)) s.transaction = s.direction === "up" ? 0 : 1;
  for (const op of operations) {
    if (!op.statement && directions.includes(op.direction)) op.transaction = op.direction === "up" ? 0 : 1;
  }
  syncOperations(operations);
}

function syncOperations(operations: Operation[]): void {
  for (const op of operations) if (op.statement) op.transaction = op.statement.transaction;
}

/**
 * Whether `up` (or, for a down file, which holds nothing else, `down`) runs in a transaction: all
 * of it, none of it, or part of it.
 */
export function transactionalOf(statements: Statement[], operations: Operation[], direction: "up" | "down" = "up"): TransactionInfo["transactional"] {
  const up = [
    ...statements.filter((s) => s.direction === direction).map((s) => s.transaction),
    ...operations.filter((o) => o.direction === direction && !o.statement).map((o) => o.transaction),
  ];
  if (up.length === 0) return false;
  const inside = up.filter((t) => t !== null).length;
  return inside === up.length ? true : inside === 0 ? false : "partial";
}
