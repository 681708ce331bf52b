import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { run, type ActionCore } from "../../src/github/run.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/** run() in-process with injected dependencies: what needs no built bundle. */

function fakeCore(inputs: Record<string, string>) {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const failures: string[] = [];
  const warnings: string[] = [];
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
    setOutput: (name: string, value: unknown) => void (outputs[name] = String(value)),
    info: (message: string) => void log.push(message),
    debug: () => {},
    warning: (message: string | Error) => void warnings.push(String(message)),
    setFailed: (message: string | Error) => void failures.push(String(message)),
    summary,
  } as unknown as ActionCore;
  return { core, log, outputs, summaries, failures, warnings };
}

describe("run() with injected dependencies", () => {
  test("an internal error fails the step, says so, and logs the stack", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write });
    const broken = { ...deps(io.core, payload), getOctokit: () => { throw new TypeError("boom."); } };
    expect(await run(broken)).toBe(1);
    expect(io.failures).toEqual(["migration-guard: internal error: boom. Please report it with this log."]);
    expect(io.log.some((l) => l.startsWith("TypeError: boom."))).toBe(true);
  });

  const fake = new FakeGitHub();
  const dir = mkdtempSync(path.join(tmpdir(), "mg-run-"));
  const migration = ["SET lock_timeout = '5s';", ...Array.from({ length: 12 }, (_, i) => `CREATE INDEX users_c${i}_idx ON users (c${i});`)].join("\n");

  beforeAll(async () => {
    await fake.start();
    mkdirSync(path.join(dir, "db", "migrations"), { recursive: true });
    const columns = Array.from({ length: 12 }, (_, i) => `c${i} text`).join(", ");
    writeFileSync(path.join(dir, "db/migrations/001_users.sql"), `CREATE TABLE users (id bigint PRIMARY KEY, ${columns});\n`);
    writeFileSync(path.join(dir, "db/migrations/002_indexes.sql"), `${migration}\n`);
    const patch = `@@ -0,0 +1,13 @@\n${migration.split("\n").map((l) => `+${l}`).join("\n")}`;
    fake.addPull({ number: 9, headSha: "a".repeat(40), baseSha: "b".repeat(40), headRepo: "acme/shop", files: [{ filename: "db/migrations/002_indexes.sql", status: "added", patch }] });
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const deps = (core: ActionCore, payload: Record<string, unknown>) => ({
    core,
    context: { eventName: "pull_request", payload, repo: { owner: "acme", repo: "shop" }, serverUrl: "https://github.com", sha: "a".repeat(40) },
    getOctokit: (token: string) => getOctokit(token, { baseUrl: fake.url }),
    env: { RUNNER_TEMP: dir },
    cwd: dir,
    retry: { sleep: async () => {} },
  });
  const payload = { pull_request: { number: 9, head: { sha: "a".repeat(40), repo: { full_name: "acme/shop" } }, base: { sha: "b".repeat(40), repo: { full_name: "acme/shop" } } } };

  test("more findings than GitHub annotates: the most severe are annotated, the summaries say the rest are not", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write, comment: "summary" });
    const code = await run(deps(io.core, payload));
    expect(io.failures).toEqual([]);
    expect(code).toBe(1);
    expect(io.log.filter((l) => l.startsWith("::error file="))).toHaveLength(12);
    expect(io.summaries[0]).toContain("GitHub shows at most 10 annotations of each type per step: 2 findings of 12 are not annotated");
    // Not a git checkout: the base cannot be fetched, and the run says so instead of failing.
    expect(io.log.some((l) => l.includes("is not in the checkout"))).toBe(true);
    expect(fake.reviews).toEqual([]);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.issueComments[0]!.body).toContain("2 findings of 12 are not annotated");
    expect(io.outputs).toMatchObject({ errors: "12", warnings: "0" });
  });

  test("a read-only token on a same-repository pull request: one warning that names the missing permission", async () => {
    const io = fakeCore({ "github-token": fake.tokens.read });
    expect(await run(deps(io.core, payload))).toBe(1);
    expect(io.failures).toEqual([]);
    expect(io.warnings).toHaveLength(1);
    expect(io.warnings[0]).toContain("(Resource not accessible by integration)");
    expect(io.warnings[0]).toContain("`permissions: pull-requests: write`");
    expect(io.summaries[0]).toContain("Comments were not posted");
  });

  test("a malformed event fails the step with a clear message", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write });
    expect(await run(deps(io.core, { pull_request: { number: 9 } }))).toBe(1);
    expect(io.failures).toEqual(["migration-guard: The pull_request event payload has no pull_request number, head or base commit."]);
  });

  test("a missing config file is a usage error, not an internal one", async () => {
    const io = fakeCore({ "github-token": fake.tokens.write, config: "nope.json" });
    expect(await run(deps(io.core, payload))).toBe(1);
    expect(io.failures).toEqual(["migration-guard: Cannot read the config file nope.json."]);
  });
});
