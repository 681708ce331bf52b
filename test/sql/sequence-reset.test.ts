import { beforeAll, expect, test } from "vitest";
import { nameFromText } from "../../src/sql/ast.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

beforeAll(loadSqlParser);

function mentions(sql: string): string[][] {
  const migration = readSqlMigration({ path: "m/001.sql", text: sql, tool: "sql", version: "001", setId: "m" });
  return migration.operations.flatMap((op) => (op.kind === "sequence-reset" ? [[...op.mentions].sort()] : []));
}

test("names in strings are read the way regclass reads them", () => {
  expect(nameFromText("users_id_seq")).toBe("users_id_seq");
  expect(nameFromText("Users_ID_Seq")).toBe("users_id_seq");
  expect(nameFromText('"User_id_seq"')).toBe("User_id_seq");
  expect(nameFromText("public.users_id_seq")).toBe("users_id_seq");
  expect(nameFromText('billing."Invoice_id_seq"')).toBe("billing.Invoice_id_seq");
  expect(nameFromText('"odd.name"')).toBe("odd.name");
});

test("setval mentions canonical sequence and table names, including tables read in its arguments", () => {
  expect(mentions(`SELECT setval('"User_id_seq"', 100);`)).toEqual([["User_id_seq"]]);
  expect(mentions(`SELECT setval('public.users_id_seq', (SELECT max(id) FROM users));`)).toEqual([["users", "users_id_seq"]]);
  expect(mentions(`SELECT setval(pg_get_serial_sequence('"User"', 'id'), coalesce(max("id"), 1)) FROM "User";`)).toEqual([["User", "id"]]);
  expect(mentions(`ALTER SEQUENCE "Post_id_seq" RESTART WITH 5000;`)).toEqual([["Post_id_seq"]]);
  expect(mentions(`ALTER TABLE accounts ALTER COLUMN id RESTART WITH 5000;`)).toEqual([["accounts"]]);
});
