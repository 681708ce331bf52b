import { beforeAll, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { analyze, readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";

beforeAll(loadSqlParser);

function messages(sql: string): string[] {
  const migration = readMigration({ path: "m/001.sql", text: sql, version: "001", setId: "m", setTool: "sql" }, DEFAULT_CONFIG);
  return analyze([{ migrations: [migration], changeSet: new Set([migration.path]), together: true }], DEFAULT_CONFIG)
    .findings.filter((f) => f.ruleId === "parse-error")
    .map((f) => f.message);
}

test("other databases' syntax is named, with what Postgres writes instead", () => {
  expect(messages("CREATE TABLE `t` (id int);")[0]).toContain("Backticks quote identifiers in MySQL; Postgres uses double quotes.");
  expect(messages("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);")[0]).toContain("GENERATED ALWAYS AS IDENTITY");
  expect(messages("ALTER TABLE t ADD COLUM x int;")[0]).not.toContain("MySQL");
});

test("a statement rejected in a down section is a down finding, with its place", () => {
  const text = "-- migrate:up\nALTER TABLE t ADD COLUMN c int;\n-- migrate:down\nALTER TABLE t DROP COLUMN IF NOT EXISTS c;\n";
  const migration = readMigration({ path: "db/migrations/001_x.sql", text, version: "001", setId: "db/migrations", setTool: "dbmate" }, DEFAULT_CONFIG);
  const config = { ...DEFAULT_CONFIG, down: "same" as const };
  const found = analyze([{ migrations: [migration], changeSet: new Set([migration.path]), together: true }], config).findings.filter((f) => f.ruleId === "parse-error");
  expect(found.map((f) => [f.direction, f.line])).toEqual([["down", 4]]);
});
