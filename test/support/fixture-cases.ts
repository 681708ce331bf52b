import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import type { Finding } from "../../src/core/finding.js";
import { findMigrationSets } from "../../src/discover/find-migrations.js";
import { readMigration, type MigrationFileInput } from "../../src/lint.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { TsImportResolver } from "../../src/typescript/module-resolution.js";
import { replayFor } from "./replay-for-rules.js";
import { readTree, runScenario } from "./scenario.js";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/rules");

/** A `bad` or `good` migration of a rule's fixture project, checked with the project's other migrations as history. */
export interface FixtureCase {
  ruleId: string;
  /** The fixture project, e.g. `prisma` or `knex`. */
  kind: string;
  projectDir: string;
  /** Relative to the project. */
  file: string;
  expectation: "bad" | "good";
}

export function ruleFixtureKinds(ruleId: string): string[] {
  const dir = path.join(FIXTURES, ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((k) => statSync(path.join(dir, k)).isDirectory());
}

/**
 * A fixture project may hold `base/`: the project as it is on the base branch (its migrations and
 * app schema), for rules that compare a change set with its base.
 */
const BASE_DIR = "base";

/** Every bad/good case of a rule: files whose name contains `bad` or `good`. */
export async function fixtureCases(ruleId: string): Promise<FixtureCase[]> {
  const cases: FixtureCase[] = [];
  for (const kind of ruleFixtureKinds(ruleId)) {
    const projectDir = path.join(FIXTURES, ruleId, kind);
    for (const set of await findMigrationSets(projectDir, projectDir, { ignore: [`${BASE_DIR}/**`] })) {
      for (const f of set.files) {
        const expectation = caseKind(f.path);
        if (expectation) cases.push({ ruleId, kind, projectDir, file: f.path, expectation });
      }
    }
  }
  return cases;
}

function caseKind(file: string): "bad" | "good" | undefined {
  const name = file.toLowerCase();
  if (/(^|[^a-z])bad([^a-z]|$)/.test(name)) return "bad";
  if (/(^|[^a-z])good([^a-z]|$)/.test(name)) return "good";
  return undefined;
}

/** A fixture project may hold `fixture.json` with config (e.g. `{ "postgresVersion": 11 }`). */
export function fixtureConfig(projectDir: string): ResolvedConfig {
  const file = path.join(projectDir, "fixture.json");
  const overrides = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<ResolvedConfig>) : {};
  return { ...DEFAULT_CONFIG, ...overrides };
}

/**
 * Runs all rules on the case's migration, with the project's non-case migrations before it as
 * history, the project's app schema, and `base/` as the base when there is one.
 */
export async function runFixtureCase(c: FixtureCase): Promise<{ findings: Finding[]; text: string }> {
  const baseDir = path.join(c.projectDir, BASE_DIR);
  const sets = await findMigrationSets(c.projectDir, c.projectDir, { ignore: [`${BASE_DIR}/**`] });
  const files = readTree(c.projectDir, (f) => f === BASE_DIR || f === "fixture.json");
  const config = fixtureConfig(c.projectDir);
  // TS/JS migrations resolve their imports against the fixture project (tsconfig paths, workspaces).
  const resolver = new TsImportResolver(await loadTypeScript(), c.projectDir);
  return runScenario({
    set: sets.find((s) => s.files.some((f) => f.path === c.file))!,
    files,
    read: (f, set) => {
      const input: MigrationFileInput = { path: f.path, text: files.get(f.path)!, version: f.version, setId: set.dir, setTool: set.tool };
      if (f.hasDown !== undefined) input.hasDown = f.hasDown;
      return readMigration(input, config, { resolver });
    },
    ...(existsSync(baseDir) ? { base: readTree(baseDir) } : {}),
    checked: c.file,
    leaveOut: (f) => caseKind(f) !== undefined,
    config,
    ...(replayFor(c.ruleId) ? { prepare: replayFor(c.ruleId)! } : {}),
  });
}
