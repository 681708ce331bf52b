import { expect, test } from "vitest";
import { runRules } from "../../src/core/engine.js";
import type { Migration } from "../../src/core/migration.js";
import { defineRule } from "../../src/core/rule.js";

const rule = defineRule({
  id: "report-dependencies",
  description: "test",
  severity: "error",
  check(ctx) {
    for (const u of ctx.migration.uninspectable) ctx.report({ at: u, message: u.reason });
    for (const d of ctx.migration.dependencies) ctx.report({ at: d, message: d.name });
  },
});

test("findings at an uninspectable call or an app dependency keep its place and direction", () => {
  const migration: Migration = {
    path: "migrations/1.ts",
    version: "1",
    setId: "migrations",
    tool: "knex",
    language: "typescript",
    text: "",
    statements: [],
    operations: [],
    transaction: { transactional: true, reason: "" },
    suppressions: [],
    uninspectable: [{ span: { line: 9, column: 3, endLine: 9, endColumn: 20 }, reason: "built at run time", direction: "down" }],
    dependencies: [{ span: { line: 2, column: 1, endLine: 2, endColumn: 40 }, kind: "import", name: "../src/user", detail: "", direction: "up" }],
  };
  const findings = runRules([{ migrations: [migration], changeSet: new Set([migration.path]), together: true }], {
    rules: [{ id: rule.id, rule, severity: "error", options: {} }],
    postgresVersion: 15,
    knownRuleIds: new Set([rule.id]),
    downSeverity: "warning",
  });
  expect(findings.map((f) => [f.line, f.direction, f.severity])).toEqual([
    [2, "up", "error"],
    [9, "down", "warning"],
  ]);
});
