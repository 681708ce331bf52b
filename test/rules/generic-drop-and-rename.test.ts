import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import type { AppSchema, MappedTable } from "../../src/core/app-schema.js";
import { runRules } from "../../src/core/engine.js";
import { readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";

beforeAll(loadSqlParser);

function lint(ruleId: string, statement: string, schema?: AppSchema, baseSchema?: AppSchema): string[] {
  const rule = builtInRules.find((r) => r.id === ruleId)!;
  const read = (path: string, text: string, version: string) =>
    readMigration({ path, text, version, setId: "migrations", setTool: "sql" }, DEFAULT_CONFIG);
  const history = read("migrations/001_init.sql", "CREATE TABLE users (id bigserial PRIMARY KEY, nickname text);", "001");
  const change = read("migrations/002_change.sql", statement, "002");
  const findings = runRules([{ migrations: [history, change], changeSet: new Set([change.path]), together: true }], {
    rules: [{ id: rule.id, rule, severity: "warning", options: {} }],
    postgresVersion: 16,
    knownRuleIds: new Set([rule.id]),
    ...(schema ? { schema } : {}),
    ...(baseSchema ? { baseSchema } : {}),
  });
  return findings.map((f) => f.ruleId);
}

function schemaMapping(table: string): AppSchema {
  const site = { file: "prisma/schema.prisma", line: 1, name: "Model" };
  const mapped: MappedTable = { name: table, site, columns: new Map() };
  return { sources: ["prisma"], tables: new Map([[table, mapped]]) };
}

/**
 * The generic drop and rename rules are the fallback without an app schema. When the app maps the
 * table, the schema-aware rules know exactly what breaks, and a statement is reported once.
 */
describe.each([
  ["no-drop-column", "ALTER TABLE users DROP COLUMN nickname;"],
  ["no-rename-column", "ALTER TABLE users RENAME COLUMN nickname TO handle;"],
  ["no-drop-table", "DROP TABLE users;"],
  ["no-rename-table", "ALTER TABLE users RENAME TO members;"],
])("%s", (ruleId, statement) => {
  test("reports without an app schema", () => {
    expect(lint(ruleId, statement)).toEqual([ruleId]);
  });
  test("steps aside when the app maps the table", () => {
    expect(lint(ruleId, statement, schemaMapping("users"))).toEqual([]);
  });
  test("stays on when the app's schema does not map the table", () => {
    expect(lint(ruleId, statement, schemaMapping("accounts"))).toEqual([ruleId]);
  });
  test("steps aside when the app mapped the table at the base of the change set", () => {
    expect(lint(ruleId, statement, schemaMapping("accounts"), schemaMapping("users"))).toEqual([]);
  });
});
