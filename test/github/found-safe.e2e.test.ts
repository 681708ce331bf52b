import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { MAX_INLINE_COMMENTS, publishToPullRequest } from "../../src/github/publish.js";
import { PullRequestRepo, pullRequestPayload, REPO_ROOT, runAction } from "../support/action-harness.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/**
 * What the security review found safe, kept so: each test fails if the property regresses.
 * Run against the built Action (dist/index.js) where the property is the bundle's behaviour.
 */

const USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
const RISKY = "CREATE INDEX users_email_idx ON users (email);\n";

describe("found safe, kept safe", () => {
  const fake = new FakeGitHub();
  /** Stands in for GITHUB_SERVER_URL: the token must never reach it. */
  const server = new FakeGitHub();
  const repos: PullRequestRepo[] = [];
  beforeAll(async () => {
    await fake.start();
    await server.start();
  });
  afterAll(async () => {
    await fake.stop();
    await server.stop();
    for (const r of repos) r.remove();
  });

  test("pull_request_target: no TS migration, config or plugin is executed; annotations and outputs are escaped; the token goes only to the API and is never logged", async () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), "mg-ran-")), "ran");
    const sideEffect = (who: string) => `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(marker)}, "${who}\\n");\n`;
    const repo = new PullRequestRepo({ "db/migrations/001_users.sql": USERS });
    repos.push(repo);
    const head = repo.commit({
      // A file name with the characters workflow commands use as separators.
      "db/migrations/002_a,b:c%d.sql": RISKY,
      "db/migrations/003_knex.ts": `${sideEffect("migration")}export async function up(knex) {\n  await knex.raw("CREATE INDEX users_created_idx ON users (email)");\n}\nexport async function down() {}\n`,
      "migration-guard.config.mjs": `${sideEffect("config")}export default { plugins: { evil: "./plugin.mjs" } };\n`,
      "plugin.mjs": `${sideEffect("plugin")}export default { rules: {} };\n`,
    });
    fake.addPull({ number: 1, headSha: head.headSha, baseSha: repo.baseSha, headRepo: "forker/shop", files: head.files });
    repo.checkout(head.headSha);
    const result = await runAction({
      apiUrl: fake.url,
      workspace: repo.workspace,
      runnerTemp: repo.runnerTemp,
      eventName: "pull_request_target",
      payload: pullRequestPayload({ number: 1, headSha: head.headSha, baseSha: repo.baseSha, headRepo: "forker/shop" }),
      token: fake.tokens.write,
      sha: head.headSha,
      env: { GITHUB_SERVER_URL: server.url },
    });
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, "utf8") : "").toBe(false);
    expect(result.stderr).toBe("");
    // One workflow command per line, its properties escaped (`,` `:` `%`).
    const errors = result.commands["error"] ?? [];
    expect(errors.find((e) => e.includes("002_a"))).toMatch(/^::error file=db\/migrations\/002_a%2Cb%3Ac%25d\.sql,line=1,/);
    expect(errors.some((e) => e.includes("003_knex.ts"))).toBe(true);
    // GITHUB_OUTPUT values are written between random heredoc delimiters.
    const outputFile = readFileSync(path.join(repo.runnerTemp, readdirStep(repo.runnerTemp), "output"), "utf8");
    expect(outputFile).toMatch(/^errors<<ghadelimiter_[0-9a-f-]{36}\n\d+\nghadelimiter_[0-9a-f-]{36}$/m);
    // The token: sent to GITHUB_API_URL only, with every request; never printed.
    expect(server.requests).toEqual([]);
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(fake.issueComments), JSON.stringify(fake.reviewComments)]) {
      expect(text).not.toContain(fake.tokens.write);
    }
    expect(fake.violations).toEqual([]);
  });

  test(`a 3,000-file pull request with a finding in every file gets at most ${MAX_INLINE_COMMENTS} inline comments, and one summary`, async () => {
    const files = Array.from({ length: 3_000 }, (_, i) => `db/migrations/${String(i).padStart(4, "0")}_x.sql`);
    fake.addPull({ number: 2, headSha: "a".repeat(40), baseSha: "b".repeat(40), headRepo: "acme/shop", files: files.map((filename) => ({ filename, status: "added", patch: "@@ -0,0 +1 @@\n+CREATE INDEX i ON users (email);", content: "CREATE INDEX i ON users (email);\n" })) });
    const findings: Finding[] = files.map((file) => ({ ruleId: "require-concurrent-index", severity: "error", message: "m", file, line: 1, column: 1, endLine: 1, endColumn: 2, direction: "up", fingerprint: `f:${file}` }));
    const client = getOctokit(fake.tokens.write, { baseUrl: fake.url });
    await publishToPullRequest({
      client,
      pr: { owner: "acme", repo: "shop", pullNumber: 2, headSha: "a".repeat(40), author: { login: "github-actions[bot]", id: 41898282 } },
      files: new Map(files.map((f) => [f, { path: f, commentable: new Set([1]) }])),
      findings,
      checkedMigrations: files.length,
      mode: "review",
      fileUrl: (f, l) => `https://github.com/acme/shop/blob/${"a".repeat(40)}/${f}#L${l}`,
      log: { info: () => {}, debug: () => {} },
      footer: "",
    });
    expect(fake.reviewComments.filter((c) => c.pullNumber === 2)).toHaveLength(MAX_INLINE_COMMENTS);
    expect(fake.issueComments.filter((c) => c.issueNumber === 2)).toHaveLength(1);
  });

  test("the documented workflows ask for least privilege", () => {
    for (const file of ["README.md", "docs/github-action.md", "docs/security.md"]) {
      const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
      const workflows = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /\njobs:/.test(y));
      for (const yaml of workflows) {
        expect(yaml, `${file}: a workflow without permissions`).toMatch(/\npermissions:\n/);
        const granted = [...yaml.slice(yaml.indexOf("\npermissions:")).matchAll(/\n {2}([a-z-]+): (read|write)/g)].map((m) => `${m[1]}: ${m[2]}`);
        for (const grant of granted) expect(["contents: read", "pull-requests: write", "actions: read"], `${file}: ${grant}`).toContain(grant);
        expect(yaml).not.toMatch(/write-all|contents: write/);
      }
    }
  });
});

function readdirStep(runnerTemp: string): string {
  return readdirSync(runnerTemp).filter((d) => d.startsWith("step-")).sort().at(-1)!;
}
