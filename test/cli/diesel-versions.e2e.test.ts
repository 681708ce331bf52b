import { describe, expect, test } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { tempRepo } from "../support/temp-project.js";

const TABLE = (name: string) => `CREATE TABLE ${name} (id bigint PRIMARY KEY);\n`;

/** Diesel names a migration's folder with a dashed timestamp; found on lemmy's history. */
describe("Diesel's dashed-timestamp folders order by their whole timestamp", () => {
  const base = {
    "migrations/2024-01-01-000000_create_users/up.sql": TABLE("users"),
    "migrations/2024-01-01-000000_create_users/down.sql": "DROP TABLE users;\n",
    "migrations/2024-05-20-143313-0000_create_posts/up.sql": TABLE("posts"),
    "migrations/2024-05-20-143313-0000_create_posts/down.sql": "DROP TABLE posts;\n",
  };

  test("a new migration dated after the newest on the base is in order (it was 'the same version': the year)", () => {
    const repo = tempRepo(base);
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "migrations/2024-11-02-090000-0000_create_tags/up.sql": TABLE("tags"), "migrations/2024-11-02-090000-0000_create_tags/down.sql": "DROP TABLE tags;\n" });
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "tags");
    const { code, stdout } = builtCli(["--base", "main", "--format", "json"], { cwd: repo.dir });
    expect(JSON.parse(stdout).findings).toEqual([]);
    expect(code).toBe(0);
  });

  test("one dated before it still sorts before it", () => {
    const repo = tempRepo(base);
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "migrations/2024-03-02-090000-0000_create_tags/up.sql": TABLE("tags") });
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "tags");
    const { stdout } = builtCli(["--base", "main", "--format", "json"], { cwd: repo.dir });
    const findings = JSON.parse(stdout).findings as { ruleId: string; message: string }[];
    expect(findings.map((f) => f.ruleId)).toEqual(["migration-order"]);
    expect(findings[0]!.message).toMatch(/^`2024-03-02-090000-0000_create_tags` sorts before `2024-05-20-143313-0000_create_posts`/);
  });
});
