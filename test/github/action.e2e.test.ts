import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import type { Finding } from "../../src/core/finding.js";
import { lint } from "../../src/lint.js";
import { git, PullRequestRepo, pullRequestPayload, runAction, type ActionRun } from "../support/action-harness.js";
import { FakeGitHub, type FakeFile } from "../support/fake-github/server.js";

/**
 * The built Action (dist/index.js), run as the runner runs it, against a fake GitHub API that
 * enforces GitHub's rules. Build first: `npm run build` (CI rebuilds dist before the tests).
 * Expected findings come from lint() on the same checkout, so the tests hold as rules are added.
 */

const USERS = `-- The users table, as it is in production.
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;

const BASE_FILES = {
  "db/migrations/001_create_users.sql": USERS,
  "src/login.ts": "export const login = (email: string) => email.toLowerCase();\n",
  "README.md": "# shop\n",
};

/** The pull request of the issue: an index built without CONCURRENTLY and a json column. */
const RISKY = `-- Login looks users up by email.
CREATE INDEX users_email_idx ON users (email);

-- Per-user UI preferences.
ALTER TABLE users ADD COLUMN preferences json;
`;
const RISKY_LINES = { "require-concurrent-index": 2, "prefer-jsonb": 5 } as const;

const FIXED_INDEX = `-- Login looks users up by email; CONCURRENTLY keeps writes flowing while it builds.
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
`;
const FIXED_COLUMN = `SET lock_timeout = '5s';

