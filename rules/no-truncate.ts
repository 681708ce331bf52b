import { defineRule, type DatabaseState, type Operation, type RuleContext, type Truncate } from "../src/index.js";
import { code } from "./support/advice.js";

/** What CASCADE reaches for each kind of DROP that reaches rules as an `other` statement. */
const CASCADE_REACH: Record<string, [string, string]> = {
  OBJECT_VIEW: ["VIEW", "every view built on it"],
  OBJECT_MATVIEW: ["MATERIALIZED VIEW", "every view built on it"],
  OBJECT_TYPE: ["TYPE", "every column of that type in every table, with its data, and the functions that use it"],
  OBJECT_DOMAIN: ["DOMAIN", "every column of that domain in every table, with its data"],
  OBJECT_FUNCTION: ["FUNCTION", "the triggers, defaults, constraints and views that call it"],
  OBJECT_PROCEDURE: ["PROCEDURE", "everything that depends on it"],
  OBJECT_SCHEMA: ["SCHEMA", "every object in the schema, tables and their data included"],
  OBJECT_EXTENSION: ["EXTENSION", "every column, index and function built on the extension's types and functions"],
  OBJECT_SEQUENCE: ["SEQUENCE", "the column defaults that draw from it"],
};

const EXPLICIT =
  "Drop the dependents by name first and leave CASCADE off, so a dependency you did not expect makes the migration fail instead of silently removing it.";

export default defineRule({
  id: "no-truncate",
  description: "TRUNCATE of an existing table, and CASCADE on TRUNCATE or DROP: data loss under ACCESS EXCLUSIVE, reaching objects the statement does not name.",
  severity: "warning",
  check(ctx) {
    const truncates = new Map<unknown, Truncate[]>();
    for (const op of ctx.operations) {
      if (op.kind === "truncate") {
        const key = op.statement ?? op;
        truncates.set(key, [...(truncates.get(key) ?? []), op]);
        continue;
      }
      const message = cascadeMessage(ctx, op);
      if (message) ctx.report({ at: op, message });
    }
    for (const ops of truncates.values()) {
      const message = truncateMessage(ctx, ops);
      if (message) ctx.report({ at: ops[0]!, message });
    }
  },
});

/** One message per TRUNCATE statement, naming every existing table it empties. */
function truncateMessage(ctx: RuleContext, ops: Truncate[]): string | undefined {
  const first = ops[0]!;
  const state = ctx.stateBefore(first);
  const named = ops.map((op) => op.table);
  const reached = first.cascade ? referencingTables(state, named).filter((t) => !named.includes(t)) : [];
  const existing = (table: string) => !ctx.isNewTable(table, first);
  if (!named.some(existing) && !reached.some(existing)) return undefined;
  const tables = named.map(code).join(", ");
  const cascade = first.cascade
    ? ` CASCADE also empties every table whose foreign keys point at ${named.length > 1 ? "them" : "it"}, transitively${reached.length ? ` (from the history: ${reached.map(code).join(", ")})` : ""}, without naming them.`
    : "";
  return (
    `TRUNCATE removes every row of ${tables} at once under an ACCESS EXCLUSIVE lock, which blocks every read and write of ${named.length > 1 ? "those tables" : "the table"} and queues behind every running query; once committed, the data is gone.${cascade} ` +
    `If the rows really must go, delete them in batches from a job (\`DELETE ... WHERE id IN (SELECT id ... LIMIT 10000)\`), naming each table you mean to empty.`
  );
}

function cascadeMessage(ctx: RuleContext, op: Operation): string | undefined {
  const existing = (table: string) => !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "drop-table": {
      if (!op.cascade || !existing(op.table)) return undefined;
      const referencing = referencingTables(ctx.stateBefore(op), [op.table]).filter((t) => t !== op.table);
      const known = referencing.length ? ` (from the history: foreign keys of ${referencing.map(code).join(", ")})` : "";
      return `DROP TABLE ${code(op.table)} CASCADE also drops every view built on it and every foreign key that references it from other tables${known}, none of which the statement names. ${EXPLICIT}`;
    }
    case "drop-column":
      if (!op.cascade || !existing(op.table)) return undefined;
      return `DROP COLUMN ${code(op.column)} of ${code(op.table)} with CASCADE also drops every view, index and constraint that uses the column, multi-column ones included, none of which the statement names. ${EXPLICIT}`;
    case "drop-constraint":
      if (!op.cascade || !existing(op.table)) return undefined;
      return `DROP CONSTRAINT ${code(op.name)} CASCADE also drops the foreign keys in other tables that rely on its index, none of which the statement names. ${EXPLICIT}`;
    case "drop-index": {
      if (!op.cascade) return undefined;
      const table = op.table ?? ctx.stateBefore(op).index(op.index)?.table;
      if (table && !existing(table)) return undefined;
      return `DROP INDEX ${code(op.index)} CASCADE also drops the constraints built on the index and the foreign keys that rely on them, none of which the statement names. ${EXPLICIT}`;
    }
    case "other": {
      const drop = (op.statement?.ast as { DropStmt?: { removeType?: string; behavior?: string } } | undefined)?.DropStmt;
      if (op.nodeType !== "DropStmt" || drop?.behavior !== "DROP_CASCADE") return undefined;
      const [kind, reach] = CASCADE_REACH[drop.removeType ?? ""] ?? [(drop.removeType ?? "OBJECT").replace(/^OBJECT_/, "").replace(/_/g, " "), "everything that depends on it"];
      return `DROP ${kind} ... CASCADE also drops ${reach}, none of which the statement names. ${EXPLICIT}`;
    }
    default:
      return undefined;
  }
}

/** The tables whose foreign keys point at `tables`, followed transitively (what TRUNCATE ... CASCADE empties). */
function referencingTables(state: DatabaseState, tables: string[]): string[] {
  const reached = new Set(tables);
  const queue = [...tables];
  while (queue.length > 0) {
    const target = queue.shift()!;
    for (const t of state.tables()) {
      if (reached.has(t.name)) continue;
      const references = [...t.constraints.values()].some((c) => c.type === "foreign-key" && c.references?.table === target);
      if (references) {
        reached.add(t.name);
        queue.push(t.name);
      }
    }
  }
  return [...reached];
}
