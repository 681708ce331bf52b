import type { Migration, Operation, RuleContext } from "../../src/index.js";

/**
 * The second half of a message that asks for a statement to run outside a transaction: nothing
 * when it already does, otherwise how this migration's tool opts out.
 */
export function outsideTransactionAdvice(migration: Readonly<Migration>, op: Operation): string {
  if (op.transaction === null) return "";
  const optOut = migration.transaction.optOut;
  return optOut ? ` It must run outside a transaction: ${optOut}.` : " It must run outside a transaction.";
}

/**
 * `"users"` → "`users`", for naming objects in messages. A quoted identifier can hold backticks:
 * the fence is longer than any run inside (and padded when the name starts or ends with one), so
 * the span ends where the name does when the message is rendered as Markdown.
 */
export function code(name: string): string {
  const longest = Math.max(0, ...[...name.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = name.startsWith("`") || name.endsWith("`") ? " " : "";
  return `${fence}${pad}${name}${pad}${fence}`;
}

/**
 * Where an earlier operation of the same transaction is, for a message: `line 4`, or, when it is
 * in another migration that the tool runs in the same transaction, `line 4 of <file> (<why>)`.
 */
export function whereInTransaction(ctx: RuleContext<any>, op: Operation): string {
  const file = ctx.fileOf(op);
  if (file === ctx.migration.path) return `line ${op.span.line}`;
  return `line ${op.span.line} of ${code(file)} (${ctx.migration.transaction.reason}, so the migrations of one deploy share a transaction)`;
}
