import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read, summary } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

/**
 * Every way the six tools' migrations export `up` and `down`, each with one statement in `up` and
 * one in `down`: whatever the style, each statement is read exactly once.
 */
const UP = "CREATE INDEX i ON users (email)";
const DOWN = "DROP INDEX i";

type Style = [tool: string, style: string, path: string, text: string];

const knex: Style[] = [
  ["knex", "function declarations, then module.exports = { up, down }", "migrations/1.js", `async function up(knex) { await knex.raw("${UP}"); }\nasync function down(knex) { await knex.raw("${DOWN}"); }\nmodule.exports = { up, down };`],
  ["knex", "const function expressions, then module.exports = { up, down }", "migrations/1.js", `const up = async function (knex) { await knex.raw("${UP}"); };\nconst down = async function (knex) { await knex.raw("${DOWN}"); };\nmodule.exports = { up, down };`],
  ["knex", "arrow functions, then exports.up = up", "migrations/1.js", `const up = (knex) => knex.raw("${UP}");\nconst down = (knex) => knex.raw("${DOWN}");\nexports.up = up;\nexports.down = down;`],
  ["knex", "module.exports = { up: up, down: down }", "migrations/1.js", `function up(knex) { return knex.raw("${UP}"); }\nfunction down(knex) { return knex.raw("${DOWN}"); }\nmodule.exports = { up: up, down: down };`],
  ["knex", "export { up, down }", "migrations/1.ts", `import type { Knex } from "knex";\nasync function up(knex: Knex) { await knex.raw("${UP}"); }\nasync function down(knex: Knex) { await knex.raw("${DOWN}"); }\nexport { up, down };`],
  ["knex", "export default { up, down }", "migrations/1.ts", `import type { Knex } from "knex";\nasync function up(knex: Knex) { await knex.raw("${UP}"); }\nasync function down(knex: Knex) { await knex.raw("${DOWN}"); }\nexport default { up, down };`],
  ["knex", "module.exports.up = up", "migrations/1.js", `async function up(knex) { await knex.raw("${UP}"); }\nasync function down(knex) { await knex.raw("${DOWN}"); }\nmodule.exports.up = up;\nmodule.exports.down = down;`],
  ["knex", "TypeScript export = { up, down }", "migrations/1.ts", `import type { Knex } from "knex";\nasync function up(knex: Knex) { await knex.raw("${UP}"); }\nasync function down(knex: Knex) { await knex.raw("${DOWN}"); }\nexport = { up, down };`],
  ["knex", "export async function", "migrations/1.ts", `import type { Knex } from "knex";\nexport async function up(knex: Knex) { await knex.raw("${UP}"); }\nexport async function down(knex: Knex) { await knex.raw("${DOWN}"); }`],
];

const typeorm: Style[] = [
  ["typeorm", "export class", "src/migrations/1-A.ts", `import { MigrationInterface, QueryRunner } from "typeorm";\nexport class A1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) { await queryRunner.query("${UP}"); }\n  async down(queryRunner: QueryRunner) { await queryRunner.query("${DOWN}"); }\n}`],
  ["typeorm", "class, then module.exports = A1", "src/migrations/1-A.js", `class A1 {\n  async up(queryRunner) { await queryRunner.query("${UP}"); }\n  async down(queryRunner) { await queryRunner.query("${DOWN}"); }\n}\nmodule.exports = A1;`],
  ["typeorm", "class, then export default A1", "src/migrations/1-A.ts", `import { MigrationInterface, QueryRunner } from "typeorm";\nclass A1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) { await queryRunner.query("${UP}"); }\n  async down(queryRunner: QueryRunner) { await queryRunner.query("${DOWN}"); }\n}\nexport default A1;`],
  ["typeorm", "class, then export { A1 }", "src/migrations/1-A.ts", `import { MigrationInterface, QueryRunner } from "typeorm";\nclass A1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) { await queryRunner.query("${UP}"); }\n  async down(queryRunner: QueryRunner) { await queryRunner.query("${DOWN}"); }\n}\nexport { A1 };`],
  ["typeorm", "export default class", "src/migrations/1-A.ts", `import { MigrationInterface, QueryRunner } from "typeorm";\nexport default class A1 implements MigrationInterface {\n  async up(queryRunner: QueryRunner) { await queryRunner.query("${UP}"); }\n  async down(queryRunner: QueryRunner) { await queryRunner.query("${DOWN}"); }\n}`],
  ["typeorm", "module.exports = class", "src/migrations/1-A.js", `module.exports = class A1 {\n  async up(queryRunner) { await queryRunner.query("${UP}"); }\n  async down(queryRunner) { await queryRunner.query("${DOWN}"); }\n};`],
];

