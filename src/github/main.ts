/**
 * The Action's entry (dist/index.js): wires the runner's environment to run(), which holds the
 * logic and takes its dependencies as arguments.
 */
import * as core from "@actions/core";
import { context, getOctokit } from "@actions/github";
import { VERSION } from "../version.js";
import { run } from "./run.js";

process.exitCode = await run({
  core,
  context: {
    eventName: context.eventName,
    payload: context.payload as Record<string, unknown>,
    get repo() {
      return context.repo;
    },
    serverUrl: context.serverUrl,
    sha: context.sha,
  },
  getOctokit: (token) => getOctokit(token, { userAgent: `migration-guard/${VERSION}` }),
  env: process.env,
  cwd: process.env["GITHUB_WORKSPACE"] || process.cwd(),
});
