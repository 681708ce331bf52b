import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import { lint } from "../../src/lint.js";
import { tempProject } from "../support/temp-project.js";
import { fixtureProject } from "./fixture-project.js";

const run = (cwd: string, config: Partial<ResolvedConfig> = {}) => lint({ cwd, config: { ...DEFAULT_CONFIG, ...config } });

describe("sets for another database are skipped, with one notice each", () => {
  test.each([
    ["prisma-mysql", "prisma/migrations", "MySQL", 2, "prisma/migrations/migration_lock.toml"],
    ["drizzle-sqlite", "drizzle", "SQLite", 1, "drizzle/meta/_journal.json"],
    ["drizzle-mysql-config", "drizzle", "MySQL", 1, "drizzle.config.ts"],
    ["knex-sqlite", "migrations", "SQLite", 2, "knexfile.js"],
    ["typeorm-mysql", "src/migrations", "MySQL", 1, "src/data-source.ts"],
    ["mikro-orm-mysql", "src/migrations", "MySQL", 1, "package.json"],
    ["sequelize-mysql", "migrations", "MySQL", 1, "config/config.json"],
    ["kysely-sqlite", "src/migrations", "SQLite", 1, "src/db.ts"],
  ])("%s", async (name, set, database, migrations, file) => {
    const { dir } = fixtureProject(name);
    const result = await run(dir);
    expect(result.findings).toEqual([]);
    expect(result.checked).toEqual([]);
    expect(result.notices).toEqual([
      expect.objectContaining({ kind: "skipped-set", set, database, migrations, file }),
    ]);
    expect(result.notices[0]!.message).toMatch(new RegExp(`^${set.replace(/\//g, "\\/")} is ${database}: migration-guard checks PostgreSQL migrations; skipped`));
  });

  test("a set the config says is PostgreSQL is checked whatever the project says", async () => {
    const { dir } = fixtureProject("typeorm-mysql");
    const perSet = await run(dir, { migrations: [{ files: ["src/migrations"], dialect: "postgresql" }], rootDir: dir });
    expect(perSet.notices).toEqual([]);
    expect(perSet.checked).toEqual(["src/migrations/1700000000000-Posts.ts"]);
    expect(perSet.findings.map((f) => f.ruleId)).toContain("parse-error");
    const topLevel = await run(dir, { dialect: "postgresql" });
    expect(topLevel.checked).toHaveLength(1);
  });

  test("the config can name a set's database: a Postgres-looking project's set is skipped", async () => {
    const { dir } = fixtureProject("knex-postgres");
    const result = await run(dir, { migrations: [{ files: ["migrations"], dialect: "sqlite" }], rootDir: dir });
    expect(result.notices).toEqual([expect.objectContaining({ set: "migrations", database: "SQLite" })]);
    expect(result.notices[0]!.message).toContain('The config sets `dialect: "sqlite"` for it.');
    expect(result.notices[0]).not.toHaveProperty("file");
  });
});

describe("PostgreSQL sets are still checked", () => {
  test("Knex with SQLite for development and pg in production", async () => {
    const { dir } = fixtureProject("knex-postgres");
    const result = await run(dir);
    expect(result.notices).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.line])).toContainEqual(["require-concurrent-index", 3]);
  });

  test("one project with a folder per database: the MySQL one skipped, the Postgres one checked", async () => {
    const { dir } = fixtureProject("multi-database");
    const result = await run(dir);
    expect(result.notices).toEqual([expect.objectContaining({ set: "migrations/mysql", database: "MySQL", migrations: 1 })]);
    expect(result.checked).toEqual(["migrations/postgres/001_events.sql", "migrations/postgres/002_events_name.sql"]);
    expect(result.findings.every((f) => f.file.startsWith("migrations/postgres/"))).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).toContain("require-concurrent-index");
  });
});

describe("a folder with one file per database (gobuffalo/pop)", () => {
  test("the files tagged for another database are skipped, with one notice; the Postgres and untagged ones are checked", async () => {
    const { dir } = fixtureProject("pop-per-file");
    const result = await run(dir);
    expect(result.checked).toEqual(["migrations/20200101000000_users.postgres.up.sql", "migrations/20200201000000_users_email.up.sql"]);
    expect(result.notices).toEqual([
      {
        kind: "skipped-files",
        set: "migrations",
        database: "CockroachDB, MySQL and SQLite",
        migrations: 3,
        message:
          "3 migrations of migrations are for CockroachDB, MySQL and SQLite, by their file names (such as 20200101000000_users.cockroach.up.sql): migration-guard checks PostgreSQL migrations; skipped. The set's PostgreSQL and untagged migrations are checked.",
      },
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.file])).toContainEqual(["require-concurrent-index", "migrations/20200201000000_users_email.up.sql"]);
    expect(result.findings.every((f) => !/\.(mysql|sqlite3|cockroach)\./.test(f.file))).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).not.toContain("parse-error");
  });
});

describe("where nothing says which database, another database's syntax is one finding per set", () => {
  test("MySQL statements Postgres rejects become one parse-error; a plain typo stays its own", async () => {
    const { dir } = fixtureProject("mysql-syntax-unknown");
    const result = await run(dir);
    expect(result.notices).toEqual([]);
    const parseErrors = result.findings.filter((f) => f.ruleId === "parse-error");
    expect(parseErrors.map((f) => [f.file, f.line])).toEqual([
      ["db/migrations/001_accounts.sql", 1],
      ["db/migrations/002_sessions.sql", 10],
    ]);
    const [summary, typo] = parseErrors;
    expect(summary!.severity).toBe("error");
    expect(summary!.message).toContain("These migrations look written for MySQL, not PostgreSQL: 3 statements in 2 files of db/migrations fail to parse as PostgreSQL");
    expect(summary!.message).toMatch(/\(backtick-quoted names, AUTO_INCREMENT, ENGINE=/);
    expect(summary!.message).toContain('set `dialect: "mysql"` for that set in the config and it is skipped');
    expect(summary!.fingerprint).toBe("foreign-syntax:db/migrations");
    expect(typo!.message).toContain('syntax error at or near "SELEC"');
  });

  test("SQLite syntax is named as SQLite; backticks alone as MySQL or SQLite", async () => {
    const sqlite = tempProject({ ".git/HEAD": "", "migrations/001.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);\nPRAGMA foreign_keys = ON;\n" });
    const [finding] = (await run(sqlite.dir)).findings.filter((f) => f.ruleId === "parse-error");
    expect(finding!.message).toContain("look written for SQLite, not PostgreSQL: 2 statements of migrations");
    expect(finding!.message).toContain('`dialect: "sqlite"`');
    const ticks = tempProject({ ".git/HEAD": "", "migrations/001.sql": "DROP TABLE `t`;\n" });
    const [only] = (await run(ticks.dir)).findings;
    expect(only!.message).toContain("look written for MySQL or SQLite, not PostgreSQL: 1 statement of migrations fails");
    expect(only!.message).toContain('`dialect: "mysql"` or `dialect: "sqlite"`');
  });

  test("raw SQL in a TS migration counts too", async () => {
    const { dir } = tempProject({
      ".git/HEAD": "",
      "migrations/20240101_users.js": 'exports.up = (knex) => knex.raw("ALTER TABLE `users` MODIFY `name` varchar(100)");\nexports.down = () => {};\n',
    });
    const [finding] = (await run(dir)).findings.filter((f) => f.ruleId === "parse-error");
    expect(finding).toMatchObject({ file: "migrations/20240101_users.js", line: 1 });
    expect(finding!.message).toContain("look written for MySQL");
  });
});
