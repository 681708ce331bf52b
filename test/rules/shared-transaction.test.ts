import { beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import type { SqlMigrationTool } from "../../src/core/migration.js";
import { analyze, readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

const HISTORY = `CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text);
CREATE TYPE order_state AS ENUM ('open', 'closed');`;

/**
 * Two migrations that ship in one deploy. drizzle-kit (like Kysely, TypeORM's default and
 * MikroORM's default) runs every pending migration in one transaction, so splitting a step into
 * a second file does not end the first file's transaction.
 */
function lintDeploy(dir: string, files: [string, string][], tool: SqlMigrationTool) {
  const read = (path: string, text: string) => readMigration({ path: `${dir}/${path}`, text, version: path, setId: dir, setTool: tool }, DEFAULT_CONFIG);
  const history = read("0000_init.sql", HISTORY);
  const deploy = files.map(([path, text]) => read(path, text));
  const { findings } = analyze([{ migrations: [history, ...deploy], changeSet: new Set(deploy.map((m) => m.path)), together: true }], DEFAULT_CONFIG);
  return findings.filter((f) => ["no-validate-in-same-transaction", "no-data-change-with-ddl", "no-enum-value-in-transaction"].includes(f.ruleId));
}

describe("migrations a tool runs in one transaction", () => {
  const validate: [string, string][] = [
    ["0001_fk.sql", "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;"],
    ["0002_validate.sql", "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;"],
  ];
  const backfill: [string, string][] = [
    ["0001_column.sql", "ALTER TABLE orders ADD COLUMN region text;"],
    ["0002_backfill.sql", "UPDATE orders SET region = 'eu';"],
  ];
  const enumValue: [string, string][] = [
    ["0001_enum.sql", "ALTER TYPE order_state ADD VALUE 'archived';"],
    ["0002_use.sql", "UPDATE orders SET status = 'archived' WHERE id = 1;"],
  ];

  test("drizzle: validating in the next file still runs in the transaction that added the constraint", () => {
    const [finding] = lintDeploy("drizzle", validate, "drizzle");
    expect(finding).toMatchObject({ ruleId: "no-validate-in-same-transaction", file: "drizzle/0002_validate.sql", line: 1 });
    expect(finding!.message).toContain("line 1 of `drizzle/0001_fk.sql` (drizzle-kit's migrator runs all pending migrations in one transaction");
  });

  test("drizzle: a backfill in the next file holds the ALTER's lock for the whole backfill", () => {
    const [finding] = lintDeploy("drizzle", backfill, "drizzle");
    expect(finding).toMatchObject({ ruleId: "no-data-change-with-ddl", file: "drizzle/0002_backfill.sql" });
    expect(finding!.message).toContain("`drizzle/0001_column.sql`");
  });

  test("drizzle: an enum value added in the previous file cannot be used yet", () => {
    const [finding] = lintDeploy("drizzle", enumValue, "drizzle");
    expect(finding).toMatchObject({ ruleId: "no-enum-value-in-transaction", file: "drizzle/0002_use.sql", line: 1 });
  });

  test("Prisma runs each migration on its own: the same split is safe", () => {
    const prismaFiles = (files: [string, string][]) => files.map(([p, t]): [string, string] => [p.replace(".sql", "/migration.sql"), t]);
    expect(lintDeploy("prisma/migrations", prismaFiles(validate), "prisma")).toEqual([]);
    expect(lintDeploy("prisma/migrations", prismaFiles(enumValue), "prisma")).toEqual([]);
  });

  test("TypeORM's default mode shares the transaction; Knex's per-migration transactions do not", () => {
    const typeorm = (name: string, sql: string) =>
      `import { MigrationInterface, QueryRunner } from "typeorm";\nexport class ${name} implements MigrationInterface {\n  async up(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(\`${sql}\`);\n  }\n}\n`;
    const knex = (sql: string) => `/** @param { import("knex").Knex } knex */\nexports.up = async (knex) => {\n  await knex.raw(\`${sql}\`);\n};\n`;
    const read = (dir: string, files: [string, string][]) => {
      const history = readMigration({ path: `${dir}/0000_init.sql`, text: HISTORY, version: "0000", setId: dir, setTool: "sql" }, DEFAULT_CONFIG);
      const deploy = files.map(([path, text]) => readMigration({ path: `${dir}/${path}`, text, version: path, setId: dir, setTool: "sql" }, DEFAULT_CONFIG));
      return analyze([{ migrations: [history, ...deploy], changeSet: new Set(deploy.map((m) => m.path)), together: true }], DEFAULT_CONFIG).findings.filter(
        (f) => f.ruleId === "no-validate-in-same-transaction",
      );
    };
    expect(
      read("src/migrations", [
        ["1700000000001-Fk.ts", typeorm("Fk1700000000001", validate[0]![1])],
        ["1700000000002-Validate.ts", typeorm("Validate1700000000002", validate[1]![1])],
      ]).map((f) => f.file),
    ).toEqual(["src/migrations/1700000000002-Validate.ts"]);
    expect(
      read("migrations", [
        ["20240101_fk.js", knex(validate[0]![1])],
        ["20240102_validate.js", knex(validate[1]![1])],
      ]),
    ).toEqual([]);
  });

  test("linting a whole folder checks each migration on its own, not as one deploy", () => {
    const read = (path: string, text: string) => readMigration({ path: `drizzle/${path}`, text, version: path, setId: "drizzle", setTool: "drizzle" }, DEFAULT_CONFIG);
    const migrations = [read("0000_init.sql", HISTORY), ...validate.map(([p, t]) => read(p, t))];
    const { findings } = analyze([{ migrations, changeSet: new Set(migrations.map((m) => m.path)), together: false }], DEFAULT_CONFIG);
    expect(findings.filter((f) => f.ruleId === "no-validate-in-same-transaction")).toEqual([]);
  });
});
