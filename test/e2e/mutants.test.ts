import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { LineIndex } from "../../src/sql/positions.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { analyze, readMigration } from "../../src/lint.js";
import { ROOT } from "../support/built-cli.js";

/**
 * Damaged input of every kind, made from the fixtures' real-looking migrations: a seeded,
 * deterministic stream of mutants (cut, truncated, duplicated, with stray quotes, comment openers,
 * dollar quotes, backslashes, NUL bytes and BOMs inserted). Whatever the damage, reading and
 * checking never fails internally, the findings serialize to valid JSON, and every finding points
 * inside the file.
 */

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

/** mulberry32: a small seeded generator, so a failing mutant can be reproduced from its number. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEBRIS = ["'", '"', "`", "(", ")", ";", "/*", "*/", "--", "$$", "$tag$", "\\", "\\set x 1\n", "\0", "\uFEFF", "${", "}", "{", "\n", "E'\\", "COPY t FROM stdin;\n", "BEGIN;", "COMMIT;", "é", "😀"];

function mutate(text: string, next: () => number): string {
  const at = () => Math.floor(next() * (text.length + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  let result = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const kind = Math.floor(next() * 5);
    const a = at();
    const b = Math.min(result.length, a + Math.floor(next() * 40));
    if (kind === 0) result = result.slice(0, a) + pick(DEBRIS) + result.slice(a);
    else if (kind === 1) result = result.slice(0, a) + result.slice(b);
    else if (kind === 2) result = result.slice(0, a);
    else if (kind === 3) result = result.slice(0, a) + result.slice(a, b) + result.slice(a);
    else result = result.slice(0, a) + pick(DEBRIS) + pick(DEBRIS) + result.slice(b);
  }
  return result;
}

function fixtureMigrations(extensions: RegExp): { file: string; text: string; setTool: "sql" | "golang-migrate" | "dbmate" | "prisma" }[] {
  const dir = path.join(ROOT, "fixtures/rules");
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => extensions.test(f) && /migrations?\//.test(f) && !f.includes("/base/"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), "utf8"), setTool: f.endsWith("migration.sql") ? "prisma" : "sql" }));
}

function check(name: string, text: string, setTool: "sql" | "golang-migrate" | "dbmate" | "prisma"): string[] {
  const problems: string[] = [];
  const file = name;
  let findings;
  try {
    const migration = readMigration({ path: file, text, version: "1", setId: "migrations", setTool }, DEFAULT_CONFIG);
    findings = analyze([{ migrations: [migration], changeSet: new Set([file]), together: true, setId: "migrations" }], DEFAULT_CONFIG).findings;
  } catch (error) {
    // runReadTask contains a reader crash as an internal error; here any throw is the failure to find.
    return [`threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  const lines = new LineIndex(text).lineCount;
  const copy = JSON.parse(JSON.stringify(findings)) as typeof findings;
  if (copy.length !== findings.length) problems.push("findings do not survive JSON");
  for (const f of findings) {
    if (f.ruleId === "internal-error") problems.push(`internal error: ${f.message}`);
    if (typeof f.message !== "string" || /undefined|\[object Object\]|NaN/.test(`${f.message}${f.line}${f.column}`)) problems.push(`malformed: ${JSON.stringify(f)}`);
    const inside = f.line >= 1 && f.line <= lines && f.column >= 1 && f.endLine >= f.line && f.endLine <= lines;
    if (!inside) problems.push(`outside the file (${lines} lines): ${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  }
  return problems;
}

function runMutants(seeds: ReturnType<typeof fixtureMigrations>, count: number, seed: number): { checked: number; failures: string[] } {
  const next = random(seed);
  const failures: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = seeds[Math.floor(next() * seeds.length)]!;
    const text = mutate(source.text, next);
    for (const problem of check(source.file, text, source.setTool)) failures.push(`mutant ${i} of ${source.file}: ${problem}`);
  }
  return { checked: count, failures };
}

test("600 mutants of SQL migrations: no internal error, valid JSON, positions inside the file", () => {
  const seeds = fixtureMigrations(/\.sql$/);
  expect(seeds.length).toBeGreaterThan(50);
  const { failures } = runMutants(seeds, 600, 1010);
  expect(failures).toEqual([]);
});

test("600 mutants of TS/JS migrations of every tool: no internal error, valid JSON, positions inside the file", () => {
  const seeds = fixtureMigrations(/\.(ts|js)$/);
  expect(seeds.length).toBeGreaterThan(50);
  const { failures } = runMutants(seeds, 600, 2020);
  expect(failures).toEqual([]);
});
