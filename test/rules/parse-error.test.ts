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
