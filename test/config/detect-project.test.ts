import { expect, test } from "vitest";
import { detectProject } from "../../src/config/detect-project.js";
import { tempProject } from "../support/temp-project.js";

test("Drizzle and TypeORM schema sources, Postgres from a CI service image", async () => {
  const { dir } = tempProject({
    "package.json": JSON.stringify({ dependencies: { "drizzle-orm": "0.40", typeorm: "0.3" } }),
    "drizzle.config.ts": 'export default defineConfig({ dialect: "postgresql", schema: "./src/db/schema.ts", out: "./drizzle" });\n',
    "src/db/schema.ts": "export const users = pgTable('users', {});\n",
    "src/entities/User.ts": "@Entity() export class User {}\n",
    "src/entities/billing/Invoice.ts": "@Entity() export class Invoice {}\n",
    "drizzle/0000_init.sql": "CREATE TABLE users (id int);\n--> statement-breakpoint\nCREATE TABLE b (id int);\n",
    "drizzle/meta/_journal.json": "{}",
    ".github/workflows/ci.yml": "services:\n  postgres:\n    image: postgres:14.11\n",
  });
  const project = await detectProject(dir);
  expect(project.postgresVersion).toBe(14);
  expect(project.migrations).toEqual([{ files: "drizzle/*.sql", tool: "drizzle", count: 1, exact: true }]);
  expect(project.schemaSources).toEqual([
    { orm: "drizzle", include: ["src/db/schema.ts"] },
    { orm: "typeorm", include: ["src/entities/**/*.{ts,js}"] },
  ]);
});

test("nothing to detect", async () => {
  const { dir } = tempProject({ "README.md": "hello" });
  expect(await detectProject(dir)).toEqual({ migrations: [], schemaSources: [] });
});
