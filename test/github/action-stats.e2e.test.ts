import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PullRequestRepo, pullRequestPayload, runAction } from "../support/action-harness.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/**
 * The built Action with the `stats-file` input: the same pull request's review comments without
 * and with a stats snapshot, and a pull request that tries to shrink the tables in the snapshot.
 */

const HISTORY = `CREATE TABLE events (id bigint PRIMARY KEY, kind text);
CREATE TABLE settings (id int PRIMARY KEY, name text);
`;
const PR = `CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX settings_name_idx ON settings (name);
`;

function snapshot(eventsRows: number): string {
  const table = (name: string, rows: number) => ({ schema: "public", name, rows, heapBytes: rows * 80, totalBytes: rows * 120, indexes: [] });
  return JSON.stringify({
    format: "migration-guard-stats",
    version: 1,
    takenAt: "2026-11-30T04:00:00.000Z",
    server: { version: "16.4", major: 16 },
    tables: [table("events", eventsRows), table("settings", 300)],
  });
}

describe("the Action weighs a pull request's findings with a stats snapshot", () => {
  const fake = new FakeGitHub();
  const repo = new PullRequestRepo({ "db/migrations/001_init.sql": HISTORY, "ops/stats.json": snapshot(41_000_000) });
  let headSha = "";
  const run = (number: number, sha: string, inputs: Record<string, string> = {}) =>
    runAction({
      apiUrl: fake.url,
      workspace: repo.workspace,
      runnerTemp: repo.runnerTemp,
      eventName: "pull_request",
      payload: pullRequestPayload({ number, headSha: sha, baseSha: repo.baseSha }),
      token: fake.tokens.write,
      sha,
      inputs,
    });
  const commentsOf = (number: number) => fake.reviewComments.filter((c) => c.pullNumber === number).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  beforeAll(async () => {
    await fake.start();
    const head = repo.commit({ "db/migrations/002_indexes.sql": PR });
    headSha = head.headSha;
    fake.addPull({ number: 11, headSha, baseSha: repo.baseSha, headRepo: "acme/shop", files: head.files });
    fake.addPull({ number: 12, headSha, baseSha: repo.baseSha, headRepo: "acme/shop", files: head.files });
    repo.checkout(headSha);
  });

  afterAll(async () => {
    await fake.stop();
    repo.remove();
  });

  test("without the snapshot both index builds are errors", async () => {
    const result = await run(11, headSha);
    expect(result.code).toBe(1);
    const comments = commentsOf(11);
    expect(comments.map((c) => [c.line, /· (error|warning|info)/.exec(c.body)?.[1]])).toEqual([
      [1, "error"],
      [1, "warning"],
      [2, "error"],
    ]);
    expect(comments.some((c) => c.body.includes("stats of"))).toBe(false);
  });

  test("with it the large table's comment carries its size, the small table's is a note, and the summary lists the tables", async () => {
    const result = await run(12, headSha, { "stats-file": "ops/stats.json" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const index = commentsOf(12).filter((c) => c.body.includes("`require-concurrent-index`"));
    expect(index.map((c) => [c.line, /· (error|warning|info)/.exec(c.body)?.[1]])).toEqual([
      [1, "error"],
      [2, "info"],
    ]);
    expect(index[0]!.body).toContain("`events`: ~41 M rows, 4.6 GB (stats of 2026-11-30): the index build blocks every write to it for roughly 2 min");
    expect(index[1]!.body).toContain("below stats.small (10,000 rows), so reported as a note");
    const summary = fake.issueComments.find((c) => c.issueNumber === 12)!.body;
    expect(summary).toContain("**Largest tables these migrations touch** (stats snapshot): `events` ~41 M rows, 4.6 GB · `settings` ~300 rows, 35 kB");
    expect(result.summary).toContain("Largest tables these migrations touch");
    expect(fake.violations).toEqual([]);
  });

  test("a pull request that changes the snapshot does not get weighed by it", async () => {
    const head = repo.commit({ "ops/stats.json": snapshot(10) }, "shrink the tables");
    fake.addPull({ number: 13, headSha: head.headSha, baseSha: repo.baseSha, headRepo: "acme/shop", files: head.files });
    repo.checkout(head.headSha);
    const result = await run(13, head.headSha, { "stats-file": "ops/stats.json" });
    expect(result.commands["warning"]?.join("\n")).toContain("The pull request changes the stats snapshot ops/stats.json: it is not used");
    const index = commentsOf(13).filter((c) => c.body.includes("`require-concurrent-index`"));
    expect(index.map((c) => /· (error|warning|info)/.exec(c.body)?.[1])).toEqual(["error", "error"]);
    expect(result.code).toBe(1);
  });
});
