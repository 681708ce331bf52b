import { defineRule, type Operation, type RuleContext } from "../src/index.js";
import { code } from "./support/advice.js";

/**
 * Only where the migration really runs outside a transaction: inside one, a failure rolls
 * everything back and a second run starts clean, so IF [NOT] EXISTS would add nothing.
 */
export default defineRule({
  id: "require-retry-safe-ddl",
  description: "Outside a transaction, a statement that fails when the migration runs again after a partial first run (CREATE INDEX CONCURRENTLY, ADD COLUMN, DROP ... without IF [NOT] EXISTS).",
  severity: "warning",
  check(ctx) {
    for (const direction of ["up", "down"] as const) {
      const outside = ctx.operations.filter((op) => op.direction === direction && op.transaction === null && op.kind !== "set" && op.kind !== "transaction");
      const last = outside[outside.length - 1];
      const atRisk: { op: Operation; problem: { failure: string; fix: string } }[] = [];
      for (const op of outside) {
        if (op.kind === "create-index" && op.concurrent && !op.ifNotExists && !droppedBefore(ctx, op)) {
          ctx.report({ at: op, message: invalidIndexMessage(op) });
          continue;
        }
        // One statement (an ALTER TABLE with several ADD COLUMNs, one builder call) is atomic: it
        // only stays applied when a later statement fails.
        if (last === undefined || unitOf(last) === unitOf(op)) continue;
        const problem = rerunFailure(op);
        if (problem) atRisk.push({ op, problem });
      }
      // One finding per migration: the fix (IF [NOT] EXISTS throughout, or a transaction) is one change.
      const first = atRisk[0];
      if (!first) continue;
      const more = atRisk.length > 1 ? ` ${atRisk.length - 1} more statement${atRisk.length > 2 ? "s" : ""} of this migration (lines ${[...new Set(atRisk.slice(1).map((r) => r.op.span.line))].join(", ")}) fail the same way.` : "";
      ctx.report({
        at: first.op,
        message:
          `This migration does not run in a transaction (${ctx.migration.transaction.reason}), so when a later statement fails, this one stays applied, and running the migration again stops here: ${first.problem.failure}.${more} ` +
          `${first.problem.fix}${transactionAdvice(ctx)}`,
      });
    }
  },
});

/** The statement an operation belongs to: its SQL statement, or the builder call (and the statement around it) it came from. */
function unitOf(op: Operation): unknown {
  if (op.statement) return op.statement;
  const span = op.callSpan ?? op.span;
  return `${span.line}:${span.column}`;
}

function invalidIndexMessage(op: Operation & { kind: "create-index" }): string {
  const name = code(op.name);
  return (
    `When CREATE INDEX CONCURRENTLY fails (a deadlock, a duplicate key for a unique index, a lock or statement timeout, a cancelled deploy) Postgres leaves the INVALID index ${name} behind, so running the migration again fails with "relation already exists". ` +
    `Put ${code(`DROP INDEX CONCURRENTLY IF EXISTS ${op.name};`)} right before it, which clears a half-built index and makes the retry rebuild it; IF NOT EXISTS alone would skip the build and keep the invalid index, so after a failure drop it by hand.`
  );
}

/** A DROP INDEX ... IF EXISTS of the same index earlier in the migration clears what a failed build leaves. */
function droppedBefore(ctx: RuleContext<any>, at: Operation & { kind: "create-index" }): boolean {
  const bare = (name: string) => name.slice(name.lastIndexOf(".") + 1);
  for (const op of ctx.operations) {
    if (op === at) return false;
    if (op.kind === "drop-index" && op.ifExists && bare(op.index) === bare(at.name)) return true;
  }
  return false;
}

function rerunFailure(op: Operation): { failure: string; fix: string } | undefined {
  switch (op.kind) {
    case "create-index":
      return op.ifNotExists ? undefined : { failure: `${code(op.name)} already exists`, fix: `Write CREATE INDEX IF NOT EXISTS.` };
    case "create-table":
      return op.ifNotExists || op.fromQuery ? undefined : { failure: `${code(op.table)} already exists`, fix: `Write CREATE TABLE IF NOT EXISTS.` };
    case "add-column":
      return op.ifNotExists ? undefined : { failure: `column ${code(op.column.name)} already exists`, fix: `Write ADD COLUMN IF NOT EXISTS.` };
    case "add-enum-value":
      return op.ifNotExists ? undefined : { failure: `enum value ${code(op.value)} already exists`, fix: `Write ADD VALUE IF NOT EXISTS.` };
    case "drop-table":
      return op.ifExists ? undefined : { failure: `${code(op.table)} does not exist`, fix: `Write DROP TABLE IF EXISTS.` };
    case "drop-index":
      return op.ifExists ? undefined : { failure: `index ${code(op.index)} does not exist`, fix: `Write DROP INDEX IF EXISTS.` };
    case "drop-column":
      return op.ifExists ? undefined : { failure: `column ${code(op.column)} does not exist`, fix: `Write DROP COLUMN IF EXISTS.` };
    case "drop-constraint":
      return op.ifExists ? undefined : { failure: `constraint ${code(op.name)} does not exist`, fix: `Write DROP CONSTRAINT IF EXISTS.` };
    case "other":
      return otherRerunFailure(op);
    default:
      return undefined;
  }
}

/** Statements without an operation of their own that create or drop an object by name. */
function otherRerunFailure(op: Operation & { kind: "other" }): { failure: string; fix: string } | undefined {
  const node = (op.statement?.ast as Record<string, Record<string, unknown>> | undefined)?.[op.nodeType];
  if (!node) return undefined;
  const words = (objectType: unknown) => String(objectType ?? "").replace(/^OBJECT_/, "").replace(/_/g, " ");
  switch (op.nodeType) {
    case "DropStmt":
      return node["missing_ok"] ? undefined : { failure: `the ${words(node["removeType"]).toLowerCase()} does not exist`, fix: `Write DROP ${words(node["removeType"])} IF EXISTS.` };
    case "CreateExtensionStmt":
      return node["if_not_exists"] ? undefined : { failure: `extension ${code(String(node["extname"]))} already exists`, fix: "Write CREATE EXTENSION IF NOT EXISTS." };
    case "CreateSeqStmt":
      return node["if_not_exists"] ? undefined : { failure: "the sequence already exists", fix: "Write CREATE SEQUENCE IF NOT EXISTS." };
    case "CreateSchemaStmt":
      return node["if_not_exists"] ? undefined : { failure: `schema ${code(String(node["schemaname"]))} already exists`, fix: "Write CREATE SCHEMA IF NOT EXISTS." };
    case "ViewStmt":
      return node["replace"] ? undefined : { failure: "the view already exists", fix: "Write CREATE OR REPLACE VIEW." };
    case "CreateFunctionStmt":
      return node["replace"] ? undefined : { failure: "the function already exists", fix: "Write CREATE OR REPLACE FUNCTION." };
    default:
      return undefined;
  }
}

/** Builder APIs that cannot write IF [NOT] EXISTS can still make the migration atomic. */
function transactionAdvice(ctx: RuleContext<any>): string {
  if (ctx.migration.tool === "sequelize") {
    return " Sequelize's builder cannot write it: run the migration's calls in `queryInterface.sequelize.transaction(async (transaction) => ...)`, passing `{ transaction }` to each, so a failure undoes them all.";
  }
  return " Or, unless the migration has to run outside a transaction (CONCURRENTLY), let it run in one, so a failure undoes it all.";
}
