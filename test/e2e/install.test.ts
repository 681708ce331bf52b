import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { removeDir, ROOT, run } from "../support/built-package.js";

/**
 * The installs the README gives for the time before a registry release: from a git URL
 * (`github:migration-guard/migration-guard`; a `git+file://` clone of this repository stands in
 * for GitHub) and from an `npm pack` tarball (what the release workflow attaches to each GitHub
 * release). Both install what is committed — the CLI in dist/ is committed, so nothing is built on
 * the user's machine — and the tests run the installed `migration-guard` as a user would.
 */

const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

let workspace: string;
/** A bare clone of this repository's committed HEAD: what GitHub serves for a git URL. */
let remote: string;
let gitUrl: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "migration-guard-install-"));
  remote = path.join(workspace, "migration-guard.git");
  execFileSync("git", ["clone", "-q", "--bare", "--no-local", ROOT, remote], { stdio: "pipe" });
  gitUrl = `git+file://${remote}`;
}, 120_000);

afterAll(() => removeDir(workspace));

/** A user's project: a package.json and one migration that builds an index under a write lock. */
function userProject(name: string): string {
  const dir = path.join(workspace, name);
  mkdirSync(path.join(dir, "db/migrations"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true }, null, 2));
  writeFileSync(path.join(dir, "db/migrations/0001_orders_email_idx.sql"), "CREATE INDEX orders_email_idx ON orders (email);\n");
  return dir;
}

const npm = (args: string[], cwd: string) => run("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], cwd);

/** The installed CLI finds the migration by convention and reports the blocking index build. */
function expectItLints(cwd: string, command: string, args: string[]) {
  const result = run(command, [...args, "--format", "json"], cwd);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);
  const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }> };
  expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toContainEqual(["require-concurrent-index", "db/migrations/0001_orders_email_idx.sql", 1]);
}

describe("npm install --save-dev from a git URL", () => {
  test("installs the committed CLI without building it, records the URL, and `npx migration-guard` runs it", () => {
    const dir = userProject("from-git");
    const install = npm(["install", "--save-dev", gitUrl], dir);
    expect(install.stderr.split("\n").filter((l) => /ERR!/.test(l))).toEqual([]);
    expect(install.code).toBe(0);

    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies["migration-guard"]).toBe(gitUrl);
    const installed = path.join(dir, "node_modules/migration-guard");
    for (const file of ["dist/cli.js", "dist/index.js", "dist/libpg-query.wasm", "dist/types/src/index.d.ts", "action.yml", "docs/rules/require-concurrent-index.md"]) {
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    }
    // Only the runtime dependency came along: a git install that built the package would have
    // needed the dev toolchain (rollup, typescript) and a `prepare` script to run it.
    expect(readdirSync(path.join(dir, "node_modules")).filter((d) => !d.startsWith("."))).toEqual(["@pgsql", "migration-guard"]);

    const versionRun = run("npx", ["--no-install", "migration-guard", "--version"], dir);
    expect([versionRun.code, versionRun.stdout.trim()]).toEqual([0, version]);
    expectItLints(dir, "npx", ["--no-install", "migration-guard"]);
  }, 300_000);

  test("`npx <git URL>` runs it once without adding it to the project", () => {
    const dir = userProject("npx-git");
    const result = run("npx", ["--yes", gitUrl, "--version"], dir);
    expect([result.code, result.stdout.trim()]).toEqual([0, version]);
    expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    expectItLints(dir, "npx", ["--yes", gitUrl]);
  }, 300_000);
});

describe("npm install --save-dev from an npm pack tarball", () => {
  test("the tarball of the committed tree installs and runs", () => {
    // The release workflow packs the tagged commit after checking that dist/ is fresh: the same
    // as packing a clone of the committed tree.
    const clone = path.join(workspace, "clone");
    execFileSync("git", ["clone", "-q", remote, clone], { stdio: "pipe" });
    const packed = run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", workspace], clone);
    expect(packed.code).toBe(0);
    const tarball = path.join(workspace, `migration-guard-${version}.tgz`);
    expect(existsSync(tarball)).toBe(true);

    const dir = userProject("from-tarball");
    const install = npm(["install", "--save-dev", tarball], dir);
    expect(install.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies["migration-guard"]).toBe(`file:../migration-guard-${version}.tgz`);

    const bin = path.join(dir, "node_modules/.bin/migration-guard");
    const versionRun = run(bin, ["--version"], dir);
    expect([versionRun.code, versionRun.stdout.trim()]).toEqual([0, version]);
    expectItLints(dir, bin, []);
  }, 300_000);
});