const sequelize: Style[] = [
  ["sequelize", "module.exports = { async up() }", "migrations/1.js", `module.exports = {\n  async up(queryInterface, Sequelize) { await queryInterface.sequelize.query("${UP}"); },\n  async down(queryInterface, Sequelize) { await queryInterface.sequelize.query("${DOWN}"); },\n};`],
  ["sequelize", "const arrows, then module.exports = { up, down }", "migrations/1.js", `const up = async (queryInterface, Sequelize) => { await queryInterface.sequelize.query("${UP}"); };\nconst down = async (queryInterface, Sequelize) => { await queryInterface.sequelize.query("${DOWN}"); };\nmodule.exports = { up, down };`],
  ["sequelize", "function declarations, then module.exports = { up, down }", "migrations/1.js", `async function up(queryInterface, Sequelize) { await queryInterface.sequelize.query("${UP}"); }\nasync function down(queryInterface, Sequelize) { await queryInterface.sequelize.query("${DOWN}"); }\nmodule.exports = { up, down };`],
  ["sequelize", "export default { up, down }", "migrations/1.ts", `import type { QueryInterface } from "sequelize";\nexport default {\n  async up(queryInterface: QueryInterface) { await queryInterface.sequelize.query("${UP}"); },\n  async down(queryInterface: QueryInterface) { await queryInterface.sequelize.query("${DOWN}"); },\n};`],
  ["sequelize", "umzug: export const up, then export { down }", "migrations/1.ts", `import type { MigrationFn } from "umzug";\nimport type { QueryInterface } from "sequelize";\nexport const up: MigrationFn<QueryInterface> = async ({ context: queryInterface }) => { await queryInterface.sequelize.query("${UP}"); };\nconst down: MigrationFn<QueryInterface> = async ({ context: queryInterface }) => { await queryInterface.sequelize.query("${DOWN}"); };\nexport { down };`],
];

const mikro: Style[] = [
  ["mikro-orm", "export class", "src/migrations/Migration1.ts", `import { Migration } from "@mikro-orm/migrations";\nexport class Migration1 extends Migration {\n  async up() { this.addSql("${UP}"); }\n  async down() { this.addSql("${DOWN}"); }\n}`],
  ["mikro-orm", "export default class", "src/migrations/Migration1.ts", `import { Migration } from "@mikro-orm/migrations";\nexport default class Migration1 extends Migration {\n  async up() { this.addSql("${UP}"); }\n  async down() { this.addSql("${DOWN}"); }\n}`],
  ["mikro-orm", "class, then export { Migration1 }", "src/migrations/Migration1.ts", `import { Migration } from "@mikro-orm/migrations";\nclass Migration1 extends Migration {\n  async up() { this.addSql("${UP}"); }\n  async down() { this.addSql("${DOWN}"); }\n}\nexport { Migration1 };`],
  ["mikro-orm", "CommonJS class, then exports.Migration1 = Migration1", "src/migrations/Migration1.js", `const { Migration } = require("@mikro-orm/migrations");\nclass Migration1 extends Migration {\n  async up() { this.addSql("${UP}"); }\n  async down() { this.addSql("${DOWN}"); }\n}\nexports.Migration1 = Migration1;`],
];

