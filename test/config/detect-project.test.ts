import { expect, test } from "vitest";
import { detectProject } from "../../src/config/detect-project.js";
import { tempProject } from "../support/temp-project.js";

test("the schema readers' sources (Drizzle, TypeORM) as globs per folder; Postgres from a CI service image", async () => {
  const { dir } = tempProject({
    "package.json": JSON.stringify({ dependencies: { "drizzle-orm": "0.40", typeorm: "0.3" } }),
    "src/db/schema.ts": 'import { pgTable, text } from "drizzle-orm/pg-core";\nexport const users = pgTable("users", { email: text("email") });\n',
    "src/entities/Invoice.ts": 'import { Column, Entity } from "typeorm";\n@Entity("invoices")\nexport class Invoice {\n  @Column() amount!: number;\n}\n',
    "src/entities/billing/Payment.ts": 'import { Column, Entity } from "typeorm";\n@Entity("payments")\nexport class Payment {\n  @Column() amount!: number;\n}\n',
    "drizzle/0000_init.sql": "CREATE TABLE users (email text);\n",
    "drizzle/meta/_journal.json": "{}",
    ".github/workflows/ci.yml": "services:\n  postgres:\n    image: postgres:14.11\n",
  });
  const project = await detectProject(dir);
  expect(project.postgresVersion).toBe(14);
  expect(project.migrations).toEqual([{ files: "drizzle/*.sql", tool: "drizzle", count: 1, exact: true }]);
  expect(project.schemaSources).toEqual([
    { orm: "drizzle", include: ["src/db/*.ts"] },
    { orm: "typeorm", include: ["src/entities/**/*.ts"] },
  ]);
});

test("TS/JS migration sets: a glob by extension and no tool (recognized from each file)", async () => {
  const { dir } = tempProject({
    "src/migrations/1700000000000-CreateUsers.ts": 'import { MigrationInterface, QueryRunner } from "typeorm";\nexport class CreateUsers1700000000000 implements MigrationInterface {\n  async up(q: QueryRunner) { await q.query("CREATE TABLE users (id int)"); }\n  async down(q: QueryRunner) {}\n}\n',
    "src/migrations/1700000000001-AddEmail.ts": 'import { MigrationInterface, QueryRunner } from "typeorm";\nexport class AddEmail1700000000001 implements MigrationInterface {\n  async up(q: QueryRunner) { await q.query("ALTER TABLE users ADD email text"); }\n  async down(q: QueryRunner) {}\n}\n',
  });
  expect((await detectProject(dir)).migrations).toEqual([{ files: "src/migrations/*.ts", count: 2, exact: true }]);
});

test("nothing to detect", async () => {
  const { dir } = tempProject({ "README.md": "hello" });
  expect(await detectProject(dir)).toEqual({ migrations: [], schemaSources: [] });
});
