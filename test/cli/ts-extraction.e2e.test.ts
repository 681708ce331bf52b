import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtCli, ROOT } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

/**
 * Regressions of issue 10's TS extraction items, through the built CLI (`node dist/cli.js`) on
 * throw-away projects laid out as real ones are: each shape once produced duplicated, wrong or
 * missing findings.
 */

interface JsonFinding {
  ruleId: string;
  line: number;
  message: string;
  fingerprint: string;
}

function lintJson(dir: string, ...args: string[]): { code: number | null; findings: JsonFinding[] } {
  const result = builtCli([...args, "--format", "json"], { cwd: dir });
  expect(result.stderr).toBe("");
  return { code: result.code, findings: (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings };
}

const KNEX_PACKAGE = JSON.stringify({ name: "app", private: true, dependencies: { knex: "^3.1.0", pg: "^8.13.0" } });

describe("one finding per statement whatever the export style", () => {
  test("Knex: functions declared first and exported with module.exports = { up, down }; fingerprints stable across runs", () => {
    const project = tempProject({
      "package.json": KNEX_PACKAGE,
      "migrations/20240101000000_index.js": `async function up(knex) {
  await knex.raw("CREATE INDEX users_email_idx ON users (email)");
}
const down = async function (knex) {
  await knex.raw("DROP INDEX users_email_idx");
};
module.exports = { up, down };
`,
    });
    const first = lintJson(project.dir, "migrations");
    const ids = first.findings.map((f) => `${f.ruleId}@${f.line}`);
    // The down function's lock-timeout finding is not reported: down code counts only for statements that fail.
    expect(ids).toEqual(["require-concurrent-index@2", "require-lock-timeout@2"]);
    expect(new Set(first.findings.map((f) => f.fingerprint)).size).toBe(first.findings.length);
    expect(lintJson(project.dir, "migrations").findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));
  });
});

describe("Sequelize transactions are the calls that open them", () => {
  test("a DDL block and a backfill block, both naming their parameter `transaction`, give no no-data-change-with-ddl", () => {
    const project = tempProject({
      "package.json": JSON.stringify({ name: "app", private: true, dependencies: { sequelize: "^6.37.0", pg: "^8.13.0" } }),
      "migrations/20240101000000-add-plan.js": `"use strict";
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.sequelize.query("SET LOCAL lock_timeout = '5s'", { transaction });
      await queryInterface.addColumn("users", "plan", { type: Sequelize.TEXT }, { transaction });
    });
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.sequelize.query("UPDATE users SET plan = 'free' WHERE id BETWEEN 1 AND 1000", { transaction });
    });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn("users", "plan");
  },
};
`,
    });
    const { findings } = lintJson(project.dir, "migrations");
    expect(findings.filter((f) => f.ruleId === "no-data-change-with-ddl")).toEqual([]);
  });
});

