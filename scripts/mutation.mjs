#!/usr/bin/env node
// A small mutation test: makes one deliberate bug at a time in the rules and the core modules
// that decide transactions, statement splitting and planning, runs the tests that cover that
// file, and counts the bugs the suite catches (killed) and the ones it lets through (survived).
//
//   npm run mutation                       # every target, up to 25 mutants per file
//   npm run mutation -- --max 5 rules/no-drop-column.ts
//   npm run mutation -- --seed 7 --max 10  # another sample of the same files
//
// Mutants are chosen on the TypeScript syntax tree (never inside strings or comments): a
// comparison or logical operator swapped (=== ↔ !==, < ↔ <=, && ↔ ||), a `!` dropped, a boolean
// literal flipped, an early `return` or `continue` removed. Each file is restored after each mutant,
// and on Ctrl-C. Survivors are printed with their place so a test can be written for them.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const ROOT = path.resolve(import.meta.dirname, "..");
const ts = createRequire(import.meta.url)("typescript");

const DEFAULT_TARGETS = [
  ...readdirSync(path.join(ROOT, "rules"))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => `rules/${f}`),
  "src/core/transactions.ts",
  "src/sql/split.ts",
  "src/discover/plan.ts",
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const max = Number(option("max", "25"));
const seed = Number(option("seed", "1"));
const targets = args.length > 0 ? args : DEFAULT_TARGETS;

/** The tests that cover a file: a rule's own fixture and doc tests, or the suites of a core module. */
function testsFor(file) {
  if (file.startsWith("rules/")) {
    const id = path.basename(file, ".ts");
    return { files: ["test/rules"], filter: id };
  }
  if (file === "src/sql/split.ts") return { files: ["test/sql", "test/rules/parse-error.test.ts", "test/rules/fixtures.test.ts"] };
  if (file === "src/core/transactions.ts") return { files: ["test/rules", "test/core", "test/sql"] };
  return { files: ["test/discover", "test/cli", "test/lint"] };
}

const SWAPS = new Map([
  [ts.SyntaxKind.EqualsEqualsEqualsToken, "!=="],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, "==="],
  [ts.SyntaxKind.LessThanToken, "<="],
  [ts.SyntaxKind.LessThanEqualsToken, "<"],
  [ts.SyntaxKind.GreaterThanToken, ">="],
  [ts.SyntaxKind.GreaterThanEqualsToken, ">"],
  [ts.SyntaxKind.AmpersandAmpersandToken, "||"],
  [ts.SyntaxKind.BarBarToken, "&&"],
]);

/** Every mutant of a file: { start, end, replacement, line, description }. */
function mutantsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const add = (node, start, end, replacement, description) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ start, end, replacement, line, description });
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && SWAPS.has(node.operatorToken.kind)) {
      const op = node.operatorToken;
      add(node, op.getStart(source), op.getEnd(), SWAPS.get(op.kind), `${op.getText(source)} → ${SWAPS.get(op.kind)}`);
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      add(node, node.getStart(source), node.operand.getStart(source), "", `drop ! in ${node.getText(source).slice(0, 40)}`);
    } else if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
      const flipped = node.kind === ts.SyntaxKind.TrueKeyword ? "false" : "true";
      add(node, node.getStart(source), node.getEnd(), flipped, `${node.getText(source)} → ${flipped}`);
    } else if ((ts.isReturnStatement(node) || ts.isContinueStatement(node)) && ts.isIfStatement(node.parent)) {
      // `if (x) return;` without the return: the guard no longer guards.
      add(node, node.getStart(source), node.getEnd(), ";", `remove guarded ${node.getText(source).slice(0, 40)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A deterministic sample of `count` of `items` (a seeded shuffle), in file order. */
function sample(items, count, seedValue) {
  let state = seedValue >>> 0 || 1;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const indexed = items.map((item, i) => ({ item, i, key: random() }));
  return indexed
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.item);
}

function runTests({ files, filter }) {
  const vitest = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");
  const argv = [vitest, "run", "--bail=1", "--reporter=dot", ...files, ...(filter ? ["-t", filter] : [])];
  const result = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: "utf8", env: { ...process.env, CI: "true" }, maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0;
}

let restore;
process.on("SIGINT", () => {
  restore?.();
  process.exit(130);
});

const totals = { killed: 0, survived: 0 };
const survivors = [];
for (const file of targets) {
  const absolute = path.join(ROOT, file);
  const original = readFileSync(absolute, "utf8");
  const tests = testsFor(file);
  if (!runTests(tests)) {
    console.error(`${file}: the tests fail without a mutant; fix them first.`);
    process.exitCode = 2;
    continue;
  }
  const chosen = sample(mutantsOf(file, original), max, seed);
  let killed = 0;
  for (const m of chosen) {
    restore = () => writeFileSync(absolute, original);
    writeFileSync(absolute, original.slice(0, m.start) + m.replacement + original.slice(m.end));
    try {
      if (runTests(tests)) survivors.push(`${file}:${m.line}  ${m.description}`);
      else killed++;
    } finally {
      restore();
      restore = undefined;
    }
  }
  totals.killed += killed;
  totals.survived += chosen.length - killed;
  console.log(`${file.padEnd(52)} ${killed}/${chosen.length} killed`);
}
const all = totals.killed + totals.survived;
console.log(`\n${totals.killed}/${all} mutants killed (${all ? ((100 * totals.killed) / all).toFixed(1) : "0"}%).`);
if (survivors.length > 0) console.log(`\nSurvived (each is a bug no test notices):\n${survivors.map((s) => `  ${s}`).join("\n")}`);
