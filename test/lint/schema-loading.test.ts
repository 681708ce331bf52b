import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import { defineRule } from "../../src/core/rule.js";
import { lint } from "../../src/lint.js";

/** Reports what the engine gave it, so the test sees whether the app schema was read. */
const seesSchema = defineRule({
  id: "sees-schema",
  description: "test rule",
  severity: "info",
  check(ctx) {
    ctx.report({ at: { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: ctx.schema ? [...ctx.schema.tables.keys()].join(",") : "none" });
  },
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function schemaSeenFor(migration: string, config: Partial<ResolvedConfig> = {}, folder = false): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "migration-guard-lint-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "prisma/migrations/20240101000000_change"), { recursive: true });
  writeFileSync(path.join(dir, "prisma/schema.prisma"), "model User {\n  id Int @id\n  email String\n  @@map(\"users\")\n}\n");
  writeFileSync(path.join(dir, "prisma/migrations/20240101000000_change/migration.sql"), migration);
  const result = await lint({
    cwd: dir,
    paths: [folder ? "prisma/migrations" : "prisma/migrations/20240101000000_change/migration.sql"],
    config: { ...DEFAULT_CONFIG, plugins: { test: { rules: { "sees-schema": seesSchema } } }, ...config },
  });
  return result.findings.filter((f) => f.ruleId === "test/sees-schema").map((f) => f.message);
}

test("the app schema is read when a migration of the change set drops or renames something", async () => {
  expect(await schemaSeenFor('ALTER TABLE "users" DROP COLUMN "email";\n')).toEqual(["users"]);
  expect(await schemaSeenFor('ALTER TABLE "users" RENAME COLUMN "email" TO "mail";\n')).toEqual(["users"]);
});

test("reading the models is skipped when nothing is dropped or renamed, and with schema: false", async () => {
  expect(await schemaSeenFor('ALTER TABLE "users" ADD COLUMN "name" TEXT;\n')).toEqual(["none"]);
  expect(await schemaSeenFor('ALTER TABLE "users" DROP COLUMN "email";\n', { schema: false })).toEqual(["none"]);
});

test("linting a whole folder has no change set to ship with the models: no schema", async () => {
  expect(await schemaSeenFor('ALTER TABLE "users" DROP COLUMN "email";\n', {}, true)).toEqual(["none"]);
});
