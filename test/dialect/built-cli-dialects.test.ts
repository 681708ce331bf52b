import { readFileSync } from "node:fs";
import path from "node:path";
import type { Log } from "sarif";
import { describe, expect, test } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { sarifSchemaErrors } from "../support/sarif-schema.js";
import { fixtureProject } from "./fixture-project.js";

/** Through the built CLI (`npm run build` first), as a user runs it in each fixture project. */

interface JsonReport {
  findings: { ruleId: string; file: string; line: number; message: string }[];
  notices: { kind: string; set: string; database: string; migrations: number; message: string; file?: string; line?: number }[];
  summary: { checkedMigrations: number; skippedSets: number; errors: number };
}

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

describe("a MySQL or SQLite project: every set skipped, said once per set, exit 0", () => {
  test.each([
    ["prisma-mysql", "prisma/migrations", "MySQL"],
    ["drizzle-sqlite", "drizzle", "SQLite"],
    ["knex-sqlite", "migrations", "SQLite"],
    ["typeorm-mysql", "src/migrations", "MySQL"],
    ["mikro-orm-mysql", "src/migrations", "MySQL"],
    ["sequelize-mysql", "migrations", "MySQL"],
    ["kysely-sqlite", "src/migrations", "SQLite"],
  ])("%s (JSON)", (name, set, database) => {
    const { dir } = fixtureProject(name);
    const { code, stdout, stderr } = builtCli(["--format", "json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = json(stdout);
    expect(report.findings).toEqual([]);
    expect(report.notices).toEqual([expect.objectContaining({ kind: "skipped-set", set, database })]);
    expect(report.notices[0]!.message).toContain(`${set} is ${database}: migration-guard checks PostgreSQL migrations; skipped`);
    expect(report.summary).toMatchObject({ checkedMigrations: 0, skippedSets: 1, errors: 0 });
  });

  test("stylish: the notice above a summary line that says the set was skipped", () => {
    const { dir } = fixtureProject("prisma-mysql");
    const { code, stdout } = builtCli([], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(
      'ℹ prisma/migrations is MySQL: migration-guard checks PostgreSQL migrations; skipped (2 migrations, not checked). Detected from provider = "mysql" in prisma/migrations/migration_lock.toml:3; if it runs on PostgreSQL, set `dialect: "postgresql"` for it in the config.\n' +
        "ℹ No PostgreSQL migrations to check · 1 set skipped (not PostgreSQL)\n",
    );
  });

  test("GitHub: a notice annotation on the file that names the database", () => {
    const { dir } = fixtureProject("typeorm-mysql");
    const { code, stdout } = builtCli(["--format", "github"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^::notice file=src\/data-source\.ts,line=5,title=migration-guard%3A src\/migrations skipped \(MySQL\)::src\/migrations is MySQL: migration-guard checks PostgreSQL migrations; skipped/);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  test("Markdown: says no PostgreSQL migration was there to check, and why", () => {
    const { dir } = fixtureProject("kysely-sqlite");
    const { code, stdout } = builtCli(["--format", "markdown"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("### ℹ️ migration-guard: no PostgreSQL migrations to check");
    expect(stdout).toContain("ℹ️ src/migrations is SQLite: migration-guard checks PostgreSQL migrations; skipped (1 migration, not checked). Detected from new SqliteDialect( in src/db.ts:5");
    expect(stdout).not.toContain("no problems found");
  });
});

describe("a project with a MySQL set and a PostgreSQL set", () => {
  test("SARIF: the Postgres set's results, and the skipped set as a tool notification; valid SARIF", () => {
    const { dir } = fixtureProject("multi-database");
    const { code, stdout } = builtCli(["--format", "sarif"], { cwd: dir });
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results!.length).toBeGreaterThan(0);
    expect(run.results!.every((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!.startsWith("migrations/postgres/"))).toBe(true);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [expect.objectContaining({ level: "note", descriptor: { id: "skipped-set" }, message: { text: expect.stringContaining("migrations/mysql is MySQL") } })],
      },
    ]);
  });
});

describe("PostgreSQL projects are still checked", () => {
  test("Knex with a SQLite development database and pg in production", () => {
    const { dir } = fixtureProject("knex-postgres");
    const { code, stdout } = builtCli(["--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.notices).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toContainEqual(["require-concurrent-index", "migrations/20240101000000_invoices.js", 3]);
  });
});

describe("nothing says which database, and the statements are MySQL", () => {
  test("one parse-error for the set's MySQL statements, one for the typo; exit 1", () => {
    const { dir } = fixtureProject("mysql-syntax-unknown");
    const { code, stdout } = builtCli(["--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ["parse-error", "db/migrations/001_accounts.sql", 1],
      ["parse-error", "db/migrations/002_sessions.sql", 10],
    ]);
    expect(report.findings[0]!.message).toContain("look written for MySQL, not PostgreSQL: 3 statements in 2 files of db/migrations");
  });
});

describe("the dialect key", () => {
  test("says a detected MySQL set runs on PostgreSQL: it is checked", () => {
    const { dir, write } = fixtureProject("typeorm-mysql");
    write({ ".migration-guardrc.json": '{ "dialect": "postgresql" }\n' });
    const { code, stdout } = builtCli(["--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.notices).toEqual([]);
    expect(report.summary.checkedMigrations).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["parse-error"]);
  });

  test("a misspelled database is a config error with the allowed values, exit 2", () => {
    const { dir, write } = fixtureProject("knex-postgres");
    write({ ".migration-guardrc.json": '{ "migrations": [{ "files": "migrations", "dialect": "sqlite3" }] }\n' });
    const { code, stderr } = builtCli([], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('migrations[0].dialect must be one of "postgresql", "mysql", "mariadb", "sqlite"');
    expect(stderr).toContain('(did you mean "sqlite"?)');
  });
});

describe("init", () => {
  test("writes the detected database of a MySQL set into the config, and says it will be skipped", () => {
    const { dir } = fixtureProject("prisma-mysql");
    const { code, stdout } = builtCli(["init"], { cwd: dir });
    expect(code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(dir, "migration-guard.config.json"), "utf8")) as { migrations: unknown[] };
    expect(config.migrations).toEqual([{ files: "prisma/migrations/*/migration.sql", tool: "prisma", dialect: "mysql" }]);
    expect(stdout).toContain(
      'prisma/migrations/*/migration.sql  prisma, 2 migrations — MySQL (provider = "mysql" in prisma/migrations/migration_lock.toml:3): skipped, migration-guard checks PostgreSQL migrations',
    );
    const after = builtCli(["--format", "json"], { cwd: dir });
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).notices[0].message).toContain('The config sets `dialect: "mysql"` for it.');
  });
});
