import { beforeAll, describe, expect, test } from "vitest";
import type { DataChange } from "../../src/core/operations.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

beforeAll(loadSqlParser);

function dataChange(sql: string): DataChange {
  const migration = readSqlMigration({ path: "m/001.sql", text: sql, tool: "sql", version: "001", setId: "m" });
  const op = migration.operations.find((o) => o.kind === "data-change");
  if (!op || op.kind !== "data-change") throw new Error(`no data change in ${sql}`);
  return op;
}

function selection(sql: string) {
  const { rows, matchedColumns } = dataChange(sql);
  return matchedColumns ? { rows, matchedColumns } : { rows };
}

describe("row selection of UPDATE and DELETE", () => {
  test.each([
    ["UPDATE users SET plan = 'free'", "none"],
    ["DELETE FROM events", "none"],
    ["UPDATE users SET plan = 'free' WHERE plan IS NULL", "unbounded"],
    ["DELETE FROM events WHERE created_at < now() - interval '90 days'", "unbounded"],
    ["DELETE FROM events WHERE id NOT IN (1, 2, 3)", "unbounded"],
    ["UPDATE users SET plan = 'free' WHERE plan <> 'pro'", "unbounded"],
    ["UPDATE users SET x = 1 WHERE id IN (SELECT user_id FROM orders)", "unbounded"],
    ["UPDATE users SET x = 1 WHERE NOT (id = 1)", "unbounded"],
    ["UPDATE users SET x = 1 WHERE id = 1 OR plan IS NULL", "unbounded"],
    // LIMIT inside EXISTS applies per row, not to the statement.
    ["UPDATE users SET x = 1 WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = users.id LIMIT 1)", "unbounded"],
    // A one-sided comparison with a LIMIT 1 subquery is still one-sided.
    ["DELETE FROM events WHERE id < (SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET 1000)", "unbounded"],
    // Joining the whole of another table bounds nothing.
    ["UPDATE races SET entries_left = r.n FROM (SELECT race_id, count(*) AS n FROM entries GROUP BY race_id) r WHERE races.id = r.race_id", "unbounded"],
  ])("%s → %s", (sql, rows) => {
    expect(selection(sql)).toEqual({ rows });
  });

  test.each([
    ["UPDATE users SET x = 1 WHERE id BETWEEN 1 AND 1000"],
    ["UPDATE users SET x = 1 WHERE id >= 1000 AND id < 2000 AND x IS NULL"],
    ["UPDATE users SET x = 1 WHERE 1000 <= id AND id < 2000"],
    ["UPDATE users SET x = 1 WHERE id >= $1 AND id < $1 + 1000"],
    ["UPDATE users SET x = 1 WHERE id BETWEEN $1 AND $1 + 999"],
    ["DELETE FROM events WHERE ctid >= '(0,0)'::tid AND ctid < '(1000,0)'::tid"],
  ])("%s is a range: bounded whatever the column", (sql) => {
    expect(selection(sql)).toEqual({ rows: "bounded" });
  });

  test.each([
    ["UPDATE users SET x = 1 WHERE id = 42", [["id"]]],
    ["UPDATE users SET x = 1 WHERE users.id = $1::bigint", [["id"]]],
    ["DELETE FROM settings WHERE key IN ('a', 'b')", [["key"]]],
    ["UPDATE users SET x = 1 WHERE id = ANY($1)", [["id"]]],
    ["UPDATE users SET x = 1 WHERE id = ANY('{1,2,3}'::bigint[])", [["id"]]],
    ["UPDATE users SET plan = 'free' WHERE plan = 'legacy'", [["plan"]]],
    ["UPDATE users SET x = 1 WHERE tenant_id = 5 AND id = 7", [["tenant_id", "id"]]],
    ["UPDATE users SET x = 1 WHERE id = 1 OR email = 'a@b.c'", [["id"], ["email"]]],
    ["UPDATE users SET x = 1 WHERE (a = 1 OR b = 2) AND c = 3", [["a", "c"], ["b", "c"]]],
    ["UPDATE users SET x = 1 WHERE id = (SELECT max(id) FROM users)", [["id"]]],
    ["UPDATE users SET x = 1 WHERE id IN (SELECT id FROM users WHERE x IS NULL ORDER BY id LIMIT 1000)", [["id"]]],
    ["DELETE FROM events WHERE ctid = ANY(ARRAY(SELECT ctid FROM events WHERE done LIMIT 5000))", [["ctid"]]],
    ["UPDATE users SET x = 1 WHERE id IN (SELECT id FROM users WHERE x IS NULL LIMIT 1000 FOR UPDATE SKIP LOCKED)", [["id"]]],
  ])("%s matches values of %j", (sql, matchedColumns) => {
    expect(selection(sql)).toEqual({ rows: "bounded", matchedColumns });
  });

  test("a LIMIT subquery or CTE joined in FROM / USING bounds the rows through the join column", () => {
    expect(
      selection("UPDATE users SET x = 0 FROM (SELECT id FROM users WHERE x IS NULL LIMIT 1000) AS batch WHERE users.id = batch.id"),
    ).toEqual({ rows: "bounded", matchedColumns: [["id"]] });
    expect(
      selection("WITH batch AS (SELECT id FROM users WHERE x IS NULL LIMIT 1000) UPDATE users SET x = 0 FROM batch WHERE batch.id = users.id"),
    ).toEqual({ rows: "bounded", matchedColumns: [["id"]] });
    expect(
      selection("WITH batch AS (SELECT id FROM events WHERE done LIMIT 500) DELETE FROM events e USING batch b WHERE e.id = b.id"),
    ).toEqual({ rows: "bounded", matchedColumns: [["id"]] });
    expect(
      selection("WITH batch AS (SELECT id FROM users WHERE x IS NULL LIMIT 1000) UPDATE users SET x = 0 WHERE id IN (SELECT id FROM batch)"),
    ).toEqual({ rows: "bounded", matchedColumns: [["id"]] });
  });

  test("a CTE or FROM item without LIMIT, or a join without a join condition, bounds nothing", () => {
    expect(selection("WITH batch AS (SELECT id FROM users WHERE x IS NULL) UPDATE users SET x = 0 FROM batch WHERE users.id = batch.id")).toEqual({
      rows: "unbounded",
    });
    expect(selection("UPDATE users SET x = 0 FROM (SELECT 1 LIMIT 1) AS one WHERE users.x IS NULL")).toEqual({ rows: "unbounded" });
    expect(selection("UPDATE users SET x = 1 WHERE id IN (SELECT id FROM users LIMIT ALL)")).toEqual({ rows: "unbounded" });
  });
});

describe("row selection of INSERT", () => {
  test.each([
    ["INSERT INTO roles (name) VALUES ('admin'), ('member')", "bounded"],
    ["INSERT INTO users_copy SELECT * FROM users", "none"],
    ["INSERT INTO users_copy SELECT * FROM users WHERE plan IS NULL", "unbounded"],
    ["INSERT INTO users_copy SELECT * FROM users ORDER BY id LIMIT 1000", "bounded"],
    ["INSERT INTO users_copy SELECT * FROM users WHERE id BETWEEN 1 AND 1000", "bounded"],
    ["INSERT INTO settings (key, value) SELECT 'theme', 'dark' WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'theme')", "bounded"],
    ["INSERT INTO roles (name) SELECT 'admin' UNION ALL SELECT 'member'", "bounded"],
    ["INSERT INTO users_copy SELECT * FROM users UNION ALL SELECT * FROM users_archive WHERE id = 1", "none"],
  ])("%s → %s", (sql, rows) => {
    expect(selection(sql)).toEqual({ rows });
  });
});
