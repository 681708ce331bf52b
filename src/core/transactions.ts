import type { TransactionInfo } from "./migration.js";
import type { Operation } from "./operations.js";
import type { Statement } from "./statement.js";

/**
 * Numbers the explicit transaction blocks (`BEGIN` ... `COMMIT`) of a migration's statements and
 * assigns each statement and operation the block it runs in. Returns false when there is no
 * explicit block, so the caller applies the tool's default instead.
 */
export function assignExplicitTransactions(statements: Statement[], operations: Operation[]): boolean {
  const actions = new Map<Statement, string>();
  for (const op of operations) {
    if (op.kind === "transaction" && op.statement) actions.set(op.statement, op.action);
  }
  if (![...actions.values()].includes("begin")) return false;
  let next = 0;
  const current: Record<"up" | "down", number | null> = { up: null, down: null };
  for (const statement of statements) {
    const action = actions.get(statement);
    const dir = statement.direction;
    if (action === "begin") current[dir] = next++;
    statement.transaction = current[dir];
    if (action === "commit" || action === "rollback") current[dir] = null;
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

/** Whether `up` runs in a transaction: all of it, none of it, or part of it. */
export function transactionalOf(statements: Statement[], operations: Operation[]): TransactionInfo["transactional"] {
  const up = [
    ...statements.filter((s) => s.direction === "up").map((s) => s.transaction),
    ...operations.filter((o) => o.direction === "up" && !o.statement).map((o) => o.transaction),
  ];
  if (up.length === 0) return false;
  const inside = up.filter((t) => t !== null).length;
  return inside === up.length ? true : inside === 0 ? false : "partial";
}
