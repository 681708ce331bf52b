import type { ColumnDef, Constraint, Node } from "@pgsql/types";
import { defaultConstraintName } from "../../core/database-state.js";
import type { ColumnSpec, ConstraintSpec, ConstraintType, ForeignKeyTarget } from "../../core/operations.js";
import { as, relationName, stringList, walk } from "../ast.js";
import { render, valueExpr } from "../expressions.js";
import { typeFromAst } from "../type-names.js";

const CONSTRAINT_TYPES: Partial<Record<string, ConstraintType>> = {
  CONSTR_CHECK: "check",
  CONSTR_FOREIGN: "foreign-key",
  CONSTR_UNIQUE: "unique",
  CONSTR_PRIMARY: "primary-key",
  CONSTR_EXCLUSION: "exclusion",
  CONSTR_NOTNULL: "not-null",
};

const NAME_SUFFIXES: Record<ConstraintType, string> = {
  check: "check",
  "foreign-key": "fkey",
  unique: "key",
  "primary-key": "pkey",
  exclusion: "excl",
  "not-null": "not_null",
};

/** A column definition (CREATE TABLE element or ADD COLUMN) as a ColumnSpec. */
export function columnSpec(def: ColumnDef, table: string): ColumnSpec {
  const name = def.colname ?? "";
  const spec: ColumnSpec = {
    name,
    notNull: def.is_not_null === true,
    primaryKey: false,
    unique: false,
    checks: [],
  };
  const type = typeFromAst(def.typeName);
  if (type) spec.type = type;
  if (def.raw_default) spec.default = valueExpr(def.raw_default);
  for (const node of def.constraints ?? []) {
    const c = as(node, "Constraint");
    if (!c) continue;
    switch (c.contype) {
      case "CONSTR_NOTNULL":
        spec.notNull = true;
        break;
      case "CONSTR_DEFAULT":
        spec.default = valueExpr(c.raw_expr);
        break;
      case "CONSTR_PRIMARY":
        spec.primaryKey = true;
        spec.notNull = true;
        break;
      case "CONSTR_UNIQUE":
        spec.unique = true;
        break;
      case "CONSTR_FOREIGN":
        spec.references = foreignKeyTarget(c);
        break;
      case "CONSTR_CHECK":
        spec.checks.push(checkSpec(c, table, [name]));
        break;
      case "CONSTR_IDENTITY":
        spec.identity = c.generated_when === "a" ? "always" : "by-default";
        break;
      case "CONSTR_GENERATED":
        spec.generated = { kind: c.generated_kind === "v" ? "virtual" : "stored", expression: valueExpr(c.raw_expr) };
        break;
      default:
        break;
    }
  }
  return spec;
}

/** A table-level constraint (CREATE TABLE element or ADD CONSTRAINT) as a ConstraintSpec. */
export function constraintSpec(c: Constraint, table: string): ConstraintSpec | undefined {
  const type = CONSTRAINT_TYPES[c.contype ?? ""];
  if (!type) return undefined;
  if (type === "check") return checkSpec(c, table, referencedColumns(c.raw_expr));
  const columns = type === "foreign-key" ? stringList(c.fk_attrs) : stringList(c.keys);
  const spec: ConstraintSpec = {
    ...named(c, table, type, columns),
    type,
    columns,
    notValid: c.skip_validation === true,
  };
  if (c.indexname) spec.usingIndex = c.indexname;
  if (type === "foreign-key") spec.references = foreignKeyTarget(c);
  return spec;
}

function checkSpec(c: Constraint, table: string, columns: string[]): ConstraintSpec {
  const spec: ConstraintSpec = {
    ...named(c, table, "check", columns.slice(0, 1)),
    type: "check",
    columns,
    notValid: c.skip_validation === true,
    expression: render(c.raw_expr),
  };
  const notNull = notNullTestColumn(c.raw_expr);
  if (notNull) spec.notNullColumn = notNull;
  return spec;
}

function named(c: Constraint, table: string, type: ConstraintType, columns: string[]) {
  if (c.conname) return { name: c.conname, generatedName: false };
  const nameColumns = type === "primary-key" ? [] : columns;
  return { name: defaultConstraintName(table, nameColumns, NAME_SUFFIXES[type]), generatedName: true };
}

function foreignKeyTarget(c: Constraint): ForeignKeyTarget {
  return { table: relationName(c.pktable), columns: stringList(c.pk_attrs) };
}

/** For `CHECK (col IS NOT NULL)`: the column. */
function notNullTestColumn(expr: Node | undefined): string | undefined {
  const test = as(expr, "NullTest");
  if (!test || test.nulltesttype !== "IS_NOT_NULL") return undefined;
  const ref = as(test.arg, "ColumnRef");
  const parts = stringList(ref?.fields);
  return parts.length > 0 ? parts[parts.length - 1] : undefined;
}

function referencedColumns(expr: Node | undefined): string[] {
  const columns: string[] = [];
  walk(expr, (type, value) => {
    if (type !== "ColumnRef") return;
    const parts = stringList(value["fields"] as Node[]);
    const name = parts[parts.length - 1];
    if (name && !columns.includes(name)) columns.push(name);
  });
  return columns;
}
