import type { Operation, ReportTarget, RuleContext, TypeSpec } from "../../src/index.js";

/** A column whose type a migration chooses: in CREATE TABLE, ADD COLUMN or ALTER COLUMN ... TYPE. */
export interface DeclaredColumn {
  table: string;
  column: string;
  type: TypeSpec;
  /** Where to report: the column definition when the source has one, else the operation. */
  at: ReportTarget;
  /** Whether the column is (part of) the table's primary key or a foreign key. */
  primaryKey: boolean;
  foreignKey: boolean;
  op: Operation;
}

/**
 * Every column type the migration's `up` operations declare. The `prefer-*` rules judge type
 * choices, so they read them here whether the table is new or not; a `down` that re-creates what
 * `up` removed restores an old choice rather than making a new one, so it is left out.
 */
export function declaredColumns(ctx: RuleContext<any>): DeclaredColumn[] {
  const laterKeys = constraintColumns(ctx);
  const isKey = (table: string, column: string, type: KeyType) => laterKeys.has(`${type}:${table}:${column}`);
  const result: DeclaredColumn[] = [];
  for (const op of ctx.operations) {
    if (op.direction !== "up") continue;
    if (op.kind === "create-table") {
      const inline = (type: KeyType) => new Set(op.constraints.filter((c) => c.type === type).flatMap((c) => c.columns));
      const pk = inline("primary-key");
      const fk = inline("foreign-key");
      for (const c of op.columns) {
        if (!c.type) continue;
        result.push({
          table: op.table,
          column: c.name,
          type: c.type,
          at: c.span ?? op,
          primaryKey: c.primaryKey || pk.has(c.name) || isKey(op.table, c.name, "primary-key"),
          foreignKey: c.references !== undefined || fk.has(c.name) || isKey(op.table, c.name, "foreign-key"),
          op,
        });
      }
    } else if (op.kind === "add-column" && op.column.type) {
      const c = op.column;
      result.push({
        table: op.table,
        column: c.name,
        type: c.type!,
        at: op,
        primaryKey: c.primaryKey || isKey(op.table, c.name, "primary-key"),
        foreignKey: c.references !== undefined || isKey(op.table, c.name, "foreign-key"),
        op,
      });
    } else if (op.kind === "alter-column-type") {
      const constraints = [...(ctx.stateBefore(op).table(op.table)?.constraints.values() ?? [])];
      const keyOf = (type: KeyType) =>
        constraints.some((c) => c.type === type && c.columns.includes(op.column)) || isKey(op.table, op.column, type);
      result.push({
        table: op.table,
        column: op.column,
        type: op.type,
        at: op,
        primaryKey: keyOf("primary-key"),
        foreignKey: keyOf("foreign-key"),
        op,
      });
    }
  }
  return result;
}

type KeyType = "primary-key" | "foreign-key";

/**
 * Key columns named by ALTER TABLE ... ADD CONSTRAINT anywhere in the migration: Prisma and Drizzle
 * create a table first and add its foreign keys in separate statements after it.
 */
function constraintColumns(ctx: RuleContext<any>): Set<string> {
  const keys = new Set<string>();
  for (const op of ctx.operations) {
    if (op.kind !== "add-constraint") continue;
    const { type, columns } = op.constraint;
    if (type === "primary-key" || type === "foreign-key") for (const c of columns) keys.add(`${type}:${op.table}:${c}`);
  }
  return keys;
}
