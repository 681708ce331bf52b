import { describeSite, mappedColumn, type AppSchema, type MappedColumn, type MappedTable, type Operation, type RuleContext } from "../../src/index.js";

/**
 * Where the app maps a table or column, at the head of the change set and at its base. `removed`
 * is the base's mapping when the change set itself removed it: the code that is still running
 * during the rollout has it, the new code does not.
 */
export interface MappingAtBoth<T> {
  head?: T;
  removed?: T;
}

export function columnMapping(ctx: RuleContext, table: string, column: string): MappingAtBoth<MappedColumn> {
  return atBoth(ctx, (schema) => mappedColumn(schema, table, column));
}

export function tableMapping(ctx: RuleContext, table: string): MappingAtBoth<MappedTable> {
  return atBoth(ctx, (schema) => schema.tables.get(table));
}

function atBoth<T>(ctx: RuleContext, find: (schema: AppSchema) => T | undefined): MappingAtBoth<T> {
  const head = ctx.schema ? find(ctx.schema) : undefined;
  if (head) return { head };
  const base = ctx.baseSchema ? find(ctx.baseSchema) : undefined;
  return base ? { removed: base } : {};
}

/**
 * The schema files that could not be read, for a message saying the cross-check is incomplete:
 * "src/models/user.ts:3 (')' expected)". Undefined when every file was read.
 */
export function unreadableModels(ctx: RuleContext): string | undefined {
  const files = [...(ctx.schema?.unreadable ?? []), ...(ctx.baseSchema?.unreadable ?? [])];
  const unique = files.filter((f, i) => files.findIndex((g) => g.file === f.file) === i);
  if (unique.length === 0) return undefined;
  const shown = unique.slice(0, 3).map((u) => `${u.file}:${u.line} (${u.reason})`);
  return unique.length > 3 ? `${shown.join(", ")} and ${unique.length - 3} more` : shown.join(", ");
}

/** `User.email (src/models/user.ts:12)`. */
export function site(mapping: MappedColumn | MappedTable): string {
  return describeSite(mapping.site);
}

/**
 * True when the same transaction puts the dropped table or column back under the same name later
 * (drop and re-create, drop and re-add with another type): no query outside the transaction ever
 * sees it missing, so the mapping does not break.
 */
export function recreatedInTransaction(ctx: RuleContext, dropped: Operation, table: string, column?: string): boolean {
  if (dropped.transaction === null) return false;
  const after = ctx.operations.slice(ctx.operations.indexOf(dropped) + 1).filter((op) => op.transaction === dropped.transaction && op.direction === "up");
  if (column === undefined) {
    return after.some((op) => (op.kind === "create-table" && op.table === table) || (op.kind === "rename-table" && op.newName === table));
  }
  return after.some(
    (op) => (op.kind === "add-column" && op.table === table && op.column.name === column) || (op.kind === "rename-column" && op.table === table && op.newName === column),
  );
}

/**
 * True when the app's schema (at head or at the base) maps the table. The schema-aware rules
 * (no-drop-mapped-column, no-rename-mapped-column, no-drop-mapped-table) then know exactly what
 * breaks, and the generic drop and rename rules step aside so a statement is reported once.
 */
export function appMapsTable(ctx: RuleContext, table: string): boolean {
  return ctx.schema?.tables.has(table) === true || ctx.baseSchema?.tables.has(table) === true;
}
