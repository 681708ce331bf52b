import type { A_Expr, CommonTableExpr, Node, SelectStmt, WithClause } from "@pgsql/types";
import type { RowSelection } from "../core/operations.js";
import { as, stringList } from "./ast.js";

/** How a data change's WHERE selects rows; see `DataChange.rows` and `DataChange.matchedColumns`. */
export interface RowBound {
  rows: RowSelection;
  matchedColumns?: string[][];
}

/** What besides the WHERE clause can limit the rows of an UPDATE or DELETE. */
export interface SelectionScope {
  /** `UPDATE ... FROM` / `DELETE ... USING` items: a LIMIT subquery joined on a column bounds the rows. */
  from?: Node[];
  /** The statement's `WITH` clause: a CTE with LIMIT that the WHERE reads bounds the rows. */
  withClause?: WithClause;
}

/**
 * Decides whether a WHERE clause limits a data change to one batch or a few targeted rows, or can
 * still touch the whole table.
 *
 * Bounded by a range: a closed range on one column (`id BETWEEN $1 AND $2`, `id >= 1000 AND
 * id < 2000`, `ctid` ranges). Bounded by matching: a column compared with constants (`id = 42`,
 * `key IN ('a','b')`, `id = ANY($1)`), with a single-row subquery, or with a LIMIT subquery or CTE
 * (`id IN (SELECT id ... LIMIT 1000)`, `WITH batch AS (... LIMIT 1000) UPDATE t ... FROM batch
 * WHERE t.id = batch.id`). Matching picks few rows only when the columns form a key, which needs
 * the database state, so the matched columns are returned for rules to check.
 *
 * Anything else is unbounded: `col IS NULL`, one-sided ranges, `NOT IN`, `<>`, joins to whole
 * tables, and `EXISTS (... LIMIT 1)`, whose LIMIT applies per row.
 */
export function rowSelection(where: Node | undefined, scope: SelectionScope = {}): RowBound {
  if (!where) return { rows: "none" };
  const limitedCtes = limitedCteNames(scope.withClause);
  const reader = new BoundReader(limitedCtes, limitedFromNames(scope.from ?? [], limitedCtes));
  const bound = reader.bound(where);
  if (!bound) return { rows: "unbounded" };
  return bound.kind === "range" ? { rows: "bounded" } : { rows: "bounded", matchedColumns: bound.alternatives };
}

/** True when a SELECT returns a limited number of rows: LIMIT, or reading only from a limited CTE. */
export function isLimitedQuery(node: Node | undefined, limitedCtes: ReadonlySet<string> = new Set()): boolean {
  const select = as(node, "SelectStmt");
  if (!select) return false;
  return selectIsLimited(select, limitedCtes);
}

/**
 * `range`: the WHERE bounds the rows whatever the columns are. `match`: it bounds them only if, in
 * every alternative (OR branch), the columns compared with a limited set of values form a key.
 */
type Bound = { kind: "range" } | { kind: "match"; alternatives: string[][] };

/** More alternatives than this (an AND of many ORs) is not worth checking column by column. */
const MAX_ALTERNATIVES = 64;

class BoundReader {
  constructor(
    private readonly limitedCtes: ReadonlySet<string>,
    /** Names (aliases) of FROM/USING items that hold a limited set of rows. */
    private readonly limitedFrom: ReadonlySet<string>,
  ) {}

  bound(node: Node): Bound | undefined {
    const bool = as(node, "BoolExpr");
    if (bool) {
      const args = bool.args ?? [];
      if (bool.boolop === "AND_EXPR") return this.conjunction(args);
      if (bool.boolop === "OR_EXPR") return this.disjunction(args);
      return undefined;
    }
    const expr = as(node, "A_Expr");
    if (expr) return this.comparison(expr);
    const sub = as(node, "SubLink");
    if (sub?.subLinkType === "ANY_SUBLINK" && isEquality(sub.operName) && this.isLimitedSubselect(sub.subselect)) {
      return matchOn(sub.testexpr);
    }
    return undefined;
  }

