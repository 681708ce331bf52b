import { beforeAll, expect, test } from "vitest";
import noDropColumn from "../../rules/no-drop-column.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import type { AppSchema, MappedTable } from "../../src/core/app-schema.js";
import { runRules } from "../../src/core/engine.js";
import { readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";

beforeAll(loadSqlParser);

function lintDrop(schema?: AppSchema, baseSchema?: AppSchema): string[] {
  const read = (path: string, text: string, version: string) =>
    readMigration({ path, text, version, setId: "migrations", setTool: "sql" }, DEFAULT_CONFIG);
  const history = read("migrations/001_init.sql", "CREATE TABLE users (id bigserial PRIMARY KEY, nickname text);", "001");
  const drop = read("migrations/002_drop.sql", "ALTER TABLE users DROP COLUMN nickname;", "002");
  const findings = runRules([{ migrations: [history, drop], changeSet: new Set([drop.path]), together: true }], {
    rules: [{ id: noDropColumn.id, rule: noDropColumn, severity: "warning", options: {} }],
    postgresVersion: 16,
    knownRuleIds: new Set([noDropColumn.id]),
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

test("without an app schema, dropping a column of an existing table is reported", () => {
  expect(lintDrop()).toEqual(["no-drop-column"]);
});

test("when the app schema maps the table, no-drop-mapped-column decides instead", () => {
  expect(lintDrop(schemaMapping("users"))).toEqual([]);
});

test("an app schema that does not map the table leaves the rule on", () => {
  expect(lintDrop(schemaMapping("accounts"))).toEqual(["no-drop-column"]);
});

test("a table the app mapped at the base of the change set is left to no-drop-mapped-column too", () => {
  expect(lintDrop(schemaMapping("accounts"), schemaMapping("users"))).toEqual([]);
});
