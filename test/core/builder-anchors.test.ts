import { describe, expect, test } from "vitest";
import { runRules } from "../../src/core/engine.js";
import type { Migration } from "../../src/core/migration.js";
import type { Operation } from "../../src/core/operations.js";
import { findSuppressions } from "../../src/core/suppression.js";
import { defineRule } from "../../src/core/rule.js";

const rule = defineRule({
  id: "flag-index",
  description: "test",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) if (op.kind === "create-index") ctx.report({ at: op, message: "index" });
  },
});

function migration(text: string, op: Operation): Migration {
  return {
    path: "migrations/1.ts",
    version: "1",
    setId: "migrations",
    tool: "knex",
    language: "typescript",
    text,
    statements: [],
    operations: [op],
    transaction: { transactional: true, reason: "" },
    suppressions: findSuppressions(text),
    uninspectable: [],
    dependencies: [],
  };
}

const index: Operation = {
  kind: "create-index",
  table: "users",
  name: "users_email_index",
  columns: ["email"],
  unique: false,
  concurrent: false,
  ifNotExists: false,
  partial: false,
  direction: "up",
  transaction: 0,
  span: { line: 3, column: 5, endLine: 3, endColumn: 30 },
  call: "table.index(['email'])",
  callSpan: { line: 2, column: 9, endLine: 4, endColumn: 5 },
};

describe("builder operations inside a larger call", () => {
  const run = (text: string) =>
    runRules([{ migrations: [migration(text, index)], changeSet: new Set(["migrations/1.ts"]), together: true }], {
      rules: [{ id: "flag-index", rule, severity: "error", options: {} }],
      postgresVersion: 15,
      knownRuleIds: new Set(["flag-index"]),
    });

  test("a suppression above the whole statement covers an operation of one of its steps", () => {
    const text = "// migration-guard-ignore flag-index: table is empty\nawait knex.schema.alterTable('users', (table) => {\n    table.index(['email']);\n});\n";
    expect(run(text)).toEqual([]);
  });

  test("without a suppression the finding points at the step's line", () => {
    const text = "\nawait knex.schema.alterTable('users', (table) => {\n    table.index(['email']);\n});\n";
    expect(run(text).map((f) => [f.line, f.source])).toEqual([[3, "table.index(['email'])"]]);
  });
});
