import { defineRule, type AddEnumValue, type Operation, type RuleContext, type Statement } from "../src/index.js";
import { code, outsideTransactionAdvice, whereInTransaction } from "./support/advice.js";
import { stringConstants } from "./support/string-constants.js";

/** Statements that name enum labels without using them as values. */
const NOT_A_USE = new Set(["AlterEnumStmt", "CreateEnumStmt", "CommentStmt"]);

export default defineRule({
  id: "no-enum-value-in-transaction",
  description: "ALTER TYPE ... ADD VALUE inside a transaction on PostgreSQL < 12, or the new value used before the transaction commits.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const add of ctx.operations) {
      if (add.kind !== "add-enum-value" || add.transaction === null) continue;
      // Postgres allows both when the type itself is new in this transaction: no stored row can hold the value yet.
      if (createdInSameTransaction(ctx.operations, add)) continue;
      const label = `${code(add.type)} value '${add.value}'`;
      if (ctx.postgresVersion < 12) {
        ctx.report({
          at: add,
          message:
            `PostgreSQL ${ctx.postgresVersion} refuses ALTER TYPE ... ADD VALUE inside a transaction block ("ALTER TYPE ... ADD cannot run inside a transaction block"), so adding the ${label} makes the migration fail. ` +
            `Add the value in a migration of its own.${outsideTransactionAdvice(ctx.migration, add)}`,
        });
      }
      const alreadyThere = add.ifNotExists && ctx.stateBefore(add).enumType(add.type)?.values.includes(add.value);
      if (alreadyThere) continue;
      for (const use of usesOf(ctx.operations, add)) reportUse(ctx, use, add);
    }
    // Values added by earlier migrations of the deploy that run in this migration's transaction.
    const reported = new Set<Statement | Operation>();
    for (const op of ctx.operations) {
      for (const add of ctx.earlierInTransaction(op)) {
        if (add.kind !== "add-enum-value" || ctx.fileOf(add) === ctx.migration.path) continue;
        const use = usedIn(op, add);
        if (use && !reported.has(use)) {
          reported.add(use);
          reportUse(ctx, use, add);
        }
      }
    }
  },
});

function reportUse(ctx: RuleContext, use: Statement | Operation, add: AddEnumValue): void {
  ctx.report({
    at: use,
    message:
      `This statement uses the ${code(add.type)} value '${add.value}', which the ALTER TYPE on ${whereInTransaction(ctx, add)} adds in the same transaction: Postgres rejects a new enum value until the transaction that added it commits ("unsafe use of new value"), so the migration fails. ` +
      `Add the value in a migration of its own, deployed before the one that uses it.`,
  });
}

function createdInSameTransaction(operations: readonly Operation[], add: AddEnumValue): boolean {
  const position = operations.indexOf(add);
  return operations
    .slice(0, position)
    .some((op) => op.kind === "create-enum" && op.type === add.type && op.transaction === add.transaction && op.direction === add.direction);
}

/**
 * Later statements (or builder data writes) of the same transaction that mention the new value as
 * a string constant. Operations keep the migration's order across SQL and builder calls.
 */
function usesOf(operations: readonly Operation[], add: AddEnumValue): Array<Statement | Operation> {
  const uses: Array<Statement | Operation> = [];
  const seen = new Set<Statement>(add.statement ? [add.statement] : []);
  for (const op of operations.slice(operations.indexOf(add) + 1)) {
    if (op.transaction !== add.transaction || op.direction !== add.direction) continue;
    if (op.statement && seen.has(op.statement)) continue;
    if (op.statement) seen.add(op.statement);
    const use = usedIn(op, add);
    if (use) uses.push(use);
  }
  return uses;
}

/** The statement (or builder data write) of `op` that uses the added value as a string constant. */
function usedIn(op: Operation, add: AddEnumValue): Statement | Operation | undefined {
  const statement = op.statement;
  if (!statement) return op.kind === "data-change" && op.literals.includes(add.value) ? op : undefined;
  if (NOT_A_USE.has(statement.nodeType ?? "")) return undefined;
  return stringConstants(statement.ast).includes(add.value) ? statement : undefined;
}
