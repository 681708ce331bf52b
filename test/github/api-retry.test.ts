import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { retryDelay, retryTransientErrors } from "../../src/github/api-retry.js";
import { FakeGitHub } from "../support/fake-github/server.js";

const options = { baseDelayMs: 1_000, maxWaitMs: 90_000 };
const error = (status: number, headers: Record<string, string> = {}, message = "boom") => ({ status, message, response: { headers, data: { message } } });

describe("retryDelay", () => {
  test("5xx: exponential backoff", () => {
    expect(retryDelay(error(502), 0, options)).toBe(1_000);
    expect(retryDelay(error(503), 2, options)).toBe(4_000);
  });

  test("a 5xx on a request that may have been applied is not repeated here", () => {
    expect(retryDelay(error(502), 0, options, false)).toBeUndefined();
  });

  test("secondary rate limit: retry-after, else a minute", () => {
    expect(retryDelay(error(403, { "retry-after": "3" }), 0, options)).toBe(3_000);
    expect(retryDelay(error(403, {}, "You have exceeded a secondary rate limit"), 0, options)).toBe(60_000);
    expect(retryDelay(error(429, {}), 1, options)).toBe(2_000);
  });

  test("primary rate limit: until the reset, unless that is too far away", () => {
    const now = 1_700_000_000_000;
    const soon = { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 20) };
    expect(retryDelay(error(403, soon), 0, options, true, now)).toBe(21_000);
    const late = { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 3_600) };
    expect(retryDelay(error(403, late), 0, options, true, now)).toBeUndefined();
  });

  test("client errors and permission errors are final", () => {
    expect(retryDelay(error(403, {}, "Resource not accessible by integration"), 0, options)).toBeUndefined();
    expect(retryDelay(error(404), 0, options)).toBeUndefined();
    expect(retryDelay(error(422), 0, options)).toBeUndefined();
  });
});

describe("retryTransientErrors", () => {
  const fake = new FakeGitHub();
  beforeAll(async () => {
    await fake.start();
    fake.addPull({ number: 3, headSha: "a".repeat(40), baseSha: "b".repeat(40), headRepo: "acme/shop", files: [] });
  });
  afterAll(() => fake.stop());

  function client() {
    const octokit = getOctokit(fake.tokens.write, { baseUrl: fake.url });
    const waits: number[] = [];
    retryTransientErrors(octokit, { retries: 3, baseDelayMs: 5, maxWaitMs: 10_000, sleep: async (ms) => void waits.push(ms), log: () => {} });
    return { octokit, waits };
  }

  test("retries until the request goes through, within the retry budget", async () => {
    const { octokit, waits } = client();
    fake.failNext("GET", /\/pulls\/3\/files$/, 503, { times: 2 });
    const files = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: "acme", repo: "shop", pull_number: 3 });
    expect(files.status).toBe(200);
    expect(waits).toEqual([5, 10]);
  });

  test("gives up after the budget", async () => {
    const { octokit, waits } = client();
    fake.failNext("GET", /\/pulls\/3\/files$/, 500, { times: 10 });
    await expect(octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: "acme", repo: "shop", pull_number: 3 })).rejects.toMatchObject({ status: 500 });
    expect(waits).toHaveLength(3);
  });

  test("does not repeat a non-idempotent request after a 5xx", async () => {
    const { octokit, waits } = client();
    fake.failNext("POST", /\/issues\/3\/comments$/, 502);
    await expect(
      octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: "acme", repo: "shop", issue_number: 3, body: "x", request: { idempotent: false } }),
    ).rejects.toMatchObject({ status: 502 });
    expect(waits).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});
