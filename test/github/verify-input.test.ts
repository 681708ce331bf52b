import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { run, type ActionCore } from "../../src/github/run.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/** The Action's `verify` input: replay findings join lint's in the same review, summary and annotations. */

function fakeCore(inputs: Record<string, string>) {
  const log: string[] = [];
  const summaries: string[] = [];
  const failures: string[] = [];
  let pending = "";
  const summary = {
    addRaw(text: string) {
      pending += text;
      return summary;
    },
    async write() {
      summaries.push(pending);
      pending = "";
      return summary;
    },
  };
  const core = {
    getInput: (name: string) => inputs[name] ?? "",
    setOutput: () => {},
    info: (message: string) => void log.push(message),
    debug: () => {},
    warning: () => {},
    setFailed: (message: string | Error) => void failures.push(String(message)),
    summary,
  } as unknown as ActionCore;
  return { core, log, summaries, failures };
}

describe("the Action with verify: true", () => {
  const fake = new FakeGitHub();
  const dir = mkdtempSync(path.join(tmpdir(), "mg-verify-action-"));
  const migration = "-- Refers to a table no migration creates.\nALTER TABLE coupons ADD COLUMN note text;\n";

  beforeAll(async () => {
    await fake.start();
    mkdirSync(path.join(dir, "db", "migrations"), { recursive: true });
    writeFileSync(path.join(dir, "db/migrations/001_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    writeFileSync(path.join(dir, "db/migrations/002_coupons_note.sql"), migration);
    const patch = `@@ -0,0 +1,2 @@\n${migration.trimEnd().split("\n").map((l) => `+${l}`).join("\n")}`;
    for (const [number, headRepo] of [[1, "acme/shop"], [2, "someone/shop"]] as const) {
      fake.addPull({ number, headSha: String(number).repeat(40), baseSha: "b".repeat(40), headRepo, files: [{ filename: "db/migrations/002_coupons_note.sql", status: "added", patch }] });
    }
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const deps = (core: ActionCore, number: number, headRepo: string) => ({
    core,
    context: {
      eventName: "pull_request",
      payload: { pull_request: { number, head: { sha: String(number).repeat(40), repo: { full_name: headRepo } }, base: { sha: "b".repeat(40), repo: { full_name: "acme/shop" } } } },
      repo: { owner: "acme", repo: "shop" },
      serverUrl: "https://github.com",
      sha: String(number).repeat(40),
    },
    getOctokit: (token: string) => getOctokit(token, { baseUrl: fake.url }),
    env: { RUNNER_TEMP: dir },
    cwd: dir,
    retry: { sleep: async () => {} },
  });

  test("the replay's failure is an inline review comment, an annotation and part of the summary", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write, verify: "true" });
    expect(await run(deps(io.core, 1, "acme/shop"))).toBe(1);
    expect(io.failures).toEqual([]);
    expect(io.log.some((l) => l.startsWith("::error file=db/migrations/002_coupons_note.sql,line=2") && l.includes("fails-on-empty-database"))).toBe(true);
    expect(io.log.some((l) => /^migration-guard verify: db\/migrations: replayed 1\/2 migrations on PostgreSQL 18\.\d+ \(PGlite 0\.5\.\d+\); stopped at db\/migrations\/002_coupons_note\.sql:2\.$/.test(l))).toBe(true);
    const inline = fake.activeComments(1);
    expect(inline.map((c) => [c.path, c.line])).toContainEqual(["db/migrations/002_coupons_note.sql", 2]);
    expect(inline.find((c) => c.body.includes("fails-on-empty-database"))?.body).toContain('relation "coupons" does not exist');
    expect(io.summaries[0]).toContain("fails-on-empty-database");
  });

  test("a fork's pull request never uses the database URL: it replays on the embedded engine", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write, verify: "true", "database-url": "postgres://verify@db.invalid:5432/ci" });
    expect(await run(deps(io.core, 2, "someone/shop"))).toBe(1);
    expect(io.failures).toEqual([]);
    expect(io.log.some((l) => /on PostgreSQL 18\.\d+ \(PGlite 0\.5\.\d+\)/.test(l))).toBe(true);
    expect(io.summaries[0]).toContain("comes from a fork: its migrations were replayed on the embedded engine, never on the configured database");
  });

  test("verify off (the default) replays nothing", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write });
    await run(deps(io.core, 1, "acme/shop"));
    expect(io.log.some((l) => l.startsWith("migration-guard verify:"))).toBe(false);
    expect(io.log.some((l) => l.includes("fails-on-empty-database"))).toBe(false);
  });
});
