import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read, summary } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

/** Helpers of the migration's own file are read once per call, with that call's arguments. */
describe("helpers evaluated at each call site", () => {
  test("TypeORM: a private method called with literal and constant arguments, and a parameter default", () => {
    const m = read(
      "src/migrations/1700000000000-Ids.ts",
      `import { MigrationInterface, QueryRunner } from "typeorm";
const ORDERS = "orders";
export class Ids1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.changeIdType(queryRunner, "users", "uuid");
    await this.changeIdType(queryRunner, ORDERS);
  }
  public async down(queryRunner: QueryRunner): Promise<void> {}
  private async changeIdType(queryRunner: QueryRunner, table: string, type = "bigint"): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "\${table}" ALTER COLUMN "id" TYPE \${type}\`);
  }
}`,
    );
    expect(m.uninspectable).toEqual([]);
    expect(summary(m)).toEqual(["alter-column-type users id:uuid @10", "alter-column-type orders id:bigint @10"]);
    expect(m.statements.map((s) => s.sql)).toEqual(['ALTER TABLE "users" ALTER COLUMN "id" TYPE uuid', 'ALTER TABLE "orders" ALTER COLUMN "id" TYPE bigint']);
  });

  test("Knex: a function of the file handed knex and names, with builder calls inside", () => {
    const m = read(
      "migrations/1.js",
      `async function dropLegacy(knex, table, column) {
  await knex.schema.alterTable(table, (t) => { t.dropColumn(column); });
}
exports.up = async (knex) => {
  await dropLegacy(knex, "users", "legacy_id");
  await dropLegacy(knex, "orders", "legacy_ref");
};`,
    );
    expect(m.uninspectable).toEqual([]);
    expect(summary(m)).toEqual(["drop-column users legacy_id @2", "drop-column orders legacy_ref @2"]);
  });

  test("a function that only builds SQL from its arguments is evaluated for each call", () => {
    const m = read(
      "migrations/1.ts",
      `import type { Knex } from "knex";
const index = (table: string, column: string) => \`CREATE INDEX CONCURRENTLY "\${table}_\${column}_idx" ON "\${table}" ("\${column}")\`;
function drop(table: string, column: string) {
  const quoted = \`"\${column}"\`;
  return \`ALTER TABLE "\${table}" DROP COLUMN \${quoted}\`;
}
export const config = { transaction: false };
export async function up(knex: Knex) {
  await knex.raw(index("users", "email"));
  await knex.raw(drop("users", "legacy"));
}`,
    );
    expect(m.uninspectable).toEqual([]);
    expect(summary(m)).toEqual(["create-index users users_email_idx(email) concurrently @2", "drop-column users legacy @5"]);
  });

  test("MikroORM: this.helper(...) with literal arguments", () => {
    const m = read(
      "src/migrations/Migration1.ts",
      `import { Migration } from "@mikro-orm/migrations";
export class Migration1 extends Migration {
  async up() {
    this.rename("users", "name", "full_name");
  }
  private rename(table: string, from: string, to: string) {
    this.addSql(\`alter table "\${table}" rename column "\${from}" to "\${to}";\`);
  }
}`,
    );
    expect(summary(m)).toEqual(["rename-column users name->full_name @7"]);
  });

  test("nested helpers pass their own parameters on", () => {
    const m = read(
      "src/migrations/1-A.ts",
      `import { MigrationInterface, QueryRunner } from "typeorm";
export class A1 implements MigrationInterface {
  async up(queryRunner: QueryRunner) { await this.outer(queryRunner, "users"); }
  async down() {}
  private async outer(queryRunner: QueryRunner, table: string) { await this.inner(queryRunner, table, "email"); }
  private async inner(queryRunner: QueryRunner, table: string, column: string) {
    await queryRunner.query(\`ALTER TABLE "\${table}" DROP COLUMN "\${column}"\`);
  }
}`,
    );
    expect(summary(m)).toEqual(["drop-column users email @7"]);
  });

  test("an argument known only at run time stays a run-time value: reported, never a parameter's name", () => {
    const m = read(
      "src/migrations/1-A.ts",
      `import { MigrationInterface, QueryRunner } from "typeorm";
export class A1 implements MigrationInterface {
  async up(queryRunner: QueryRunner) {
    const tables = await queryRunner.query("SELECT tablename FROM pg_tables");
    for (const { tablename } of tables) await this.change(queryRunner, tablename);
  }
  async down() {}
  private async change(queryRunner: QueryRunner, table: string) {
    await queryRunner.query(\`ALTER TABLE \${table} ALTER COLUMN id TYPE bigint\`);
  }
}`,
    );
    // Checked under a placeholder that shows the code, which no real table can be confused with.
    const tables = m.operations.flatMap((o) => ("table" in o ? [o.table] : []));
    expect(tables).toEqual(["${table}"]);
  });
});

