import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { actionDefaults, REPO_ROOT } from "../support/action-harness.js";

const yaml = readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8");
const source = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const docs = source("docs/github-action.md");

/** action.yml is the Action's public interface: it must match what the code reads and writes. */
describe("action.yml", () => {
  test("runs the bundled ESM entry on node24", () => {
    expect(yaml).toMatch(/\nruns:\n {2}using: node24\n {2}main: dist\/index\.js\n/);
    expect(source("rollup.config.mjs")).toContain('index: "src/github/main.ts"');
    expect(yaml).toMatch(/\nbranding:\n {2}icon: \S+\n {2}color: \S+\n/);
    expect(/^description: (.*)$/m.exec(yaml)![1]!.length).toBeLessThanOrEqual(125);
  });

  test("declares, describes and documents every input the code reads", () => {
    const read = [...source("src/github/inputs.ts").matchAll(/input\("([a-z-]+)"\)/g)].map((m) => m[1]!);
    const declared = Object.keys(actionDefaults());
    expect(new Set(declared)).toEqual(new Set(read));
    for (const name of declared) {
      expect(yaml, name).toMatch(new RegExp(`\\n {2}${name}:\\n {4}description: `));
      expect(docs, name).toContain(`| \`${name}\` |`);
    }
    expect(actionDefaults()).toMatchObject({ "github-token": "${{ github.token }}", "fail-on": "error", comment: "review" });
  });

  test("declares and documents every output the code sets", () => {
    const set = [...source("src/github/run.ts").matchAll(/setOutput\("([a-z-]+)"/g)].map((m) => m[1]!);
    const outputs = yaml.slice(yaml.indexOf("\noutputs:"), yaml.indexOf("\nruns:"));
    const declared = [...outputs.matchAll(/\n {2}([a-z-]+):\n/g)].map((m) => m[1]!);
    expect(new Set(declared)).toEqual(new Set(set));
    for (const name of declared) expect(docs, name).toContain(`| \`${name}\` |`);
  });
});
