import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FakeGitHub } from "../support/fake-github/server.js";

/** The fake GitHub must refuse what GitHub refuses, or the end-to-end tests prove nothing. */
describe("the fake GitHub API", () => {
  const fake = new FakeGitHub();
  const patch = "@@ -0,0 +1,3 @@\n+-- a comment\n+CREATE INDEX i ON users (email);\n+SELECT 1;";
  const client = (token: string) => getOctokit(token, { baseUrl: fake.url });

  beforeAll(async () => {
    await fake.start();
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `src/f${i}.ts`, status: "added" as const, patch: "@@ -0,0 +1 @@\n+x" }));
    fake.addPull({ number: 1, headSha: "a".repeat(40), baseSha: "b".repeat(40), headRepo: "acme/shop", files: [{ filename: "db/m/001.sql", status: "added", patch }, ...files] });
  });
  afterAll(() => fake.stop());

  const review = (line: number, extra: Record<string, unknown> = {}) => ({
    owner: "acme",
    repo: "shop",
    pull_number: 1,
    commit_id: "a".repeat(40),
    event: "COMMENT" as const,
    body: "review",
    comments: [{ path: "db/m/001.sql", line, side: "RIGHT", body: "x", ...extra }],
  });

  test("rejects a whole review with 422 when one comment is outside the diff", async () => {
    await expect(client(fake.tokens.write).request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", review(4))).rejects.toMatchObject({ status: 422 });
    expect(fake.reviews).toEqual([]);
    await client(fake.tokens.write).request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", review(2));
    expect(fake.reviews).toHaveLength(1);
  });

  test("records a body field GitHub's OpenAPI description does not define", async () => {
    await expect(client(fake.tokens.write).request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", review(2, { sid: "RIGHT" }))).rejects.toMatchObject({ status: 422 });
    expect(fake.violations.splice(0)).toEqual([expect.stringContaining("body.comments[0].sid is not in GitHub's schema")]);
    await expect(client(fake.tokens.write).request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: "acme", repo: "shop", issue_number: 1, body: 5 as unknown as string })).rejects.toMatchObject({ status: 422 });
    expect(fake.violations.splice(0)).toEqual([expect.stringContaining("body.body is integer, not string")]);
  });

  test("answers 403 to writes with a read-only token", async () => {
    await expect(client(fake.tokens.read).request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: "acme", repo: "shop", issue_number: 1, body: "hi" })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("Resource not accessible by integration"),
    });
    const files = await client(fake.tokens.read).request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: "acme", repo: "shop", pull_number: 1 });
    expect(files.data).toHaveLength(30);
  });

  test("pages with Link headers and caps per_page at 100", async () => {
    const first = await client(fake.tokens.read).request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: "acme", repo: "shop", pull_number: 1, per_page: 500 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain('rel="next"');
    const all = await client(fake.tokens.read).paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: "acme", repo: "shop", pull_number: 1, per_page: 100 });
    expect(all).toHaveLength(251);
  });

  test("checks GraphQL documents against GitHub's schema", async () => {
    const result = await client(fake.tokens.write)
      .graphql("query { repository(owner: \"acme\", name: \"shop\") { pullRequest(number: 1) { reviewThreadz(first: 10) { totalCount } } } }")
      .catch((error: unknown) => error);
    expect(result).toBeInstanceOf(Error);
    expect(fake.violations.splice(0)).toEqual([expect.stringContaining('Cannot query field "reviewThreadz"')]);
  });
});
