import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";

/** Figures the README states that the code decides: they must say what the code does today. */

const ROOT = path.resolve(import.meta.dirname, "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

test("every rule count in the README is the catalog's", () => {
  const counts = [...README.matchAll(/\b(\d+)\s+(?:built-in\s+)?rules\b/g)].map((m) => Number(m[1]));
  expect(counts.length, "the README states how many rules there are").toBeGreaterThan(0);
  for (const count of counts) expect(count).toBe(builtInRules.length);
});

test("the benchmark settings the README quotes are the bench script's defaults", () => {
  const bench = readFileSync(path.join(ROOT, "bench/run.mjs"), "utf8");
  const runs = /BENCH_RUNS\s*\?\?\s*(\d+)/.exec(bench)?.[1];
  expect(runs, "bench/run.mjs has a default number of runs").toBeDefined();
  const quoted = [...README.matchAll(/medians? of (\d+)/g)].map((m) => m[1]);
  expect(quoted.length, "the README says how many runs its figures are medians of").toBeGreaterThan(0);
  for (const n of quoted) expect(n).toBe(runs);
});
