import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { fetchCommit, hasCommit } from "../../src/discover/git.js";
import { planLint } from "../../src/discover/plan.js";
import { lint } from "../../src/lint.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mg-plan-"));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";
const INDEX = "CREATE INDEX users_email_idx ON users (email);\n";

describe("planLint with an explicit change set", () => {
  test("checks the changed migrations, keeps the rest of their set as history, needs no git", async () => {
    const cwd = project({ "db/migrations/001_users.sql": USERS, "db/migrations/002_index.sql": INDEX, "README.md": "x\n" });
    const plan = await planLint({
      cwd,
      paths: [],
      changedFiles: [
        { path: "db/migrations/002_index.sql", status: "added" },
        { path: "README.md", status: "modified" },
        { path: "db/migrations/000_gone.sql", status: "deleted" },
      ],
      baseCommit: "0123abc",
    });
    expect(plan.baseCommit).toBe("0123abc");
    expect(plan.changedFiles?.map((f) => f.path)).toEqual(["db/migrations/002_index.sql", "README.md", "db/migrations/000_gone.sql"]);
    expect(plan.sets).toHaveLength(1);
    expect(plan.sets[0]!.together).toBe(true);
    expect(plan.sets[0]!.files.map((f) => [f.path, f.checked])).toEqual([
      ["db/migrations/001_users.sql", false],
      ["db/migrations/002_index.sql", true],
    ]);
  });

  test("an empty change set checks nothing (a PR that touches no migration)", async () => {
    const cwd = project({ "db/migrations/001_users.sql": USERS });
    const plan = await planLint({ cwd, paths: [], changedFiles: [{ path: "src/app.ts", status: "modified" }] });
    expect(plan.sets).toEqual([]);
    expect(plan.baseCommit).toBeUndefined();
  });

  test("lint() reports only on the change set, with history as the database", async () => {
    const cwd = project({ "db/migrations/001_users.sql": USERS, "db/migrations/002_index.sql": INDEX });
    const result = await lint({ cwd, config: DEFAULT_CONFIG, changedFiles: [{ path: "db/migrations/002_index.sql", status: "added" }] });
    expect(result.checked).toEqual(["db/migrations/002_index.sql"]);
    const index = result.findings.filter((f) => f.ruleId === "require-concurrent-index");
    expect(index.map((f) => [f.file, f.line])).toEqual([["db/migrations/002_index.sql", 1]]);
    expect(result.findings.every((f) => f.file === "db/migrations/002_index.sql")).toBe(true);
  });
});

describe("hasCommit / fetchCommit", () => {
  test("a shallow clone lacks the parent commit until it is fetched", async () => {
    const origin = project({ "a.txt": "1\n" });
    const git = (cwd: string, ...args: string[]) =>
      execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } }).trim();
    git(origin, "init", "-q", "-b", "main");
    git(origin, "add", ".");
    git(origin, "commit", "-q", "-m", "one");
    const first = git(origin, "rev-parse", "HEAD");
    writeFileSync(path.join(origin, "a.txt"), "2\n");
    git(origin, "commit", "-q", "-am", "two");
    const clone = mkdtempSync(path.join(tmpdir(), "mg-clone-"));
    dirs.push(clone);
    git(clone, "clone", "-q", "--depth=1", `file://${origin}`, ".");
    expect(await hasCommit(clone, first)).toBe(false);
    await fetchCommit(clone, first);
    expect(await hasCommit(clone, first)).toBe(true);
  });
});

describe("path arguments that name the same set", () => {
  test("a folder and a file in it: one set, checked the way the folder is (each migration against the ones before it)", async () => {
    const cwd = project({ "db/migrations/001_users.sql": USERS, "db/migrations/002_index.sql": INDEX });
    const plan = await planLint({ cwd, paths: ["db/migrations", "db/migrations/002_index.sql"], ignore: [] });
    expect(plan.sets).toHaveLength(1);
    expect(plan.sets[0]!.together).toBe(false);
    expect(plan.sets[0]!.files.map((f) => [f.path, f.checked])).toEqual([
      ["db/migrations/001_users.sql", true],
      ["db/migrations/002_index.sql", true],
    ]);
    // The table 001 creates exists by the time 002 runs, so the index on it is a finding.
    const result = await lint({ cwd, paths: ["db/migrations", "db/migrations/002_index.sql"], config: DEFAULT_CONFIG });
    expect(result.findings.filter((f) => f.ruleId === "require-concurrent-index").map((f) => f.file)).toEqual(["db/migrations/002_index.sql"]);
  });

  test("a named down file is its migration's down file in the folder's set, once", async () => {
    const cwd = project({ "db/migrations/001_users.sql": USERS, "db/migrations/002_index.sql": INDEX, "db/migrations/002_index.down.sql": "DROP INDEX users_email_idx;\n" });
    const plan = await planLint({ cwd, paths: ["db/migrations", "db/migrations/002_index.down.sql", "db/migrations/002_index.down.sql"], ignore: [] });
    expect(plan.sets).toHaveLength(1);
    const files = plan.sets[0]!.files.map((f) => f.path);
    expect(files).toContain("db/migrations/002_index.down.sql");
    expect(new Set(files).size).toBe(files.length);
    expect(plan.sets[0]!.files.find((f) => f.path === "db/migrations/002_index.down.sql")).toMatchObject({ checked: true, downOf: "db/migrations/002_index.sql" });
  });

  test("a down file is checked when it or its migration changed; an ignored migration's down file is ignored too", async () => {
    const cwd = project({
      "db/migrations/001_users.up.sql": USERS,
      "db/migrations/001_users.down.sql": "DROP TABLE users;\n",
      "db/migrations/002_index.up.sql": INDEX,
      "db/migrations/002_index.down.sql": "DROP INDEX users_email_idx;\n",
    });
    const checked = async (changed: string[], ignore: string[] = []) => {
      const plan = await planLint({ cwd, paths: [], ignore, changedFiles: changed.map((p) => ({ path: p, status: "modified" as const })) });
      return plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.path));
    };
    expect(await checked(["db/migrations/001_users.down.sql"])).toEqual(["db/migrations/001_users.down.sql"]);
    expect(await checked(["db/migrations/002_index.up.sql"])).toEqual(["db/migrations/002_index.up.sql", "db/migrations/002_index.down.sql"]);
    const folder = await planLint({ cwd, paths: [], ignore: ["db/migrations/001_users.up.sql"] });
    expect(folder.sets[0]!.files.map((f) => [f.path, f.checked])).toEqual([
      ["db/migrations/001_users.up.sql", false],
      ["db/migrations/001_users.down.sql", false],
      ["db/migrations/002_index.up.sql", true],
      ["db/migrations/002_index.down.sql", true],
    ]);
  });
});