-- Per-user UI preferences.
ALTER TABLE users ADD COLUMN preferences jsonb;
`;

const CLEAN_TABLE = `SET lock_timeout = '5s';

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_events_user_id_idx ON audit_events (user_id);
`;

const DOCS = "https://github.com/migration-guard/migration-guard/blob/v1/docs/rules/";

/** What the library itself finds in the checkout: the Action must report exactly this. */
async function expectedFindings(repo: PullRequestRepo, files: FakeFile[]): Promise<Finding[]> {
  const result = await lint({
    cwd: repo.workspace,
    config: DEFAULT_CONFIG,
    changedFiles: files.map((f) => ({ path: f.filename, status: f.status === "removed" ? "deleted" : f.status === "added" ? "added" : "modified" })),
    baseCommit: repo.baseSha,
  });
  return result.findings;
}

function severityCounts(findings: readonly Finding[]) {
  return { errors: String(findings.filter((f) => f.severity === "error").length), warnings: String(findings.filter((f) => f.severity === "warning").length) };
}

describe("a pull request that adds CREATE INDEX without CONCURRENTLY and a json column", () => {
  const fake = new FakeGitHub();
  const repo = new PullRequestRepo(BASE_FILES);
  let head = { headSha: "", files: [] as FakeFile[] };
  let expected: Finding[] = [];
  let first: ActionRun;
  const run = (sha: string) =>
    runAction({
      apiUrl: fake.url,
      workspace: repo.workspace,
      runnerTemp: repo.runnerTemp,
      eventName: "pull_request",
      payload: pullRequestPayload({ number: 7, headSha: sha, baseSha: repo.baseSha }),
      token: fake.tokens.write,
      sha,
    });

  beforeAll(async () => {
    await fake.start();
    head = repo.commit({ "db/migrations/002_add_email_index.sql": RISKY, "src/login.ts": "export const login = (email: string) => email.trim().toLowerCase();\n" });
    fake.addPull({ number: 7, headSha: head.headSha, baseSha: repo.baseSha, headRepo: "acme/shop", files: head.files });
    repo.checkout(head.headSha);
    expected = await expectedFindings(repo, head.files);
    first = await run(head.headSha);
  });

  afterAll(async () => {
    await fake.stop();
    repo.remove();
  });

  test("the library finds the index and the json column on their lines", () => {
    const lines = expected.map((f) => [f.ruleId, f.line]);
    expect(lines).toContainEqual(["require-concurrent-index", RISKY_LINES["require-concurrent-index"]]);
    expect(lines).toContainEqual(["prefer-jsonb", RISKY_LINES["prefer-jsonb"]]);
  });

  test("first run: one review with exactly one inline comment per finding, on its line", () => {
    expect(first.stderr).toBe("");
    expect(fake.violations).toEqual([]);
    expect(fake.reviews).toHaveLength(1);
    const review = fake.reviews[0]!;
    expect(review.event).toBe("COMMENT");
    expect(review.commit_id).toBe(head.headSha);
    const comments = fake.reviewComments.filter((c) => review.commentIds.includes(c.id));
    expect(comments.map((c) => [c.path, c.line]).sort()).toEqual(expected.map((f) => [f.file, f.line]).sort());
    for (const f of expected) {
      const comment = comments.find((c) => c.line === f.line && c.body.includes(`\`${f.ruleId}\``))!;
      expect(comment, `${f.ruleId} comment`).toBeDefined();
      expect(comment.side).toBe("RIGHT");
      expect(comment.body).toContain(f.message);
      expect(comment.body).toContain(`${DOCS}${f.ruleId}.md`);
      expect(comment.body).toContain(`migration-guard-ignore ${f.ruleId}`);
    }
  });

  test("first run: one sticky summary comment with the counts and the table", () => {
    expect(fake.issueComments).toHaveLength(1);
    const body = fake.issueComments[0]!.body;
    expect(body).toContain("<!-- migration-guard:summary -->");
    expect(body).toContain(`migration-guard: ${expected.filter((f) => f.severity === "error").length} error`);
    for (const f of expected) expect(body).toContain(`[\`${f.file}:${f.line}\`](https://github.com/acme/shop/blob/${head.headSha}/${f.file}#L${f.line})`);
    expect(body).toContain("also a comment on its line in the diff");
  });

  test("first run: annotations, job summary, outputs, findings file, failed step", () => {
    expect(first.code).toBe(1);
    const annotations = [...(first.commands["error"] ?? []), ...(first.commands["warning"] ?? [])];
    expect(annotations).toHaveLength(expected.length);
    for (const f of expected) {
      expect(annotations.some((a) => a.startsWith(`::${f.severity} file=${f.file},line=${f.line},`) && a.includes(f.ruleId))).toBe(true);
    }
    expect(first.summary).toContain("| ❌ |");
    expect(first.summary).toContain("require-concurrent-index");
    expect(first.outputs).toMatchObject(severityCounts(expected));
    const file = JSON.parse(readFileSync(first.outputs["findings-file"]!, "utf8")) as { findings: Finding[]; pullRequest: { number: number; headSha: string } };
    expect(file.findings.map((f) => f.fingerprint).sort()).toEqual(expected.map((f) => f.fingerprint).sort());
    expect(file.pullRequest).toMatchObject({ number: 7, headSha: head.headSha });
    expect(first.stdout).toContain("failing the step");
  });

  test("the shallow checkout got the PR's base commit fetched for the comparison", () => {
    expect(git(repo.workspace, "cat-file", "-t", repo.baseSha)).toBe("commit");
  });

  test("re-run without change posts nothing new and still fails", async () => {
    const writesBefore = fake.writes().length;
    const again = await run(head.headSha);
    expect(again.code).toBe(1);
    expect(fake.writes().slice(writesBefore)).toEqual([]);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.issueComments).toHaveLength(1);
    expect(again.commands["error"]?.length).toBe(first.commands["error"]?.length);
    expect(fake.violations).toEqual([]);
  });

  test("re-run after the fix: earlier comments resolved, summary turns all-clear, step passes", async () => {
    const fixed = repo.commit({ "db/migrations/002_add_email_index.sql": FIXED_INDEX, "db/migrations/003_add_preferences.sql": FIXED_COLUMN }, "fix");
    fake.pushToPull(7, fixed.headSha, fixed.files);
    repo.checkout(fixed.headSha);
    expect(await expectedFindings(repo, fixed.files)).toEqual([]);
    const reviewsBefore = fake.reviews.length;
    const after = await run(fixed.headSha);
    expect(after.stderr).toBe("");
    expect(after.code).toBe(0);
    expect(fake.reviews).toHaveLength(reviewsBefore);
    const ours = fake.reviewComments.filter((c) => c.pullNumber === 7);
    expect(ours).toHaveLength(expected.length);
    for (const c of ours) {
      expect(c.body).toContain("<!-- migration-guard:resolved -->");
      expect(c.body).toContain(`no longer reports this as of ${fixed.headSha.slice(0, 7)}`);
      expect(fake.threads.find((t) => t.firstCommentId === c.id)?.isResolved).toBe(true);
    }
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.issueComments[0]!.body).toContain("✅ migration-guard: no problems found");
    expect(fake.issueComments[0]!.body).toContain(fixed.headSha.slice(0, 7));
    expect(after.outputs).toMatchObject({ errors: "0", warnings: "0" });
    expect(after.commands["error"]).toBeUndefined();
    expect(fake.violations).toEqual([]);

    // And once more: nothing left to do.
    const writesBefore = fake.writes().length;
    expect((await run(fixed.headSha)).code).toBe(0);
    expect(fake.writes().slice(writesBefore)).toEqual([]);
  });

  test("a finding that comes back gets one active comment again, on its current line", async () => {
    const resolvedBefore = fake.reviewComments.filter((c) => c.pullNumber === 7);
    const reverted = repo.commit({ "db/migrations/002_add_email_index.sql": RISKY, "db/migrations/003_add_preferences.sql": null }, "revert");
    fake.pushToPull(7, reverted.headSha, reverted.files);
    repo.checkout(reverted.headSha);
    const again = await run(reverted.headSha);
    expect(again.code).toBe(1);
    // The earlier comments are outdated (their lines changed in between), so they stay resolved
    // and new ones go on the current lines.
    const active = fake.activeComments(7);
    expect(active.map((c) => [c.path, c.line]).sort()).toEqual(expected.map((f) => [f.file, f.line]).sort());
    for (const c of active) expect(fake.threads.find((t) => t.firstCommentId === c.id)?.isResolved).toBe(false);
    for (const c of resolvedBefore) expect(fake.threads.find((t) => t.firstCommentId === c.id)?.isResolved).toBe(true);
    expect(fake.reviews).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  });
});

