import { describe, expect, test } from "vitest";
import { describeEvent, type ActionContext } from "../../src/github/event.js";
import { readInputs } from "../../src/github/inputs.js";

const inputs = (values: Record<string, string>) => ({ getInput: (name: string) => values[name] ?? "" });

describe("readInputs", () => {
  test("defaults", () => {
    expect(readInputs(inputs({ "github-token": "t" }))).toEqual({ token: "t", failOn: "error", paths: [], comment: "review", workingDirectory: ".", verify: false });
  });

  test("paths one per line (or comma-separated), postgres version, config", () => {
    const read = readInputs(inputs({ paths: "db/migrations\n  prisma/migrations, drizzle\n", "postgres-version": "16", config: "mg.json", comment: "summary", "fail-on": "warning" }));
    expect(read).toMatchObject({ paths: ["db/migrations", "prisma/migrations", "drizzle"], postgresVersion: 16, configFile: "mg.json", comment: "summary", failOn: "warning" });
  });

  test("rejects values it does not know, naming the input", () => {
    expect(() => readInputs(inputs({ comment: "inline" }))).toThrow('Input "comment" is "inline"; expected one of: review, summary, none.');
    expect(() => readInputs(inputs({ "postgres-version": "latest" }))).toThrow(/postgres-version/);
  });
});

describe("describeEvent", () => {
  const context = (eventName: string, payload: Record<string, unknown>): ActionContext => ({ eventName, payload, repo: { owner: "acme", repo: "shop" }, serverUrl: "https://github.com", sha: "c".repeat(40) });
  const pr = (headRepo: string) => ({ pull_request: { number: 4, head: { sha: "h", repo: { full_name: headRepo } }, base: { sha: "b", repo: { full_name: "acme/shop" } } } });

  test("a pull request from the same repository", () => {
    expect(describeEvent(context("pull_request", pr("acme/shop")))).toEqual({ kind: "pull-request", number: 4, headSha: "h", baseSha: "b", fromFork: false, privileged: false });
  });

  test("a fork, and pull_request_target marked privileged", () => {
    expect(describeEvent(context("pull_request", pr("someone/shop")))).toMatchObject({ fromFork: true, privileged: false });
    expect(describeEvent(context("pull_request_target", pr("someone/shop")))).toMatchObject({ fromFork: true, privileged: true });
  });

  test("push with and without a previous commit; workflow_run; anything else", () => {
    expect(describeEvent(context("push", { before: "a1" }))).toEqual({ kind: "push", before: "a1" });
    expect(describeEvent(context("push", { before: "0".repeat(40) }))).toEqual({ kind: "push" });
    expect(describeEvent(context("workflow_run", { workflow_run: { head_sha: "h" } }))).toEqual({ kind: "workflow-run", headSha: "h" });
    expect(describeEvent(context("workflow_dispatch", {}))).toEqual({ kind: "other", name: "workflow_dispatch" });
  });

  test("a pull request payload without its commits is an error", () => {
    expect(() => describeEvent(context("pull_request", { pull_request: { number: 1 } }))).toThrow(/no pull_request number, head or base commit/);
  });
});
