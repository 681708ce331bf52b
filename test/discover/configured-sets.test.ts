import { describe, expect, test } from "vitest";
import { planLint, type LintPlan } from "../../src/discover/plan.js";
import { tempProject } from "../support/temp-project.js";

/** `path: checked|history` per set, the shape that matters for what gets linted. */
function summarize(plan: LintPlan): Record<string, { tool: string; together: boolean; files: string[] }> {
  return Object.fromEntries(
    plan.sets.map((s) => [s.dir, { tool: s.tool, together: s.together, files: s.files.map((f) => `${f.path}: ${f.checked ? "checked" : "history"}`) }]),
  );
}

const PROJECT = {
  "db/schema/001_init.sql": "CREATE TABLE a (id int);",
  "db/schema/002_more.sql": "CREATE TABLE b (id int);",
  "db/schema/003_most.sql": "CREATE TABLE c (id int);",
  "db/schema/README.md": "not a migration",
  "ops/sql/20240101_a.sql": "-- migrate:up\nCREATE TABLE d (id int);\n-- migrate:down\nDROP TABLE d;",
  "migrations/001_conventional.sql": "CREATE TABLE e (id int);",
};

describe("configured migration sets", () => {
  test("replace convention: only the configured files are migrations, with the configured tool", async () => {
    const cwd = tempProject(PROJECT).dir;
    const plan = await planLint({ cwd, paths: [], layout: { rootDir: cwd, sets: [{ files: ["db/schema/*.sql"] }, { files: ["ops/sql"], tool: "dbmate" }] } });
    expect(summarize(plan)).toEqual({
      "db/schema": { tool: "sql", together: false, files: ["db/schema/001_init.sql: checked", "db/schema/002_more.sql: checked", "db/schema/003_most.sql: checked"] },
      "ops/sql": { tool: "dbmate", together: false, files: ["ops/sql/20240101_a.sql: checked"] },
    });
  });

  test("a folder means the migrations in it, SQL and TS/JS, not tests or declarations; down files follow their migration", async () => {
    const cwd = tempProject({
      "database/changes/001_init.sql": "CREATE TABLE a (id int);",
      "database/changes/001_init.down.sql": "DROP TABLE a;",
      "database/changes/1700000000000-AddB.ts": "export async function up() {}",
      "database/changes/helpers.d.ts": "export {};",
      "database/changes/AddB.test.ts": "test();",
    }).dir;
    const plan = await planLint({ cwd, paths: [], layout: { rootDir: cwd, sets: [{ files: ["database/changes"] }] } });
    expect(plan.sets.flatMap((s) => s.files.map((f) => [f.path, f.downOf]))).toEqual([
      ["database/changes/001_init.sql", undefined],
      ["database/changes/001_init.down.sql", "database/changes/001_init.sql"],
      ["database/changes/1700000000000-AddB.ts", undefined],
    ]);
  });

  test("globs are relative to the config's directory, paths to the working directory", async () => {
    const root = tempProject(PROJECT).dir;
    const plan = await planLint({ cwd: `${root}/ops`, paths: [], layout: { rootDir: root, sets: [{ files: ["db/schema/00[12]_*.sql"] }] } });
    expect(summarize(plan)).toEqual({
      "../db/schema": { tool: "sql", together: false, files: ["../db/schema/001_init.sql: checked", "../db/schema/002_more.sql: checked"] },
    });
  });

  test("a named file of a configured set is checked with the set's earlier files as history", async () => {
    const cwd = tempProject(PROJECT).dir;
    const plan = await planLint({ cwd, paths: ["db/schema/002_more.sql"], layout: { rootDir: cwd, sets: [{ files: ["db/schema/*.sql"] }] } });
    expect(summarize(plan)["db/schema"]).toEqual({
      tool: "sql",
      together: true,
      files: ["db/schema/001_init.sql: history", "db/schema/002_more.sql: checked", "db/schema/003_most.sql: history"],
    });
  });

  test("a named folder outside the configured sets is searched by convention", async () => {
    const cwd = tempProject(PROJECT).dir;
    const plan = await planLint({ cwd, paths: ["migrations"], layout: { rootDir: cwd, sets: [{ files: ["db/schema/*.sql"] }] } });
    expect(Object.keys(summarize(plan))).toEqual(["migrations"]);
  });

  test("startAfter: older migrations are history; a set's own startAfter wins", async () => {
    const cwd = tempProject(PROJECT).dir;
    const plan = await planLint({
      cwd,
      paths: [],
      startAfter: "1",
      layout: { rootDir: cwd, sets: [{ files: ["db/schema/*.sql"], startAfter: "2" }, { files: ["migrations/*.sql"] }] },
    });
    expect(summarize(plan)).toMatchObject({
      "db/schema": { files: ["db/schema/001_init.sql: history", "db/schema/002_more.sql: history", "db/schema/003_most.sql: checked"] },
      migrations: { files: ["migrations/001_conventional.sql: history"] },
    });
  });

  test("startAfter applies to conventional sets too", async () => {
    const cwd = tempProject(PROJECT).dir;
    const plan = await planLint({ cwd, paths: ["db/schema"], startAfter: "002" });
    expect(summarize(plan)["db/schema"]!.files).toEqual(["db/schema/001_init.sql: history", "db/schema/002_more.sql: history", "db/schema/003_most.sql: checked"]);
  });

  test("ignore globs are relative to the config's directory and leave the files as history", async () => {
    const root = tempProject(PROJECT).dir;
    const plan = await planLint({ cwd: `${root}/db`, rootDir: root, paths: [], ignore: ["db/schema/001_*"], layout: { rootDir: root, sets: [{ files: ["db/schema/*.sql"] }] } });
    expect(summarize(plan)["schema"]!.files).toEqual(["schema/001_init.sql: history", "schema/002_more.sql: checked", "schema/003_most.sql: checked"]);
  });

  test("--staged with configured sets: the staged files of the sets, with their staged content", async () => {
    const project = tempProject(PROJECT);
    const cwd = project.dir;
    project.git("init", "-q");
    project.git("add", "db/schema/001_init.sql", "db/schema/002_more.sql");
    project.git("commit", "-q", "-m", "history");
    project.git("add", "db/schema/003_most.sql", "migrations/001_conventional.sql");
    project.write({ "db/schema/003_most.sql": "-- edited after staging\n" });
    const plan = await planLint({ cwd, paths: [], staged: true, layout: { rootDir: cwd, sets: [{ files: ["db/schema/*.sql"] }] } });
    expect(summarize(plan)).toEqual({
      "db/schema": { tool: "sql", together: true, files: ["db/schema/001_init.sql: history", "db/schema/002_more.sql: history", "db/schema/003_most.sql: checked"] },
    });
    expect(plan.sets[0]!.files[2]!.content).toBe("CREATE TABLE c (id int);");
  });
});
