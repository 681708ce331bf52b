import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, expect, test } from "vitest";
import { MAX_EDITS_PER_RUN } from "../../src/github/review.js";
import { publishToPullRequest } from "../../src/github/publish.js";
import { findingMarker } from "../../src/github/markers.js";
import { FakeGitHub } from "../support/fake-github/server.js";

/** However many earlier comments a pull request holds, one run edits at most MAX_EDITS_PER_RUN of them. */
const fake = new FakeGitHub();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

test(`a pull request with 80 of our comments whose findings are gone: ${MAX_EDITS_PER_RUN} are resolved this run, the rest the next`, async () => {
  const files = Array.from({ length: 80 }, (_, i) => `db/migrations/${String(i).padStart(3, "0")}.sql`);
  fake.addPull({ number: 3, headSha: "c".repeat(40), baseSha: "d".repeat(40), headRepo: "acme/shop", files: files.map((filename) => ({ filename, status: "added", patch: "@@ -0,0 +1 @@\n+SELECT 1;", content: "SELECT 1;\n" })) });
  const client = getOctokit(fake.tokens.write, { baseUrl: fake.url });
  await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
    owner: "acme",
    repo: "shop",
    pull_number: 3,
    commit_id: "c".repeat(40),
    event: "COMMENT",
    body: "earlier run",
    comments: files.map((path) => ({ path, line: 1, side: "RIGHT", body: `${findingMarker(`gone:${path}`)}\nold finding` })),
  });
  const logged: string[] = [];
  const publish = () =>
    publishToPullRequest({
      client,
      pr: { owner: "acme", repo: "shop", pullNumber: 3, headSha: "c".repeat(40), author: { login: "github-actions[bot]", id: 41898282 } },
      files: new Map(),
      findings: [],
      checkedMigrations: 80,
      mode: "review",
      fileUrl: () => "https://github.com/acme/shop",
      log: { info: (m) => logged.push(m), debug: () => {} },
      footer: "",
    });
  const patches = () => fake.requests.filter((r) => r.method === "PATCH" && r.path.startsWith("/repos/acme/shop/pulls/comments/")).length;
  await publish();
  expect(patches()).toBe(MAX_EDITS_PER_RUN);
  expect(logged.some((m) => m.includes(`${80 - MAX_EDITS_PER_RUN} earlier comments left as they are`))).toBe(true);
  await publish();
  expect(patches()).toBe(80);
  expect(fake.activeComments(3)).toEqual([]);
  expect(fake.violations).toEqual([]);
});
