import { describe, expect, test } from "vitest";
import path from "node:path";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import { lint } from "../../src/lint.js";
import { tempProject, tempRepo } from "../support/temp-project.js";

/** Down files (golang-migrate, sqlx, Diesel) through the whole pipeline: discover, read, rules. */

const USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text, nickname text);\n";

async function findings(cwd: string, config: Partial<ResolvedConfig> = {}, request: { paths?: string[]; base?: string; staged?: boolean; cacheFile?: string } = {}) {
  const result = await lint({ cwd, ...request, config: { ...DEFAULT_CONFIG, ...config } });
  return {
    result,
    found: result.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.severity, f.direction]),
  };
}

describe("down files", () => {
  test("by default only what fails when the rollback runs: a parse error at its own line, once, in the down direction", async () => {
    const { dir } = tempProject({
      "db/migrations/000001_users.up.sql": USERS,
      "db/migrations/000001_users.down.sql": "DROP TABLE users;\n",
      "db/migrations/000002_index.up.sql": "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\n",
      "db/migrations/000002_index.down.sql": "-- undo\nDROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\n\nDROPP INDEX x;\n",
      "db/migrations/000003_empty.up.sql": "SELECT 1;\n",
      "db/migrations/000003_empty.down.sql": "",
      "db/migrations/000004_risky.up.sql": "SELECT 1;\n",
      "db/migrations/000004_risky.down.sql": "CREATE INDEX users_nickname_idx ON users (nickname);\nALTER TABLE users DROP COLUMN nickname;\n",
      "db/migrations/000005_bom.up.sql": "SELECT 1;\n",
      "db/migrations/000005_bom.down.sql": "\uFEFFALTER TABLE users DROP COLUMN IF EXISTS email;\n",
    });
    const { found, result } = await findings(dir);
    expect(found).toEqual([
      // Two statements sent as one script run in one implicit transaction, where CONCURRENTLY fails.
      ["db/migrations/000002_index.down.sql", 2, 1, "no-concurrent-index-in-transaction", "error", "down"],
      ["db/migrations/000002_index.down.sql", 4, 1, "parse-error", "error", "down"],
    ]);
    // A pair is one migration.
    expect(result.checked).toEqual(["000001_users", "000002_index", "000003_empty", "000004_risky", "000005_bom"].map((n) => `db/migrations/${n}.up.sql`));
    expect(result.sources.get("db/migrations/000002_index.down.sql")).toContain("DROPP INDEX x;");
  });

  test('with down: "warn", the risky DDL too, as warnings; what fails stays an error; the table its own up file creates is new', async () => {
    const { dir } = tempProject({
      "db/migrations/000001_users.up.sql": USERS,
      "db/migrations/000002_audit.up.sql": "CREATE TABLE audit (id bigint PRIMARY KEY, user_id bigint);\n",
      "db/migrations/000002_audit.down.sql": "DROP TABLE audit;\nCREATE INDEX users_nickname_idx ON users (nickname);\nALTER TABLE users DROP COLUMN nickname;\nSELEC 1;\n",
      "db/migrations/000003_bom.up.sql": "SELECT 1;\n",
      "db/migrations/000003_bom.down.sql": "\uFEFFALTER TABLE users DROP COLUMN IF EXISTS email;\n",
    });
    const { found } = await findings(dir, { down: "warning" });
    expect(found).toEqual([
      ["db/migrations/000002_audit.down.sql", 2, 1, "require-concurrent-index", "warning", "down"],
      ["db/migrations/000002_audit.down.sql", 2, 1, "require-lock-timeout", "warning", "down"],
      ["db/migrations/000002_audit.down.sql", 3, 1, "no-drop-column", "warning", "down"],
      ["db/migrations/000002_audit.down.sql", 4, 1, "parse-error", "error", "down"],
      ["db/migrations/000003_bom.down.sql", 1, 1, "no-drop-column", "warning", "down"],
      ["db/migrations/000003_bom.down.sql", 1, 1, "require-lock-timeout", "warning", "down"],
    ]);
    // pop: the untagged down file of a migration whose table another file of it (autocommit) creates.
    const pop = tempProject({
      "migrations/20240101000000_codes.autocommit.up.sql": "CREATE TABLE IF NOT EXISTS codes (id bigint PRIMARY KEY);\n",
      "migrations/20240101000000_codes.postgres.up.sql": "SELECT 1;\n",
      "migrations/20240101000000_codes.mysql.up.sql": "SELECT 1;\n",
      "migrations/20240101000000_codes.down.sql": "DROP TABLE codes;\n",
    });
    expect((await findings(pop.dir, { down: "warning" })).found.filter((f) => f[3] === "no-drop-table")).toEqual([]);
    // The table 000001 created is not new to a rollback of 000002: its drop is reported.
    const other = tempProject({
      "db/migrations/000001_users.up.sql": USERS,
      "db/migrations/000002_noop.up.sql": "SELECT 1;\n",
      "db/migrations/000002_noop.down.sql": "DROP TABLE users;\n",
    });
    expect((await findings(other.dir, { down: "warning" })).found).toEqual([
      ["db/migrations/000002_noop.down.sql", 1, 1, "no-drop-table", "warning", "down"],
      ["db/migrations/000002_noop.down.sql", 1, 1, "require-lock-timeout", "warning", "down"],
    ]);
  });

  test("a down file never enters the history the next migrations are checked against", async () => {
    // If the rollback's CREATE TABLE counted as history, `legacy` would be new in this change set and the index on it quiet.
    const { dir } = tempProject({
      "db/migrations/000001_drop_legacy.up.sql": "DROP TABLE legacy;\n",
      "db/migrations/000001_drop_legacy.down.sql": "CREATE TABLE legacy (id bigint, name text);\n",
      "db/migrations/000002_index.up.sql": "CREATE INDEX legacy_name_idx ON legacy (name);\n",
    });
    const { found } = await findings(dir, {}, { paths: ["db/migrations/000001_drop_legacy.up.sql", "db/migrations/000002_index.up.sql"] });
    expect(found.filter((f) => f[3] === "require-concurrent-index")).toEqual([["db/migrations/000002_index.up.sql", 1, 1, "require-concurrent-index", "error", "up"]]);
  });

  test("Diesel's down.sql beside up.sql, a down file without its up file, and one named on the command line", async () => {
    const { dir } = tempProject({
      "migrations/2024-01-01-000000_create_users/up.sql": USERS,
      "migrations/2024-01-01-000000_create_users/down.sql": "DROP TABLE users;\n",
      "migrations/2024-02-01-000000_posts/up.sql": "CREATE TABLE posts (id bigint PRIMARY KEY);\n",
      "migrations/2024-02-01-000000_posts/down.sql": "DROP TABLE posts\nCASCADE CASCADE;\n",
      "migrations/2024-03-01-000000_gone/down.sql": "DROP TABLE IF EXIST gone;\n",
    });
    const { found } = await findings(dir);
    expect(found).toEqual([
      ["migrations/2024-02-01-000000_posts/down.sql", 2, 9, "parse-error", "error", "down"],
      ["migrations/2024-03-01-000000_gone/down.sql", 1, 15, "parse-error", "error", "down"],
    ]);
    const named = await findings(dir, {}, { paths: ["migrations/2024-02-01-000000_posts/down.sql"] });
    expect(named.found).toEqual([["migrations/2024-02-01-000000_posts/down.sql", 2, 9, "parse-error", "error", "down"]]);
    expect(named.result.checked).toEqual(["migrations/2024-02-01-000000_posts/up.sql"]);
  });

  test("a suppression comment in a down file covers its statement", async () => {
    const { dir } = tempProject({
      "db/migrations/000001_users.up.sql": USERS,
      "db/migrations/000002_noop.up.sql": "SELECT 1;\n",
      "db/migrations/000002_noop.down.sql": "-- migration-guard-ignore no-drop-table, require-lock-timeout: the rollback of a table nobody reads yet\nDROP TABLE users;\n",
    });
    expect((await findings(dir, { down: "warning" })).found).toEqual([]);
  });

  test("from the cache, a down file is still a down file", async () => {
    const { dir } = tempProject({
      "db/migrations/000001_users.up.sql": USERS,
      "db/migrations/000001_users.down.sql": "DROP TABLE users;\nSELEC 1;\n",
    });
    const cacheFile = path.join(dir, ".cache/mg");
    const first = await findings(dir, {}, { cacheFile });
    const second = await findings(dir, {}, { cacheFile });
    expect(first.found).toEqual([["db/migrations/000001_users.down.sql", 2, 1, "parse-error", "error", "down"]]);
    expect(second.found).toEqual(first.found);
  });
});

