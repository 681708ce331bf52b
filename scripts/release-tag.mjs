#!/usr/bin/env node
// The release workflow's check of a pushed tag: it must be `v` + the version in package.json
// (a tag that disagrees would publish one version under another's name), and it names the
// Action's major tag that the release moves (`v1.4.2` moves `v1`, which `uses: ...@v1` follows).
//
//   node scripts/release-tag.mjs v1.4.2          prints the major tag (v1), or fails
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/**
 * @param {string} tag the pushed tag, e.g. `v1.4.2`
 * @param {string} version package.json's version
 * @returns {{ version: string, major: string, prerelease: boolean }}
 */
export function releaseTags(tag, version) {
  if (!tag.startsWith("v")) throw new Error(`tag ${tag} does not start with "v": release tags are v<version>, e.g. v${version}`);
  const tagged = tag.slice(1);
  const match = SEMVER.exec(tagged);
  if (!match) throw new Error(`tag ${tag} is not v<major>.<minor>.<patch>[-<prerelease>]`);
  if (tagged !== version) throw new Error(`tag ${tag} does not match package.json's version ${version}: bump the version (npm version) and tag that commit`);
  return { version, major: `v${match[1]}`, prerelease: match[4] !== undefined };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tag = process.argv[2];
  if (!tag) {
    console.error("usage: node scripts/release-tag.mjs <tag>");
    process.exit(2);
  }
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  try {
    const tags = releaseTags(tag, version);
    // A prerelease never moves the major tag that users' workflows follow.
    console.log(tags.prerelease ? "" : tags.major);
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
