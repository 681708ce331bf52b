import type { Node } from "@pgsql/types";
import { as } from "./ast.js";

/**
 * The value of a boolean option in a utility statement's option list (`VACUUM (FULL false)`,
 * `REINDEX (CONCURRENTLY off)`, `EXPLAIN (ANALYZE 0)`), read the way Postgres reads it: a bare
 * name is true; `true`/`on`/`1` and `false`/`off`/`0` set it. Undefined when the option is not
 * in the list. The last occurrence wins; Postgres rejects most repeats, which parse-error cannot
 * see, but the value it would use is the one written.
 */
export function booleanOption(options: Node[] | undefined, name: string): boolean | undefined {
  let value: boolean | undefined;
  for (const node of options ?? []) {
    const def = as(node, "DefElem");
    if (def?.defname !== name) continue;
    value = booleanValue(def.arg);
  }
  return value;
}

function booleanValue(arg: Node | undefined): boolean {
  if (!arg) return true;
  const integer = as(arg, "Integer");
  // libpg-query leaves out zero values: `Integer: {}` is 0.
  if (integer) return (integer.ival ?? 0) !== 0;
  const boolean = as(arg, "Boolean");
  // As with integers, a false boolean is `Boolean: {}`.
  if (boolean) return boolean.boolval === true;
  // Reloptions (`WITH (deduplicate_items = off)`) come as a type name.
  const text = as(arg, "String")?.sval ?? (as(arg, "TypeName")?.names ?? []).map((n) => as(n, "String")?.sval ?? "").join(".");
  const word = text.toLowerCase();
  return !(word === "false" || word === "off" || word === "0" || word === "no" || word === "f" || word === "n");
}
