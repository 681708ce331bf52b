import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read, summary } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

/**
 * Builder calls become the operations of the SQL each tool generates on Postgres, pointing at the
 * line of the call (or of the column or chain step) instead of a statement.
 */
describe("TypeORM QueryRunner", () => {
  const migration = (up: string) => `import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex, TableCheck, TableUnique } from "typeorm";
export class M1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }
}
`;
  test("createTable with generated keys, defaults, uniques, foreign keys and indices", () => {
    const m = read(
      "src/migrations/1.ts",
      migration(`    await queryRunner.createTable(new Table({
      name: "orders",
      columns: [
        { name: "id", type: "int", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
        { name: "public_id", type: "uuid", isGenerated: true, generationStrategy: "uuid" },
        { name: "email", type: "varchar", length: "255", isUnique: true },
        { name: "note", type: "text", isNullable: true, default: "''" },
      ],
      foreignKeys: [{ columnNames: ["user_id"], referencedTableName: "users", referencedColumnNames: ["id"] }],
      indices: [{ columnNames: ["email"] }],
    }), true);`),
    );
    expect(summary(m)).toEqual([
      "create-table orders id:serial!,public_id:uuid!=uuid_generate_v4(),email:varchar(255)!,note:text='' @4",
      "create-index orders IDX_290bc8842ff16ea3be0f1a74c3(email) @4",
    ]);
    const table = m.operations[0]!;
    expect(table.kind === "create-table" && table.columns.map((c) => c.span?.line)).toEqual([7, 8, 9, 10]);
    expect(table.kind === "create-table" && table.constraints.map((c) => `${c.type}:${c.name}`)).toEqual([
      "primary-key:PK_710e2d4957aa5878dfe94e4ac2f",
      "unique:UQ_290bc8842ff16ea3be0f1a74c31",
      "foreign-key:FK_a922b820eeef29ac1c6800e826a",
    ]);
    expect(table.call).toMatch(/^queryRunner\.createTable\(new Table/);
  });

  test("TableColumn is NOT NULL unless it says otherwise; addColumns point at each column", () => {
    const m = read(
      "src/migrations/1.ts",
      migration(`    await queryRunner.addColumns("users", [
      new TableColumn({ name: "locale", type: "varchar", length: "8" }),
      new TableColumn({ name: "bio", type: "text", isNullable: true }),
    ]);`),
    );
    expect(summary(m)).toEqual(["add-column users locale:varchar(8)! @5", "add-column users bio:text @6"]);
  });

  test("changeColumn: a type or length change drops and re-adds the column; other changes alter it", () => {
    const m = read(
      "src/migrations/1.ts",
      migration(`    await queryRunner.changeColumn("users", new TableColumn({ name: "email", type: "varchar", length: "100" }), new TableColumn({ name: "email", type: "varchar", length: "255" }));
    await queryRunner.changeColumn("users", new TableColumn({ name: "bio", type: "text", isNullable: true }), new TableColumn({ name: "about", type: "text", isNullable: false, default: "''" }));
    await queryRunner.changeColumn("users", "age", new TableColumn({ name: "age", type: "bigint" }));`),
    );
    expect(summary(m)).toEqual([
      "alter-column-type users email:varchar(255) recreates @4",
      "rename-column users bio->about @5",
      "set-default users about='' @5",
      "set-not-null users about @5",
      "alter-column-type users age:bigint recreates @6",
      "set-not-null users age @6",
    ]);
  });

  test("indexes, foreign keys, checks, uniques and their drops", () => {
    const m = read(
      "src/migrations/1.ts",
      migration(`    await queryRunner.createIndex("users", new TableIndex({ name: "i1", columnNames: ["a"], isConcurrent: true, where: "a > 0" }));
    await queryRunner.dropIndex("users", new TableIndex({ name: "i1", columnNames: ["a"], isConcurrent: true }));
    await queryRunner.dropIndex("users", "i2");
    await queryRunner.createForeignKey("orders", new TableForeignKey({ name: "fk", columnNames: ["user_id"], referencedTableName: "users", referencedColumnNames: ["id"] }));
    await queryRunner.createCheckConstraint("orders", new TableCheck({ name: "chk", expression: "total > 0" }));
    await queryRunner.createUniqueConstraint("users", new TableUnique({ name: "uq", columnNames: ["email"] }));
    await queryRunner.clearTable("sessions");`),
    );
    expect(summary(m)).toEqual([
      "create-index users i1(a) concurrently @4",
      "drop-index i1 concurrently @5",
      "drop-index i2 @6",
      "add-constraint orders foreign-key fk(user_id) @7",
      "add-constraint orders check chk(total) @8",
      "add-constraint users unique uq(email) @9",
      "truncate sessions @10",
    ]);
  });
});

describe("Knex schema builder", () => {
  test("createTable columns, modifiers and Knex's generated names", () => {
    const m = read(
      "migrations/1.js",
      `exports.up = (knex) => knex.schema.createTable("users", (t) => {
  t.increments();
  t.string("email").notNullable().unique();
  t.timestamp("seen_at", { useTz: false });
  t.decimal("balance");
  t.enu("role", ["a", "b"], { useNative: true, enumName: "user_role" }).defaultTo("a");
  t.integer("team_id").references("teams.id").onDelete("CASCADE");
  t.timestamps(true, true);
});`,
    );
    expect(summary(m)).toEqual([
      "create-enum user_role @1",
      'create-table users id:serial!,email:varchar(255)!,seen_at:timestamp,balance:numeric(8,2),role:user_role=\'a\',team_id:integer,created_at:timestamptz!=CURRENT_TIMESTAMP,updated_at:timestamptz!=CURRENT_TIMESTAMP @1',
      "add-constraint users unique users_email_unique(email) @3",
      "add-constraint users foreign-key users_team_id_foreign(team_id) @7",
    ]);
  });

  test(".alter() re-declares the type, the default and NOT NULL", () => {
    const m = read(
      "migrations/1.js",
      `exports.up = (knex) => knex.schema.alterTable("users", (t) => {
  t.string("email", 320).notNullable().alter();
  t.text("bio").alter({ alterNullable: false });
});`,
    );
    expect(summary(m)).toEqual([
      "drop-default users email @2",
      "drop-not-null users email @2",
      "alter-column-type users email:varchar(320) @2",
      "set-not-null users email @2",
      "drop-default users bio @3",
      "alter-column-type users bio:text @3",
    ]);
  });

  test("alterTable steps, raw SQL with bindings, and query-builder data changes", () => {
    const m = read(
      "migrations/1.js",
      `exports.up = async (knex) => {
  await knex.schema.table("users", (t) => {
    t.index(["a", "b"], "ab_idx", { indexType: "UNIQUE" });
    t.unique(["email"], { useConstraint: false });
    t.dropColumn("legacy");
    t.renameColumn("name", "full_name");
    t.dropNullable("email");
  });
  await knex.raw("CREATE INDEX ?? ON ?? (??)", ["i", "users", "c"]);
  await knex("users").where({ id: 1 }).update({ status: "x" });
  await knex("users").whereBetween("id", [1, 1000]).del();
  await knex("users").insert([{ id: 1, email: "a" }]);
  await knex.schema.renameTable("users", "accounts").dropTableIfExists("old");
};`,
    );
    expect(summary(m)).toEqual([
      "create-index users ab_idx(a,b) unique @3",
      "create-index users users_email_unique(email) unique @4",
      "drop-column users legacy @5",
      "rename-column users name->full_name @6",
      "set-not-null users email @7",
      "create-index users i(c) @9",
      "data-change users update bounded (status) @10",
      "data-change users delete bounded @11",
      "data-change users insert bounded (id,email) @12",
      "rename-table users ->accounts @13",
      "drop-table old @13",
    ]);
  });
});

describe("Sequelize QueryInterface", () => {
  test("createTable, addColumn, changeColumn, indexes and constraints as Sequelize v6 writes them", () => {
    const m = read(
      "migrations/1.js",
      `module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable("users", {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      role: { type: Sequelize.ENUM("a", "b"), allowNull: false, defaultValue: "a" },
      createdAt: { type: Sequelize.DATE, allowNull: false, defaultValue: Sequelize.NOW },
    });
    await queryInterface.addColumn("users", "teamId", { type: Sequelize.INTEGER, references: { model: "teams", key: "id" } });
    await queryInterface.changeColumn("users", "name", { type: Sequelize.STRING(64), allowNull: false });
    await queryInterface.addIndex("users", ["teamId"], { unique: true, concurrently: true });
    await queryInterface.addConstraint("users", { fields: ["email"], type: "unique" });
    await queryInterface.bulkDelete("users", null, {});
  },
};`,
    );
    expect(summary(m)).toEqual([
      "create-enum enum_users_role @3",
      "create-table users id:serial,role:enum_users_role!='a',createdAt:timestamptz! @3",
      "add-column users teamId:integer->teams @8",
      "set-not-null users name @9",
      "drop-default users name @9",
      "alter-column-type users name:varchar(64) @9",
      "create-index users users_team_id(teamId) unique concurrently @10",
      "add-constraint users unique users_email_uk(email) @11",
      "data-change users delete none @12",
    ]);
  });
});

describe("Kysely schema builder", () => {
  test("each step of a chain points at its own line", () => {
    const m = read(
      "migrations/1.ts",
      `import { Kysely, sql } from "kysely";
export async function up(db: Kysely<any>) {
  await db.schema
    .alterTable("person")
    .addColumn("age", "integer", (col) => col.notNull().defaultTo(0))
    .alterColumn("name", (col) => col.setDataType("text"))
    .alterColumn("email", (col) => col.setNotNull())
    .renameColumn("nick", "nickname")
    .addUniqueConstraint("person_email_key", ["email"])
    .execute();
  await db.schema.createIndex("person_age_idx").on("person").columns(["age"]).unique().execute();
  await db.schema.alterType("mood").addValue("happy").execute();
  await db.schema.alterTable("pet").renameTo("pets").execute();
  await db.deleteFrom("person").where("id", "<", 100).execute();
  await db.schema.createTable("toy").addColumn("id", "serial", (c) => c.primaryKey()).execute();
}`,
    );
    expect(summary(m)).toEqual([
      "add-column person age:integer!=0 @5",
      "alter-column-type person name:text @6",
      "set-not-null person email @7",
      "rename-column person nick->nickname @8",
      "add-constraint person unique person_email_key(email) @9",
      "create-index person person_age_idx(age) unique @11",
      "add-enum-value mood happy @12",
      "rename-table pet ->pets @13",
      "data-change person delete unbounded @14",
      "create-table toy id:serial! @15",
    ]);
  });

  test("a schema chain without .execute() runs nothing", () => {
    const m = read(
      "migrations/1.ts",
      `import { Kysely } from "kysely";
export async function up(db: Kysely<any>) {
  const query = db.schema.createTable("x").addColumn("id", "serial").compile();
  console.log(query.sql);
}`,
    );
    expect(m.operations).toEqual([]);
  });
});

describe("node-pg-migrate MigrationBuilder", () => {
  test("createTable with the id shorthand, addColumns, alterColumn, indexes, constraints and types", () => {
    const m = read(
      "migrations/1.js",
      `exports.shorthands = { ts: { type: "timestamptz", notNull: true, default: "now()" } };
exports.up = (pgm) => {
  pgm.createTable("posts", { id: "id", created: "ts", userId: { type: "integer", references: "users" } });
  pgm.addColumns("posts", { title: { type: "varchar(200)", notNull: true, default: "" } });
  pgm.alterColumn("posts", "title", { type: "text", notNull: false, default: null });
  pgm.createIndex("posts", ["userId", "created"], { unique: true });
  pgm.addConstraint("posts", "posts_title_check", { check: "length(title) > 0" });
  pgm.addTypeValue("mood", "happy", { ifNotExists: true });
  pgm.renameColumn("posts", "title", "headline");
};`,
    );
    expect(summary(m)).toEqual([
      "create-table posts id:serial!,created:timestamptz!='now()',userId:integer @3",
      "add-column posts title:varchar(200)!='' @4",
      "drop-default posts title @5",
      "alter-column-type posts title:text @5",
      "drop-not-null posts title @5",
      "create-index posts posts_userId_created_unique_index(userId,created) unique @6",
      "add-constraint posts check posts_title_check(title) @7",
      "add-enum-value mood happy @8",
      "rename-column posts title->headline @9",
    ]);
  });
});
