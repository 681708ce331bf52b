import { beforeAll, describe, expect, test } from "vitest";
import { DatabaseModel } from "../../src/core/database-state.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { LineIndex } from "../../src/sql/positions.js";
import { readSql } from "../../src/sql/read-sql.js";

beforeAll(loadSqlParser);

function fold(sql: string, db = new DatabaseModel(), inChangeSet = false): DatabaseModel {
  for (const op of readSql(sql, { lines: new LineIndex(sql), direction: "up", firstIndex: 0 }).operations) {
    db.apply(op, { migration: "m.sql", inChangeSet });
  }
  return db;
}

describe("folding migrations into a database state", () => {
  test("tables, columns (serial as an integer with a sequence), constraints and their indexes", () => {
    const db = fold(`CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, note json);
ALTER TABLE users ADD COLUMN org_id bigint REFERENCES orgs (id);
ALTER TABLE users ALTER COLUMN note TYPE jsonb;`);
    const users = db.table("users")!;
    expect([...users.columns.values()].map((c) => [c.name, c.type?.name, c.notNull, c.serial])).toEqual([
      ["id", "int4", true, true],
      ["email", "varchar", true, false],
      ["note", "jsonb", false, false],
      ["org_id", "int8", false, false],
    ]);
    expect([...users.constraints.keys()].sort()).toEqual(["users_email_key", "users_org_id_fkey", "users_pkey"]);
    expect(db.index("users_email_key")).toMatchObject({ table: "users", unique: true });
    expect(users.origin).toEqual({ createdIn: "m.sql", createdInChangeSet: false });
  });

  test("NOT VALID constraints become valid when validated; a validated IS NOT NULL check is remembered", () => {
    const db = fold(`ALTER TABLE accounts ADD CONSTRAINT accounts_plan_nn CHECK (plan IS NOT NULL) NOT VALID;`);
    expect(db.table("accounts")!.constraints.get("accounts_plan_nn")).toMatchObject({ validated: false, notNullColumn: "plan" });
    fold(`ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_nn;`, db);
    expect(db.table("accounts")!.constraints.get("accounts_plan_nn")!.validated).toBe(true);
  });

  test("a table the history never created counts as existing, and learns the columns it is given", () => {
    const db = fold(`ALTER TABLE legacy ADD COLUMN flag boolean;`);
    expect(db.table("legacy")!.origin.createdInChangeSet).toBe(false);
    expect(db.table("legacy")!.columns.get("flag")!.type!.name).toBe("bool");
  });

  test("renames move columns, constraint references and indexes; drops remove them", () => {
    const db = fold(`CREATE TABLE t (a int, b int);
CREATE INDEX t_a_idx ON t (a);
ALTER TABLE t ADD CONSTRAINT t_a_nn CHECK (a IS NOT NULL);
ALTER TABLE t RENAME COLUMN a TO c;
ALTER TABLE t RENAME TO u;
ALTER TABLE u DROP COLUMN b;`);
    expect(db.table("t")).toBeUndefined();
    expect([...db.table("u")!.columns.keys()]).toEqual(["c"]);
    expect(db.table("u")!.constraints.get("t_a_nn")).toMatchObject({ columns: ["c"], notNullColumn: "c" });
    expect(db.index("t_a_idx")).toMatchObject({ table: "u" });
    fold(`DROP TABLE u;`, db);
    expect(db.index("t_a_idx")).toBeUndefined();
  });

  test("an overlay records changes without touching its parent", () => {
    const base = fold(`CREATE TABLE t (a int);`);
    const overlay = new DatabaseModel(base);
    fold(`ALTER TABLE t ADD COLUMN b int; CREATE TABLE n (x int);`, overlay, true);
    expect([...base.table("t")!.columns.keys()]).toEqual(["a"]);
    expect([...overlay.table("t")!.columns.keys()]).toEqual(["a", "b"]);
    expect([...overlay.ownChanges().tables.keys()].sort()).toEqual(["n", "t"]);
    expect(overlay.table("n")!.origin.createdInChangeSet).toBe(true);
    expect(overlay.tables().map((t) => t.name).sort()).toEqual(["n", "t"]);
  });
});

test("indexes() lists constraint indexes and created indexes, through overlays, without dropped ones", () => {
  const base = fold(`CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, handle text UNIQUE);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_handle_idx ON users (handle);`);
  const overlay = fold("DROP INDEX users_handle_idx; CREATE UNIQUE INDEX users_lower_handle_key ON users (lower(handle));", new DatabaseModel(base));
  const summary = (model: DatabaseModel) =>
    model
      .indexes()
      .map((i) => `${i.name}:${i.table}:${i.unique}:${i.columns.join(",")}`)
      .sort();
  expect(summary(base)).toEqual([
    "users_email_key:users:true:email",
    "users_handle_idx:users:false:handle",
    "users_handle_key:users:true:handle",
    "users_pkey:users:true:id",
  ]);
  expect(summary(overlay)).toEqual([
    "users_email_key:users:true:email",
    "users_handle_key:users:true:handle",
    "users_lower_handle_key:users:true:expr",
    "users_pkey:users:true:id",
  ]);
});

describe("indexes by table", () => {
  test("follow creation, constraint-owned indexes, renames and drops, in the root and in overlays", () => {
    const db = fold(`CREATE TABLE t (a int PRIMARY KEY, b int UNIQUE);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX u_x_idx ON u (x);`);
    expect(db.indexesOf("t").map((i) => i.name).sort()).toEqual(["t_b_idx", "t_b_key", "t_pkey"]);
    const overlay = new DatabaseModel(db);
    fold(`ALTER TABLE t DROP COLUMN b; ALTER TABLE t RENAME TO v; CREATE INDEX v_a ON v (a);`, overlay, true);
    expect(overlay.indexesOf("t")).toEqual([]);
    expect(overlay.indexesOf("v").map((i) => i.name).sort()).toEqual(["t_pkey", "v_a"]);
    expect(db.indexesOf("t").map((i) => i.name).sort()).toEqual(["t_b_idx", "t_b_key", "t_pkey"]);
    fold(`DROP TABLE t;`, db);
    expect(db.indexesOf("t")).toEqual([]);
    expect(db.indexes().map((i) => i.name)).toEqual(["u_x_idx"]);
  });
});
