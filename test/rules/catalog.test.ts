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

/** The TS/JS migration tools every rule is exercised in: builder calls where the tool has them, raw SQL otherwise. */
const CODE_KINDS = ["typeorm", "knex", "sequelize", "mikro-orm", "kysely", "node-pg-migrate"];

/**
 * Input forms a rule cannot apply to, and why. Everything else needs a bad and a good fixture.
 * Keep this list short: a rule that cannot be expressed in a tool's builder API still applies
 * to the raw SQL every tool can run.
 */
const NOT_APPLICABLE: Record<string, { kinds: string[]; why: string }> = {
  "no-app-code-in-migration": { kinds: SQL_KINDS, why: "SQL files import nothing and call no application code" },
  "uninspectable-sql": { kinds: SQL_KINDS, why: "a SQL file is all static SQL: parse errors are parse-error's" },
  "require-reversible": { kinds: ["drizzle"], why: "drizzle-kit has no down migrations" },
  "require-retry-safe-ddl": {
    kinds: ["drizzle", "kysely"],
    why: "drizzle-kit and Kysely's Migrator run every migration in a transaction (no per-migration opt-out), where a failure undoes everything",
  },
};

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

  test.each(builtInRules.map((r) => [r.id] as const))("%s has bad and good fixtures for every input form", async (id) => {
    const cases = await fixtureCases(id);
    const exempt = NOT_APPLICABLE[id]?.kinds ?? [];
    for (const kind of [...SQL_KINDS, ...CODE_KINDS].filter((k) => !exempt.includes(k))) {
      expect(cases.some((c) => c.kind === kind && c.expectation === "bad"), `${id}: a bad ${kind} fixture`).toBe(true);
      expect(cases.some((c) => c.kind === kind && c.expectation === "good"), `${id}: a good ${kind} fixture`).toBe(true);
    }
  });

  test("the README's rule tables list every rule with its default level", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const rows = readme.split("\n").filter((line) => line.startsWith("| [") && line.includes("docs/rules/"));
    for (const rule of builtInRules) {
      const row = rows.find((r) => r.includes(`[${rule.id}](docs/rules/${rule.id}.md)`));
      expect(row, `README lists ${rule.id}`).toBeDefined();
      expect(row!.trim().endsWith(`| ${rule.severity} |`), `README gives ${rule.id} level ${rule.severity}`).toBe(true);
    }
  });
});
