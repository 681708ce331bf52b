import { beforeAll, describe, expect, test } from "vitest";
import { DatabaseModel } from "../../src/core/database-state.js";
import { StateHistory } from "../../src/core/state-history.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { LineIndex } from "../../src/sql/positions.js";
import { readSql } from "../../src/sql/read-sql.js";

beforeAll(loadSqlParser);

function history(base: string, change: string) {
  const ops = (sql: string) => readSql(sql, { lines: new LineIndex(sql), direction: "up", firstIndex: 0 }).operations;
  const db = new DatabaseModel();
  for (const op of ops(base)) db.apply(op, { migration: "base.sql", inChangeSet: false });
  return new StateHistory(ops(change), db, "change.sql");
}

// The states before each operation share storage (no copy per change): every one must still read
// exactly as the database was at its point, whatever the later operations did.
describe("the state before each operation of a migration", () => {
  test("columns and constraints of a table changed by every statement", () => {
    const states = history(
      "CREATE TABLE t (id int PRIMARY KEY, a text);",
      `ALTER TABLE t ADD COLUMN b text;
ALTER TABLE t ALTER COLUMN a SET NOT NULL;
ALTER TABLE t DROP COLUMN a;
ALTER TABLE t ADD COLUMN a int;
ALTER TABLE t ADD CONSTRAINT b_uq UNIQUE (b);
ALTER TABLE t DROP CONSTRAINT t_pkey;`,
    );
    const at = (i: number) => states.before(i).table("t")!;
    const columns = (i: number) => [...at(i).columns.values()].map((c) => `${c.name}${c.notNull ? "!" : ""}${c.type ? `:${c.type.name}` : ""}`);
    // Asked out of order: later states are built first, earlier ones read afterwards.
    expect(columns(6)).toEqual(["id!:int4", "b:text", "a:int4"]);
    expect(columns(0)).toEqual(["id!:int4", "a:text"]);
    expect(columns(1)).toEqual(["id!:int4", "a:text", "b:text"]);
    expect(columns(2)).toEqual(["id!:int4", "a!:text", "b:text"]);
    expect(columns(3)).toEqual(["id!:int4", "b:text"]);
    expect([...at(5).constraints.keys()]).toEqual(["t_pkey", "b_uq"]);
    expect([...at(6).constraints.keys()]).toEqual(["b_uq"]);
    expect([at(0).columns.size, at(4).columns.size]).toEqual([2, 3]);
  });

  test("values added to an enum one statement at a time", () => {
    const states = history(
      "CREATE TYPE mood AS ENUM ('sad');",
      `ALTER TYPE mood ADD VALUE 'ok';
ALTER TYPE mood ADD VALUE 'happy';
ALTER TYPE mood ADD VALUE 'ok';
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
ALTER TYPE mood ADD VALUE 'glad';`,
    );
    const values = (i: number) => states.before(i).enumType("mood")?.values;
    expect(values(5)).toEqual(["blue", "ok", "happy", "glad"]);
    expect(values(0)).toEqual(["sad"]);
    expect(values(1)).toEqual(["sad", "ok"]);
    expect(values(2)).toEqual(["sad", "ok", "happy"]);
    expect(values(3)).toEqual(["sad", "ok", "happy"]);
    expect(values(4)).toEqual(["blue", "ok", "happy"]);
    expect({ ...states.before(2).enumType("mood") }.values).toEqual(["sad", "ok", "happy"]);
  });
});