test("a helper whose result is only partly known (a loop index) stands in as a whole, named after the call", () => {
  const m = read(
    "migrations/1.ts",
    `import type { Knex } from "knex";
const TABLE = "records";
function partitionTable(i: number): string {
  return \`\${TABLE}_p\${i}\`;
}
export async function up(knex: Knex) {
  for (let i = 0; i < 4; i++) await knex.raw(\`DROP TABLE IF EXISTS "\${partitionTable(i)}"\`);
}`,
  );
  expect(summary(m)).toEqual(["drop-table ${partitionTable} @7"]);
});

describe("defaults known only at run time", () => {
  test.each([
    ["Sequelize", "migrations/1.js", `module.exports = { async up(queryInterface, Sequelize) { await queryInterface.addColumn("users", "plan", { type: Sequelize.STRING, allowNull: false, defaultValue: process.env.DEFAULT_PLAN }); } };`],
    ["Knex", "migrations/1.js", `exports.up = (knex) => knex.schema.alterTable("users", (t) => { t.string("plan").notNullable().defaultTo(process.env.DEFAULT_PLAN); });`],
    ["node-pg-migrate", "migrations/1.js", `exports.up = (pgm) => { pgm.addColumn("users", { plan: { type: "text", notNull: true, default: process.env.DEFAULT_PLAN } }); };`],
  ])("%s: a value from process.env is a constant default, shown as the code that computes it", (_tool, path, text) => {
    const m = read(path, text);
    const add = m.operations.find((o) => o.kind === "add-column");
    expect(add?.kind === "add-column" && add.column.default?.display).toBe("'process.env.DEFAULT_PLAN'");
    expect(add?.kind === "add-column" && add.column.default?.volatility).not.toBe("volatile");
    expect(JSON.stringify(m)).not.toMatch(/unknown_/);
  });

  test.each([
    ["Sequelize.literal", "migrations/1.js", `module.exports = { async up(queryInterface, Sequelize) { await queryInterface.addColumn("users", "plan", { type: Sequelize.STRING, defaultValue: Sequelize.literal(process.env.PLAN_SQL) }); } };`],
    ["knex.raw", "migrations/1.js", `exports.up = (knex) => knex.schema.alterTable("users", (t) => { t.string("plan").defaultTo(knex.raw(process.env.PLAN_SQL)); });`],
  ])("%s of SQL built at run time is reported as uninspectable, never an invented function", (_via, path, text) => {
    const m = read(path, text);
    expect(m.uninspectable.map((u) => u.reason)).toEqual([expect.stringMatching(/default .* is SQL built at run time/)]);
    expect(JSON.stringify(m)).not.toMatch(/unknown_/);
  });
});

