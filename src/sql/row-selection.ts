import type { Node, SelectStmt } from "@pgsql/types";
import type { RowSelection } from "../core/operations.js";
import { as, stringList, walk } from "./ast.js";

/**
 * Decides whether a WHERE clause limits a data change to one batch or a few targeted rows, or can
 * still touch the whole table. Bounded: equality or IN with constants (`id = 42`, `key IN ('a','b')`),
 * a closed key range (`id BETWEEN $1 AND $2`, `id >= 1000 AND id < 2000`), or a subquery with LIMIT
 * (`id IN (SELECT id ... LIMIT 1000)`). Anything else (`col IS NULL`, joins on columns) is unbounded.
 */
export function rowSelection(where: Node | undefined): RowSelection {
  if (!where) return "none";
  return isBounded(where) ? "bounded" : "unbounded";
}

function isBounded(node: Node): boolean {
  const bool = as(node, "BoolExpr");
  if (bool) {
    const args = bool.args ?? [];
    if (bool.boolop === "AND_EXPR") return args.some(isBounded) || hasClosedRange(args);
    if (bool.boolop === "OR_EXPR") return args.length > 0 && args.every(isBounded);
    return false;
  }
  const expr = as(node, "A_Expr");
  if (expr) {
    if (hasLimitedSubquery(expr.rexpr)) return true;
    switch (expr.kind) {
      case "AEXPR_OP":
        return operator(expr.name) === "=" && comparesColumnWithConstant(expr.lexpr, expr.rexpr);
      case "AEXPR_OP_ANY":
      case "AEXPR_IN":
        return isColumn(expr.lexpr) && isConstantList(expr.rexpr);
      case "AEXPR_BETWEEN":
      case "AEXPR_BETWEEN_SYM":
        return isColumn(expr.lexpr);
      default:
        return false;
    }
  }
  const sub = as(node, "SubLink");
  if (sub) return hasLimitedSubquery(node);
  return false;
}

/** `col >= a AND col < b`: both ends of a range on the same column. */
function hasClosedRange(conjuncts: Node[]): boolean {
  const lower = new Set<string>();
  const upper = new Set<string>();
  for (const c of conjuncts) {
    const expr = as(c, "A_Expr");
    if (!expr || expr.kind !== "AEXPR_OP") continue;
    const op = operator(expr.name);
    const [column, flipped] = isColumn(expr.lexpr) && isConstant(expr.rexpr)
      ? [columnName(expr.lexpr), false]
      : isColumn(expr.rexpr) && isConstant(expr.lexpr)
        ? [columnName(expr.rexpr), true]
        : [undefined, false];
    if (!column) continue;
    const isLower = op === ">" || op === ">=";
    const isUpper = op === "<" || op === "<=";
    if ((isLower && !flipped) || (isUpper && flipped)) lower.add(column);
    if ((isUpper && !flipped) || (isLower && flipped)) upper.add(column);
  }
  for (const c of lower) if (upper.has(c)) return true;
  return false;
}

function hasLimitedSubquery(node: Node | undefined): boolean {
  let limited = false;
  walk(node, (type, value) => {
    if (type === "SelectStmt" && (value as SelectStmt).limitCount) limited = true;
  });
  return limited;
}

function operator(name: Node[] | undefined): string {
  return stringList(name).join("");
}

function comparesColumnWithConstant(a: Node | undefined, b: Node | undefined): boolean {
  return (isColumn(a) && isConstant(b)) || (isColumn(b) && isConstant(a));
}

function isColumn(node: Node | undefined): boolean {
  if (!node) return false;
  return as(node, "ColumnRef") !== undefined || isColumn(as(node, "TypeCast")?.arg);
}

function columnName(node: Node | undefined): string {
  const ref = as(node, "ColumnRef") ?? as(as(node, "TypeCast")?.arg, "ColumnRef");
  return stringList(ref?.fields).join(".");
}

function isConstant(node: Node | undefined): boolean {
  if (!node) return false;
  if (as(node, "A_Const") || as(node, "ParamRef")) return true;
  const cast = as(node, "TypeCast");
  if (cast) return isConstant(cast.arg);
  return false;
}

function isConstantList(node: Node | undefined): boolean {
  const list = as(node, "List");
  if (list) return (list.items ?? []).every(isConstant);
  const array = as(node, "A_ArrayExpr");
  if (array) return (array.elements ?? []).every(isConstant);
  return isConstant(node);
}