  private conjunction(args: Node[]): Bound | undefined {
    if (hasClosedRange(args)) return { kind: "range" };
    const bounds = args.map((a) => this.bound(a));
    if (bounds.some((b) => b?.kind === "range")) return { kind: "range" };
    let alternatives: string[][] | undefined;
    for (const b of bounds) {
      if (b?.kind !== "match") continue;
      alternatives = alternatives
        ? alternatives.flatMap((left) => b.alternatives.map((right) => [...new Set([...left, ...right])]))
        : b.alternatives;
      if (alternatives.length > MAX_ALTERNATIVES) return { kind: "range" };
    }
    return alternatives ? { kind: "match", alternatives } : undefined;
  }

  private disjunction(args: Node[]): Bound | undefined {
    const bounds = args.map((a) => this.bound(a));
    if (bounds.length === 0 || bounds.some((b) => !b)) return undefined;
    const alternatives = bounds.flatMap((b) => (b?.kind === "match" ? b.alternatives : []));
    return alternatives.length > 0 ? { kind: "match", alternatives } : { kind: "range" };
  }

  private comparison(expr: A_Expr): Bound | undefined {
    switch (expr.kind) {
      case "AEXPR_OP": {
        if (!isEquality(expr.name)) return undefined;
        if (isColumn(expr.lexpr) && this.isSingleValue(expr.rexpr)) return matchOn(expr.lexpr);
        if (isColumn(expr.rexpr) && this.isSingleValue(expr.lexpr)) return matchOn(expr.rexpr);
        const joined = this.joinedColumn(expr.lexpr, expr.rexpr) ?? this.joinedColumn(expr.rexpr, expr.lexpr);
        return joined ? matchOn(joined) : undefined;
      }
      case "AEXPR_OP_ANY":
        if (!isEquality(expr.name) || !isColumn(expr.lexpr)) return undefined;
        return isConstantList(expr.rexpr) || this.isLimitedArray(expr.rexpr) ? matchOn(expr.lexpr) : undefined;
      case "AEXPR_IN":
        // `IN` is spelled `=`, `NOT IN` is `<>`.
        return isEquality(expr.name) && isColumn(expr.lexpr) && isConstantList(expr.rexpr) ? matchOn(expr.lexpr) : undefined;
      case "AEXPR_BETWEEN":
      case "AEXPR_BETWEEN_SYM":
        return isColumn(expr.lexpr) && isConstantList(expr.rexpr) ? { kind: "range" } : undefined;
      default:
        return undefined;
    }
  }

  /** A constant, or a scalar subquery (which returns one row at most, or the statement fails). */
  private isSingleValue(node: Node | undefined): boolean {
    return isConstant(node) || as(node, "SubLink")?.subLinkType === "EXPR_SUBLINK";
  }

  /** `ARRAY(SELECT id ... LIMIT n)`. */
  private isLimitedArray(node: Node | undefined): boolean {
    const sub = as(node, "SubLink");
    return sub?.subLinkType === "ARRAY_SUBLINK" && this.isLimitedSubselect(sub.subselect);
  }

  private isLimitedSubselect(node: Node | undefined): boolean {
    return isLimitedQuery(node, this.limitedCtes);
  }

  /** For `t.id = batch.id` where `batch` is a limited FROM item: the target's column, `t.id`. */
  private joinedColumn(target: Node | undefined, other: Node | undefined): Node | undefined {
    if (!isColumn(target) || !this.readsLimitedFrom(other) || this.readsLimitedFrom(target)) return undefined;
    return target;
  }

  private readsLimitedFrom(column: Node | undefined): boolean {
    const parts = columnParts(column);
    return parts.length > 1 && this.limitedFrom.has(parts[parts.length - 2]!);
  }
}

function matchOn(column: Node | undefined): Bound | undefined {
  const parts = columnParts(column);
  const name = parts[parts.length - 1];
  return name ? { kind: "match", alternatives: [[name]] } : undefined;
}

