import type { Operation, RenameTable, RuleContext } from "../../src/index.js";

/** The parts of Postgres's ViewStmt / SelectStmt nodes that decide whether a view is a bridge. */
interface RangeVarNode {
  schemaname?: string;
  relname?: string;
}
interface SelectNode {
  fromClause?: { RangeVar?: RangeVarNode }[];
  distinctClause?: unknown;
  groupClause?: unknown;
  havingClause?: unknown;
  limitCount?: unknown;
  withClause?: unknown;
  op?: string;
}
interface ViewNode {
  view?: RangeVarNode;
  query?: { SelectStmt?: SelectNode };
}

/**
 * True when, after `rename`, the same transaction creates a view under the table's old name that
 * selects from the renamed table alone. Postgres can write through such a simple view, so code
 * that still uses the old name keeps reading and writing the same rows, and there is no moment in
 * between where the old name is missing.
 */
export function hasViewBridge(ctx: RuleContext<any>, rename: RenameTable): boolean {
  if (rename.transaction === null) return false;
  const after = ctx.operations.slice(ctx.operations.indexOf(rename) + 1);
  return after.some((op) => op.transaction === rename.transaction && isBridge(op, rename));
}

function isBridge(op: Operation, rename: RenameTable): boolean {
  if (op.kind !== "other" || op.nodeType !== "ViewStmt") return false;
  const view = (op.statement?.ast as { ViewStmt?: ViewNode } | undefined)?.ViewStmt;
  const select = view?.query?.SelectStmt;
  if (!view?.view || !select || canonical(view.view) !== rename.table) return false;
  const from = select.fromClause ?? [];
  const simple =
    from.length === 1 &&
    !select.distinctClause &&
    !select.groupClause &&
    !select.havingClause &&
    !select.limitCount &&
    !select.withClause &&
    (select.op === undefined || select.op === "SETOP_NONE");
  return simple && from[0]?.RangeVar !== undefined && canonical(from[0].RangeVar) === rename.newName;
}

/** A relation's name the way operations spell it: `public.` dropped, other schemas kept. */
function canonical(rel: RangeVarNode): string {
  const name = rel.relname ?? "";
  return rel.schemaname && rel.schemaname !== "public" ? `${rel.schemaname}.${name}` : name;
}
