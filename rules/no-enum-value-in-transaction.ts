import { defineRule, type AddEnumValue, type Operation, type RuleContext, type Statement } from "../src/index.js";
import { code, outsideTransactionAdvice, whereInTransaction } from "./support/advice.js";
import { stringConstants } from "./support/string-constants.js";
import { scanTransactions } from "./support/transaction-scan.js";

/** Statements that name enum labels without using them as values. */
const NOT_A_USE = new Set(["AlterEnumStmt", "CreateEnumStmt", "CommentStmt"]);

export default defineRule({
  id: "no-enum-value-in-transaction",
  description: "ALTER TYPE ... ADD VALUE inside a transaction on PostgreSQL < 12, or the new value used before the transaction commits.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    if (!ctx.operations.some((op) => op.kind === "add-enum-value") && !ctx.migration.transaction.sharedAcrossPending) return;
    const constants = new StringConstantsOf();
    // One pass per transaction, keeping the values added so far that a later statement must not use yet.
    scanTransactions(
      ctx,
      (): Pending => ({ created: new Set(), own: new Map(), earlier: new Map(), ownReported: new Map(), reported: new Set() }),
      (pending, op) => {
        const own = ctx.fileOf(op) === ctx.migration.path;
        // Values added by earlier migrations of the deploy, in the transaction this one shares.
        if (!own && op.kind === "add-enum-value") addTo(pending.earlier, op);
        if (own && op.kind === "create-enum") pending.created.add(op.type);
      },
      (op, pending) => {
        if (op.kind === "add-enum-value") return checkAdd(ctx, op, pending);
        if (pending.own.size === 0 && pending.earlier.size === 0) return;
        const use = op.statement ?? op;
        for (const value of constants.of(op)) {
          for (const add of pending.own.get(value) ?? []) {
            // Once per added value and statement, whatever the statement's number of operations.
            const done = pending.ownReported.get(use) ?? new Set<AddEnumValue>();
            if (done.has(add)) continue;
            done.add(add);
            pending.ownReported.set(use, done);
            reportUse(ctx, use, add);
          }
          for (const add of pending.earlier.get(value) ?? []) {
            if (pending.reported.has(use)) break;
            pending.reported.add(use);
            reportUse(ctx, use, add);
          }
        }
      },
    );
  },
});

/** What earlier operations of the transaction did to enum types. */
interface Pending {
  /** Types this migration created in the transaction: adding a value to one is allowed, and so is using it. */
  created: Set<string>;
  /** Values this migration added that cannot be used before the commit, by value. */
  own: Map<string, AddEnumValue[]>;
  /** The same, added by earlier migrations of the deploy. */
  earlier: Map<string, AddEnumValue[]>;
  /** Uses of this migration's values already reported, with the values. */
  ownReported: Map<Statement | Operation, Set<AddEnumValue>>;
  /** Uses of earlier migrations' values already reported (once each). */
  reported: Set<Statement | Operation>;
}

function addTo(values: Map<string, AddEnumValue[]>, add: AddEnumValue): void {
  values.set(add.value, [...(values.get(add.value) ?? []), add]);
}

function checkAdd(ctx: RuleContext, add: AddEnumValue, pending: Pending): void {
  // Postgres allows both when the type itself is new in this transaction: no stored row can hold the value yet.
  if (pending.created.has(add.type)) return;
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
  if (!alreadyThere) addTo(pending.own, add);
}

function reportUse(ctx: RuleContext, use: Statement | Operation, add: AddEnumValue): void {
  ctx.report({
    at: use,
    message:
      `This statement uses the ${code(add.type)} value '${add.value}', which the ALTER TYPE on ${whereInTransaction(ctx, add)} adds in the same transaction: Postgres rejects a new enum value until the transaction that added it commits ("unsafe use of new value"), so the migration fails. ` +
      `Add the value in a migration of its own, deployed before the one that uses it.`,
  });
}

/**
 * The string constants each statement (or builder data write) uses as values, computed once per
 * statement: a statement's several operations, and several added values, share the answer.
 */
class StringConstantsOf {
  private readonly byStatement = new Map<Statement, Set<string>>();

  of(op: Operation): Set<string> {
    const statement = op.statement;
    if (!statement) return new Set(op.kind === "data-change" ? op.literals : []);
    let found = this.byStatement.get(statement);
    if (!found) {
      found = new Set(NOT_A_USE.has(statement.nodeType ?? "") ? [] : stringConstants(statement.ast));
      this.byStatement.set(statement, found);
    }
    return found;
  }
}
