import type { TypeName } from "@pgsql/types";
import { typeSpec, type TypeSpec } from "../core/sql-values.js";
import { as, nameFromParts, stringList } from "./ast.js";

/** Turns an AST TypeName (`pg_catalog.varchar` with typmods `[255]`) into a TypeSpec. */
export function typeFromAst(typeName: TypeName | undefined): TypeSpec | undefined {
  if (!typeName) return undefined;
  const parts = stringList(typeName.names);
  const builtIn = parts[0] === "pg_catalog";
  const bare = builtIn ? parts.slice(1) : parts;
  // The parser spells `char(n)` as pg_catalog.bpchar; a bare `char` can only be the quoted
  // one-byte "char" type, which is a different type.
  const name = !builtIn && bare.length === 1 && bare[0] === "char" ? '"char"' : nameFromParts(bare);
  const modifiers: number[] = [];
  if (name !== "interval") {
    for (const mod of typeName.typmods ?? []) {
      const value = as(mod, "A_Const")?.ival?.ival;
      if (value !== undefined) modifiers.push(value);
      else if (as(mod, "A_Const")) modifiers.push(0);
    }
  }
  const spec = typeSpec(name, modifiers, (typeName.arrayBounds?.length ?? 0) > 0);
  // The parser folds unquoted names to lower case, so a capital letter means the user quoted the
  // name: messages show it quoted as written ("JobStatus_new"), the name that works if pasted.
  if (bare.some((p) => p !== p.toLowerCase())) spec.display = spec.display.replace(spec.name, bare.map(quotedWhereNeeded).join("."));
  return spec;
}

function quotedWhereNeeded(part: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(part) ? part : `"${part.replace(/"/g, '""')}"`;
}
