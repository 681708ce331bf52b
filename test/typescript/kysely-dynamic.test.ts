import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read, summary } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

describe("Kysely: db.dynamic.ref / db.dynamic.table inside sql templates", () => {
  test("resolved to quoted names like sql.ref / sql.table, so the statement is checked", () => {
    const m = read(
      "migrations/1.ts",
      `import { Kysely, sql } from "kysely";
const TABLE = "users";
export async function up(db: Kysely<any>) {
  await sql\`CREATE INDEX users_email_idx ON \${db.dynamic.table(TABLE)} (\${db.dynamic.ref("email")})\`.execute(db);
  await sql\`ALTER TABLE \${sql.table("users")} DROP COLUMN \${sql.ref("legacy")}\`.execute(db);
}`,
    );
    expect(m.statements.map((s) => [s.sql, s.error?.message])).toEqual([
      ['CREATE INDEX users_email_idx ON "users" ("email")', undefined],
      ['ALTER TABLE "users" DROP COLUMN "legacy"', undefined],
    ]);
    expect(summary(m)).toEqual(["create-index users users_email_idx(email) @4", "drop-column users legacy @5"]);
  });

  test("a helper taken into a constant first (`const ref = db.dynamic.ref`, as atproto writes it) is the same helper", () => {
    const m = read(
      "migrations/1.ts",
      `import { Kysely, sql } from "kysely";
export async function up(db: Kysely<unknown>) {
  const ref = db.dynamic.ref;
  const table = sql.table;
  await sql\`CREATE INDEX status_sort_idx ON \${ref("subject_status")} (\${ref("lastReportedAt")} DESC NULLS LAST)\`.execute(db);
  await sql\`ALTER TABLE \${table("users")} DROP COLUMN \${ref("legacy")}\`.execute(db);
}`,
    );
    expect(m.statements.map((s) => [s.sql, s.error?.message])).toEqual([
      ['CREATE INDEX status_sort_idx ON "subject_status" ("lastReportedAt" DESC NULLS LAST)', undefined],
      ['ALTER TABLE "users" DROP COLUMN "legacy"', undefined],
    ]);
  });

  test("inside a transaction callback, trx.dynamic is the same module", () => {
    const m = read(
      "migrations/1.ts",
      `import { Kysely, sql } from "kysely";
export async function up(db: Kysely<any>) {
  await db.transaction().execute(async (trx) => {
    await sql\`ALTER TABLE \${trx.dynamic.table("users")} ALTER COLUMN \${trx.dynamic.ref("id")} TYPE bigint\`.execute(trx);
  });
}`,
    );
    expect(summary(m)).toEqual(["alter-column-type users id:bigint @4"]);
  });

  test("a name known only at run time is reported as uninspectable, not a parse error", () => {
    const m = read(
      "migrations/1.ts",
      `import { Kysely, sql } from "kysely";
export async function up(db: Kysely<any>) {
  await sql\`CREATE INDEX i ON \${db.dynamic.table(process.env.TABLE!)} (email)\`.execute(db);
}`,
    );
    expect(m.statements.filter((s) => s.error)).toEqual([]);
  });
});
