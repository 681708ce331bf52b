import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { validateConfig } from "../../src/config/schema.js";

const ruleIds = builtInRules.map((r) => r.id);

const ROOT = path.resolve(import.meta.dirname, "../..");
const GUIDES = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** Code blocks right after a `<!-- file: path -->` comment: they show that file of the repository. */
function fileBlocks(doc: string): Array<{ file: string; code: string; line: number }> {
  const lines = readFileSync(path.join(ROOT, doc), "utf8").split("\n");
  const blocks: Array<{ file: string; code: string; line: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^<!--\s*file:\s*(\S+)\s*-->$/.exec(lines[i]!);
    if (!marker) continue;
    if (!/^```/.test(lines[i + 1] ?? "")) throw new Error(`${doc}:${i + 1}: a file marker must be followed by a code block`);
    let end = i + 2;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    blocks.push({ file: marker[1]!, code: `${lines.slice(i + 2, end).join("\n")}\n`, line: i + 1 });
  }
  return blocks;
}

/** Guides show real files (the example rule, its config, its test): they must not drift from them. */
describe.each(GUIDES.map((doc) => [doc, fileBlocks(doc)] as const).filter(([, blocks]) => blocks.length > 0))("%s", (_doc, blocks) => {
  test.each(blocks.map((b) => [`${b.file} (line ${b.line})`, b] as const))("shows %s as it is", (_name, block) => {
    expect(block.code).toBe(readFileSync(path.join(ROOT, block.file), "utf8"));
  });
});

test("the writing-rules guide shows the example rule, its config and its test", () => {
  expect(fileBlocks("docs/writing-rules.md").map((b) => path.basename(b.file))).toEqual([
    "require-created-at.ts",
    "migration-guard.config.ts",
    "require-created-at.test.ts",
  ]);
});

/** Every JSON config shown in the configuration guide is one migration-guard accepts. */
test("the configuration guide's JSON examples are valid configs", () => {
  const text = readFileSync(path.join(ROOT, "docs/configuration.md"), "utf8");
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  expect(blocks.length).toBeGreaterThan(3);
  for (const block of blocks) {
    const config = validateConfig("migrationGuard" in block ? block["migrationGuard"] : block, "docs/configuration.md");
    for (const id of Object.keys(config.rules ?? {}).filter((r) => !r.includes("/"))) expect(ruleIds, `rule ${id}`).toContain(id);
  }
});