describe("down files in a change set (--base, --staged)", () => {
  const BASE = {
    "db/migrations/000001_users.up.sql": USERS,
    "db/migrations/000001_users.down.sql": "DROP TABLE users;\n",
  };

  test("a changed down file is checked even when its up file did not change; an unchanged one is not", async () => {
    const repo = tempRepo({ ...BASE, "db/migrations/000002_old.up.sql": "SELECT 1;\n", "db/migrations/000002_old.down.sql": "SELEC 2;\n" });
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "db/migrations/000001_users.down.sql": "DROP TABLE users\nCASCADE CASCADE;\n" });
    repo.git("commit", "-qam", "fix the rollback");
    const { found, result } = await findings(repo.dir, {}, { base: "main" });
    expect(found).toEqual([["db/migrations/000001_users.down.sql", 2, 9, "parse-error", "error", "down"]]);
    expect(result.checked).toEqual(["db/migrations/000001_users.up.sql"]);
  });

  test("a new migration's down file is checked with it; --staged reads the staged content", async () => {
    const repo = tempRepo(BASE);
    repo.write({
      "db/migrations/000002_posts.up.sql": "CREATE TABLE posts (id bigint PRIMARY KEY);\n",
      "db/migrations/000002_posts.down.sql": "DROP TABLE posts;\n",
    });
    repo.git("add", "-A");
    // Broken in the working tree only: what is committed is the staged file.
    repo.write({ "db/migrations/000002_posts.down.sql": "DROPP TABLE posts;\n" });
    expect((await findings(repo.dir, {}, { staged: true })).found).toEqual([]);
    repo.write({ "db/migrations/000002_posts.down.sql": "DROP TABLE posts;\n" });
    repo.write({ "db/migrations/000002_posts.up.sql": "CREATE TABLE posts (id bigint PRIMARY KEY);\n" });
    repo.git("add", "db/migrations/000002_posts.up.sql");
    repo.write({ "db/migrations/000002_posts.down.sql": "DROPP TABLE posts;\n" });
    repo.git("add", "db/migrations/000002_posts.down.sql");
    expect((await findings(repo.dir, {}, { staged: true })).found).toEqual([["db/migrations/000002_posts.down.sql", 1, 1, "parse-error", "error", "down"]]);
  });
});