describe("other pull requests", () => {
  const fake = new FakeGitHub();
  const repos: PullRequestRepo[] = [];
  let nextNumber = 20;

  beforeAll(() => fake.start());
  afterAll(async () => {
    await fake.stop();
    for (const r of repos) r.remove();
  });

  async function openPull(files: Record<string, string | null>, options: { headRepo?: string } = {}) {
    const repo = new PullRequestRepo(BASE_FILES);
    repos.push(repo);
    const head = repo.commit(files);
    const number = nextNumber++;
    fake.addPull({ number, headSha: head.headSha, baseSha: repo.baseSha, headRepo: options.headRepo ?? "acme/shop", files: head.files });
    repo.checkout(head.headSha);
    return { repo, head, number };
  }

  function runOn(
    pull: { repo: PullRequestRepo; head: { headSha: string }; number: number },
    options: { token?: string; headRepo?: string; inputs?: Record<string, string>; eventName?: string } = {},
  ) {
    return runAction({
      apiUrl: fake.url,
      workspace: pull.repo.workspace,
      runnerTemp: pull.repo.runnerTemp,
      eventName: options.eventName ?? "pull_request",
      payload: pullRequestPayload({ number: pull.number, headSha: pull.head.headSha, baseSha: pull.repo.baseSha, ...(options.headRepo ? { headRepo: options.headRepo } : {}) }),
      token: options.token ?? fake.tokens.write,
      sha: pull.head.headSha,
      ...(options.inputs ? { inputs: options.inputs } : {}),
    });
  }

  test("a clean pull request gets an all-clear summary and no review", async () => {
    const pull = await openPull({ "db/migrations/002_audit_events.sql": CLEAN_TABLE });
    expect(await expectedFindings(pull.repo, pull.head.files)).toEqual([]);
    const result = await runOn(pull);
    expect(result.code).toBe(0);
    expect(fake.reviews.filter((r) => r.pullNumber === pull.number)).toEqual([]);
    const summaries = fake.issueComments.filter((c) => c.issueNumber === pull.number);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.body).toContain("✅ migration-guard: no problems found");
    expect(summaries[0]!.body).toContain("Checked 1 migration");
    expect(result.summary).toContain("no problems found");
    expect(result.outputs).toMatchObject({ errors: "0", warnings: "0" });
    expect(fake.violations).toEqual([]);
  });

  test("a pull request that touches no migration gets no comment at all", async () => {
    const pull = await openPull({ "src/login.ts": "export const login = () => 1;\n" });
    const result = await runOn(pull);
    expect(result.code).toBe(0);
    expect(fake.issueComments.filter((c) => c.issueNumber === pull.number)).toEqual([]);
    expect(result.summary).toContain("Checked 0 migrations");
  });

  test("fork mode: a read-only token still annotates, warns once, and exits with the findings' status", async () => {
    const pull = await openPull({ "db/migrations/002_add_email_index.sql": RISKY }, { headRepo: "forker/shop" });
    const expected = await expectedFindings(pull.repo, pull.head.files);
    const result = await runOn(pull, { token: fake.tokens.read, headRepo: "forker/shop" });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const warnings = result.commands["warning"]?.filter((w) => !w.startsWith("::warning file=")) ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("comes from a fork, and GitHub gives its workflows a read-only token");
    expect(warnings[0]).toContain("Resource not accessible by integration");
    expect(warnings[0]).toContain("two-job workflow");
    const annotations = [...(result.commands["error"] ?? []), ...(result.commands["warning"] ?? []).filter((w) => w.startsWith("::warning file="))];
    expect(annotations).toHaveLength(expected.length);
    expect(result.commands["error"]?.[0]).toMatch(/^::error file=db\/migrations\/002_add_email_index.sql,line=2,/);
    expect(result.summary).toContain("require-concurrent-index");
    expect(result.summary).toContain("Comments were not posted");
    expect(fake.reviews.filter((r) => r.pullNumber === pull.number)).toEqual([]);
    expect(fake.issueComments.filter((c) => c.issueNumber === pull.number)).toEqual([]);
    expect(fake.requests.some((r) => r.method === "POST" && r.status === 403)).toBe(true);
    expect(result.outputs).toMatchObject(severityCounts(expected));
    expect(fake.violations).toEqual([]);
  });

  test("fork-safe two jobs: pull_request lints with a read-only token, workflow_run posts the findings file", async () => {
    const pull = await openPull({ "db/migrations/002_add_email_index.sql": RISKY }, { headRepo: "forker/shop" });
    const expected = await expectedFindings(pull.repo, pull.head.files);
    const lintJob = await runOn(pull, { token: fake.tokens.read, headRepo: "forker/shop", inputs: { comment: "none" } });
    expect(lintJob.code).toBe(1);
    expect(lintJob.commands["warning"]?.filter((w) => !w.startsWith("::warning file=")) ?? []).toEqual([]);
    const findingsFile = lintJob.outputs["findings-file"]!;

    const mismatch = await runAction({
      apiUrl: fake.url,
      workspace: pull.repo.runnerTemp,
      runnerTemp: pull.repo.runnerTemp,
      eventName: "workflow_run",
      payload: { workflow_run: { head_sha: "f".repeat(40), pull_requests: [] } },
      token: fake.tokens.write,
      inputs: { "findings-file": findingsFile, "fail-on": "never" },
    });
    expect(mismatch.code).toBe(1);
    expect(mismatch.commands["error"]?.[0]).toContain("refusing to post findings of another run");

    const postJob = await runAction({
      apiUrl: fake.url,
      workspace: pull.repo.runnerTemp,
      runnerTemp: pull.repo.runnerTemp,
      eventName: "workflow_run",
      payload: { workflow_run: { head_sha: pull.head.headSha, pull_requests: [] } },
      token: fake.tokens.write,
      inputs: { "findings-file": findingsFile, "fail-on": "never" },
    });
    expect(postJob.stderr).toBe("");
    expect(postJob.code).toBe(0);
    const review = fake.reviews.filter((r) => r.pullNumber === pull.number);
    expect(review).toHaveLength(1);
    const comments = fake.reviewComments.filter((c) => c.pullNumber === pull.number);
    expect(comments.map((c) => [c.path, c.line]).sort()).toEqual(expected.map((f) => [f.file, f.line]).sort());
    expect(comments[0]!.body).toContain(DOCS);
    expect(fake.issueComments.filter((c) => c.issueNumber === pull.number)).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test("pull_request_target: the workspace's config is not loaded", async () => {
    const config = JSON.stringify({ rules: { "require-concurrent-index": "off" } });
    const pull = await openPull({ "db/migrations/002_add_email_index.sql": RISKY, "migration-guard.json": config });
    const trusted = await runOn(pull, { inputs: { config: "migration-guard.json", comment: "none" } });
    expect(trusted.commands["error"] ?? []).toEqual([]);
    const target = await runOn(pull, { eventName: "pull_request_target", inputs: { config: "migration-guard.json", comment: "none" } });
    expect(target.code).toBe(1);
    expect(target.commands["error"]?.[0]).toContain("require-concurrent-index");
    const warnings = target.commands["warning"]?.filter((w) => !w.startsWith("::warning file=")) ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("pull_request_target");
  });

  test("a large pull request: files on later pages are found; a file without a diff goes to the summary", async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 230; i++) many[`src/generated/file_${String(i).padStart(3, "0")}.ts`] = `export const v${i} = ${i};\n`;
    const pull = await openPull({ ...many, "db/migrations/002_add_email_index.sql": RISKY, "db/migrations/003_orders_index.sql": "CREATE INDEX users_created_idx ON users (created_at);\n" });
    // GitHub leaves out the patch of very large diffs; this one it "cannot show".
    const files = fake.pulls.get(pull.number)!.files;
    const noDiff = files.find((f) => f.filename === "db/migrations/003_orders_index.sql")!;
    delete noDiff.patch;
    expect(files.length).toBeGreaterThan(200);
    const expected = await expectedFindings(pull.repo, pull.head.files);
    const result = await runOn(pull);
    expect(result.code).toBe(1);
    const pages = fake.requests.filter((r) => r.path === `/repos/acme/shop/pulls/${pull.number}/files`);
    expect(pages).toHaveLength(3);
    const comments = fake.reviewComments.filter((c) => c.pullNumber === pull.number);
    const onDiff = expected.filter((f) => f.file === "db/migrations/002_add_email_index.sql");
    expect(comments.map((c) => [c.path, c.line]).sort()).toEqual(onDiff.map((f) => [f.file, f.line]).sort());
    const summary = fake.issueComments.find((c) => c.issueNumber === pull.number)!.body;
    const offDiff = expected.filter((f) => f.file === "db/migrations/003_orders_index.sql");
    expect(offDiff.map((f) => f.ruleId)).toContain("require-concurrent-index");
    expect(summary).toContain("db/migrations/003_orders_index.sql:1");
    expect(summary).toContain(`${offDiff.length} finding${offDiff.length === 1 ? "" : "s"} on lines this pull request does not change (or GitHub shows no diff for)`);
    expect(fake.violations).toEqual([]);
  });

  test("transient API failures are retried: a 502, a secondary rate limit, a 5xx on the review", async () => {
    const pull = await openPull({ "db/migrations/002_add_email_index.sql": RISKY });
    const expected = await expectedFindings(pull.repo, pull.head.files);
    fake.failNext("GET", new RegExp(`/pulls/${pull.number}/files$`), 502);
    fake.failNext("GET", new RegExp(`/issues/${pull.number}/comments$`), 403, { headers: { "retry-after": "1" }, message: "You have exceeded a secondary rate limit." });
    fake.failNext("POST", new RegExp(`/pulls/${pull.number}/reviews$`), 500);
    const result = await runOn(pull);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/with 502; retrying/);
    expect(result.stdout).toMatch(/with 403; retrying in 1s/);
    expect(fake.reviews.filter((r) => r.pullNumber === pull.number)).toHaveLength(1);
    expect(fake.reviewComments.filter((c) => c.pullNumber === pull.number)).toHaveLength(expected.length);
    expect(fake.issueComments.filter((c) => c.issueNumber === pull.number)).toHaveLength(1);
    expect(result.commands["warning"]?.filter((w) => !w.startsWith("::warning file=")) ?? []).toEqual([]);
  });

  test("a review GitHub rejects (422) falls back to the summary with one warning", async () => {
    const pull = await openPull({ "db/migrations/002_add_email_index.sql": RISKY });
    const expected = await expectedFindings(pull.repo, pull.head.files);
    fake.failNext("POST", new RegExp(`/pulls/${pull.number}/reviews$`), 422, { message: "Pull request review thread line must be part of the diff" });
    const result = await runOn(pull);
    expect(result.code).toBe(1);
    const warnings = result.commands["warning"]?.filter((w) => !w.startsWith("::warning file=")) ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("did not accept the inline comments");
    const summary = fake.issueComments.find((c) => c.issueNumber === pull.number)!.body;
    for (const f of expected) expect(summary).toContain(`${f.file}:${f.line}`);
    expect(summary).toContain("every finding is listed here");
  });

  test("fail-on decides which findings fail the step", async () => {
    const pull = await openPull({ "db/migrations/002_add_email_index.sql": RISKY });
    expect((await runOn(pull, { inputs: { "fail-on": "never", comment: "none" } })).code).toBe(0);
    const bad = await runOn(pull, { inputs: { "fail-on": "sometimes", comment: "none" } });
    expect(bad.code).toBe(1);
    expect(bad.commands["error"]?.[0]).toContain('Input "fail-on" is "sometimes"');

    // A suppression comment that suppresses nothing is a warning (unused-suppression).
    const warningOnly = await openPull({
      "db/migrations/002_nickname.sql": "-- migration-guard-ignore require-concurrent-index: the table is small\nALTER TABLE users ADD COLUMN nickname text;\n",
    });
    const onError = await runOn(warningOnly, { inputs: { comment: "none" } });
    expect(onError.commands["warning"]?.some((w) => w.includes("unused-suppression"))).toBe(true);
    expect(onError.outputs["errors"]).toBe("0");
    expect(onError.code).toBe(0);
    expect((await runOn(warningOnly, { inputs: { "fail-on": "warning", comment: "none" } })).code).toBe(1);
  });
});
