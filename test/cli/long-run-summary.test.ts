import { describe, expect, test } from "vitest";
import { cli } from "../support/cli-io.js";
import { tempProject } from "../support/temp-project.js";

const USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n";

/** A mature project's folder: many migrations that each add a column (require-lock-timeout) and one unsafe index. */
function matureProject(migrations: number): string {
  const files: Record<string, string> = { "db/migrations/001_users.sql": USERS };
  for (let i = 2; i <= migrations; i++) {
    files[`db/migrations/${String(i).padStart(3, "0")}_column_${i}.sql`] = `ALTER TABLE users ADD COLUMN c${i} text;\n`;
  }
  files[`db/migrations/${String(migrations + 1).padStart(3, "0")}_index.sql`] = "SET lock_timeout = '5s';\nCREATE INDEX users_email_idx ON users (email);\n";
  return tempProject(files).dir;
}

describe("a whole-folder run that reports more than a screenful", () => {
  test("ends with the count per rule (errors first, none hidden) and the settings that matter", async () => {
    const { code, stdout } = await cli([], { cwd: matureProject(15) });
    expect(code).toBe(1);
    const table = stdout.slice(stdout.indexOf("Findings by rule:"));
    expect(table.split("\n").slice(0, 3)).toEqual(["Findings by rule:", "  require-concurrent-index   1  error", "  require-lock-timeout      14  warning"]);
    expect(table).toContain('require-lock-timeout is the most frequent (14): if your runner already sets lock_timeout');
    expect(table).toContain('set "assumeLockTimeout": true in the config.');
    expect(table).toContain('"startAfter"');
    // The last line is still the one-line summary.
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("✖ 15 problems (1 error, 14 warnings) in 15 files · checked 16 migrations");
  });

  test("a short report has no table", async () => {
    const { stdout } = await cli([], { cwd: matureProject(3) });
    expect(stdout).not.toContain("Findings by rule:");
    expect(stdout).toContain("✖ 3 problems (1 error, 2 warnings)");
  });

  test("with assumeLockTimeout the wall is gone", async () => {
    const dir = matureProject(15);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dir}/.migration-guardrc.json`, JSON.stringify({ assumeLockTimeout: true }));
    const { stdout } = await cli([], { cwd: dir });
    expect(stdout).not.toContain("Findings by rule:");
    expect(stdout).toContain("✖ 1 problem (1 error, 0 warnings) in 1 file");
  });
});
