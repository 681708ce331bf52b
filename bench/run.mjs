// `npm run bench`: whole-process runs of the built CLI, side by side with squawk (the Rust linter,
// npm squawk-cli) and with the parse-only floor (bench/parse-floor.mjs), in one run, alternating
// the commands so that a machine getting busier slows all of them alike. Medians of BENCH_RUNS
// (default 5); CPU time (user + sys) and peak RSS come from GNU time when /usr/bin/time exists.
//
// Inputs (see README "Performance"):
//   MG_CORPUS          the real corpus (default /work/corpus): SQL migrations under sql/<project>/,
//                      built by corpus/extract.mjs. Without it, the generated corpus of bench/corpus.
//   MG_BENCH_CHECKOUT  a git checkout of a project with a 400+ file SQL migration set and app code
//                      (PR-sized run: its 10 newest migrations; one-file run; a commit without
//                      migrations). Skipped when absent.
//   MG_BENCH_TS_CHECKOUT  a git checkout of a TS project whose migrations and models are TS (its
//                      newest 5 migrations as a --base change set, with the model cross-check).
//   MG_BENCH_BASELINE_CLI  another build's dist/cli.js, timed beside this one as "(baseline)".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_VERSION, generateCorpus } from "./generate-corpus.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = path.join(root, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first.");
  process.exit(2);
}
const squawk = [path.join(root, "node_modules", "@squawk-cli", `${process.platform}-${process.arch}`, "bin", "squawk")].find(existsSync);
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const scratch = mkdtempSync(path.join(tmpdir(), "mg-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

function sqlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".sql"))
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
    .sort();
}

