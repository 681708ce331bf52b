import { defineRule, type Operation, type RuleContext } from "../src/index.js";
import { code } from "./support/advice.js";
import { effectiveRows } from "./support/row-bounds.js";
import { statementLabel } from "./support/statement-labels.js";
import { timeoutTracker } from "./support/timeouts.js";
import { typeChange } from "./support/type-changes.js";

interface Options {
  /** The runner sets statement_timeout itself (e.g. in the connection string), so migrations need not. */
  assumeStatementTimeout: boolean;
}

export default defineRule<Options>({
  id: "require-statement-timeout",
  description: "A table rewrite or an unbatched backfill of an existing table with no statement_timeout set earlier in the migration.",
  severity: "off",
  defaultOptions: { assumeStatementTimeout: false },
  check(ctx) {
    if (ctx.options.assumeStatementTimeout) return;
    for (const direction of ["up", "down"] as const) {
      const timeout = timeoutTracker();
      for (const op of ctx.operations) {
        if (op.direction !== direction) continue;
        if (op.kind === "set" && op.name === "statement_timeout") {
          timeout.apply(op);
          continue;
        }
        const work = longWork(ctx, op);
        if (!work || timeout.covers(op)) continue;
        ctx.report({
          at: op,
          message:
            `This ${statementLabel(op)} ${work} with no statement_timeout set: it takes as long as the table is big, and if that is far longer than it took in staging nothing stops it, so its locks stay held and the deploy hangs until someone cancels it by hand. ` +
            `Set ${code("SET statement_timeout = '15min'")} (a bound your largest table fits in) earlier in the migration, so it fails and rolls back instead, then batch it or run it at a quiet time.`,
        });
      }
    }
  },
});

/** What makes the operation run as long as its table is big, for the message; undefined when it does not. */
function longWork(ctx: RuleContext<Options>, op: Operation): string | undefined {
  const existing = (table: string | undefined) => table !== undefined && !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "alter-column-type": {
      if (!existing(op.table)) return undefined;
      const before = ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.type;
      const change = before ? typeChange(before, op.type, ctx.postgresVersion).kind : "rewrite";
      return change === "rewrite" || op.recreatesColumn ? `rewrites ${code(op.table)} under an ACCESS EXCLUSIVE lock` : undefined;
    }
    case "alter-table-other":
      return op.rewrites && existing(op.table) ? `rewrites ${code(op.table)} under an ACCESS EXCLUSIVE lock` : undefined;
    case "vacuum":
      return op.full && existing(op.table) ? `rewrites ${op.table ? code(op.table) : "every table"} under an ACCESS EXCLUSIVE lock` : undefined;
    case "cluster":
      return existing(op.table) ? `rewrites ${op.table ? code(op.table) : "every clustered table"} under an ACCESS EXCLUSIVE lock` : undefined;
    case "data-change":
      if (op.dml === "insert" && op.rows === "bounded") return undefined;
      if (!existing(op.table) || effectiveRows(op, ctx.stateBefore(op)) === "bounded") return undefined;
      return `backfills ${code(op.table)} in one statement${op.transaction !== null ? ", holding its row locks until the transaction commits" : ""}`;
    default:
      return undefined;
  }
}
