import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { TsImportResolver } from "../../src/typescript/module-resolution.js";
import { read, summary } from "./read.js";

let resolver: TsImportResolver;

beforeAll(async () => {
  await loadSqlParser();
  const ts = await loadTypeScript();
  const root = mkdtempSync(path.join(tmpdir(), "mg-workspace-"));
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "repo", private: true, workspaces: ["packages/*", "apps/*"] }),
    // Not built: main points at dist/, only the sources exist.
    "packages/db/package.json": JSON.stringify({ name: "@acme/db", main: "dist/index.js", types: "dist/index.d.ts" }),
    "packages/db/src/index.ts": `export * from "./tables";\nexport { LOCK_TIMEOUT as LOCK } from "./settings";`,
    "packages/db/src/tables.ts": `export const USERS = "users";\nexport const Tables = { orders: "orders" } as const;`,
    "packages/db/src/settings.ts": `export const LOCK_TIMEOUT = "SET lock_timeout = '5s'";`,
    "packages/sql/package.json": JSON.stringify({ name: "@acme/sql", exports: { ".": "./index.js", "./indexes": { import: "./indexes.mjs", require: "./indexes.cjs" } } }),
    "packages/sql/index.js": `exports.NOOP = "SELECT 1";`,
    "packages/sql/indexes.mjs": `export const IF_NOT_EXISTS = "IF NOT EXISTS";`,
    "packages/jobs/package.json": JSON.stringify({ name: "@acme/jobs", dependencies: { knex: "3" } }),
    "packages/jobs/lib/models/jobs.ts": `export const JOBS_TABLE = "jobs";`,
    "apps/api/package.json": JSON.stringify({ name: "api", dependencies: { knex: "3", "@acme/db": "*" } }),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  resolver = new TsImportResolver(ts, root);
});

describe("constants imported from workspace packages resolve like relative helpers", () => {
  test("a package's index re-exporting its modules, main pointing at unbuilt output", () => {
    const m = read(
      "apps/api/migrations/20240101_add_index.ts",
      `import type { Knex } from "knex";
import { USERS, Tables, LOCK } from "@acme/db";
export async function up(knex: Knex) {
  await knex.raw(LOCK);
  await knex.raw(\`CREATE INDEX users_email_idx ON \${USERS} (email)\`);
  await knex.raw(\`ALTER TABLE \${Tables.orders} DROP COLUMN legacy\`);
}`,
      resolver,
    );
    expect(m.uninspectable).toEqual([]);
    expect(summary(m)).toEqual(["set lock_timeout=5s @4", "create-index users users_email_idx(email) @5", "drop-column orders legacy @6"]);
  });

  test("a subpath named in the package's exports map", () => {
    const m = read(
      "apps/api/migrations/20240102_add_index.ts",
      `import type { Knex } from "knex";
import { IF_NOT_EXISTS } from "@acme/sql/indexes";
export const config = { transaction: false };
export async function up(knex: Knex) {
  await knex.raw(\`CREATE INDEX CONCURRENTLY \${IF_NOT_EXISTS} users_email_idx ON users (email)\`);
}`,
      resolver,
    );
    expect(m.uninspectable).toEqual([]);
    expect(summary(m)).toEqual(["create-index users users_email_idx(email) concurrently @5"]);
  });

  test("a name the package does not export stays known only at run time, and is reported", () => {
    const m = read(
      "apps/api/migrations/20240103_x.ts",
      `import type { Knex } from "knex";
import { MISSING } from "@acme/db";
export async function up(knex: Knex) {
  await knex.raw(MISSING);
}`,
      resolver,
    );
    expect(m.uninspectable.map((u) => u.reason)).toEqual([expect.stringContaining("MISSING")]);
  });

  test("a migration's own relative import of its package's app code is not read, even inside a workspace package", () => {
    const m = read(
      "packages/jobs/lib/migrations/20240104_x.ts",
      `import type { Knex } from "knex";
import { JOBS_TABLE } from "../models/jobs";
export async function up(knex: Knex) {
  await knex.raw(\`ALTER TABLE \${JOBS_TABLE} ADD COLUMN x int uuid\`);
}`,
      resolver,
    );
    expect(m.statements.filter((s) => s.error)).toEqual([]);
    expect(m.uninspectable.map((u) => u.reason)).toEqual([expect.stringContaining("JOBS_TABLE")]);
  });
});
