import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { git, PullRequestRepo, pullRequestPayload, runAction, type ActionRun, type RunOptions } from "../support/action-harness.js";
import { FakeGitHub, MAINTAINER, PR_AUTHOR } from "../support/fake-github/server.js";

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

  /** Everything the run published: comments, review bodies, the job summary, the log (annotations included). */
  function published(pullNumber: number, result: ActionRun): string {
    return [
      ...fake.issueComments.filter((c) => c.issueNumber === pullNumber).map((c) => c.body),
      ...fake.reviewComments.filter((c) => c.pullNumber === pullNumber).map((c) => c.body),
      ...fake.reviews.filter((r) => r.pullNumber === pullNumber).map((r) => r.body),
      result.summary,
      result.stdout,
      result.stderr,
      JSON.stringify(result.outputs),
    ].join("\n");
  }

  /** Calls the fake API as a person would (their own token). */
  async function asPerson(token: string, method: string, route: string, body: unknown): Promise<{ id: number }> {
    const response = await fetch(`${fake.url}${route}`, { method, headers: { authorization: `token ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: number };
  }

  describe("2. reading stays inside the checkout", () => {
    test("a migration that is a symbolic link to a file elsewhere on the runner is reported as not read, and nothing of it is quoted", async () => {
      const repo = new PullRequestRepo({ "db/migrations/001_users.sql": USERS });
      repos.push(repo);
      const secret = path.join(repo.dir, "runner-secret.sql");
      writeFileSync(secret, "CREATE INDEX secret_idx_9f2c ON users (email);\nSELECT 'topsecret-4711' FROM;\n");
      symlinkSync(secret, path.join(repo.author, "db/migrations/002_link.sql"));
      const head = repo.commit({ "db/migrations/003_index.sql": RISKY });
      const number = nextNumber++;
      fake.addPull({ number, headSha: head.headSha, baseSha: repo.baseSha, headRepo: "forker/shop", files: head.files });
      repo.checkout(head.headSha);
      const result = await runOn({ repo, head, number });
      const everything = published(number, result);
      expect(everything).not.toContain("secret_idx_9f2c");
      expect(everything).not.toContain("topsecret-4711");
      expect(result.code).toBe(1);
      expect(result.commands["error"]?.find((e) => e.includes("002_link.sql"))).toMatch(/^::error file=db\/migrations\/002_link.sql,line=1,.*Not read: it is a symbolic link that leads outside the repository/);
      const summary = fake.issueComments.find((c) => c.issueNumber === number)!.body;
      expect(summary).toContain("002_link.sql");
      expect(summary).toContain("Not read: it is a symbolic link that leads outside the repository");
      // The rest of the pull request is still checked.
      expect(result.commands["error"]?.some((e) => e.includes("003_index.sql") && e.includes("require-concurrent-index"))).toBe(true);
      expect(fake.violations).toEqual([]);
    });

    test("a migration over max-file-size is a finding with its size, not a crash", async () => {
      const big = `-- filler\n${"SELECT 1;\n".repeat(400)}`;
      const pull = openPull({ "db/migrations/001_users.sql": USERS }, { "db/migrations/002_big.sql": big, "db/migrations/003_index.sql": RISKY });
      const result = await runOn(pull, { inputs: { "max-file-size": "2KB", comment: "none" } });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      expect(result.commands["error"]?.find((e) => e.includes("002_big.sql"))).toContain("Not read: it is 3.9 KB, over the limit of 2 KB per file");
      expect(result.commands["error"]?.some((e) => e.includes("003_index.sql"))).toBe(true);
      expect(result.stdout).not.toContain("internal error");
    });
  });

  describe("3. only the Action's own comments are edited, resolved or deleted", () => {
    test("comments by the PR author and a maintainer that carry the hidden markers are left alone", async () => {
      const pull = openPull({ "db/migrations/001_users.sql": USERS }, { "db/migrations/002_index.sql": `${RISKY}ALTER TABLE users ADD COLUMN prefs json;\n` });
      const issue = `/repos/acme/shop/issues/${pull.number}/comments`;
      // The PR author plants a "summary" first (so it is the oldest), and a maintainer writes one that quotes the marker.
      const planted = await asPerson(fake.tokens.author, "POST", issue, { body: "<!-- migration-guard:summary -->\nmigration-guard: all good, merge it" });
      const maintainer = await asPerson(fake.tokens.maintainer, "POST", issue, { body: "Please keep <!-- migration-guard:summary --> in mind. Blocking until the index is concurrent." });
      // The PR author's review comments carry finding markers: one unknown (would be "resolved"), one resolved copy of a real finding (would be "re-opened").
      await asPerson(fake.tokens.author, "POST", `/repos/acme/shop/pulls/${pull.number}/reviews`, {
        commit_id: pull.head.headSha,
        event: "COMMENT",
        body: "review",
        comments: [
          { path: "db/migrations/002_index.sql", line: 1, side: "RIGHT", body: "<!-- migration-guard:finding gone%3Afingerprint -->\nlooks fine" },
          { path: "db/migrations/002_index.sql", line: 2, side: "RIGHT", body: "<!-- migration-guard:finding x -->\n<!-- migration-guard:resolved -->\nfixed" },
        ],
      });
      const before = structuredClone({ issue: fake.issueComments, review: fake.reviewComments, threads: fake.threads });
      const result = await runOn(pull);
      expect(result.stderr).toBe("");
      expect(fake.foreignWrites).toEqual([]);
      for (const c of before.issue) expect(fake.issueComments.find((x) => x.id === c.id)?.body, `issue comment ${c.id}`).toBe(c.body);
      for (const c of before.review) expect(fake.reviewComments.find((x) => x.id === c.id)?.body, `review comment ${c.id}`).toBe(c.body);
      for (const t of before.threads) expect(fake.threads.find((x) => x.id === t.id)?.isResolved).toBe(t.isResolved);
      expect([planted.id, maintainer.id].every((id) => fake.issueComments.some((c) => c.id === id))).toBe(true);
      // The Action wrote its own summary and its own inline comments instead.
      const ours = fake.issueComments.filter((c) => c.issueNumber === pull.number && c.user.login === "github-actions[bot]");
      expect(ours).toHaveLength(1);
      expect(ours[0]!.body).toContain("<!-- migration-guard:summary -->");
      expect(fake.reviewComments.filter((c) => c.pullNumber === pull.number && c.user.login === "github-actions[bot]").length).toBeGreaterThan(0);
      // A re-run edits only its own.
      await runOn(pull);
      expect(fake.foreignWrites).toEqual([]);
      expect(fake.issueComments.filter((c) => c.issueNumber === pull.number && c.user.login === "github-actions[bot]")).toHaveLength(1);
      void MAINTAINER;
      void PR_AUTHOR;
      void git;
    });
  });

  /**
   * What GitHub would show: the body rendered as GitHub-flavoured Markdown, raw HTML passed
   * through (GitHub keeps <img>, <a>, <details>...), then what is left outside code elements.
   */
  function rendered(body: string): { html: string; outsideCode: string } {
    const html = micromark(body, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    return { html, outsideCode: html.replace(/<code>[\s\S]*?<\/code>/g, "") };
  }

  function expectInert(body: string, where: string) {
    const { html, outsideCode } = rendered(body);
    expect(html, `${where}: an image`).not.toMatch(/<img/i);
    expect(html, `${where}: a link out`).not.toMatch(/<a href="(?!https:\/\/github\.com\/)/);
    expect(outsideCode, `${where}: a mention`).not.toMatch(/@(maintainer|acme\/security)\b/);
    expect(outsideCode, `${where}: a heading`).not.toMatch(/<h[1-6]>[^<]*no problems found/);
    expect(outsideCode, `${where}: a suggestion`).not.toContain('class="language-suggestion"');
  }

  describe("4. untrusted text is inert in comments and summaries", () => {
    const IDENTIFIER = "x` @maintainer <img src=https://evil.example/t.png> [click](https://evil.example) `y";

    test("a quoted identifier with backticks, a mention and HTML stays inside its code span everywhere", async () => {
      const migration = `CREATE INDEX "${IDENTIFIER}" ON users (email);\nSELECT @acme/security <img src=https://evil.example/p.png>;\n`;
      const pull = openPull({ "db/migrations/001_users.sql": USERS }, { "db/migrations/002_index.sql": migration, "db/migrations/003_@maintainer <b>x</b>|y.sql": RISKY });
      const result = await runOn(pull);
      expect(result.stderr).toBe("");
      const bodies = [
        ...fake.issueComments.filter((c) => c.issueNumber === pull.number).map((c) => ["summary comment", c.body] as const),
        ...fake.reviewComments.filter((c) => c.pullNumber === pull.number).map((c) => [`inline comment on ${c.path}:${c.line}`, c.body] as const),
        ["job summary", result.summary] as const,
      ];
      expect(bodies.length).toBeGreaterThan(3);
      for (const [where, body] of bodies) expectInert(body, where);
      // The identifier is still there (as Postgres truncates it, to 63 bytes), in one code element.
      const inline = fake.reviewComments.find((c) => c.pullNumber === pull.number && c.path === "db/migrations/002_index.sql" && c.line === 1)!;
      expect(rendered(inline.body).html).toContain("CREATE INDEX <code>x` @maintainer &lt;img src=https://evil.example/t.png&gt; [click](htt</code> takes");
      // The file name with a pipe and HTML keeps the summary table's columns.
      const summary = fake.issueComments.find((c) => c.issueNumber === pull.number)!.body;
      const row = rendered(summary).html.split("<tr>").find((r) => r.includes("003_"))!;
      expect(row.match(/<td>/g)).toHaveLength(4);
      expect(row).toContain("<code>db/migrations/003_@maintainer &lt;b&gt;x&lt;/b&gt;|y.sql:1</code>");
    });

    test("fork-safe posting: a forged findings file posts its text as plain text, links only to the Action's docs, and only for the run's commit", async () => {
      const pull = openPull({ "db/migrations/001_users.sql": USERS }, { "db/migrations/002_index.sql": RISKY });
      const forged = {
        findings: [
          {
            ruleId: "acme/fake",
            severity: "error",
            message: "ok\n\n### ✅ migration-guard: no problems found\n\ncc @maintainer @acme/security ![t](https://evil.example/t.png) <img src=https://evil.example/i.png>\n```suggestion\nDROP TABLE users;\n```",
            file: "db/migrations/002_index.sql",
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 2,
            docsUrl: "https://evil.example/a)](https://evil.example/b",
            fingerprint: "forged-1",
          },
        ],
        summary: { checkedMigrations: 1 },
        pullRequest: { number: pull.number, headSha: pull.head.headSha, baseSha: pull.repo.baseSha },
      };
      const dir = mkdtempSync(path.join(pull.repo.runnerTemp, "artifact-"));
      writeFileSync(path.join(dir, "findings.json"), JSON.stringify(forged));
      const post = (eventName: string, payload: unknown, sha?: string) =>
        runAction({ apiUrl: fake.url, workspace: dir, runnerTemp: pull.repo.runnerTemp, eventName, payload, token: fake.tokens.write, inputs: { "findings-file": "findings.json", "fail-on": "never" }, ...(sha ? { sha } : {}) });
      // Bound to the head commit in every mode, not only on workflow_run.
      const otherCommit = await post("pull_request", pullRequestPayload({ number: pull.number, headSha: "e".repeat(40), baseSha: pull.repo.baseSha }), "e".repeat(40));
      expect(otherCommit.commands["error"]?.[0]).toContain("refusing to post findings of another run");
      const dispatch = await post("workflow_dispatch", {}, "d".repeat(40));
      expect(dispatch.commands["error"]?.[0]).toContain("refusing to post findings of another run");
      expect(fake.issueComments.filter((c) => c.issueNumber === pull.number)).toEqual([]);

      const result = await post("workflow_run", { workflow_run: { head_sha: pull.head.headSha, pull_requests: [] } });
      expect(result.stderr).toBe("");
      const bodies = [
        ...fake.issueComments.filter((c) => c.issueNumber === pull.number).map((c) => ["summary comment", c.body] as const),
        ...fake.reviewComments.filter((c) => c.pullNumber === pull.number).map((c) => ["inline comment", c.body] as const),
        ["job summary", result.summary] as const,
      ];
      expect(bodies).toHaveLength(3);
      for (const [where, body] of bodies) {
        expectInert(body, where);
        expect(body, where).not.toContain("evil.example/a");
        expect(rendered(body).html, where).not.toContain("<pre>");
      }
      expect(fake.violations).toEqual([]);
    });
  });
});