/** Names of the CTEs of a WITH clause that return a limited number of rows. */
export function limitedCteNames(withClause: WithClause | undefined): Set<string> {
  const names = new Set<string>();
  for (const node of withClause?.ctes ?? []) {
    const cte: CommonTableExpr | undefined = as(node, "CommonTableExpr");
    if (cte?.ctename && isLimitedQuery(cte.ctequery, names)) names.add(cte.ctename);
  }
  return names;
}

function limitedFromNames(from: Node[], limitedCtes: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const item of from) {
    const sub = as(item, "RangeSubselect");
    if (sub?.alias?.aliasname && isLimitedQuery(sub.subquery, limitedCtes)) names.add(sub.alias.aliasname);
    const rv = as(item, "RangeVar");
    if (rv?.relname && !rv.schemaname && limitedCtes.has(rv.relname)) names.add(rv.alias?.aliasname ?? rv.relname);
  }
  return names;
}

function selectIsLimited(select: SelectStmt, limitedCtes: ReadonlySet<string>): boolean {
  if (select.larg && select.rarg) {
    return selectIsLimited(select.larg, limitedCtes) && selectIsLimited(select.rarg, limitedCtes);
  }
  const limit = as(select.limitCount, "A_Const");
  if (select.limitCount && !limit?.isnull) return true;
  const ctes = new Set([...limitedCtes, ...limitedCteNames(select.withClause)]);
  return (select.fromClause ?? []).some((item) => fromItemIsLimited(item, ctes));
}

function fromItemIsLimited(item: Node, limitedCtes: ReadonlySet<string>): boolean {
  const rv = as(item, "RangeVar");
  if (rv) return !rv.schemaname && limitedCtes.has(rv.relname ?? "");
  const sub = as(item, "RangeSubselect");
  if (sub) return isLimitedQuery(sub.subquery, limitedCtes);
  const join = as(item, "JoinExpr");
  if (join?.jointype === "JOIN_INNER") {
    return [join.larg, join.rarg].some((side) => side !== undefined && fromItemIsLimited(side, limitedCtes));
  }
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
      ? [columnParts(expr.lexpr).join("."), false]
      : isColumn(expr.rexpr) && isConstant(expr.lexpr)
        ? [columnParts(expr.rexpr).join("."), true]
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

function operator(name: Node[] | undefined): string {
  return stringList(name).join("");
}

function isEquality(name: Node[] | undefined): boolean {
  const op = operator(name);
  return op === "=" || op === "";
}

function isColumn(node: Node | undefined): boolean {
  return columnParts(node).length > 0;
}

function columnParts(node: Node | undefined): string[] {
  const ref = as(node, "ColumnRef") ?? as(as(node, "TypeCast")?.arg, "ColumnRef");
  return stringList(ref?.fields);
}

/**
 * A value fixed for the whole statement: a literal, a bind parameter, or arithmetic and function
 * calls over them (`$1 + 1000`, `now() - interval '1 day'`).
 */
function isConstant(node: Node | undefined): boolean {
  if (!node) return false;
  if (as(node, "A_Const") || as(node, "ParamRef") || as(node, "SQLValueFunction")) return true;
  const cast = as(node, "TypeCast");
  if (cast) return isConstant(cast.arg);
  const expr = as(node, "A_Expr");
  if (expr?.kind === "AEXPR_OP") return (expr.lexpr === undefined || isConstant(expr.lexpr)) && isConstant(expr.rexpr);
  const call = as(node, "FuncCall");
  if (call) return !call.agg_star && !call.over && (call.args ?? []).every(isConstant);
  return false;
}

function isConstantList(node: Node | undefined): boolean {
  const list = as(node, "List");
  if (list) return (list.items ?? []).every(isConstant);
  const array = as(node, "A_ArrayExpr");
  if (array) return (array.elements ?? []).every(isConstant);
  return isConstant(node);
}
