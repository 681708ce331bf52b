import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read, summary } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

describe("recognizing the tool from imports and shape", () => {
  test.each([
    ["typeorm", "src/migrations/1.ts", `import { MigrationInterface, QueryRunner } from "typeorm";\nexport class X1 implements MigrationInterface { async up(queryRunner: QueryRunner) {} async down() {} }`],
    ["typeorm", "src/migrations/1.js", `module.exports = class X1 { async up(queryRunner) { await queryRunner.query("SELECT 1"); } }`],
    ["knex", "migrations/1.ts", `import type { Knex } from "knex";\nexport async function up(knex: Knex) {}`],
    ["knex", "migrations/1.js", `exports.up = function (knex) { return knex.schema.createTable("t", function (table) { table.increments(); }); };`],
    ["knex", "migrations/1.mjs", `export const up = (db) => db.schema.alterTable("t", (t) => { t.text("x"); });`],
    ["sequelize", "migrations/1.js", `module.exports = { async up(queryInterface, Sequelize) {}, async down(queryInterface, Sequelize) {} };`],
    ["sequelize", "migrations/1.ts", `import type { MigrationFn } from "umzug";\nimport type { QueryInterface } from "sequelize";\nexport const up: MigrationFn<QueryInterface> = async ({ context: queryInterface }) => {};`],
    ["mikro-orm", "src/migrations/Migration1.ts", `import { Migration } from "@mikro-orm/migrations";\nexport class Migration1 extends Migration { async up() { this.addSql("SELECT 1"); } }`],
    ["kysely", "migrations/1.ts", `import { Kysely } from "kysely";\nexport async function up(db: Kysely<any>) {}`],
    ["kysely", "migrations/1.js", `export async function up(db) { await db.schema.createTable("t").addColumn("id", "serial").execute(); }`],
    ["node-pg-migrate", "migrations/1.js", `exports.shorthands = undefined;\nexports.up = (pgm) => { pgm.createTable("t", { id: "id" }); };`],
    ["node-pg-migrate", "migrations/1.cts", `import { MigrationBuilder } from "node-pg-migrate";\nexport async function up(pgm: MigrationBuilder) {}`],
  ])("%s: %s", (tool, path, text) => {
    expect(read(path, text).tool).toBe(tool);
  });

  test("a file with an up() no tool matches, and a helper without one, are reported, not skipped", () => {
    const custom = read("migrations/1.js", `exports.up = async (client) => { await client.query("CREATE INDEX i ON t (c)"); };`);
    expect([custom.tool, custom.uninspectable.map((u) => u.kind)]).toEqual(["unknown", ["unrecognized-tool"]]);
    const helper = read("migrations/helpers.ts", `export const batch = 1000;`);
    expect([helper.tool, helper.uninspectable.map((u) => u.kind)]).toEqual(["unknown", ["not-a-migration"]]);
  });
});

describe("transactions: each tool's default and its per-migration opt-out", () => {
  const index = "CREATE INDEX CONCURRENTLY i ON t (c)";
  test.each([
    ["TypeORM", "src/migrations/1.ts", `import { QueryRunner } from "typeorm"; export class A1 { async up(queryRunner: QueryRunner) { await queryRunner.query("${index}"); } }`, true],
    ["TypeORM transaction = false", "src/migrations/1.ts", `import { QueryRunner } from "typeorm"; export class A1 { transaction = false; async up(queryRunner: QueryRunner) { await queryRunner.query("${index}"); } }`, false],
    ["Knex", "migrations/1.js", `exports.up = (knex) => knex.raw("${index}");`, true],
    ["Knex config", "migrations/1.js", `exports.config = { transaction: false };\nexports.up = (knex) => knex.raw("${index}");`, false],
    ["Knex ESM config", "migrations/1.ts", `import type { Knex } from "knex";\nexport const config = { transaction: false };\nexport async function up(knex: Knex) { await knex.raw("${index}"); }`, false],
    ["Sequelize", "migrations/1.js", `module.exports = { async up(queryInterface, Sequelize) { await queryInterface.sequelize.query("${index}"); } };`, false],
    ["MikroORM", "src/migrations/Migration1.ts", `import { Migration } from "@mikro-orm/migrations"; export class Migration1 extends Migration { async up() { this.addSql("${index}"); } }`, true],
    ["MikroORM isTransactional", "src/migrations/Migration1.ts", `import { Migration } from "@mikro-orm/migrations"; export class Migration1 extends Migration { isTransactional() { return false; } async up() { this.addSql("${index}"); } }`, false],
    ["Kysely", "migrations/1.ts", `import { Kysely, sql } from "kysely"; export async function up(db: Kysely<any>) { await sql\`${index}\`.execute(db); }`, true],
    ["node-pg-migrate", "migrations/1.js", `exports.up = (pgm) => { pgm.sql("${index}"); };`, true],
    ["node-pg-migrate noTransaction", "migrations/1.js", `exports.up = (pgm) => { pgm.noTransaction(); pgm.sql("${index}"); };`, false],
  ])("%s", (_name, path, text, transactional) => {
    const m = read(path, text);
    expect(m.uninspectable).toEqual([]);
    expect(m.transaction.transactional).toBe(transactional);
    expect(m.operations[0]!.transaction !== null).toBe(transactional);
    expect(m.transaction.optOut).toBeTruthy();
  });

  test("TypeORM: committing the migration's transaction in code puts what follows outside it", () => {
    const m = read(
      "src/migrations/1.ts",
      `import { QueryRunner } from "typeorm";
export class A1 {
  async up(queryRunner: QueryRunner) {
    await queryRunner.query("ALTER TABLE t ADD c int");
    await queryRunner.commitTransaction();
    await queryRunner.query("CREATE INDEX CONCURRENTLY i ON t (c)");
    await queryRunner.startTransaction();
    await queryRunner.query("ALTER TABLE t ADD d int");
  }
}`,
    );
    // The commitTransaction() and startTransaction() calls are operations too, in the transaction they close and open.
    expect(m.operations.map((o) => (o.kind === "transaction" ? o.action : o.kind))).toEqual(["add-column", "commit", "create-index", "begin", "add-column"]);
    expect(m.operations.map((o) => o.transaction)).toEqual([0, 0, null, 1, 1]);
    expect(m.transaction.transactional).toBe("partial");
  });

  test("Sequelize: a call runs in the transaction it passes, and only then", () => {
    const m = read(
      "migrations/1.js",
      `module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (t) => {
      await queryInterface.addColumn("t", "a", { type: Sequelize.INTEGER }, { transaction: t });
      await queryInterface.addColumn("t", "b", { type: Sequelize.INTEGER });
    });
  },
};`,
    );
    expect(m.operations.map((o) => [o.kind, o.transaction])).toEqual([
      ["add-column", 0],
      ["add-column", null],
    ]);
  });

  test("MikroORM: this.execute runs at once, this.addSql when up() returns", () => {
    const m = read(
      "src/migrations/Migration1.ts",
      `import { Migration } from "@mikro-orm/migrations";
export class Migration1 extends Migration {
  async up() {
    this.addSql("ALTER TABLE t ADD c int");
    await this.execute("SET lock_timeout = '5s'");
  }
}`,
    );
    expect(summary(m)).toEqual(["set lock_timeout=5s @5", "add-column t c:integer @4"]);
  });
});
