import type { Node } from "@pgsql/types";
import { worstVolatility, type ValueExpr, type Volatility } from "../core/sql-values.js";
import { as, stringList, walk } from "./ast.js";
import { typeFromAst } from "./type-names.js";

/**
 * Functions whose result differs per row. As a column default they make Postgres evaluate the
 * expression for every existing row, i.e. rewrite the table.
 */
const VOLATILE_FUNCTIONS = new Set([
  "random",
  "random_normal",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "gen_random_bytes",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "setval",
]);

/** Stable functions are evaluated once per statement: safe as a default on Postgres 11+. */
const STABLE_FUNCTIONS = new Set([
  "now",
  "statement_timestamp",
  // `timezone('utc', now())` and `now() AT TIME ZONE 'utc'` (parsed as timezone()) are common defaults.
  "timezone",
  "date_trunc",
  "transaction_timestamp",
  "current_setting",
  "current_database",
  "current_schema",
  "to_char",
  "to_timestamp",
  "txid_current",
  "make_timestamptz",
  "concat",
  "concat_ws",
  "version",
]);

const IMMUTABLE_FUNCTIONS = new Set([
  "lower",
  "upper",
  "trim",
  "btrim",
  "ltrim",
  "rtrim",
  "replace",
  "substring",
  "substr",
  "left",
  "right",
  "length",
  "md5",
  "abs",
  "round",
  "floor",
  "ceil",
  "make_date",
  "make_time",
  "make_timestamp",
  "make_interval",
  "date_part",
  "jsonb_build_object",
  "json_build_object",
  "jsonb_build_array",
  "json_build_array",
  "to_jsonb",
  "to_json",
  "array_fill",
  "int4",
  "int8",
  "numeric",
  "text",
]);

export function functionVolatility(name: string): Volatility {
  if (VOLATILE_FUNCTIONS.has(name)) return "volatile";
  if (STABLE_FUNCTIONS.has(name)) return "stable";
  if (IMMUTABLE_FUNCTIONS.has(name)) return "constant";
  return "unknown";
}

/** Describes an expression: its volatility, the functions it calls, and a short rendering. */
export function valueExpr(node: Node | undefined): ValueExpr {
  if (!node) return { display: "NULL", volatility: "constant", functions: [], isNull: true };
  const functions: string[] = [];
  const volatilities: Volatility[] = ["constant"];
  walk(node, (type, value) => {
    if (type === "FuncCall") {
      const parts = stringList(value["funcname"] as Node[]);
      const name = (parts[parts.length - 1] ?? "").toLowerCase();
      functions.push(name);
      volatilities.push(functionVolatility(name));
    } else if (type === "SQLValueFunction") {
      volatilities.push("stable");
    } else if (type === "SubLink" || type === "ColumnRef") {
      volatilities.push("unknown");
    }
  });
  const isNull = as(node, "A_Const")?.isnull === true;
  return { display: render(node), volatility: worstVolatility(volatilities), functions, isNull };
}

const SQL_VALUE_FUNCTIONS: Record<string, string> = {
  SVFOP_CURRENT_DATE: "CURRENT_DATE",
  SVFOP_CURRENT_TIME: "CURRENT_TIME",
  SVFOP_CURRENT_TIME_N: "CURRENT_TIME",
  SVFOP_CURRENT_TIMESTAMP: "CURRENT_TIMESTAMP",
  SVFOP_CURRENT_TIMESTAMP_N: "CURRENT_TIMESTAMP",
  SVFOP_LOCALTIME: "LOCALTIME",
  SVFOP_LOCALTIME_N: "LOCALTIME",
  SVFOP_LOCALTIMESTAMP: "LOCALTIMESTAMP",
  SVFOP_LOCALTIMESTAMP_N: "LOCALTIMESTAMP",
  SVFOP_CURRENT_USER: "CURRENT_USER",
  SVFOP_CURRENT_ROLE: "CURRENT_ROLE",
  SVFOP_SESSION_USER: "SESSION_USER",
  SVFOP_USER: "USER",
};

/** A compact SQL rendering of an expression for messages; `…` stands in for what is not worth printing. */
export function render(node: Node | undefined): string {
  if (!node) return "";
  const c = as(node, "A_Const");
  if (c) {
    if (c.isnull) return "NULL";
    if (c.sval) return `'${(c.sval.sval ?? "").replace(/'/g, "''")}'`;
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return c.fval.fval ?? "0";
    if (c.boolval) return c.boolval.boolval ? "true" : "false";
    return "''";
  }
  const cast = as(node, "TypeCast");
  if (cast) return `${render(cast.arg)}::${typeFromAst(cast.typeName)?.display ?? "…"}`;
  const call = as(node, "FuncCall");
  if (call) {
    const name = stringList(call.funcname).filter((p) => p !== "pg_catalog").join(".");
    const args = (call.args ?? []).map(render).join(", ");
    return `${name}(${call.agg_star ? "*" : args})`;
  }
  const svf = as(node, "SQLValueFunction");
  if (svf) return SQL_VALUE_FUNCTIONS[svf.op ?? ""] ?? "…";
  const ref = as(node, "ColumnRef");
  if (ref) return (ref.fields ?? []).map((f) => (as(f, "A_Star") ? "*" : (as(f, "String")?.sval ?? "…"))).join(".");
  const expr = as(node, "A_Expr");
  if (expr && expr.kind === "AEXPR_OP") {
    return `${render(expr.lexpr)} ${stringList(expr.name).join("")} ${render(expr.rexpr)}`.trim();
  }
  const nullTest = as(node, "NullTest");
  if (nullTest) return `${render(nullTest.arg)} IS ${nullTest.nulltesttype === "IS_NOT_NULL" ? "NOT " : ""}NULL`;
  const param = as(node, "ParamRef");
  if (param) return `$${param.number ?? ""}`;
  return "…";
}

/** String constants anywhere in a statement. */
export function stringLiterals(node: unknown): string[] {
  const found: string[] = [];
  walk(node, (type, value) => {
    if (type === "A_Const") {
      const s = (value["sval"] as { sval?: string } | undefined)?.sval;
      if (s !== undefined) found.push(s);
    }
  });
  return found;
}
