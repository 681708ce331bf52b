import { defineRule, type AlterColumnType, type ReportDescriptor, type RuleContext } from "../src/index.js";
import { code } from "./support/advice.js";
import { rewriteCost } from "./support/rewrite-cost.js";
import { REWRITE_FREE_CHANGES, canBeRewriteFreeTarget, isUtcTimeZone, typeChange } from "./support/type-changes.js";

export default defineRule({
  id: "no-column-type-change",
  description: "ALTER COLUMN ... TYPE that rewrites the table (every change except a few widening casts) on an existing table.",
  severity: "error",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "alter-column-type" || ctx.isNewTable(op.table, op)) continue;
      const finding = typeChangeFinding(ctx, op);
      if (finding) ctx.report(finding);
    }
  },
});

function typeChangeFinding(ctx: RuleContext, op: AlterColumnType): ReportDescriptor | undefined {
  const column = code(op.column);
  const to = op.type.display;
  const from = ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.type;
  const change = from ? typeChange(from, op.type, ctx.postgresVersion).kind : undefined;
  if (change === "same") return undefined;
  const fromText = from ? ` (from ${from.display})` : "";
  const newColumn = `add a new ${to} column, write both columns from the app or a trigger, backfill it in batches, switch reads to it, then drop ${column}.`;
  const newColumnFix = newColumn[0]!.toUpperCase() + newColumn.slice(1);
  if (op.recreatesColumn) {
    return {
      at: op,
      message:
        `This changes ${column} of ${code(op.table)} to ${to}${fromText} by dropping the column and adding it again: every value in it is lost, and code running during the rollout fails on the missing column. ` +
        newColumnFix,
    };
  }
  if (op.using !== undefined) {
    return {
      at: op,
      message: `ALTER COLUMN ${column} TYPE ${to} USING ${op.using} evaluates the expression for every row, so Postgres ${rewriteCost(op.table)}. ${newColumnFix}`,
    };
  }
  if (change === "no-rewrite") return undefined;
  if (change === "no-rewrite-if-utc") {
    if (sessionIsUtc(ctx, op)) return undefined;
    const setUtc = op.transaction === null ? "SET TimeZone = 'UTC'" : "SET LOCAL TimeZone = 'UTC' in the same transaction";
    return {
      at: op,
      message:
        `ALTER COLUMN ${column} TYPE ${to}${fromText} converts the existing values in the session TimeZone: unless that is UTC, Postgres ${rewriteCost(op.table)}. ` +
        `Run ${setUtc} before it (Postgres 12+ then changes only the catalog), or add a new column and backfill it in batches.`,
    };
  }
  if (!from && canBeRewriteFreeTarget(op.type)) {
    return {
      at: op,
      severity: "warning",
      message:
        `migration-guard could not see the current type of ${code(op.table)}.${column} (the migrations it read do not create it): ALTER COLUMN TYPE ${to} is safe only if it is one of these widenings: ${REWRITE_FREE_CHANGES}. ` +
        `Any other change ${rewriteCost(op.table)}; for those, ${newColumn}`,
    };
  }
  return {
    at: op,
    message: `ALTER COLUMN ${column} TYPE ${to}${fromText} converts every value, so Postgres ${rewriteCost(op.table)}. ${newColumnFix}`,
  };
}

/** True when the migration sets TimeZone to UTC before `op`, in a way that still holds at `op`. */
function sessionIsUtc(ctx: RuleContext, op: AlterColumnType): boolean {
  let utc = false;
  for (const other of ctx.operations) {
    if (other === op) break;
    if (other.kind !== "set" || other.name !== "timezone") continue;
    // SET LOCAL ends with its transaction.
    if (other.local && (other.transaction === null || other.transaction !== op.transaction)) continue;
    utc = other.value !== null && isUtcTimeZone(other.value);
  }
  return utc;
}
