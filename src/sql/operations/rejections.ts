import type { Node, ResTarget } from "@pgsql/types";
import type { Rejection } from "../../core/operations.js";
import { as, stringList } from "../ast.js";
import type { ExtractContext } from "./context.js";

/**
 * What Postgres rejects in a statement that parses: checks its parse analysis makes before running
 * anything, with their error messages. Today: a column named twice where a name may appear once.
 */
export function rejections(ast: Node, ctx: ExtractContext): Rejection[] {
  const found: Rejection[] = [];
  const twice = (names: { name: string; location?: number }[], message: (name: string) => string) => {
    const seen = new Set<string>();
    for (const { name, location } of names) {
      if (seen.has(name)) found.push({ message: message(name), span: ctx.base(location).span });
      seen.add(name);
    }
  };
  const specifiedTwice = (name: string) => `column "${name}" specified more than once`;
  const assignedTwice = (name: string) => `multiple assignments to same column "${name}"`;

  const create = as(ast, "CreateStmt");
  if (create) {
    const columns = (create.tableElts ?? []).flatMap((e) => {
      const def = as(e, "ColumnDef");
      return def?.colname ? [{ name: def.colname, ...(def.location !== undefined ? { location: def.location } : {}) }] : [];
    });
    twice(columns, specifiedTwice);
  }
  const insert = as(ast, "InsertStmt");
  if (insert) {
    twice(plainTargets(insert.cols), specifiedTwice);
    twice(plainTargets(insert.onConflictClause?.targetList), assignedTwice);
  }
  const update = as(ast, "UpdateStmt");
  if (update) twice(plainTargets(update.targetList), assignedTwice);
  const view = as(ast, "ViewStmt");
  if (view) twice(outputColumns(stringList(view.aliases), view.query), specifiedTwice);
  const createAs = as(ast, "CreateTableAsStmt");
  if (createAs) twice(outputColumns(stringList(createAs.into?.colNames), createAs.query), specifiedTwice);
  return found;
}

/** Target columns assigned as a whole (`SET a[1] = x, a[2] = y` assigns parts of one column, which is allowed). */
function plainTargets(list: Node[] | undefined): { name: string; location?: number }[] {
  return (list ?? []).flatMap((n) => {
    const t = as(n, "ResTarget");
    if (!t?.name || (t.indirection ?? []).length > 0) return [];
    return [{ name: t.name, ...(t.location !== undefined ? { location: t.location } : {}) }];
  });
}

/**
 * The output column names of a view or CREATE TABLE AS: the explicit column list first, then the
 * query's own names where it is certain of them (an alias, or a plain column reference). Anything
 * else (`*`, expressions Postgres names itself) ends the list, so nothing is guessed.
 */
function outputColumns(aliases: string[], query: Node | undefined): { name: string; location?: number }[] {
  let select = as(query, "SelectStmt");
  while (select?.larg) select = select.larg;
  const targets = (select?.targetList ?? []).map((n) => as(n, "ResTarget"));
  const names: { name: string; location?: number }[] = aliases.map((name) => ({ name }));
  for (const target of targets.slice(aliases.length)) {
    const name = target && outputName(target);
    if (!name) break;
    names.push({ name, ...(target.location !== undefined ? { location: target.location } : {}) });
  }
  return names;
}

function outputName(target: ResTarget): string | undefined {
  if (target.name) return target.name;
  const ref = as(target.val, "ColumnRef");
  const last = ref?.fields?.[ref.fields.length - 1];
  return last && as(last, "String")?.sval;
}
