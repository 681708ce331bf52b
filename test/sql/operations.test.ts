import { beforeAll, describe, expect, test } from "vitest";
import type { Operation } from "../../src/core/operations.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { LineIndex } from "../../src/sql/positions.js";
import { readSql } from "../../src/sql/read-sql.js";

beforeAll(loadSqlParser);

function ops(sql: string): Operation[] {
  return readSql(sql, { lines: new LineIndex(sql), direction: "up", firstIndex: 0 }).operations;
}

/** The operation without its location and statement, for compact expectations. */
function shape(op: Operation): Record<string, unknown> {
  const { span: _span, statement: _statement, direction: _direction, transaction: _transaction, ...rest } = op;
  return rest;
}

describe("SQL statements become operations", () => {
  test("CREATE TABLE: columns with types, defaults, identity, inline and table constraints with Postgres's names", () => {
    const [op] = ops(`CREATE TABLE public.orders (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users (id),
      total numeric(10,2) DEFAULT 0 CHECK (total >= 0),
      status varchar(20) NOT NULL DEFAULT 'new',
      placed_at timestamp,
      token uuid DEFAULT gen_random_uuid() UNIQUE,
      CONSTRAINT orders_status_check CHECK (status IS NOT NULL)
    )`);
    expect(op!.kind).toBe("create-table");
    const t = op as Extract<Operation, { kind: "create-table" }>;
    expect(t.table).toBe("orders");
    expect(t.columns.map((c) => [c.name, c.type?.display, c.notNull])).toEqual([
      ["id", "bigint", true],
      ["user_id", "integer", true],
      ["total", "numeric(10,2)", false],
      ["status", "varchar(20)", true],
      ["placed_at", "timestamp", false],
      ["token", "uuid", false],
    ]);
    expect(t.columns[0]!.identity).toBe("always");
    expect(t.columns[1]!.references).toEqual({ table: "users", columns: ["id"] });
    expect(t.columns[2]!.checks.map((c) => c.name)).toEqual(["orders_total_check"]);
    expect(t.columns[5]!.default).toMatchObject({ display: "gen_random_uuid()", volatility: "volatile" });
    expect(t.constraints).toMatchObject([{ name: "orders_status_check", type: "check", notNullColumn: "status" }]);
  });

  test("ALTER TABLE with several sub-commands gives one operation each, pointing at its clause", () => {
    const result = ops(`ALTER TABLE users
  ADD COLUMN nickname text,
  ALTER COLUMN email SET NOT NULL,
  ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID,
  DROP COLUMN legacy CASCADE;`);
    expect(result.map((o) => [o.kind, o.span.line])).toEqual([
      ["add-column", 2],
      ["set-not-null", 3],
      ["add-constraint", 4],
      ["drop-column", 5],
    ]);
    expect(shape(result[2]!)).toMatchObject({ constraint: { name: "users_org_fk", type: "foreign-key", notValid: true, references: { table: "orgs" } } });
    expect(shape(result[3]!)).toMatchObject({ column: "legacy", cascade: true });
  });

  test("type changes, defaults, validation, renames", () => {
    expect(
      ops(`ALTER TABLE t ALTER COLUMN c TYPE varchar(320) USING lower(c)::varchar(320);
ALTER TABLE t ALTER COLUMN c TYPE varchar(320) USING c::varchar(320);
ALTER TABLE t ALTER COLUMN c SET DEFAULT now();
ALTER TABLE t ALTER COLUMN c DROP DEFAULT;
ALTER TABLE t VALIDATE CONSTRAINT t_c_check;
ALTER TABLE t RENAME COLUMN c TO d;
ALTER TABLE t RENAME TO u;
ALTER INDEX i RENAME TO j;
ALTER TABLE u ADD CONSTRAINT u_d_key UNIQUE USING INDEX j;`).map(shape),
    ).toEqual([
      { kind: "alter-column-type", table: "t", column: "c", type: { name: "varchar", modifiers: [320], array: false, display: "varchar(320)" }, using: "lower(c)::varchar(320)" },
      // The column cast to its new type is what Postgres does without USING: no expression of its own.
      { kind: "alter-column-type", table: "t", column: "c", type: { name: "varchar", modifiers: [320], array: false, display: "varchar(320)" } },
      { kind: "set-default", table: "t", column: "c", default: { display: "now()", volatility: "stable", functions: ["now"], isNull: false } },
      { kind: "drop-default", table: "t", column: "c" },
      { kind: "validate-constraint", table: "t", name: "t_c_check" },
      { kind: "rename-column", table: "t", column: "c", newName: "d" },
      { kind: "rename-table", table: "t", newName: "u" },
      { kind: "rename-index", index: "i", newName: "j" },
      { kind: "add-constraint", table: "u", constraint: { name: "u_d_key", generatedName: false, type: "unique", columns: [], notValid: false, usingIndex: "j" } },
    ]);
  });

  test("indexes: names generated as Postgres does, schemas kept, concurrency and partial indexes", () => {
    expect(
      ops(`CREATE INDEX ON users (email, created_at);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_lower_email ON app.users (lower(email)) WHERE deleted_at IS NULL;
DROP INDEX CONCURRENTLY IF EXISTS users_email_created_at_idx, app.other;`).map(shape),
    ).toEqual([
      { kind: "create-index", table: "users", name: "users_email_created_at_idx", columns: ["email", "created_at"], unique: false, concurrent: false, ifNotExists: false, partial: false },
      { kind: "create-index", table: "app.users", name: "app.users_lower_email", columns: ["expr"], unique: true, concurrent: true, ifNotExists: true, partial: true },
      { kind: "drop-index", index: "users_email_created_at_idx", concurrent: true, cascade: false, ifExists: true },
      { kind: "drop-index", index: "app.other", concurrent: true, cascade: false, ifExists: true },
    ]);
  });

  test("data changes say how their rows are selected", () => {
    const result = ops(`UPDATE users SET plan = 'free';
UPDATE users SET plan = 'free' WHERE plan IS NULL;
UPDATE users SET plan = 'free' WHERE id BETWEEN 1 AND 1000;
UPDATE users SET plan = 'free' WHERE id >= 1000 AND id < 2000 AND plan IS NULL;
DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expired LIMIT 500);
UPDATE settings SET value = 'on' WHERE key = 'beta';
UPDATE r SET n = s.n FROM s WHERE r.id = s.r_id;
INSERT INTO roles (id, name) VALUES (1, 'admin') ;
INSERT INTO users_copy (id, email) OVERRIDING SYSTEM VALUE SELECT id, email FROM users;`);
    expect(result.map((o) => (o.kind === "data-change" ? `${o.dml}:${o.rows}` : o.kind))).toEqual([
      "update:none",
      "update:unbounded",
      "update:bounded",
      "update:bounded",
      "delete:bounded",
      "update:bounded",
      "update:unbounded",
      "insert:bounded",
      "insert:none",
    ]);
    expect(shape(result[7]!)).toMatchObject({ columns: ["id", "name"], literals: ["admin"] });
    expect(shape(result[8]!)).toMatchObject({ overridingSystemValue: true });
  });

  test("sessions, transactions, locks and maintenance", () => {
    expect(
      ops(`BEGIN;
SET LOCAL lock_timeout = '5s';
SELECT set_config('statement_timeout', '60s', true);
LOCK TABLE users IN SHARE MODE;
LOCK accounts;
VACUUM (FULL, ANALYZE) users;
ANALYZE users;
CLUSTER users USING users_pkey;
REINDEX (CONCURRENTLY) INDEX users_pkey;
REFRESH MATERIALIZED VIEW CONCURRENTLY stats;
TRUNCATE a, b CASCADE;
COMMIT;`).map((o) => {
        const s = shape(o);
        return o.kind === "other" ? `other:${o.nodeType}` : s;
      }),
    ).toEqual([
      { kind: "transaction", action: "begin" },
      { kind: "set", name: "lock_timeout", value: "5s", local: true },
      { kind: "set", name: "statement_timeout", value: "60s", local: true },
      { kind: "lock-table", table: "users", mode: "SHARE" },
      { kind: "lock-table", table: "accounts", mode: "ACCESS EXCLUSIVE" },
      { kind: "vacuum", table: "users", full: true },
      "other:VacuumStmt",
      { kind: "cluster", table: "users" },
      { kind: "reindex", target: "index", name: "users_pkey", concurrent: true },
      { kind: "refresh-materialized-view", view: "stats", concurrent: true },
      { kind: "truncate", table: "a", cascade: true },
      { kind: "truncate", table: "b", cascade: true },
      { kind: "transaction", action: "commit" },
    ]);
  });

  test("enums, partitions and sequences", () => {
    expect(
      ops(`CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;
ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
SELECT setval(pg_get_serial_sequence('users', 'id'), max(id)) FROM users;
ALTER SEQUENCE orders_id_seq RESTART WITH 1000;`).map(shape),
    ).toEqual([
      { kind: "create-enum", type: "mood", values: ["sad", "ok"] },
      { kind: "add-enum-value", type: "mood", value: "happy", ifNotExists: true },
      { kind: "rename-enum-value", type: "mood", value: "sad", newValue: "blue" },
      { kind: "detach-partition", table: "events", partition: "events_2020", concurrent: true },
      { kind: "attach-partition", table: "events", partition: "events_2024" },
      { kind: "sequence-reset", mentions: ["users", "id"] },
      { kind: "sequence-reset", mentions: ["orders_id_seq"] },
    ]);
  });

  test("statements without an operation of their own are kept as `other`, never dropped", () => {
    expect(
      ops(`CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE VIEW v AS SELECT 1;
CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
GRANT SELECT ON users TO reporting;`).map((o) => (o.kind === "other" ? [o.nodeType, o.tables, o.lock] : o.kind)),
    ).toEqual([
      ["CreateExtensionStmt", [], undefined],
      ["ViewStmt", [], undefined],
      ["CreateTrigStmt", ["users"], "SHARE ROW EXCLUSIVE"],
      ["GrantStmt", [], undefined],
    ]);
  });
});

