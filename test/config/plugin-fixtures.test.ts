import { cpSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import type { Log } from "sarif";
import { describe, expect, test } from "vitest";
import { cli as runCli } from "../support/cli-io.js";
import { tempProject } from "../support/temp-project.js";

const cli = (cwd: string, ...args: string[]) => runCli(args, { cwd });
const PLUGINS = path.resolve(import.meta.dirname, "../../fixtures/plugins");

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
}

/**
 * The example projects under fixtures/plugins, loaded as a user's run loads them: through their
 * config file. The plugin rule must fire on exactly the `expected` lines of `migration`.
 */
async function checkProject(cwd: string, ruleId: string, migration: string, expected: number[]) {
  const json = await cli(cwd, "--format", "json");
  expect(json.stderr).toBe("");
  const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === ruleId);
  expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(expected.map((line) => `${migration}:${line}`));

  const sarif = JSON.parse((await cli(cwd, "--format", "sarif")).stdout) as Log;
  const results = sarif.runs[0]!.results!.filter((r) => r.ruleId === ruleId);
  expect(results.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual(expected);
  expect(sarif.runs[0]!.tool.driver.rules!.some((r) => r.id === ruleId)).toBe(true);

  const stylish = await cli(cwd);
  for (const line of expected) expect(stylish.stdout).toMatch(new RegExp(`^${migration}:${line}:\\d+  \\w+  ${ruleId}$`, "m"));
  return { json, stylish };
}

describe("a team rule in a local TypeScript file, referenced from migration-guard.config.ts", () => {
  const cwd = path.join(PLUGINS, "team-project");

  test("fires at the marked lines in JSON, SARIF and stylish output", async () => {
    const { stylish } = await checkProject(cwd, "team/require-created-at", "db/migrations/002_create_orders.sql", [4, 14]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain("Table `orders` has no `created_at` column");
  });

  test("is listed by `migration-guard rules` and explained", async () => {
    expect((await cli(cwd, "rules")).stdout).toMatch(/^ {2}error {4}team\/require-created-at +A new table without a created_at timestamptz column\.$/m);
    expect((await cli(cwd, "explain", "team/require-created-at")).stdout).toContain("A new table without a created_at timestamptz column.");
  });
});

describe("a plugin package named in a JSON config", () => {
  test("is resolved from the config's directory and fires at the marked lines", async () => {
    const cwd = tempProject().dir;
    cpSync(path.join(PLUGINS, "json-project"), cwd, { recursive: true });
    mkdirSync(path.join(cwd, "node_modules"));
    symlinkSync(path.join(PLUGINS, "acme-plugin"), path.join(cwd, "node_modules/migration-guard-plugin-acme"), "dir");
    const { json } = await checkProject(cwd, "acme/no-grant-to-public", "sql/002_grant_reports.sql", [4]);
    // Configured as a warning in .migration-guardrc.json; the plugin's own docsUrl is linked.
    expect(json.code).toBe(0);
    const finding = JSON.parse(json.stdout).findings[0];
    expect(finding).toMatchObject({ severity: "warning", docsUrl: "https://wiki.acme.example/db/no-grant-to-public" });
  });
});
