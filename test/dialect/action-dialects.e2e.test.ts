import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PullRequestRepo, pullRequestPayload, runAction, type ActionRun } from "../support/action-harness.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/**
 * The built Action (dist/index.js; `npm run build` first) on pull requests of a project that keeps
 * one migrations folder per database, against the fake GitHub API.
 */

const BASE_FILES = {
  "package.json": JSON.stringify({ name: "analytics", private: true, dependencies: { pg: "^8.12.0", mysql2: "^3.11.0" } }, null, 2) + "\n",
  "migrations/postgres/001_events.sql": "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);\n",
  "migrations/mysql/001_events.sql": "CREATE TABLE `events` (`id` bigint unsigned NOT NULL AUTO_INCREMENT, `name` varchar(255) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n",
};

const MYSQL_INDEX = "CREATE INDEX `events_name` ON `events` (`name`);\n";
const POSTGRES_INDEX = "CREATE INDEX events_name ON events (name);\n";
const SKIPPED = "migrations/mysql is MySQL: migration-guard checks PostgreSQL migrations; skipped (1 migration, not checked).";

describe("the Action on pull requests of a project with a MySQL and a PostgreSQL migrations folder", () => {
  const fake = new FakeGitHub();
  const repo = new PullRequestRepo(BASE_FILES);
  const run = (number: number, sha: string): Promise<ActionRun> =>
    runAction({
      apiUrl: fake.url,
      workspace: repo.workspace,
      runnerTemp: repo.runnerTemp,
      eventName: "pull_request",
      payload: pullRequestPayload({ number, headSha: sha, baseSha: repo.baseSha }),
      token: fake.tokens.write,
      sha,
    });
  let onlyMysql: ActionRun;
  let both: ActionRun;

  beforeAll(async () => {
    await fake.start();
    const first = repo.commit({ "migrations/mysql/002_events_name.sql": MYSQL_INDEX });
    fake.addPull({ number: 3, headSha: first.headSha, baseSha: repo.baseSha, headRepo: "acme/shop", files: first.files });
    repo.checkout(first.headSha);
    onlyMysql = await run(3, first.headSha);
    const second = repo.commit({ "migrations/postgres/002_events_name.sql": POSTGRES_INDEX });
    fake.addPull({ number: 4, headSha: second.headSha, baseSha: repo.baseSha, headRepo: "acme/shop", files: second.files });
    repo.checkout(second.headSha);
    both = await run(4, second.headSha);
  });

  afterAll(async () => {
    await fake.stop();
    repo.remove();
  });

  test("a pull request that only touches MySQL migrations: skipped, said everywhere, step passes", () => {
    expect(onlyMysql.stderr).toBe("");
    expect(onlyMysql.code).toBe(0);
    expect(fake.violations).toEqual([]);
    expect(onlyMysql.stdout).toContain("checked 0 migrations; 0 errors, 0 warnings; 1 set skipped (not PostgreSQL)");
    expect(onlyMysql.commands["notice"]).toEqual([expect.stringContaining(`title=migration-guard%3A migrations/mysql skipped (MySQL)::${SKIPPED}`)]);
    expect(onlyMysql.commands["error"]).toBeUndefined();
    const sticky = fake.issueComments.filter((c) => c.issueNumber === 3);
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain("migration-guard: no PostgreSQL migrations to check");
    expect(sticky[0]!.body).toContain(SKIPPED);
    expect(onlyMysql.summary).toContain(SKIPPED);
    expect(onlyMysql.outputs).toMatchObject({ errors: "0", warnings: "0" });
    const file = JSON.parse(readFileSync(onlyMysql.outputs["findings-file"]!, "utf8")) as { notices: { set: string; database: string }[]; summary: { skippedSets: number } };
    expect(file.notices).toEqual([expect.objectContaining({ set: "migrations/mysql", database: "MySQL" })]);
    expect(file.summary.skippedSets).toBe(1);
  });

  test("a pull request that touches both: the PostgreSQL migration's findings, the MySQL set's notice", () => {
    expect(both.stderr).toBe("");
    expect(both.code).toBe(1);
    expect(fake.violations).toEqual([]);
    const errors = both.commands["error"] ?? [];
    expect(errors.some((line) => line.startsWith("::error file=migrations/postgres/002_events_name.sql,line=1,") && line.includes("require-concurrent-index"))).toBe(true);
    expect(errors.every((line) => !line.includes("migrations/mysql/"))).toBe(true);
    expect(both.commands["notice"]).toEqual([expect.stringContaining(SKIPPED)]);
    const sticky = fake.issueComments.filter((c) => c.issueNumber === 4);
    expect(sticky[0]!.body).toContain("require-concurrent-index");
    expect(sticky[0]!.body).toContain(SKIPPED);
    expect(both.summary).toContain(SKIPPED);
  });
});
