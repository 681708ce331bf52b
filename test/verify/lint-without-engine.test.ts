import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "../support/built-cli.js";
import { VERIFY_FIXTURES } from "./support.js";

/**
 * `lint` never loads the embedded engine: the built package without PGlite (dist/pglite/ and its
 * worker removed) still lints, and only `verify` needs it, failing with a clear message.
 */
describe("the built CLI without the embedded engine", () => {
  const copy = mkdtempSync(path.join(tmpdir(), "mg-no-engine-"));
  const cwd = path.join(VERIFY_FIXTURES, "forward-reference");
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(copy, "dist", "cli.js"), ...args], { cwd, encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` before the tests.");
    cpSync(path.join(ROOT, "dist"), path.join(copy, "dist"), { recursive: true, filter: (source) => !/[\\/]pglite([\\/]|$)|pglite-worker\.mjs$/.test(source) });
    cpSync(path.join(ROOT, "package.json"), path.join(copy, "package.json"));
    cpSync(path.join(ROOT, "docs"), path.join(copy, "docs"), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test("lint runs and reports as usual", () => {
    expect(existsSync(path.join(copy, "dist", "pglite"))).toBe(false);
    const result = run(["--format", "json", "migrations"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string }[]; summary: { checkedMigrations: number } };
    expect(report.summary.checkedMigrations).toBe(5);
    expect(report.findings.map((f) => f.ruleId)).toContain("require-concurrent-index");
    expect(report.findings.map((f) => f.ruleId)).not.toContain("fails-on-empty-database");
  });

  test("verify says the engine could not start, with exit code 2", () => {
    const result = run(["verify", "migrations"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the embedded Postgres (PGlite) did not start");
  });
});
