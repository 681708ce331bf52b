import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { gitEnvironment, pinnedArguments } from "../../src/discover/git-process.js";
import { builtCli } from "../support/built-cli.js";
import { tempRepo } from "../support/temp-project.js";

/** A cloned repository is as untrusted as a pull request: `--base` and `--staged` must not run its config. */
describe("git on a repository the user just cloned", () => {
  // Not bare, with the folder above as its work tree: git's own discovery from `app/` picks it
  // and runs its fsmonitor on every diff (reproduced with the CLI before the fix).
  const planted = (marker: string) => ({
    "app/HEAD": "ref: refs/heads/main\n",
    "app/objects/info/packs": "\n",
    "app/refs/heads/.keep": "",
    "app/config": `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ..\n\tfsmonitor = "touch '${marker}'; false"\n\tpager = "touch '${marker}'; cat"\n`,
  });

  test.each([["--base", "main"], ["--staged"]])("%s from a subfolder that looks like a bare repository runs none of its config", (...args) => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), "mg-pwned-")), "pwned");
    const repo = tempRepo({ "app/db/migrations/001_users.sql": "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n", ...planted(marker) });
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "app/db/migrations/002_index.sql": "CREATE INDEX users_email_idx ON users (email);\n" });
    repo.git("add", "-A");
    // A GIT_DIR or config from the user's shell is not the repository's either.
    const result = builtCli([...args, "--format", "json"], { cwd: path.join(repo.dir, "app"), env: { GIT_DIR: path.join(repo.dir, "app"), GIT_CONFIG_PARAMETERS: `'core.fsmonitor=touch ${marker}'` } });
    expect(existsSync(marker), "a config key ran a command").toBe(false);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }> };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toContainEqual(["require-concurrent-index", "db/migrations/002_index.sql", 1]);
  });

  test("a git child gets no token, no GIT_* variable and no user config; every call pins the repository", () => {
    const env = gitEnvironment({ PATH: "/usr/bin", HOME: "/home/runner", GITHUB_TOKEN: "ghs_secret", "INPUT_GITHUB-TOKEN": "ghs_secret", GIT_DIR: "/x", GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "core.pager", GIT_CONFIG_VALUE_0: "evil", HTTPS_PROXY: "http://proxy:3128" });
    expect(Object.values(env)).not.toContain("ghs_secret");
    expect(Object.keys(env).filter((k) => k.startsWith("GIT_") && !["GIT_INDEX_FILE", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_GLOBAL", "GIT_ATTR_NOSYSTEM", "GIT_TERMINAL_PROMPT", "GIT_OPTIONAL_LOCKS"].includes(k))).toEqual([]);
    expect(env).toMatchObject({ PATH: "/usr/bin", HTTPS_PROXY: "http://proxy:3128", GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" });
    expect(env["HOME"]).not.toBe("/home/runner");
    expect(pinnedArguments({ root: "/w", gitDir: "/w/.git" })).toEqual(expect.arrayContaining(["--git-dir=/w/.git", "--work-tree=/w", "safe.bareRepository=explicit", "core.fsmonitor=false"]));
  });
});
