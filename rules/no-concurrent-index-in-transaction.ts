import { defineRule, type Operation } from "../src/index.js";
import { code } from "./support/advice.js";

export default defineRule({
  id: "no-concurrent-index-in-transaction",
  description: "CONCURRENTLY index builds and drops, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY fail inside a transaction.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const op of ctx.operations) {
      const what = concurrentCommand(op);
      if (!what || op.transaction === null) continue;
      const { reason, optOut } = ctx.migration.transaction;
      const fix = `Fix: ${optOut ?? "run it in a migration that is not wrapped in a transaction"}.`;
      ctx.report({
        at: op,
        message: `${what} fails when the migration runs: Postgres rejects it with "cannot run inside a transaction block", and this statement runs in one because ${reason}. ${fix}`,
      });
    }
  },
});

/** How to name the statement in a message, when it is one Postgres refuses to run in a transaction block. */
function concurrentCommand(op: Operation): string | undefined {
  switch (op.kind) {
    case "create-index":
      return op.concurrent ? `${op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX"} CONCURRENTLY ${code(op.name)}` : undefined;
    case "drop-index":
      return op.concurrent ? `DROP INDEX CONCURRENTLY ${code(op.index)}` : undefined;
    case "reindex":
      return op.concurrent ? `REINDEX ${op.target.toUpperCase()} CONCURRENTLY${op.name ? ` ${code(op.name)}` : ""}` : undefined;
    case "detach-partition":
      return op.concurrent ? `DETACH PARTITION ${code(op.partition)} CONCURRENTLY` : undefined;
    default:
      return undefined;
  }
}
