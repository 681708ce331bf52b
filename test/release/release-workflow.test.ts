import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { releaseTags } from "../../scripts/release-tag.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("releaseTags", () => {
  test("a release tag names the Action's major tag it moves", () => {
    expect(releaseTags("v1.4.2", "1.4.2")).toEqual({ version: "1.4.2", major: "v1", prerelease: false });
    expect(releaseTags("v0.1.0", "0.1.0")).toEqual({ version: "0.1.0", major: "v0", prerelease: false });
    expect(releaseTags("v2.0.0-rc.1", "2.0.0-rc.1")).toEqual({ version: "2.0.0-rc.1", major: "v2", prerelease: true });
  });

  test("a tag that disagrees with package.json, or is no version, is refused with what to do", () => {
    expect(() => releaseTags("v1.4.3", "1.4.2")).toThrow("tag v1.4.3 does not match package.json's version 1.4.2: bump the version (npm version) and tag that commit");
    expect(() => releaseTags("1.4.2", "1.4.2")).toThrow('does not start with "v"');
    expect(() => releaseTags("v1.4", "1.4")).toThrow("is not v<major>.<minor>.<patch>");
    expect(() => releaseTags("v01.4.2", "01.4.2")).toThrow("is not v<major>.<minor>.<patch>");
  });

  test("the script prints the major tag, nothing for a prerelease, and fails on a mismatch", () => {
    const script = (tag: string) => spawnSync(process.execPath, [path.join(ROOT, "scripts/release-tag.mjs"), tag], { encoding: "utf8" });
    const ok = script(`v${version}`);
    expect([ok.status, ok.stdout.trim()]).toEqual([0, `v${version.split(".")[0]}`]);
    const wrong = script("v99.0.0");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`release: tag v99.0.0 does not match package.json's version ${version}`);
  });
});

describe(".github/workflows/release.yml", () => {
  const workflow = readFileSync(path.join(ROOT, ".github/workflows/release.yml"), "utf8");
  const at = (text: string) => {
    const i = workflow.indexOf(text);
    expect(i, text).toBeGreaterThan(-1);
    return i;
  };

  test("runs on version tags, checks the tag, then tests as CI does before anything is published", () => {
    at('tags: ["v[0-9]+.[0-9]+.[0-9]+"');
    expect(at("node scripts/release-tag.mjs")).toBeLessThan(at("bash .ci/run"));
    expect(at("bash .ci/run")).toBeLessThan(at("needs: test"));
  });

  test("publishes with provenance, releases the tarball, and moves the major tag, in that order", () => {
    at("id-token: write");
    const publish = at("npm publish");
    expect(workflow.slice(publish, workflow.indexOf("\n", publish))).toContain("--provenance");
    expect(at("git diff --exit-code --stat -- dist")).toBeLessThan(publish);
    expect(publish).toBeLessThan(at("gh release create"));
    expect(at("gh release create")).toBeLessThan(at('git push -f origin "refs/tags/$MAJOR"'));
  });
});
