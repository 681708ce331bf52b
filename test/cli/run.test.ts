import { describe, expect, test } from "vitest";
import { cli } from "../support/cli-io.js";
import { tempProject, tempRepo } from "../support/temp-project.js";

const HISTORY = "CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);\n";
// The migrations set lock_timeout so that require-lock-timeout stays out of these tests' exact expectations.
const BAD = "SET lock_timeout = '5s';\nCREATE INDEX users_email_idx ON users (email);\n";
const SAFE = "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\n";

describe("migration-guard CLI", () => {
  test("exit 1 with findings at error level, JSON with the documented shape", async () => {
    const { dir } = tempProject({ "db/migrations/001_users.sql": HISTORY, "db/migrations/002_index.sql": BAD });
    const { code, stdout } = await cli(["--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as { findings: Record<string, unknown>[]; summary: Record<string, number> };
    expect(output.findings).toEqual([
      expect.objectContaining({
        ruleId: "require-concurrent-index",
        severity: "error",
        file: "db/migrations/002_index.sql",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 46,
        message: expect.stringContaining("SHARE lock on `users`"),
        direction: "up",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      }),
    ]);
    expect(output.summary).toMatchObject({ errors: 1, warnings: 0, checkedMigrations: 2 });
  });

  test("exit 0 and an all-clear when nothing is wrong", async () => {
    const { dir } = tempProject({ "db/migrations/001_users.sql": HISTORY, "db/migrations/002_index.sql": SAFE });
    const { code, stdout } = await cli([], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe("✔ No problems found · checked 2 migrations\n");
  });

  test("stylish output: file:line:col, severity, rule, message, code frame; colors only on a TTY unless forced", async () => {
    const { dir } = tempProject({ "db/migrations/001_users.sql": HISTORY, "db/migrations/002_index.sql": BAD });
    const plain = await cli([], { cwd: dir });
    expect(plain.stdout).toContain("db/migrations/002_index.sql:2:1  error  require-concurrent-index\n");
    expect(plain.stdout).toContain("  > 2 | CREATE INDEX users_email_idx ON users (email);\n");
    expect(plain.stdout).toContain("✖ 1 problem (1 error, 0 warnings) in 1 file · checked 2 migrations");
    expect(plain.stdout).not.toContain("\u001b[");
    expect((await cli([], { cwd: dir, tty: true })).stdout).toContain("\u001b[");
    expect((await cli([], { cwd: dir, tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await cli([], { cwd: dir, env: { FORCE_COLOR: "1" } })).stdout).toContain("\u001b[");
  });

  test("paths: a named file is checked with the earlier files of its set as history", async () => {
    const { dir } = tempProject({
      "db/migrations/001_users.sql": HISTORY,
      "db/migrations/002_index.sql": SAFE,
      "db/migrations/003_more.sql": "SET lock_timeout = '5s'; ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX users_nick ON users (nickname);\n",
    });
    const { code, stdout } = await cli(["--format", "json", "db/migrations/003_more.sql"], { cwd: dir });
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as { findings: { file: string; line: number }[]; summary: { checkedMigrations: number } };
    expect(output.findings.map((f) => [f.file, f.line])).toEqual([["db/migrations/003_more.sql", 2]]);
    expect(output.summary.checkedMigrations).toBe(1);
  });

  test("usage errors exit 2 with a message and no stack trace", async () => {
    const { dir } = tempProject({});
    const missing = await cli(["nope.sql"], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, "migration-guard: No such file or directory: nope.sql\n"]);
    expect((await cli(["--bogus"], { cwd: dir })).code).toBe(2);
    const version = await cli(["--postgres-version", "banana"], { cwd: dir });
    expect(version.code).toBe(2);
    expect(version.stderr).toContain("expected a Postgres major version");
    const both = await cli(["--staged", "--base", "main"], { cwd: dir });
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining("cannot be combined")]);
    const notRepo = await cli(["--staged"], { cwd: dir });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/^migration-guard: .* is not in a git repository/);
  });

  test("--help and --version exit 0", async () => {
    const { dir } = tempProject({});
    const help = await cli(["--help"], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--postgres-version <major>");
    expect((await cli(["--version"], { cwd: dir })).code).toBe(0);
  });

  test("--postgres-version changes version-dependent verdicts", async () => {
    const { dir } = tempProject({ "db/migrations/001.sql": "CREATE TABLE a (id int);\n" });
    expect((await cli(["--postgres-version", "12"], { cwd: dir })).code).toBe(0);
  });
});

describe("git change sets", () => {
  test("--base checks only the migrations added or changed since the merge base, with the rest as history", async () => {
    const repo = tempRepo({ "db/migrations/001_users.sql": HISTORY, "db/migrations/002_old.sql": BAD });
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "db/migrations/003_new.sql": "SET lock_timeout = '5s'; ALTER TABLE users ADD COLUMN nick text;\nCREATE INDEX users_nick ON users (nick);\n" });
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "feature");
    repo.write({ "db/migrations/004_uncommitted.sql": "SET lock_timeout = '5s'; CREATE INDEX users_id_email ON users (id, email);\n" });
    const { code, stdout } = await cli(["--format", "json", "--base", "main"], { cwd: repo.dir });
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: { file: string; line: number }[] }).findings;
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ["db/migrations/003_new.sql", 2],
      ["db/migrations/004_uncommitted.sql", 1],
    ]);
  });

  test("--base with an unknown ref is a usage error that says what to do", async () => {
    const repo = tempRepo({ "db/migrations/001_users.sql": HISTORY });
    const { code, stderr } = await cli(["--base", "origin/nope"], { cwd: repo.dir });
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown git ref "origin/nope"');
  });

  test("--staged checks the staged content of staged migrations only", async () => {
    const repo = tempRepo({ "db/migrations/001_users.sql": HISTORY });
    repo.write({ "db/migrations/002_index.sql": BAD });
    repo.git("add", "db/migrations/002_index.sql");
    // Fixed in the working tree but not staged: the commit would still contain the bad version.
    repo.write({ "db/migrations/002_index.sql": SAFE, "db/migrations/003_unstaged.sql": BAD });
    const { code, stdout } = await cli(["--format", "json", "--staged"], { cwd: repo.dir });
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as { findings: { file: string; line: number }[]; summary: { checkedMigrations: number } };
    expect(output.findings.map((f) => [f.file, f.line])).toEqual([["db/migrations/002_index.sql", 2]]);
    expect(output.summary.checkedMigrations).toBe(1);
  });
});

describe("the demo project's TS/JS migrations", () => {
  test("TypeORM and Knex migrations are found by convention and reported at their exact lines", async () => {
    const cwd = new URL("../../fixtures/demo/", import.meta.url).pathname;
    const { stdout } = await cli(["--format", "json"], { cwd });
    const findings = (JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number; direction: string }[] }).findings;
    const at = (file: string) => findings.filter((f) => f.file === file && f.ruleId !== "require-lock-timeout").map((f) => `${f.line} ${f.ruleId}`);
    expect(at("api/src/migrations/1700000000001-InvoiceCurrency.ts")).toEqual(["7 require-default-for-not-null-column", "8 require-concurrent-index"]);
    expect(at("api/src/migrations/1700000000002-BackfillCurrency.ts")).toEqual(["2 no-app-code-in-migration", "7 no-app-code-in-migration"]);
    expect(at("api/src/migrations/1700000000003-InvoiceIndexesConcurrently.ts")).toEqual([]);
    expect(at("worker/migrations/20240201000000_job_priority.js")).toEqual([
      "7 no-column-type-change",
      "7 no-set-not-null",
      "9 no-data-change-with-ddl",
      "9 no-unbatched-backfill",
    ]);
  });
});