/** One whole-process run: wall seconds, and CPU seconds and peak RSS (MiB) when GNU time is there. */
function runOnce(command, args, options = {}) {
  const report = path.join(scratch, "time.txt");
  const [cmd, argv] = gnuTime ? [gnuTime, ["-o", report, "-f", "%U %S %M", command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, argv, { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, input: options.input, stdio: [options.input ? "pipe" : "ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const status = result.status;
  if (status !== 0 && status !== 1) {
    // Shown in the table rather than stopping the bench: the other rows still mean something.
    return { wall, failed: `exit ${status}: ${result.stderr?.toString().split("\n")[0]?.slice(0, 160)}` };
  }
  if (!gnuTime) return { wall };
  const [user, sys, rssKb] = readFileSync(report, "utf8").trim().split(/\s+/).slice(-3).map(Number);
  return { wall, cpu: user + sys, rss: rssKb / 1024 };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
};

/** Runs the commands of one scenario alternately, `runs` times each, after one warm-up round. */
function scenario(title, commands) {
  for (const c of commands) runOnce(c.command, c.args, c);
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k].push(runOnce(c.command, c.args, c)));
  return {
    title,
    rows: commands.map((c, k) => ({
      label: c.label,
      failed: samples[k].find((s) => s.failed)?.failed,
      wall: median(samples[k].map((s) => s.wall)),
      cpu: median(samples[k].map((s) => s.cpu)),
      rss: median(samples[k].map((s) => s.rss)),
    })),
  };
}

const fmt = (v, digits = 3) => (v === undefined ? "—" : v.toFixed(digits));

function print(result, base) {
  console.log(`\n${result.title}`);
  console.log(`  ${"".padEnd(40)} ${"wall s".padStart(8)} ${"CPU s".padStart(8)} ${"peak MiB".padStart(9)}${base !== undefined ? `   ratio to ${result.rows[base].label}: wall, CPU` : ""}`);
  for (const row of result.rows) {
    if (row.failed) {
      console.log(`  ${row.label.padEnd(40)} failed (${row.failed})`);
      continue;
    }
    const ref = base !== undefined ? result.rows[base] : undefined;
    const ratio = ref && row !== ref ? `   ${(row.wall / ref.wall).toFixed(2)}×, ${row.cpu && ref.cpu ? `${(row.cpu / ref.cpu).toFixed(2)}×` : "—"}` : "";
    console.log(`  ${row.label.padEnd(40)} ${fmt(row.wall).padStart(8)} ${fmt(row.cpu).padStart(8)} ${fmt(row.rss, 0).padStart(9)}${ratio}`);
  }
}

const node = process.execPath;
// MG_BENCH_BASELINE_CLI: another build's dist/cli.js (say, of main) run beside this one as "before".
const baselineCli = process.env.MG_BENCH_BASELINE_CLI;
const mg = (args, options = {}) => ({ command: node, args: [cli, ...args], ...options });
/** The command, and the same with the baseline build when one is given. */
const mgPair = (args, options) => [
  mg(args, options),
  ...(baselineCli ? [{ ...mg(args, options), args: [baselineCli, ...args], label: `${options.label} (baseline)` }] : []),
];
console.log(`migration-guard benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, ${runs} alternating runs each, medians`);
if (!gnuTime) console.log("(no /usr/bin/time: wall time only)");

// 1. The whole corpus.
const corpusRoot = process.env.MG_CORPUS ?? "/work/corpus";
let corpusDir = path.join(corpusRoot, "sql");
if (!existsSync(corpusDir)) {
  console.log(`\nNo real corpus at ${corpusDir} (set MG_CORPUS; corpus/extract.mjs builds it): using the generated corpus of bench/corpus instead.`);
  corpusDir = path.join(root, "bench", "corpus");
  const versionFile = path.join(corpusDir, "CORPUS_VERSION");
  if (!existsSync(versionFile) || readFileSync(versionFile, "utf8") !== CORPUS_VERSION) generateCorpus(corpusDir);
}
const files = sqlFiles(corpusDir);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const projects = new Set(files.map((f) => path.relative(corpusDir, f).split(path.sep)[0])).size;
const listFile = path.join(scratch, "files.txt");
writeFileSync(listFile, `${files.join("\n")}\n`);
const corpusCommands = mgPair(["--format", "json", corpusDir], { label: "migration-guard --format json" });
if (squawk) corpusCommands.push({ label: "squawk --reporter json", command: squawk, args: ["--reporter", "json", ...files] });
corpusCommands.push({ label: "parse-only floor (libpg-query)", command: node, args: [path.join(root, "bench", "parse-floor.mjs")], input: readFileSync(listFile) });
const whole = scenario(`Whole corpus: ${files.length} SQL files, ${(bytes / 1e6).toFixed(1)} MB, ${projects} projects (${corpusDir})`, corpusCommands);
print(whole, squawk ? corpusCommands.findIndex((c) => c.command === squawk) : undefined);

// 2–4. A real checkout: a PR's 10 newest migrations of its largest set, one file, a commit without migrations.
const checkout = process.env.MG_BENCH_CHECKOUT;
if (checkout && existsSync(path.join(checkout, ".git"))) {
  const bySet = new Map();
  for (const f of sqlFiles(checkout).map((f) => path.relative(checkout, f))) {
    if (f.split(path.sep).includes("node_modules")) continue;
    const set = f.includes(`${path.sep}migrations${path.sep}`) ? f.slice(0, f.indexOf(`${path.sep}migrations${path.sep}`) + 12) : path.dirname(f);
    bySet.set(set, [...(bySet.get(set) ?? []), f]);
  }
  const [setDir, setFiles] = [...bySet].sort((a, b) => b[1].length - a[1].length)[0];
  const newest = setFiles.slice(-10);
  const cacheFile = path.join(scratch, "cache");
  const squawkRow = (args) => (squawk ? [{ label: "squawk", command: squawk, args: ["--reporter", "json", ...args], cwd: checkout }] : []);
  const prCommands = [
    ...mgPair(["--format", "json", ...newest], { label: "migration-guard", cwd: checkout }),
    mg(["--format", "json", "--cache", "--cache-location", cacheFile, ...newest], { label: "migration-guard --cache (warm)", cwd: checkout }),
    ...squawkRow(newest),
  ];
  const pr = scenario(`PR-sized run in a real checkout (${path.basename(checkout)}): the 10 newest of ${setFiles.length} migrations in ${setDir}, cwd = repository root`, prCommands);
  print(pr, squawk ? prCommands.length - 1 : undefined);
  const oneCommands = [...mgPair(["--format", "json", newest.at(-1)], { label: "migration-guard", cwd: checkout }), ...squawkRow([newest.at(-1)])];
  print(scenario("One-file run (the newest migration)", oneCommands), squawk ? oneCommands.length - 1 : undefined);
  const hookCommands = [...mgPair(["--staged"], { label: "migration-guard --staged", cwd: checkout }), { label: "node -e 0", command: node, args: ["-e", "0"] }];
  print(scenario("Pre-commit hook on a commit without migrations (--staged, nothing staged)", hookCommands), hookCommands.length - 1);
} else {
  console.log("\n(MG_BENCH_CHECKOUT is not a git checkout: no PR-sized, one-file or pre-commit figures)");
}

// 5. Startup.
const startupCommands = [...mgPair(["--version"], { label: "migration-guard --version" }), { label: "node -e 0", command: node, args: ["-e", "0"] }];
print(scenario("Startup", startupCommands), startupCommands.length - 1);

// 6. A TS project's PR with the model cross-check.
const tsCheckout = process.env.MG_BENCH_TS_CHECKOUT;
if (tsCheckout && existsSync(path.join(tsCheckout, ".git"))) {
  const git = (...args) => spawnSync("git", args, { cwd: tsCheckout, encoding: "utf8" }).stdout.trim();
  // The commit before the 5th newest added migration: the change set is the 5 newest migrations (and whatever else changed since).
  const added = git("log", "--format=%H", "--diff-filter=A", "--", "*migrations/*.js", "*migrations/*.ts").split("\n").filter(Boolean);
  const base = `${added[Math.min(4, added.length - 1)]}~1`;
  const tsPr = scenario(`A TS project's PR (${path.basename(tsCheckout)}): --base ${base.slice(0, 10)}…~1 (5 newest migrations), models cross-checked`, [
    ...mgPair(["--format", "json", "--base", base], { label: "migration-guard --base", cwd: tsCheckout }),
    ...mgPair(["--format", "json", "--no-schema", "--base", base], { label: "migration-guard --base --no-schema", cwd: tsCheckout }),
  ]);
  print(tsPr);
} else {
  console.log("\n(MG_BENCH_TS_CHECKOUT is not a git checkout: no TS project figures)");
}

// 7. Pathological inputs (cost must grow linearly) and 8. verify's replay on the embedded engine:
// scripts of their own, run here so one `npm run bench` reports everything.
for (const script of ["stress.mjs", "verify.mjs"]) {
  console.log(`\n== bench/${script}`);
  const run = spawnSync(node, [path.join(import.meta.dirname, script)], { stdio: "inherit" });
  if (run.status !== 0) console.log(`(bench/${script} exited with ${run.status})`);
}
