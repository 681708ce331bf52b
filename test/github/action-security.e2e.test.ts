import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PullRequestRepo, pullRequestPayload, runAction, type RunOptions } from "../support/action-harness.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/**
 * The reproductions of the Action's security review, each run against the built Action
 * (dist/index.js) and the fake GitHub API. Each test failed on the Action before the fix.
 */

const USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
const RISKY = "CREATE INDEX users_email_idx ON users (email);\n";

describe("the Action on hostile pull requests", () => {
  const fake = new FakeGitHub();
  const repos: PullRequestRepo[] = [];
  let nextNumber = 100;
  beforeAll(() => fake.start());
  afterAll(async () => {
    await fake.stop();
    for (const r of repos) r.remove();
  });

  function openPull(baseFiles: Record<string, string>, files: Record<string, string | null>) {
    const repo = new PullRequestRepo(baseFiles);
    repos.push(repo);
    const head = repo.commit(files);
    const number = nextNumber++;
    fake.addPull({ number, headSha: head.headSha, baseSha: repo.baseSha, headRepo: "forker/shop", files: head.files });
    repo.checkout(head.headSha);
    return { repo, head, number };
  }

  function runOn(pull: ReturnType<typeof openPull>, options: Partial<RunOptions> = {}) {
    return runAction({
      apiUrl: fake.url,
      workspace: pull.repo.workspace,
      runnerTemp: pull.repo.runnerTemp,
      eventName: "pull_request",
      payload: pullRequestPayload({ number: pull.number, headSha: pull.head.headSha, baseSha: pull.repo.baseSha, headRepo: "forker/shop" }),
      token: fake.tokens.write,
      sha: pull.head.headSha,
      ...options,
    });
  }

  /** A `git` first on PATH that logs each call's arguments and environment, then runs the real one. */
  function recordingGit(dir: string): { env: Record<string, string>; calls: () => Array<{ args: string[]; env: Record<string, string> }> } {
    const bin = path.join(dir, "bin");
    const log = path.join(dir, "git-calls.log");
    mkdirSync(bin, { recursive: true });
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      path.join(bin, "git"),
      `#!/bin/sh\n{ printf 'CALL\\n'; for a in "$@"; do printf 'ARG %s\\n' "$a"; done; env | sed 's/^/ENV /'; } >> '${log}'\nexec '${realGit}' "$@"\n`,
    );
    chmodSync(path.join(bin, "git"), 0o755);
    return {
      env: { PATH: `${bin}:${process.env["PATH"] ?? "/usr/bin:/bin"}` },
      calls: () =>
        existsSync(log)
          ? readFileSync(log, "utf8")
              .split("CALL\n")
              .slice(1)
              .map((block) => {
                const lines = block.split("\n");
                const args = lines.filter((l) => l.startsWith("ARG ")).map((l) => l.slice(4));
                const env = Object.fromEntries(lines.filter((l) => l.startsWith("ENV ")).map((l) => [l.slice(4, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
                return { args, env };
              })
          : [],
    };
  }

  describe("1. git never reads configuration the pull request brings", () => {
    test("a bare repository planted in working-directory: its core.sshCommand does not run under pull_request_target", async () => {
      const marker = path.join(mkdtempSync(path.join(tmpdir(), "mg-pwned-")), "pwned");
      // The PR's own commit adds a folder git takes for a bare repository: HEAD, objects/, refs/, config.
      const planted = openPull(
        { "app/db/migrations/001_users.sql": USERS },
        {
          "app/db/migrations/002_index.sql": RISKY,
          "app/HEAD": "ref: refs/heads/main\n",
          "app/objects/info/packs": "\n",
          "app/refs/heads/.keep": "",
          "app/config": `[core]\n\trepositoryformatversion = 0\n\tbare = true\n\tsshCommand = "touch '${marker}'; false"\n\tfsmonitor = "touch '${marker}'; false"\n[remote "origin"]\n\turl = ssh://git.example.invalid/shop.git\n`,
        },
      );
      const recorder = recordingGit(planted.repo.dir);
      const result = await runOn(planted, { eventName: "pull_request_target", inputs: { "working-directory": "app", comment: "none" }, env: recorder.env });
      expect(existsSync(marker), "the pull request's git config ran a command").toBe(false);
      expect(result.commands["error"]?.[0]).toMatch(/^::error file=app\/db\/migrations\/002_index.sql,line=1,/);
      const calls = recorder.calls();
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        expect(call.args).toContain(`--git-dir=${path.join(planted.repo.workspace, ".git")}`);
        expect(call.args.join(" ")).toContain("-c safe.bareRepository=explicit");
        expect(call.env["GIT_CONFIG_NOSYSTEM"]).toBe("1");
        expect(call.env["HOME"]).not.toBe(process.env["HOME"]);
        expect(Object.keys(call.env).filter((name) => /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(name))).toEqual([]);
        expect(Object.values(call.env).join("\n")).not.toContain(fake.tokens.write);
      }
    });

    test("under pull_request_target a working-directory whose repository root is not GITHUB_WORKSPACE is refused", async () => {
      const pull = openPull({ "db/migrations/001_users.sql": USERS }, { "db/migrations/002_index.sql": RISKY });
      const result = await runOn(pull, { eventName: "pull_request_target", workspace: pull.repo.dir, inputs: { "working-directory": "workspace", comment: "none" } });
      expect(result.code).toBe(1);
      expect(result.commands["error"]?.[0]).toContain("GITHUB_WORKSPACE");
      expect(fake.requests.filter((r) => r.path.includes(`/pulls/${pull.number}/`) && r.method !== "GET")).toEqual([]);
    });
  });
});
