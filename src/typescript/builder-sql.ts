import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import { extractContext, statementOperations } from "../sql/operations/index.js";
import { parseSql } from "../sql/parse.js";

const NOWHERE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * The operations of SQL a migration tool generates for a builder call. The SQL is ours (written
 * the way the tool writes it), so it has no place in the file: the caller points the operations at
 * the call. Undefined when the SQL does not parse (a value we could not render).
 */
export function modelGeneratedSql(sql: string, direction: "up" | "down"): Operation[] | undefined {
  const parsed = parseSql(sql);
  if (parsed.some((p) => p.error || !p.ast)) return undefined;
  const ops: Operation[] = [];
  for (const p of parsed) {
    const statement: Statement = { index: 0, sql: sql.slice(p.start, p.end), ...NOWHERE, direction, transaction: null };
    const ctx = extractContext(statement, () => NOWHERE, () => NOWHERE);
    for (const op of statementOperations(p.ast!, ctx)) {
      delete op.statement;
      // Our rendering has no place in the file: a rejection points at the call, like the operation.
      for (const r of op.rejected ?? []) delete r.span;
      for (const n of op.longNames ?? []) delete n.span;
      ops.push(op);
    }
  }
  return ops;
}

/** `users` → `"users"`, `audit.events` → `"audit"."events"` (tools quote every identifier). */
export function quoteName(name: string): string {
  return name
    .split(".")
    .map((part) => quoteIdent(part))
    .join(".");
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function columnList(columns: readonly string[]): string {
  return columns.map(quoteIdent).join(", ");
}
