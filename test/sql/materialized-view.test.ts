import { beforeAll, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

beforeAll(loadSqlParser);

test("CREATE MATERIALIZED VIEW is a relation created from a query, marked as a materialized view", () => {
  const migration = readSqlMigration({
    path: "m/001.sql",
    text: "CREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS n WITH NO DATA;\nCREATE TABLE archive AS SELECT 1 AS n;",
    tool: "sql",
    version: "001",
    setId: "m",
  });
  expect(migration.operations.map((op) => (op.kind === "create-table" ? [op.table, op.fromQuery, op.materializedView ?? false] : op.kind))).toEqual([
    ["daily_totals", true, true],
    ["archive", true, false],
  ]);
});
