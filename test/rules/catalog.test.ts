import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { ruleIndexSource } from "../../scripts/generate-rule-index.mjs";
import { DOCS } from "../support/doc-examples.js";
import { fixtureCases } from "../support/fixture-cases.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The SQL input forms every rule is exercised in. */
const SQL_KINDS = ["sql", "prisma", "drizzle"];

describe("rule catalog", () => {
  test("rules/index.ts lists every rule file (npm run new-rule regenerates it)", () => {
    expect(readFileSync(path.join(ROOT, "rules/index.ts"), "utf8")).toBe(ruleIndexSource());
  });

  test("each rule file is named by its id", () => {
    const files = readdirSync(path.join(ROOT, "rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual(builtInRules.map((r) => r.id).sort());
  });

  test.each(builtInRules.map((r) => [r.id, r] as const))("%s has a doc page with what, why, bad and good", (id) => {
    const file = path.join(DOCS, `${id}.md`);
    expect(existsSync(file), `${file} exists`).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith(`# ${id}`)).toBe(true);
    for (const heading of ["## Why", "## Bad", "## Good"]) expect(text, `${id}.md has "${heading}"`).toContain(heading);
  });

  test.each(builtInRules.map((r) => [r.id] as const))("%s has bad and good fixtures for every SQL input form", async (id) => {
    const cases = await fixtureCases(id);
    for (const kind of SQL_KINDS) {
      expect(cases.some((c) => c.kind === kind && c.expectation === "bad"), `${id}: a bad ${kind} fixture`).toBe(true);
      expect(cases.some((c) => c.kind === kind && c.expectation === "good"), `${id}: a good ${kind} fixture`).toBe(true);
    }
  });
});
