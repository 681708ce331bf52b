import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

const files = {
  "db/migrations/001_users.sql": "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n",
  "db/migrations/002_index.sql": "CREATE INDEX users_email_idx ON users (email);\n",
  "db/migrations/003_fk.sql": "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\n",
};

describe("--cache through the built CLI", () => {
  test("cold, warm and after an edit, the report is the one an uncached run gives", () => {
    const { dir, write } = tempProject(files);
    const plain = builtCli(["--format", "json"], { cwd: dir });
    expect(plain.code).toBe(1);
    const cold = builtCli(["--format", "json", "--cache"], { cwd: dir });
    expect(existsSync(path.join(dir, ".migration-guardcache"))).toBe(true);
    const warm = builtCli(["--format", "json", "--cache"], { cwd: dir });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);

    write({ "db/migrations/002_index.sql": "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n" });
    const edited = builtCli(["--format", "json", "--cache"], { cwd: dir });
    expect(edited).toEqual(builtCli(["--format", "json"], { cwd: dir }));
    expect(edited.stdout).not.toEqual(plain.stdout);
  });

  test("--cache-location puts the file where it says; without --cache nothing is written", () => {
    const { dir } = tempProject(files);
    builtCli(["--cache-location", "tmp/"], { cwd: dir });
    expect(existsSync(path.join(dir, "tmp"))).toBe(false);
    const run = builtCli(["--cache", "--cache-location", "tmp/"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(existsSync(path.join(dir, "tmp", ".migration-guardcache"))).toBe(true);
    expect(existsSync(path.join(dir, ".migration-guardcache"))).toBe(false);
  });
});