describe("row selection of real-world WHERE clauses", () => {
  test.each([
    ["UPDATE t SET a = 1 WHERE limits::jsonb->'projects' IS NOT NULL", "unbounded"],
    ["UPDATE t SET a = 1 WHERE -x = 1", "unbounded"],
    ["UPDATE t SET a = 1 WHERE NOT (a = 1)", "unbounded"],
    ["UPDATE t SET a = 1 WHERE (a, b) IN ((1, 2))", "unbounded"],
    ["UPDATE t SET a = 1 WHERE id = ANY('{1,2,3}')", "bounded"],
    ["UPDATE t SET a = 1 WHERE 5 = id", "bounded"],
    ["UPDATE t SET a = 1 WHERE id <= 2000 AND 1000 < id", "bounded"],
    ["UPDATE t SET a = 1 WHERE id <= 2000", "unbounded"],
    ["DELETE FROM t WHERE ctid = ANY(ARRAY(SELECT ctid FROM t WHERE old LIMIT 1000))", "bounded"],
    ["UPDATE t SET a = 1 WHERE a = 1 OR b IS NULL", "unbounded"],
    ["UPDATE t SET a = 1 WHERE a = 1 OR b = 2", "bounded"],
  ])("%s → %s", (sql, rows) => {
    const [op] = ops(sql);
    expect(op).toMatchObject({ kind: "data-change", rows });
  });
});

test('the quoted one-byte "char" type is not char(n)', () => {
  const [op] = ops('CREATE TABLE t (a "char", b char(3), c character)');
  expect(op!.kind === "create-table" && op.columns.map((c) => c.type?.name)).toEqual(['"char"', "bpchar", "bpchar"]);
});