describe("a condition known only at run time between known values: every variant is checked", () => {
  test("each distinct SQL text is read, its statements marked with the variant that builds it", () => {
    const m = read(
      "migrations/1.js",
      `const ifNotExists = process.env.FORCE ? "" : "IF NOT EXISTS";
exports.up = (knex) => knex.raw(\`CREATE INDEX \${ifNotExists} users_email_idx ON users (email)\`);`,
    );
    expect(m.uninspectable).toEqual([]);
    expect(m.statements.map((s) => [s.sql, s.variant?.label, s.variant?.count])).toEqual([
      ["CREATE INDEX  users_email_idx ON users (email)", "`process.env.FORCE` is true", 2],
      ["CREATE INDEX IF NOT EXISTS users_email_idx ON users (email)", "`process.env.FORCE` is false", 2],
    ]);
    expect(m.statements[0]!.variant!.group).toBe(m.statements[1]!.variant!.group);
  });

  test("two conditions give every combination; variants with the same text are read once", () => {
    const m = read(
      "src/migrations/1-A.ts",
      `import { QueryRunner } from "typeorm";
export class A1 {
  async up(queryRunner: QueryRunner) {
    const unique = this.options.unique ? "UNIQUE" : "";
    const name = this.options.short ? "i" : "i";
    await queryRunner.query(\`CREATE \${unique} INDEX \${name} ON t (c)\`);
  }
}`,
    );
    expect(m.statements.map((s) => s.variant?.label)).toEqual(["`this.options.unique` is true and `this.options.short` is true", "`this.options.unique` is false and `this.options.short` is true"]);
  });

  test("a branch known only at run time keeps the whole value run-time: reported as before", () => {
    const m = read("migrations/1.js", `exports.up = (knex) => knex.raw(process.env.A ? "SELECT 1" : process.env.SQL);`);
    expect(m.statements).toEqual([]);
    expect(m.uninspectable.map((u) => u.reason)).toEqual([expect.stringMatching(/condition known only at run time/)]);
  });
});

describe("loops over known arrays are read once per item", () => {
  test("TypeORM: a helper called in a loop over table names", () => {
    const m = read(
      "src/migrations/1-A.ts",
      `import { QueryRunner } from "typeorm";
const TABLES = ["users", "orders"];
export class A1 {
  async up(queryRunner: QueryRunner) {
    for (const table of TABLES) await this.changeIdType(queryRunner, table);
    for (const { name } of [{ name: "x" }]) await queryRunner.query(\`DROP TABLE \${name}\`);
  }
  private async changeIdType(queryRunner: QueryRunner, table: string) {
    await queryRunner.query(\`ALTER TABLE "\${table}" ALTER COLUMN "id" TYPE bigint\`);
  }
}`,
    );
    // Destructured loop variables are not unrolled: still a run-time value, never a fake name.
    expect(summary(m)).toEqual(["alter-column-type users id:bigint @9", "alter-column-type orders id:bigint @9", "drop-table ${name} @6"]);
  });

  test("Knex: items that are objects, read through their properties", () => {
    const m = read(
      "migrations/1.js",
      `const INDEXES = [{ table: "users", column: "email" }, { table: "orders", column: "user_id" }];
exports.config = { transaction: false };
exports.up = async (knex) => {
  for (const index of INDEXES) {
    await knex.raw(\`CREATE INDEX CONCURRENTLY \${index.table}_\${index.column}_idx ON \${index.table} (\${index.column})\`);
  }
};`,
    );
    expect(summary(m)).toEqual(["create-index users users_email_idx(email) concurrently @5", "create-index orders orders_user_id_idx(user_id) concurrently @5"]);
  });
});

describe("no internal placeholder reaches the model", () => {
  test.each([
    ["Kysely defaultTo(process.env.X)", "migrations/1.ts", `import { Kysely } from "kysely";\nexport async function up(db: Kysely<any>) { await db.schema.alterTable("users").addColumn("plan", "text", (c) => c.notNull().defaultTo(process.env.PLAN)).execute(); }`],
    ["Kysely FK to a run-time table", "migrations/1.ts", `import { Kysely } from "kysely";\nexport async function up(db: Kysely<any>) { await db.schema.alterTable("users").addForeignKeyConstraint("fk", ["team_id"], process.env.T!, ["id"]).execute(); }`],
    ["node-pg-migrate references a run-time table", "migrations/1.js", `exports.up = (pgm) => { pgm.addColumn("users", { team_id: { type: "integer", references: process.env.TEAMS } }); };`],
  ])("%s", (_name, path, text) => {
    const m = read(path, text);
    expect(m.operations.length).toBeGreaterThan(0);
    expect(JSON.stringify(m.operations, (k, v) => (k === "statement" || k === "ast" ? undefined : v))).not.toMatch(/unknown_/);
  });
});
