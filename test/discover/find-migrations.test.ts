import { describe, expect, test } from "vitest";
import { findMigrationSets } from "../../src/discover/find-migrations.js";
import { compareVersions, versionOf } from "../../src/discover/versions.js";
import { tempProject } from "../support/temp-project.js";

describe("finding migration sets by convention", () => {
  test("plain, Prisma (schema folder too), Drizzle, Supabase and golang-migrate folders; seeds and node_modules are not migrations, down files follow theirs", async () => {
    const { dir } = tempProject({
      "db/migrations/002_b.sql": "",
      "db/migrations/001_a.sql": "",
      "db/migrations/seeds/users.sql": "",
      "prisma/migrations/migration_lock.toml": "",
      "prisma/migrations/20240102000000_second/migration.sql": "",
      "prisma/migrations/20240101000000_first/migration.sql": "",
      "packages/api/prisma/schema/migrations/20240101000000_init/migration.sql": "",
      "drizzle/0000_init.sql": "",
      "drizzle/meta/_journal.json": "{}",
      "supabase/migrations/20240101120000_init.sql": "",
      "services/go/migrations/000001_init.up.sql": "",
      "services/go/migrations/000001_init.down.sql": "",
      "node_modules/pkg/migrations/001.sql": "",
      "scripts/report.sql": "",
    });
    const sets = await findMigrationSets(dir);
    expect(sets.map((s) => [s.dir, s.tool, s.files.map((f) => f.path)])).toEqual([
      ["db/migrations", "sql", ["db/migrations/001_a.sql", "db/migrations/002_b.sql"]],
      ["drizzle", "drizzle", ["drizzle/0000_init.sql"]],
      ["packages/api/prisma/schema/migrations", "prisma", ["packages/api/prisma/schema/migrations/20240101000000_init/migration.sql"]],
      [
        "prisma/migrations",
        "prisma",
        ["prisma/migrations/20240101000000_first/migration.sql", "prisma/migrations/20240102000000_second/migration.sql"],
      ],
      ["services/go/migrations", "golang-migrate", ["services/go/migrations/000001_init.up.sql", "services/go/migrations/000001_init.down.sql"]],
      ["supabase/migrations", "supabase", ["supabase/migrations/20240101120000_init.sql"]],
    ]);
  });

  test("down files: golang-migrate, sqlx and Diesel pairs, each right after its migration with its version; one without its migration is kept once", async () => {
    const { dir } = tempProject({
      "go/migrations/000002_b.up.sql": "",
      "go/migrations/000002_b.down.sql": "",
      "go/migrations/000001_a.down.sql": "",
      "go/migrations/000001_a.up.sql": "",
      "go/migrations/000003_gone.down.sql": "",
      "go/migrations/000004_c.up.sql": "",
      "rust/migrations/2024-01-01-000000_create/up.sql": "",
      "rust/migrations/2024-01-01-000000_create/down.sql": "",
      "rust/migrations/2024-02-01-000000_more/up.sql": "",
      "rust/migrations/2024-02-01-000000_more/down.sql": "",
      "seeds/migrations/seeds/001.down.sql": "",
    });
    const sets = await findMigrationSets(dir);
    // A down file has its migration's version, whatever the version is read as.
    const versionOfPath = new Map(sets.flatMap((s) => s.files.map((f) => [f.path, f.version])));
    for (const f of sets.flatMap((s) => s.files)) if (f.downOf && versionOfPath.has(f.downOf)) expect(f.version).toBe(versionOfPath.get(f.downOf));
    expect(sets.map((s) => [s.dir, s.tool, s.files.map((f) => [f.path, s.tool === "sql" ? "-" : f.version, f.downOf ?? null])])).toEqual([
      [
        "go/migrations",
        "golang-migrate",
        [
          ["go/migrations/000001_a.up.sql", "000001", null],
          ["go/migrations/000001_a.down.sql", "000001", "go/migrations/000001_a.up.sql"],
          ["go/migrations/000002_b.up.sql", "000002", null],
          ["go/migrations/000002_b.down.sql", "000002", "go/migrations/000002_b.up.sql"],
          ["go/migrations/000003_gone.down.sql", "000003", "go/migrations/000003_gone.up.sql"],
          ["go/migrations/000004_c.up.sql", "000004", null],
        ],
      ],
      [
        "rust/migrations",
        "sql",
        [
          ["rust/migrations/2024-01-01-000000_create/up.sql", "-", null],
          ["rust/migrations/2024-01-01-000000_create/down.sql", "-", "rust/migrations/2024-01-01-000000_create/up.sql"],
          ["rust/migrations/2024-02-01-000000_more/up.sql", "-", null],
          ["rust/migrations/2024-02-01-000000_more/down.sql", "-", "rust/migrations/2024-02-01-000000_more/up.sql"],
        ],
      ],
    ]);
  });

  test("a down file named unlike its migration pairs by version: golang-migrate's own rule, and pop's untagged down for the Postgres up", async () => {
    const { dir } = tempProject({
      "go/migrations/30_add_meta.up.sql": "",
      "go/migrations/30_drop_meta.down.sql": "",
      "go/migrations/31_x.up.sql": "",
      "go/migrations/31_y.up.sql": "",
      "go/migrations/31_z.down.sql": "",
      "pop/migrations/20200101000000_users.mysql.up.sql": "",
      "pop/migrations/20200101000000_users.postgres.up.sql": "",
      "pop/migrations/20200101000000_users.sqlite3.up.sql": "",
      "pop/migrations/20200101000000_users.sqlite3.down.sql": "",
      "pop/migrations/20200101000000_users.down.sql": "",
      // Listed before the untagged one, it must not take the Postgres migration.
      "pop/migrations/20200101000000_users.cockroach.down.sql": "",
    });
    const sets = await findMigrationSets(dir);
    expect(sets.map((s) => s.files.filter((f) => f.downOf).map((f) => [f.path, f.downOf]))).toEqual([
      [
        ["go/migrations/30_drop_meta.down.sql", "go/migrations/30_add_meta.up.sql"],
        // Two migrations of version 31: which one it undoes is not known, so it stays on its own.
        ["go/migrations/31_z.down.sql", "go/migrations/31_z.up.sql"],
      ],
      [
        ["pop/migrations/20200101000000_users.cockroach.down.sql", "pop/migrations/20200101000000_users.cockroach.up.sql"],
        ["pop/migrations/20200101000000_users.down.sql", "pop/migrations/20200101000000_users.postgres.up.sql"],
        ["pop/migrations/20200101000000_users.sqlite3.down.sql", "pop/migrations/20200101000000_users.sqlite3.up.sql"],
      ],
    ]);
  });

  test("a folder named explicitly counts all its SQL files when it has no conventional layout", async () => {
    const { dir } = tempProject({ "sql/01_a.sql": "", "sql/02_b.sql": "" });
    expect(await findMigrationSets(dir, "sql")).toEqual([]);
    const sets = await findMigrationSets(dir, "sql", { explicit: true });
    expect(sets.map((s) => s.files.map((f) => f.path))).toEqual([["sql/01_a.sql", "sql/02_b.sql"]]);
  });
});

describe("migration versions", () => {
  test("come from timestamps, counters and Flyway prefixes, and compare as numbers", () => {
    expect(["V1_10__x.sql", "V1_9__y.sql", "V2__z.sql"].map(versionOf).sort(compareVersions)).toEqual(["1_9", "1_10", "2"]);
    expect(versionOf("20240101120000_add_users")).toBe("20240101120000");
    expect(versionOf("1700000000000-AddUsers.ts")).toBe("1700000000000");
    expect(compareVersions("0002", "10")).toBeLessThan(0);
    expect(versionOf("init.sql")).toBe("init.sql");
  });
});
