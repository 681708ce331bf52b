import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { isConventionalCodeMigration, isConventionalMigration, looksLikeCodeMigration } from "../../src/discover/conventions.js";
import { findMigrationSets } from "../../src/discover/find-migrations.js";
import { compareVersions, versionOf } from "../../src/discover/versions.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mg-discover-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe("TS/JS migrations by convention", () => {
  test.each([
    ["src/migrations/1700000000000-AddUsers.ts", true],
    ["migrations/20240101_create_users.js", true],
    ["db/migrations/20240101-create-users.cjs", true],
    ["src/database/migrations/Migration20240101120000.ts", true],
    ["migrations/001_init.mjs", true],
    ["migrations/types.d.ts", false],
    ["migrations/20240101_create_users.test.ts", false],
    ["migrations/__tests__/helpers.ts", false],
    ["src/entities/User.ts", false],
    ["seeders/20240101-demo-users.js", false],
    ["drizzle/schema.ts", false],
  ])("%s → %s", (file, expected) => {
    expect(isConventionalCodeMigration(file)).toBe(expected);
  });

  test("SQL and code files are both migrations", () => {
    expect(isConventionalMigration("migrations/001.sql")).toBe(true);
    expect(isConventionalMigration("migrations/001.ts")).toBe(true);
  });

  test("versions of the tools' file names", () => {
    expect(versionOf("1700000000000-AddUsers.ts")).toBe("1700000000000");
    expect(versionOf("20240101120000_create_users.js")).toBe("20240101120000");
    expect(versionOf("Migration20240101120000.ts")).toBe("20240101120000");
    expect(versionOf("Migration20240101120000_add_age.ts")).toBe("20240101120000");
    // Medusa names its MikroORM migrations after what they do, with the timestamp after the word.
    expect(versionOf("InitialSetup20240221144943.ts")).toBe("20240221144943");
    expect(versionOf("add2fa.sql")).toBe("add2fa.sql");
    // Diesel's folders, both forms: each migration its own version, in time order.
    expect(versionOf("2024-01-01-000000_create_users")).toBe("20240101000000");
    expect(versionOf("2026-03-19-234307-0000_same_table_joins")).toBe("202603192343070000");
    expect(compareVersions(versionOf("2021-03-09-171136_split_user_table"), versionOf("2026-03-19-234307-0000_same_table_joins"))).toBe(-1);
    expect(compareVersions(versionOf("2024-01-01-000000_a"), versionOf("2024-01-02-000000_b"))).toBe(-1);
  });

  test("a named folder without a migrations folder: TS/JS files with an up()", () => {
    expect(looksLikeCodeMigration("export async function up(knex) {}")).toBe(true);
    expect(looksLikeCodeMigration("exports.up = (pgm) => {}")).toBe(true);
    expect(looksLikeCodeMigration("export class X implements MigrationInterface {}")).toBe(true);
    expect(looksLikeCodeMigration("export const helper = () => 1;")).toBe(false);
  });

  test("finds TypeORM, Knex and MikroORM sets, ordered by version", async () => {
    const dir = project({
      "src/migrations/1700000000001-AddEmail.ts": "",
      "src/migrations/1700000000000-CreateUsers.ts": "",
      "db/migrations/20240101000000_init.js": "",
      "src/entities/User.ts": "",
      "node_modules/x/migrations/1.js": "",
    });
    const sets = await findMigrationSets(dir);
    expect(sets.map((s) => [s.dir, s.files.map((f) => f.path)])).toEqual([
      ["db/migrations", ["db/migrations/20240101000000_init.js"]],
      ["src/migrations", ["src/migrations/1700000000000-CreateUsers.ts", "src/migrations/1700000000001-AddEmail.ts"]],
    ]);
  });

  test("a folder named on the command line: code files that look like migrations", async () => {
    const dir = project({
      "db/versions/001_init.ts": "export async function up(knex) {}",
      "db/versions/helpers.ts": "export const x = 1;",
    });
    const sets = await findMigrationSets(dir, "db", { explicit: true });
    expect(sets.flatMap((s) => s.files.map((f) => f.path))).toEqual(["db/versions/001_init.ts"]);
  });
});

describe("down files of SQL migrations", () => {
  test("in a set where some migrations have a down file, the others are marked as missing one", async () => {
    const dir = project({
      "migrations/001_init.sql": "",
      "migrations/001_init.down.sql": "",
      "migrations/002_add.sql": "",
      "prisma/migrations/20240101_init/migration.sql": "",
      "prisma/migrations/20240101_init/down.sql": "",
      "prisma/migrations/20240102_add/migration.sql": "",
      "other/migrations/001.sql": "",
    });
    const sets = await findMigrationSets(dir);
    const marks = sets.flatMap((s) => s.files.map((f) => [f.path, f.hasDown, f.downOf]));
    expect(marks).toEqual([
      ["migrations/001_init.sql", true, undefined],
      ["migrations/001_init.down.sql", undefined, "migrations/001_init.sql"],
      ["migrations/002_add.sql", false, undefined],
      ["other/migrations/001.sql", undefined, undefined],
      ["prisma/migrations/20240101_init/migration.sql", true, undefined],
      ["prisma/migrations/20240101_init/down.sql", undefined, "prisma/migrations/20240101_init/migration.sql"],
      ["prisma/migrations/20240102_add/migration.sql", false, undefined],
    ]);
  });
});
