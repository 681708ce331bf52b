import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtCli, ROOT } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

/** Down files through the built CLI (`npm run build` first), on the golang-migrate project of fixtures/down-files. */

interface JsonReport {
  findings: { ruleId: string; file: string; line: number; column: number; severity: string; direction: string }[];
  summary: { checkedMigrations: number; errors: number; warnings: number };
}

function fixture() {
  const project = tempProject();
  cpSync(path.join(ROOT, "fixtures/down-files/golang-migrate"), project.dir, { recursive: true });
  return project;
}

const located = (report: JsonReport) => report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.direction}`);

describe("a golang-migrate project's down files", () => {
  test("by default: the broken down file at its line and the one without an up file, nothing from the empty, BOM or risky ones; exit 1", () => {
    const { dir } = fixture();
    const { code, stdout, stderr } = builtCli(["--format", "json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(located(report)).toEqual([
      "db/migrations/000002_users_email_index.down.sql:3:1 error parse-error down",
      "db/migrations/000006_legacy.down.sql:1:15 error parse-error down",
    ]);
    expect(report.summary).toMatchObject({ checkedMigrations: 6, errors: 2, warnings: 0 });
  });

  test("stylish: the down file's own line in the code frame, labelled as a down migration", () => {
    const { dir } = fixture();
    const { stdout } = builtCli([], { cwd: dir });
    expect(stdout).toContain("db/migrations/000002_users_email_index.down.sql:3:1  error  parse-error (down migration)");
    expect(stdout).toContain("  > 3 | DROPP INDEX IF EXISTS users_email_lower_idx;");
    expect(stdout).toContain("✖ 2 problems (2 errors, 0 warnings) in 2 files · checked 6 migrations");
  });

  test('with "down": "warn": the risky DDL of the valid down files as warnings, the parse errors still errors', () => {
    const { dir } = fixture();
    writeFileSync(path.join(dir, ".migration-guardrc.json"), JSON.stringify({ down: "warn" }));
    const { code, stdout, stderr } = builtCli(["--format", "json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(located(JSON.parse(stdout) as JsonReport)).toEqual([
      "db/migrations/000002_users_email_index.down.sql:2:1 warning require-concurrent-index-drop down",
      "db/migrations/000002_users_email_index.down.sql:2:1 warning require-lock-timeout down",
      "db/migrations/000002_users_email_index.down.sql:3:1 error parse-error down",
      // DROP TABLE audit_log (line 2) drops the table its own up file creates: not reported.
      "db/migrations/000004_audit_log.down.sql:3:1 warning require-concurrent-index down",
      "db/migrations/000004_audit_log.down.sql:3:1 warning require-lock-timeout down",
      "db/migrations/000004_audit_log.down.sql:4:1 warning no-drop-column down",
      // After the byte order mark, the statement still starts at column 1.
      "db/migrations/000005_last_seen.down.sql:1:1 warning no-drop-column down",
      "db/migrations/000005_last_seen.down.sql:1:1 warning require-lock-timeout down",
      "db/migrations/000006_legacy.down.sql:1:15 error parse-error down",
    ]);
  });

  test("--base: a branch that only fixes a down file gets that file checked, and nothing else", () => {
    const repo = fixture();
    repo.git("init", "-q", "-b", "main");
    repo.git("add", "-A");
    repo.git("commit", "-qm", "migrations");
    repo.git("checkout", "-q", "-b", "fix-rollback");
    writeFileSync(path.join(repo.dir, "db/migrations/000002_users_email_index.down.sql"), "-- Undo the unique index on users.email.\nDROP INDEX IF EXISTS users_email_idx;\nDROP INDEX IF EXISTS users_email_lowr_idx;\n");
    repo.git("commit", "-qam", "fix the rollback");
    const fixed = builtCli(["--base", "main", "--format", "json"], { cwd: repo.dir });
    expect(fixed.stderr).toBe("");
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout) as JsonReport).toMatchObject({ findings: [], summary: { checkedMigrations: 1 } });
    writeFileSync(path.join(repo.dir, "db/migrations/000002_users_email_index.down.sql"), "DROP INDEX IF EXISTS users_email_idx\n;;DROP INDX users_email_lowr_idx;\n");
    repo.git("commit", "-qam", "break it again");
    const broken = builtCli(["--base", "main", "--format", "json"], { cwd: repo.dir });
    expect(broken.code).toBe(1);
    expect(located(JSON.parse(broken.stdout) as JsonReport)).toEqual(["db/migrations/000002_users_email_index.down.sql:2:8 error parse-error down"]);
  });

  test("on worker threads, down files are read as down files too", () => {
    const files: Record<string, string> = { "db/migrations/000000_init.up.sql": "CREATE TABLE t (id bigint PRIMARY KEY, a int);\n" };
    for (let i = 1; i <= 210; i++) {
      const n = String(i).padStart(6, "0");
      files[`db/migrations/${n}_change.up.sql`] = `ALTER TABLE t ADD COLUMN c${i} int;\n`;
      files[`db/migrations/${n}_change.down.sql`] = i % 7 === 0 ? `ALTER TABLE t DROP COLUMN c${i}\nSELEC ${i};\n` : `ALTER TABLE t DROP COLUMN c${i};\n`;
    }
    const { dir } = tempProject(files);
    const threaded = builtCli(["--format", "json"], { cwd: dir, env: { MIGRATION_GUARD_THREADS: "2" } });
    const inProcess = builtCli(["--format", "json"], { cwd: dir, env: { MIGRATION_GUARD_THREADS: "1" } });
    expect(threaded.stderr).toBe("");
    const parseErrors = (JSON.parse(threaded.stdout) as JsonReport).findings.filter((f) => f.ruleId === "parse-error");
    expect(parseErrors).toHaveLength(30);
    expect(parseErrors.every((f) => f.direction === "down" && f.file.endsWith(".down.sql") && f.line === 2)).toBe(true);
    expect(threaded.stdout).toBe(inProcess.stdout);
  });
});
