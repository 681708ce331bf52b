// Speed work must not change a single finding. This script runs a built CLI with `--format json`
// over a corpus and either records the outputs (exit code, stdout, stderr per target) or compares
// them byte for byte with a recording made earlier, typically from the build before a change:
//
//   node bench/compare-json.mjs record --cli /path/to/old/dist/cli.js --out /tmp/json-before
//   npm run build && node bench/compare-json.mjs check --out /tmp/json-before
//
// Targets: the whole corpus in one run (`sql/` of $MG_CORPUS, default /work/corpus), each of its
// whole projects from its own root (`projects/<name>/`, where app code and ORM schemas are found),
// and the generated corpora of bench/ (always there, so the check means something without the
// real corpus). Extra targets can be given as `--target <cwd>::<args...>` (args split on spaces).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function usage(message) {
  if (message) console.error(message);
  console.error("usage: node bench/compare-json.mjs record|check --out <dir> [--cli <dist/cli.js>] [--corpus <dir>] [--target <cwd>::<args>]...");
  process.exit(2);
}

function parseArgs(argv) {
  const [mode, ...rest] = argv;
  if (mode !== "record" && mode !== "check") usage(`unknown mode ${mode ?? "(none)"}`);
  const options = { mode, cli: path.join(root, "dist", "cli.js"), corpus: process.env.MG_CORPUS ?? "/work/corpus", out: undefined, targets: [] };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[++i];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === "--cli") options.cli = path.resolve(value);
    else if (flag === "--out") options.out = path.resolve(value);
    else if (flag === "--corpus") options.corpus = path.resolve(value);
    else if (flag === "--target") {
      const [cwd, args = ""] = value.split("::");
      options.targets.push({ name: `extra-${options.targets.length + 1}`, cwd: path.resolve(cwd), args: args.split(" ").filter(Boolean) });
    } else usage(`unknown option ${flag}`);
  }
  if (!options.out) usage("--out is required");
  if (!existsSync(options.cli)) usage(`${options.cli} does not exist (run npm run build)`);
  return options;
}

function corpusTargets(corpus) {
  const targets = [];
  const sql = path.join(corpus, "sql");
  if (existsSync(sql)) targets.push({ name: "corpus-sql", cwd: corpus, args: ["sql"] });
  else console.error(`(no real corpus at ${sql}: comparing the generated corpora only)`);
  const projects = path.join(corpus, "projects");
  if (existsSync(projects)) {
    for (const name of readdirSync(projects).sort()) {
      targets.push({ name: `project-${name}`, cwd: path.join(projects, name), args: [] });
    }
  }
  for (const generated of ["corpus", "corpus-ts"]) {
    if (existsSync(path.join(root, "bench", generated))) targets.push({ name: `bench-${generated}`, cwd: root, args: [`bench/${generated}`] });
  }
  return targets;
}

function run(cli, target) {
  const result = spawnSync(process.execPath, [cli, "--format", "json", ...target.args], {
    cwd: target.cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    // The colour and thread settings must not differ between the two runs.
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function firstDifference(a, b) {
  const al = a.split("\n");
  const bl = b.split("\n");
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}:\n  before: ${al[i] ?? "(end)"}\n  after:  ${bl[i] ?? "(end)"}`;
  }
  return "(no line differs)";
}

const options = parseArgs(process.argv.slice(2));
const targets = [...corpusTargets(options.corpus), ...options.targets];
mkdirSync(options.out, { recursive: true });
let differences = 0;
for (const target of targets) {
  const file = path.join(options.out, `${target.name}.json`);
  const output = run(options.cli, target);
  if (output.status !== 0 && output.status !== 1) {
    console.error(`${target.name}: exit ${output.status}\n${output.stderr.slice(0, 2000)}`);
  }
  const findings = (output.stdout.match(/"ruleId":/g) ?? []).length;
  if (options.mode === "record") {
    writeFileSync(file, JSON.stringify({ cwd: target.cwd, args: target.args, ...output }));
    console.log(`${target.name}: recorded exit ${output.status}, ${findings} findings, ${output.stdout.length} bytes`);
    continue;
  }
  if (!existsSync(file)) {
    console.error(`${target.name}: nothing recorded in ${file}`);
    differences++;
    continue;
  }
  const before = JSON.parse(readFileSync(file, "utf8"));
  const same = before.status === output.status && before.stdout === output.stdout && before.stderr === output.stderr;
  if (same) {
    console.log(`${target.name}: identical (exit ${output.status}, ${findings} findings, ${output.stdout.length} bytes)`);
    continue;
  }
  differences++;
  console.log(`${target.name}: DIFFERENT`);
  if (before.status !== output.status) console.log(`  exit ${before.status} before, ${output.status} after`);
  if (before.stdout !== output.stdout) console.log(`  stdout ${firstDifference(before.stdout, output.stdout)}`);
  if (before.stderr !== output.stderr) console.log(`  stderr ${firstDifference(before.stderr, output.stderr)}`);
}
if (options.mode === "check") {
  console.log(differences === 0 ? `\nAll ${targets.length} outputs are byte-identical.` : `\n${differences} of ${targets.length} outputs differ.`);
  process.exit(differences === 0 ? 0 : 1);
}