const kysely: Style[] = [
  ["kysely", "export async function", "migrations/1.ts", `import { Kysely, sql } from "kysely";\nexport async function up(db: Kysely<any>) { await sql\`${UP}\`.execute(db); }\nexport async function down(db: Kysely<any>) { await sql\`${DOWN}\`.execute(db); }`],
  ["kysely", "export { up, down }", "migrations/1.ts", `import { Kysely, sql } from "kysely";\nasync function up(db: Kysely<any>) { await sql\`${UP}\`.execute(db); }\nasync function down(db: Kysely<any>) { await sql\`${DOWN}\`.execute(db); }\nexport { up, down };`],
  ["kysely", "const arrows, then export { up, down }", "migrations/1.ts", `import { Kysely, sql } from "kysely";\nconst up = async (db: Kysely<any>) => { await sql\`${UP}\`.execute(db); };\nconst down = async (db: Kysely<any>) => { await sql\`${DOWN}\`.execute(db); };\nexport { up, down };`],
  ["kysely", "export default { up, down }", "migrations/1.ts", `import { Kysely, sql } from "kysely";\nasync function up(db: Kysely<any>) { await sql\`${UP}\`.execute(db); }\nasync function down(db: Kysely<any>) { await sql\`${DOWN}\`.execute(db); }\nexport default { up, down };`],
];

const pgm: Style[] = [
  ["node-pg-migrate", "exports.up = (pgm) =>", "migrations/1.js", `exports.up = (pgm) => { pgm.sql("${UP}"); };\nexports.down = (pgm) => { pgm.sql("${DOWN}"); };`],
  ["node-pg-migrate", "function declarations, then module.exports = { up, down }", "migrations/1.js", `function up(pgm) { pgm.sql("${UP}"); }\nfunction down(pgm) { pgm.sql("${DOWN}"); }\nmodule.exports = { shorthands: undefined, up, down };`],
  ["node-pg-migrate", "export { up, down }", "migrations/1.ts", `import { MigrationBuilder } from "node-pg-migrate";\nasync function up(pgm: MigrationBuilder) { pgm.sql("${UP}"); }\nasync function down(pgm: MigrationBuilder) { pgm.sql("${DOWN}"); }\nexport { up, down };`],
  ["node-pg-migrate", "export const up", "migrations/1.ts", `import { MigrationBuilder } from "node-pg-migrate";\nexport const up = (pgm: MigrationBuilder) => { pgm.sql("${UP}"); };\nexport const down = (pgm: MigrationBuilder) => { pgm.sql("${DOWN}"); };`],
];

describe("one operation per statement, whatever the export style", () => {
  test.each([...knex, ...typeorm, ...sequelize, ...mikro, ...kysely, ...pgm])("%s: %s", (tool, _style, path, text) => {
    const m = read(path, text);
    expect(m.tool).toBe(tool);
    expect(m.uninspectable).toEqual([]);
    expect(m.statements.map((s) => `${s.direction} ${s.sql}`)).toEqual([`up ${UP}`, `down ${DOWN}`]);
    expect(summary(m, "up")).toEqual([expect.stringMatching(/^create-index users i\(email\) @\d+$/)]);
    expect(summary(m, "down")).toHaveLength(1);
  });
});

describe("options exported alongside up/down in the same styles", () => {
  test("Knex: `const config = { transaction: false }` exported with export { up, config }", () => {
    const m = read(
      "migrations/1.ts",
      `import type { Knex } from "knex";\nconst config = { transaction: false };\nasync function up(knex: Knex) { await knex.raw("CREATE INDEX CONCURRENTLY i ON users (email)"); }\nexport { up, config };`,
    );
    expect(m.transaction.transactional).toBe(false);
  });

  test("Knex: config in module.exports = { up, down, config }", () => {
    const m = read(
      "migrations/1.js",
      `const config = { transaction: false };\nasync function up(knex) { await knex.raw("CREATE INDEX CONCURRENTLY i ON users (email)"); }\nasync function down(knex) {}\nmodule.exports = { up, down, config };`,
    );
    expect(m.transaction.transactional).toBe(false);
    expect(m.statements).toHaveLength(1);
  });
});
