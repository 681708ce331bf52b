import { beforeAll, expect, test } from "vitest";
import { DatabaseModel } from "../../src/core/database-state.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

beforeAll(loadSqlParser);

function apply(model: DatabaseModel, sql: string): void {
  const migration = readSqlMigration({ path: "m/001.sql", text: sql, tool: "sql", version: "001", setId: "m" });
  for (const op of migration.operations) model.apply(op, { migration: migration.path, inChangeSet: false });
}

test("indexes() lists constraint indexes and created indexes, through overlays, without dropped ones", () => {
  const base = new DatabaseModel();
  apply(
    base,
    `CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, handle text UNIQUE);
     CREATE UNIQUE INDEX users_email_key ON users (email);
     CREATE INDEX users_handle_idx ON users (handle);`,
  );
  const overlay = new DatabaseModel(base);
  apply(overlay, "DROP INDEX users_handle_idx; CREATE UNIQUE INDEX users_lower_handle_key ON users (lower(handle));");
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
