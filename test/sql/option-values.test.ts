import { beforeAll, describe, expect, test } from "vitest";
import type { Operation } from "../../src/core/operations.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { LineIndex } from "../../src/sql/positions.js";
import { readSql } from "../../src/sql/read-sql.js";

beforeAll(loadSqlParser);

function ops(sql: string): Operation[] {
  return readSql(sql, { lines: new LineIndex(sql), direction: "up", firstIndex: 0 }).operations;
}

/** Boolean options of utility statements are read by value, as Postgres reads them. */
describe("utility statements' boolean options", () => {
  test.each([
    ["VACUUM FULL t", true],
    ["VACUUM (FULL) t", true],
    ["VACUUM (FULL true) t", true],
    ["VACUUM (FULL on, VERBOSE) t", true],
    ["VACUUM (FULL 1) t", true],
    ["VACUUM (FULL false) t", false],
    ["VACUUM (FULL off) t", false],
    ["VACUUM (FULL 0) t", false],
    ["VACUUM (FULL FALSE, ANALYZE) t", false],
    ["VACUUM (ANALYZE, FULL) t", true],
    ["VACUUM t", false],
  ])("%s → full: %s", (sql, full) => {
    const [op] = ops(sql);
    expect(op).toMatchObject({ kind: "vacuum", table: "t", full });
  });

  test.each([
    ["REINDEX TABLE CONCURRENTLY t", true],
    ["REINDEX (CONCURRENTLY) TABLE t", true],
    ["REINDEX (CONCURRENTLY true) TABLE t", true],
    ["REINDEX (CONCURRENTLY false) TABLE t", false],
    ["REINDEX (CONCURRENTLY off, VERBOSE) INDEX i", false],
    ["REINDEX (CONCURRENTLY 0) TABLE t", false],
    ["REINDEX TABLE t", false],
  ])("%s → concurrent: %s", (sql, concurrent) => {
    const [op] = ops(sql);
    expect(op).toMatchObject({ kind: "reindex", concurrent });
  });

  test("EXPLAIN ANALYZE runs the statement it explains; EXPLAIN and ANALYZE false only plan it", () => {
    expect(ops("EXPLAIN ANALYZE UPDATE t SET a = 1")).toMatchObject([{ kind: "data-change", dml: "update", table: "t", rows: "none" }]);
    expect(ops("EXPLAIN (ANALYZE true, COSTS false) DELETE FROM t")).toMatchObject([{ kind: "data-change", dml: "delete", table: "t" }]);
    expect(ops("EXPLAIN (ANALYZE 1) DELETE FROM t")).toMatchObject([{ kind: "data-change", dml: "delete" }]);
    expect(ops("EXPLAIN (ANALYZE false) DELETE FROM t")).toMatchObject([{ kind: "other", nodeType: "ExplainStmt" }]);
    expect(ops("EXPLAIN (ANALYZE off) DELETE FROM t")).toMatchObject([{ kind: "other", nodeType: "ExplainStmt" }]);
    expect(ops("EXPLAIN DELETE FROM t")).toMatchObject([{ kind: "other", nodeType: "ExplainStmt" }]);
  });

  test("options that change no lock or rewrite leave the operation as it is (CLUSTER, COPY, CREATE INDEX WITH, ANALYZE)", () => {
    expect(ops("CLUSTER (VERBOSE false) t")).toMatchObject([{ kind: "cluster", table: "t" }]);
    expect(ops("COPY t FROM stdin (HEADER true, FREEZE false)")).toMatchObject([{ kind: "other", nodeType: "CopyStmt" }]);
    expect(ops("CREATE INDEX CONCURRENTLY i ON t (a) WITH (fillfactor = 70, deduplicate_items = off)")).toMatchObject([
      { kind: "create-index", concurrent: true, name: "i" },
    ]);
    expect(ops("ANALYZE (VERBOSE false, SKIP_LOCKED) t")).toMatchObject([{ kind: "other", nodeType: "VacuumStmt" }]);
  });
});
