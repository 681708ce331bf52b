import { defineRule, type AddColumn, type AlterTableOther, type FunctionState, type ReportDescriptor, type RuleContext } from "../src/index.js";
import { code } from "./support/advice.js";
import { rewriteCost } from "./support/rewrite-cost.js";
import { isSerialType } from "./support/serial-types.js";

/** The safe order: new rows get the default from the catalog, old rows are filled without a long lock. */
function backfillFix(column: string, value: string): string {
  return `Add ${code(column)} without a default, then ALTER COLUMN ${code(column)} SET DEFAULT ${value} for new rows and backfill the existing ones in batches.`;
}

export default defineRule({
  id: "no-volatile-default",
  description: "ADD COLUMN whose value Postgres must compute for every existing row (volatile default, serial, identity, stored generated column, any default before 11) rewrites the table.",
  severity: "error",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-column" && !ctx.isNewTable(op.table, op)) {
        const finding = addColumnFinding(ctx, op);
        if (finding) ctx.report(finding);
      } else if (op.kind === "alter-table-other" && op.action === "AT_SetExpression" && !ctx.isNewTable(op.table, op)) {
        ctx.report(setExpressionFinding(ctx, op));
      }
    }
  },
});

function addColumnFinding(ctx: RuleContext, op: AddColumn): ReportDescriptor | undefined {
  const { column } = op;
  const what = `ADD COLUMN ${code(column.name)}`;
  const cost = rewriteCost(op.table);
  if (column.generated?.kind === "stored") {
    const virtual = ctx.postgresVersion >= 18 ? ", or make it a VIRTUAL generated column, which stores nothing" : "";
    return {
      at: op,
      message:
        `${what} GENERATED ALWAYS AS (${column.generated.expression.display}) STORED computes the value for every existing row, so Postgres ${cost}. ` +
        `Add a plain nullable column filled for new rows by a BEFORE INSERT OR UPDATE trigger and backfill the existing ones in batches${virtual}.`,
    };
  }
  if (column.identity || isSerialType(column.type?.name)) {
    const kind = column.identity ? "GENERATED AS IDENTITY" : column.type!.display;
    return {
      at: op,
      message:
        `${what} ${kind} draws a sequence value for every existing row, so Postgres ${cost}. ` +
        `Add a nullable bigint column, SET DEFAULT nextval() of a new sequence for new rows, and backfill the existing ones in batches.`,
    };
  }
  const value = column.default;
  if (!value || value.isNull) return undefined;
  const known = value.volatility === "unknown" ? userFunctionsCalled(ctx, op, value.functions) : undefined;
  const volatileFunction = known?.find((f) => f.volatility === "volatile");
  if (volatileFunction) {
    const where = volatileFunction.origin.createdIn ? ` in ${volatileFunction.origin.createdIn}` : "";
    const why = volatileFunction.declared
      ? `is declared VOLATILE${where}`
      : `is VOLATILE: its CREATE FUNCTION${where} declares no volatility, and VOLATILE is Postgres's default`;
    return {
      at: op,
      message: `${what} DEFAULT ${value.display} calls ${code(volatileFunction.name)}, which ${why}: Postgres evaluates it for every existing row and ${cost}. ${backfillFix(column.name, value.display)}`,
    };
  }
  // Every function the default calls is one the migrations created IMMUTABLE or STABLE.
  if (known && known.length > 0 && known.every((f) => f.volatility !== "unknown") && known.length === new Set(value.functions).size) return undefined;
  if (value.volatility === "volatile") {
    return {
      at: op,
      message: `${what} DEFAULT ${value.display} evaluates the volatile default for every existing row, so Postgres ${cost}. ${backfillFix(column.name, value.display)}`,
    };
  }
  if (ctx.postgresVersion < 11) {
    return {
      at: op,
      message:
        `On Postgres ${ctx.postgresVersion} (before 11, which only records a non-volatile default in the catalog), ${what} DEFAULT ${value.display} writes the default into every existing row, so Postgres ${cost}. ` +
        backfillFix(column.name, value.display),
    };
  }
  if (value.volatility === "unknown") {
    return {
      at: op,
      severity: "warning",
      message:
        `migration-guard does not know whether ${what} DEFAULT ${value.display} is volatile: unless the functions it calls are declared IMMUTABLE or STABLE (the default for a new function is VOLATILE), ` +
        `Postgres evaluates it for every existing row and ${cost}. If it is volatile: ${backfillFix(column.name, value.display)}`,
    };
  }
  return undefined;
}

function setExpressionFinding(ctx: RuleContext, op: AlterTableOther): ReportDescriptor {
  const column = op.column ? `ALTER COLUMN ${code(op.column)} SET EXPRESSION` : "SET EXPRESSION";
  const virtual = ctx.postgresVersion >= 18 ? " unless the column is a VIRTUAL generated column" : "";
  return {
    at: op,
    message:
      `${column} recomputes the stored generated column for every row${virtual}, so Postgres ${rewriteCost(op.table)}. ` +
      `Add a new nullable column kept up to date by a trigger, backfill it in batches, and switch reads to it.`,
  };
}

/**
 * The functions a default calls that the migrations created, with their declared volatility: the
 * last CREATE or DROP FUNCTION earlier in this migration (same direction), or else the history.
 */
function userFunctionsCalled(ctx: RuleContext, op: AddColumn, functions: readonly string[]): FunctionState[] {
  const here = new Map<string, FunctionState | null>();
  for (const other of ctx.operations) {
    if (other === op) break;
    if (other.kind !== "other" || other.direction !== op.direction) continue;
    if (other.definesFunction) here.set(other.definesFunction.name, { ...other.definesFunction, origin: { createdIn: ctx.migration.path, createdInChangeSet: true } });
    for (const name of other.dropsFunctions ?? []) here.set(name, null);
  }
  return [...new Set(functions)].flatMap((name) => {
    const found = here.has(name) ? here.get(name) : ctx.database.userFunction?.(name);
    return found ? [found] : [];
  });
}
