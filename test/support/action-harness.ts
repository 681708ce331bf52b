import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FakeFile } from "./fake-github/server.js";

/** Runs the built Action (dist/index.js) the way the runner does, in temp git repositories. */

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** MG_ACTION_ENTRY runs another build (e.g. an older release's) through the same tests. */
export const ACTION_ENTRY = process.env["MG_ACTION_ENTRY"] ?? path.join(REPO_ROOT, "dist", "index.js");

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Dev",
  GIT_AUTHOR_EMAIL: "dev@example.com",
  GIT_COMMITTER_NAME: "Dev",
  GIT_COMMITTER_EMAIL: "dev@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } }).trim();
}

/** The inputs' defaults as action.yml declares them (the runner passes every input). */
export function actionDefaults(): Record<string, string> {
  const yaml = readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8");
  const inputs = yaml.slice(yaml.indexOf("\ninputs:"), yaml.indexOf("\noutputs:"));
  const defaults: Record<string, string> = {};
  for (const block of inputs.split(/\n  (?=[a-z-]+:\n)/).slice(1)) {
    const name = /^([a-z-]+):/.exec(block)?.[1];
    const value = /\n    default: (.*)/.exec(block)?.[1];
    if (name && value !== undefined) defaults[name] = value.replace(/^"(.*)"$/, "$1");
  }
  return defaults;
}

/**
 * A repository with a base branch and a pull request branch, pushed to a bare "origin", and a
 * shallow checkout of the PR head as actions/checkout makes it (fetch-depth 1: no base commit).
 */
export class PullRequestRepo {
  readonly dir = mkdtempSync(path.join(tmpdir(), "mg-action-"));
  readonly origin = path.join(this.dir, "origin.git");
  readonly author = path.join(this.dir, "author");
  readonly workspace = path.join(this.dir, "workspace");
  readonly runnerTemp = path.join(this.dir, "runner-temp");
  baseSha = "";

  constructor(baseFiles: Record<string, string>) {
    mkdirSync(this.runnerTemp);
    git(this.dir, "init", "-q", "--bare", "-b", "main", this.origin);
    git(this.dir, "clone", "-q", this.origin, this.author);
    this.write(baseFiles);
    git(this.author, "add", "-A");
    git(this.author, "commit", "-q", "-m", "base");
    git(this.author, "push", "-q", "origin", "main");
    this.baseSha = git(this.author, "rev-parse", "HEAD");
    git(this.author, "checkout", "-q", "-b", "feature");
  }

  /** Commits on the PR branch and pushes; returns the new head and the PR's files as the API lists them. */
  commit(files: Record<string, string | null>, message = "change"): { headSha: string; files: FakeFile[] } {
    for (const [file, text] of Object.entries(files)) {
      if (text === null) rmSync(path.join(this.author, file));
    }
    this.write(Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== null)));
    git(this.author, "add", "-A");
    git(this.author, "commit", "-q", "-m", message);
    git(this.author, "push", "-q", "-f", "origin", "feature");
    const headSha = git(this.author, "rev-parse", "HEAD");
    return { headSha, files: this.pullFiles(headSha) };
  }

  /** What GET /pulls/{n}/files shows: the three-dot diff base...head, with each file's patch. */
  pullFiles(headSha: string): FakeFile[] {
    const statuses = git(this.author, "diff", "--name-status", "-M", `${this.baseSha}...${headSha}`).split("\n").filter(Boolean);
    const names: Record<string, FakeFile["status"]> = { A: "added", M: "modified", D: "removed", R: "renamed" };
    return statuses.map((line) => {
      const [code, first, second] = line.split("\t") as [string, string, string | undefined];
      const filename = second ?? first;
      const diff = git(this.author, "diff", "-M", `${this.baseSha}...${headSha}`, "--", ...(second ? [first, second] : [first]));
      const hunkStart = diff.indexOf("\n@@");
      const status = names[code[0]!] ?? "modified";
      return {
        filename,
        status,
        ...(hunkStart >= 0 ? { patch: diff.slice(hunkStart + 1) } : {}),
        ...(second ? { previous_filename: first } : {}),
        ...(status !== "removed" ? { content: git(this.author, "show", `${headSha}:${filename}`) + "\n" } : {}),
      };
    });
  }

  /** A fresh shallow checkout of `sha`, as actions/checkout leaves it (origin set, depth 1). */
  checkout(sha: string): void {
    rmSync(this.workspace, { recursive: true, force: true });
    git(this.dir, "clone", "-q", "--depth=1", "--branch", "feature", `file://${this.origin}`, this.workspace);
    if (git(this.workspace, "rev-parse", "HEAD") !== sha) throw new Error(`the PR branch is not at ${sha}`);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private write(files: Record<string, string>): void {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(this.author, file)), { recursive: true });
      writeFileSync(path.join(this.author, file), text);
    }
  }
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands by kind, e.g. `error` → the `::error ...::` lines. */
  commands: Record<string, string[]>;
}

export interface RunOptions {
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  token: string;
  repository?: string;
  sha?: string;
  /** More environment variables, or replacements (e.g. a PATH with a recording `git` first). */
  env?: Record<string, string>;
}

/** Runs dist/index.js with the environment the runner gives a JavaScript action. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(ACTION_ENTRY)) throw new Error("dist/index.js is missing: run `npm run build` before the end-to-end tests.");
  const stepDir = mkdtempSync(path.join(options.runnerTemp, "step-"));
  const eventPath = path.join(stepDir, "event.json");
  const outputPath = path.join(stepDir, "output");
  const summaryPath = path.join(stepDir, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const inputs = { ...actionDefaults(), "github-token": options.token, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "/usr/bin:/bin",
    HOME: process.env["HOME"] ?? options.runnerTemp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: options.repository ?? "acme/shop",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SHA: options.sha ?? "0".repeat(40),
    GITHUB_RUN_ID: "4242",
    GITHUB_ACTION: `step${path.basename(stepDir)}`,
    GITHUB_ACTION_REPOSITORY: "migration-guard/migration-guard",
    GITHUB_ACTION_REF: "v1",
    RUNNER_TEMP: options.runnerTemp,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value])),
    ...options.env,
  };
  const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  const commands: Record<string, string[]> = {};
  for (const line of stdout.split(/\r?\n/)) {
    const kind = /^::([a-z-]+)[ :]/.exec(line)?.[1];
    if (kind) (commands[kind] ??= []).push(line);
  }
  return { code, stdout, stderr, outputs: readOutputs(readFileSync(outputPath, "utf8")), summary: readFileSync(summaryPath, "utf8"), commands };
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!head) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i]!);
    outputs[head[1]!] = value.join("\n");
  }
  return outputs;
}

export function pullRequestPayload(options: { number: number; headSha: string; baseSha: string; headRepo?: string; repository?: string; action?: string }): unknown {
  const repository = options.repository ?? "acme/shop";
  const [owner, name] = repository.split("/");
  return {
    action: options.action ?? "synchronize",
    number: options.number,
    pull_request: {
      number: options.number,
      head: { sha: options.headSha, ref: "feature", repo: { full_name: options.headRepo ?? repository } },
      base: { sha: options.baseSha, ref: "main", repo: { full_name: repository } },
    },
    repository: { full_name: repository, name, owner: { login: owner } },
  };
}
