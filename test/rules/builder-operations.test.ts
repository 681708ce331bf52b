import { describe, expect, test } from "vitest";
import { concurrentIndexHint } from "../../rules/support/index-builders.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import type { Migration } from "../../src/core/migration.js";
import type { Operation } from "../../src/core/operations.js";
import { analyze } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

// Cases are built while the file is collected, before any hook runs: the parser loads first.
await loadSqlParser();

/**
 * Builder calls of the TS migration tools reach the rules as the same operations as SQL, but with
 * no `statement`. These tests build such operations by hand (one per line of a pretend Knex file)
 * to check that the locking rules do not depend on SQL text.
 */
type BuilderOp = Operation extends infer O ? (O extends Operation ? Omit<O, "direction" | "span" | "transaction" | "call"> : never) : never;

function knexMigration(calls: [string, BuilderOp][]): Migration {
  const operations = calls.map(
    ([call, op], i) => ({ ...op, call, direction: "up", transaction: 0, span: { line: i + 1, column: 5, endLine: i + 1, endColumn: 5 + call.length } }) as Operation,
  );
  return {
    path: "migrations/20240102_change.ts",
    version: "20240102",
    setId: "migrations",
    tool: "knex",
    language: "typescript",
    text: calls.map(([call]) => `    ${call}`).join("\n"),
    statements: [],
    operations,
    transaction: { transactional: true, reason: "Knex runs each migration in a transaction", optOut: "export `const config = { transaction: false }` from the migration" },
    suppressions: [],
    uninspectable: [],
    dependencies: [],
  };
}

const history = readSqlMigration({
  path: "migrations/20240101_init.sql",
  text: "CREATE TABLE users (id bigserial PRIMARY KEY, email text);\nCREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint, total integer);\n",
  tool: "sql",
  version: "20240101",
  setId: "migrations",
});

function findings(change: Migration, ruleId: string, config = DEFAULT_CONFIG) {
  const { findings } = analyze([{ migrations: [history, change], changeSet: new Set([change.path]), together: true }], config);
  return findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, message: f.message }));
}

const fk = (table: string, column: string, ref: string): BuilderOp => ({
  kind: "add-constraint",
  table,
  constraint: { name: `${table}_${column}_foreign`, generatedName: false, type: "foreign-key", columns: [column], notValid: false, references: { table: ref, columns: ["id"] } },
});

describe("locking rules on builder operations", () => {
  test("require-not-valid-foreign-key flags every builder FK on an existing table and says to write raw SQL", () => {
    const change = knexMigration([
      ["table.foreign('user_id').references('users.id')", fk("orders", "user_id", "users")],
      [
        "table.bigInteger('coupon_id').references('coupons.id')",
        { kind: "add-column", table: "orders", column: { name: "coupon_id", notNull: false, primaryKey: false, unique: false, checks: [], references: { table: "coupons", columns: ["id"] } }, ifNotExists: false },
      ],
      ["knex.schema.createTable('refunds', ...)", { kind: "create-table", table: "refunds", columns: [], constraints: [], ifNotExists: false, fromQuery: false }],
      ["table.foreign('order_id').references('orders.id')", fk("refunds", "order_id", "orders")],
    ]);
    const found = findings(change, "require-not-valid-foreign-key");
    expect(found.map((f) => f.line)).toEqual([1, 2]);
    for (const f of found) expect(f.message).toContain("Migration builders cannot emit NOT VALID: write this step as raw SQL.");
  });

  test("no-set-not-null, require-not-valid-check and no-unique-constraint-without-index flag builder calls", () => {
    const change = knexMigration([
      ["table.string('email').notNullable().alter()", { kind: "set-not-null", table: "users", column: "email" }],
      [
        "table.check('?? >= 0', ['total'], 'orders_total_check')",
        { kind: "add-constraint", table: "orders", constraint: { name: "orders_total_check", generatedName: false, type: "check", columns: ["total"], notValid: false, expression: "total >= 0" } },
      ],
      ["table.unique(['email'])", { kind: "add-constraint", table: "users", constraint: { name: "users_email_unique", generatedName: false, type: "unique", columns: ["email"], notValid: false } }],
    ]);
    expect(findings(change, "no-set-not-null").map((f) => f.line)).toEqual([1]);
    expect(findings(change, "require-not-valid-check").map((f) => f.line)).toEqual([2]);
    const unique = findings(change, "no-unique-constraint-without-index");
    expect(unique.map((f) => f.line)).toEqual([3]);
    expect(unique[0]!.message).toContain("It must run outside a transaction: export `const config = { transaction: false }` from the migration.");
  });

  test("index drops and concurrent builds: the table comes from the call, the transaction from the tool", () => {
    const change = knexMigration([
      ["table.dropIndex(['email'], 'users_email_index')", { kind: "drop-index", index: "users_email_index", table: "users", concurrent: false, cascade: false, ifExists: false }],
      [
        "createIndex('orders', 'user_id', { concurrently: true })",
        { kind: "create-index", table: "orders", name: "orders_user_id_index", columns: ["user_id"], unique: false, concurrent: true, ifNotExists: false, partial: false },
      ],
    ]);
    const drop = findings(change, "require-concurrent-index-drop");
    expect(drop.map((f) => f.line)).toEqual([1]);
    expect(drop[0]!.message).toContain("ACCESS EXCLUSIVE lock on `users`");
    const concurrent = findings(change, "no-concurrent-index-in-transaction");
    expect(concurrent.map((f) => f.line)).toEqual([2]);
    expect(concurrent[0]!.message).toContain("because Knex runs each migration in a transaction. Fix: export `const config = { transaction: false }`");
  });

  test("require-lock-timeout counts builder calls and reports once, at the first", () => {
    const change = knexMigration([
      ["table.string('email').notNullable().alter()", { kind: "set-not-null", table: "users", column: "email" }],
      ["table.foreign('user_id').references('users.id')", fk("orders", "user_id", "users")],
    ]);
    const found = findings(change, "require-lock-timeout");
    expect(found.map((f) => f.line)).toEqual([1]);
    expect(found[0]!.message).toContain("This is the first of 2 statements");
    expect(findings(change, "require-lock-timeout", { ...DEFAULT_CONFIG, assumeLockTimeout: true })).toEqual([]);
  });
});

describe("concurrent index advice in the tool's own terms", () => {
  test.each([
    ["sequelize", "addIndex", "pass `{ concurrently: true }` to `addIndex`"],
    ["node-pg-migrate", "pgm.createIndex", "pass `{ concurrently: true }` to `pgm.createIndex`"],
    ["typeorm", "createIndex", "give the `TableIndex` `isConcurrent: true`"],
    ["knex", "table.index", "Knex's index builder has no such option"],
  ])("%s", (tool, call, hint) => {
    const op = { kind: "create-index", call, direction: "up", transaction: null, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } } as never;
    expect(concurrentIndexHint({ tool } as never, op, "create")).toContain(hint);
    expect(concurrentIndexHint({ tool } as never, { ...(op as object), statement: {}, call: undefined } as never, "create")).toBe("");
  });
});
