import type { Migration, Operation } from "../../src/index.js";

/**
 * The second half of a message that asks for a statement to run outside a transaction: nothing
 * when it already does, otherwise how this migration's tool opts out.
 */
export function outsideTransactionAdvice(migration: Readonly<Migration>, op: Operation): string {
  if (op.transaction === null) return "";
  const optOut = migration.transaction.optOut;
  return optOut ? ` It must run outside a transaction: ${optOut}.` : " It must run outside a transaction.";
}

/** `"users"` → "`users`", for naming objects in messages. */
export function code(name: string): string {
  return `\`${name}\``;
}
