import type { Node } from "@pgsql/types";
import type { OtherStatement } from "../../core/operations.js";
import type { Volatility } from "../../core/sql-values.js";
import { as, stringList } from "../ast.js";

/** Postgres's volatility keywords, in the terms of a default's volatility. */
const VOLATILITY: Record<string, Volatility> = { immutable: "constant", stable: "stable", volatile: "volatile" };

/**
 * What a CREATE [OR REPLACE] FUNCTION or DROP FUNCTION does to the functions the history knows, so
 * that a later default calling the function can be judged by its declared volatility. Names are
 * kept as a default's calls are (the last part, lower-cased): overloads share one entry.
 */
export function functionChange(ast: Node): Pick<OtherStatement, "definesFunction" | "dropsFunctions"> {
  const create = as(ast, "CreateFunctionStmt");
  if (create && !create.is_procedure) {
    const declared = (create.options ?? []).map((o) => as(o, "DefElem")).find((d) => d?.defname === "volatility");
    const keyword = as(declared?.arg, "String")?.sval ?? "volatile";
    const language = as((create.options ?? []).map((o) => as(o, "DefElem")).find((d) => d?.defname === "language")?.arg, "String")?.sval?.toLowerCase();
    const volatility = VOLATILITY[keyword] ?? "volatile";
    // Postgres inlines a simple LANGUAGE sql function into the expression that calls it and then
    // judges the body, not the declaration (checked on PostgreSQL 18: a VOLATILE-declared function
    // returning now()-based values adds the column without a rewrite). Only the body could tell.
    const judged = language === "sql" && volatility === "volatile" ? "unknown" : volatility;
    return { definesFunction: { name: bareName(stringList(create.funcname)), volatility: judged, declared: declared !== undefined } };
  }
  const drop = as(ast, "DropStmt");
  if (drop && drop.removeType === "OBJECT_FUNCTION") {
    return { dropsFunctions: (drop.objects ?? []).map((o) => bareName(stringList(as(o, "ObjectWithArgs")?.objname))) };
  }
  return {};
}

function bareName(parts: string[]): string {
  return (parts[parts.length - 1] ?? "").toLowerCase();
}