describe("helpers are evaluated at each call site", () => {
  test("TypeORM: a helper method's messages name the tables of its calls; a run-time value never shows an internal placeholder", () => {
    const project = tempProject({
      "package.json": JSON.stringify({ name: "app", private: true, dependencies: { typeorm: "^0.3.20", pg: "^8.13.0" } }),
      "src/migrations/1700000000000-Ids.ts": `import { MigrationInterface, QueryRunner } from "typeorm";

export class Ids1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("SET lock_timeout = '5s'");
    await this.changeIdType(queryRunner, "users");
    await this.changeIdType(queryRunner, "orders", "uuid");
    await queryRunner.addColumn("users", new TableColumn({ name: "plan", type: "text", default: process.env.DEFAULT_PLAN }));
  }

  public async down(): Promise<void> {}

  private async changeIdType(queryRunner: QueryRunner, table: string, type = "bigint"): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "\${table}" ALTER COLUMN "id" TYPE \${type}\`);
  }
}
`,
    });
    const { findings } = lintJson(project.dir, "src/migrations");
    const typeChanges = findings.filter((f) => f.ruleId === "no-column-type-change");
    expect(typeChanges.map((f) => f.line)).toEqual([14, 14]);
    expect(typeChanges[0]!.message).toContain("rewrites `users`");
    expect(typeChanges[1]!.message).toContain("rewrites `orders`");
    const all = findings.map((f) => f.message).join("\n");
    expect(all).not.toMatch(/`table`|unknown_/);
  });

  test("a suppression comment above one call of a helper covers what the helper does for that call only", () => {
    const project = tempProject({
      "package.json": JSON.stringify({ name: "app", private: true, dependencies: { typeorm: "^0.3.20", pg: "^8.13.0" } }),
      "src/migrations/1700000000000-Ids.ts": `import { MigrationInterface, QueryRunner } from "typeorm";

export class Ids1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("SET lock_timeout = '5s'");
    // migration-guard-ignore no-column-type-change: users has 40 rows
    await this.changeIdType(queryRunner, "users");
    await this.changeIdType(queryRunner, "orders");
  }

  public async down(): Promise<void> {}

  private async changeIdType(queryRunner: QueryRunner, table: string): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "\${table}" ALTER COLUMN "id" TYPE bigint\`);
  }
}
`,
    });
    const { findings } = lintJson(project.dir, "src/migrations");
    expect(findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(["no-column-type-change@14"]);
    expect(findings[0]!.message).toContain("rewrites `orders`");
  });

  test("Knex: a conditional between known values is checked in each variant, the message says which", () => {
    const project = tempProject({
      "package.json": KNEX_PACKAGE,
      "migrations/20240101000000_index.js": `const ifNotExists = process.env.FORCE ? "" : "IF NOT EXISTS";
const concurrently = process.env.FAST ? "CONCURRENTLY" : "";
exports.config = { transaction: false };
exports.up = async (knex) => {
  await knex.raw("SET lock_timeout = '5s'");
  await knex.raw(\`CREATE INDEX \${ifNotExists} users_email_idx ON users (email)\`);
  await knex.raw(\`CREATE INDEX \${concurrently} orders_user_idx ON orders (user_id)\`);
};
exports.down = async () => {};
`,
    });
    const { findings } = lintJson(project.dir, "migrations");
    const index = findings.filter((f) => f.ruleId === "require-concurrent-index");
    expect(index.map((f) => f.line)).toEqual([6, 7]);
    expect(index[0]!.message).not.toContain("Only when");
    expect(index[1]!.message).toContain("(Only when `process.env.FAST` is false.)");
    // Outside a transaction, a build without IF NOT EXISTS fails on a retry: reported too, in the variant that has it.
    expect(findings.filter((f) => f.ruleId === "require-retry-safe-ddl").map((f) => f.line)).toEqual([6, 7]);
  });

  test("a monorepo: table names imported from a workspace package are checked like the migration's own constants", () => {
    const project = tempProject({
      "package.json": JSON.stringify({ name: "repo", private: true, workspaces: ["packages/*", "apps/*"] }),
      "packages/db/package.json": JSON.stringify({ name: "@acme/db", main: "dist/index.js" }),
      "packages/db/src/index.ts": `export * from "./tables";\n`,
      "packages/db/src/tables.ts": `export const USERS = "users";\n`,
      "apps/api/package.json": JSON.stringify({ name: "api", dependencies: { knex: "^3.1.0", pg: "^8.13.0", "@acme/db": "*" } }),
      "apps/api/migrations/20240101000000_index.ts": `import type { Knex } from "knex";
import { USERS } from "@acme/db";
export async function up(knex: Knex): Promise<void> {
  await knex.raw(\`CREATE INDEX users_email_idx ON \${USERS} (email)\`);
}
export async function down(): Promise<void> {}
`,
    });
    const { findings } = lintJson(path.join(project.dir, "apps/api"), "migrations");
    const index = findings.find((f) => f.ruleId === "require-concurrent-index");
    expect(index?.message).toContain("on `users`");
    expect(findings.filter((f) => f.ruleId === "uninspectable-sql")).toEqual([]);
  });
});

describe("Kysely db.dynamic", () => {
  test("db.dynamic.ref / db.dynamic.table in a sql template: the real finding, no false parse error", () => {
    const project = tempProject({
      "package.json": JSON.stringify({ name: "app", private: true, dependencies: { kysely: "^0.27.0", pg: "^8.13.0" } }),
      "migrations/2024_01_01_index.ts": `import { Kysely, sql } from "kysely";
export async function up(db: Kysely<any>): Promise<void> {
  await sql\`SET lock_timeout = '5s'\`.execute(db);
  await sql\`CREATE INDEX users_email_idx ON \${db.dynamic.table("users")} (\${db.dynamic.ref("email")})\`.execute(db);
}
export async function down(): Promise<void> {}
`,
    });
    const { findings } = lintJson(project.dir, "migrations");
    expect(findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(["require-concurrent-index@4"]);
  });
});

describe("the schema cross-check reads sequelize-cli model factories", () => {
  test.each(["sequelize-cli", "sequelize-cli-esm"])("%s: dropping a mapped column is no-drop-mapped-column", (kind) => {
    const project = tempProject();
    cpSync(path.join(ROOT, "fixtures/rules/no-drop-mapped-column", kind), project.dir, { recursive: true });
    const bad = kind === "sequelize-cli" ? "migrations/20240201000000-bad-drop-due-date.js" : "migrations/20240201000000-bad-drop-total-cents.js";
    const { code, findings } = lintJson(project.dir, bad);
    expect(code).toBe(1);
    expect(findings.map((f) => f.ruleId)).toContain("no-drop-mapped-column");
    expect(findings.map((f) => f.ruleId)).not.toContain("no-drop-column");
  });
});
