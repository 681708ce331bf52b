#!/usr/bin/env node
// Runs the BUILT CLI of this checkout (dist/cli.js) on every extracted corpus project, three ways,
// as a user would:
//   auto  `migration-guard` with no arguments from the project's root (discovery by convention)
//   whole `migration-guard <each set's folder>` (every migration of every set)
//   pr    `migration-guard --base main` in a throwaway git repository whose last commit adds the
//         newest migrations of the project's first set (a pull-request-sized change)
// and prints per project and run: files checked, exit code, findings per rule, duplicate
// findings, parse errors, internal errors, findings on non-Postgres sets, and wall time.
// Raw reports go to $MG_CORPUS/out/<project>.<run>.json, the table's data to
// $MG_CORPUS/results.json.
//
//   node corpus/run.mjs [--runs auto,whole,pr] [--pr-size 5] [name...]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, "..", "dist", "cli.js");
const corpusRoot = process.env.MG_CORPUS ?? "/work/corpus";
const manifest = JSON.parse(readFileSync(path.join(here, "manifest.json"), "utf8"));

const args = process.argv.slice(2);
let runs = ["auto", "whole", "pr"];
let prSize = 5;
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = args[++i].split(",");
  else if (args[i] === "--pr-size") prSize = Number(args[++i]);
  else names.push(args[i]);
}
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const projects = manifest.projects.filter((p) => names.length === 0 || names.includes(p.name));
const outDir = path.join(corpusRoot, "out");
mkdirSync(outDir, { recursive: true });

/** Files under a folder, relative to `root`, `/`-separated, sorted. */
function walk(root, dir) {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * The migration a file belongs to, so that a PR adds whole migrations: Prisma's and Diesel's
 * folder per migration, golang-migrate's and pop's up/down (and dialect) variants of one version.
 */
function unitOf(file) {
  const base = path.posix.basename(file);
  if (/^(migration|up|down)\.sql$/.test(base)) return path.posix.dirname(file);
  const version = base
    .replace(/\.(up|down)\.sql$/i, "")
    .replace(/\.[^.]+$/, "")
    .replace(/\.(postgres|cockroach|mysql|sqlite3?)$/i, "");
  return path.posix.join(path.posix.dirname(file), version);
}

/** The set a finding's file belongs to, for telling Postgres from non-Postgres findings. */
function dialectOf(project, file) {
  for (const set of project.sets) {
    if (file !== set.path && !file.startsWith(`${set.path}/`)) continue;
    if (set.pgFiles) return new RegExp(set.pgFiles).test(file) || /\.down\.sql$/.test(file) && !/\.(mysql|sqlite3?|cockroach)\./.test(file) ? "postgres" : "other";
    return set.dialect === "postgres" ? "postgres" : "other";
  }
  return "postgres";
}

function runCli(cwd, cliArgs) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, "--format", "json", ...cliArgs], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  return { code: r.status ?? (r.signal ? `signal ${r.signal}` : "?"), ms, report, stderr: r.stderr, stdout: r.stdout };
}

function git(cwd, gitArgs) {
  const r = spawnSync("git", gitArgs, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${gitArgs.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** A throwaway repository: `main` has the project without its newest migrations, HEAD adds them. */
function prRepo(project, projectDir) {
  const set = project.sets[0];
  const files = walk(projectDir, set.path).filter((f) => !set.only || f.includes(set.only));
  // Migrations are SQL or TS/JS files; a tool's bookkeeping beside them (drizzle's meta/, Prisma's
  // migration_lock.toml, atlas.sum) stays on the base.
  const isMigration = (f) => /\.(sql|[cm]?[jt]s)$/.test(f) && !f.endsWith(".d.ts") && !f.split("/").includes("meta");
  const units = [...new Set(files.filter(isMigration).map(unitOf))].sort();
  const added = new Set(units.slice(Math.max(1, units.length - prSize)));
  const repo = path.join(process.env.TMPDIR ?? "/tmp", "mg-corpus-pr", project.name);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(path.dirname(repo), { recursive: true });
  cpSync(projectDir, repo, { recursive: true });
  const newFiles = files.filter((f) => added.has(unitOf(f)));
  const env = ["-c", "user.name=corpus", "-c", "user.email=corpus@example.invalid", "-c", "commit.gpgsign=false"];
  git(repo, ["init", "-q", "-b", "main"]);
  for (const f of newFiles) rmSync(path.join(repo, f));
  git(repo, ["add", "-A"]);
  git(repo, [...env, "commit", "-q", "-m", "base", "--allow-empty"]);
  git(repo, ["checkout", "-q", "-b", "pr"]);
  cpSync(projectDir, repo, { recursive: true });
  git(repo, ["add", "-A"]);
  git(repo, [...env, "commit", "-q", "-m", "add the newest migrations", "--allow-empty"]);
  return { repo, addedUnits: added.size, addedFiles: newFiles.length };
}

function summarize(project, result) {
  const findings = result.report?.findings ?? [];
  const perRule = {};
  const seen = new Map();
  let duplicates = 0;
  let nonPostgres = 0;
  for (const f of findings) {
    perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
    const key = [f.ruleId, f.file, f.line, f.column, f.message].join("\0");
    if (seen.has(key)) duplicates++;
    seen.set(key, true);
    if (dialectOf(project, f.file) === "other") nonPostgres++;
  }
  const internal = (perRule["internal-error"] ?? 0) + (/internal error/i.test(result.stderr) ? 1 : 0);
  return {
    checked: result.report?.summary?.checkedMigrations ?? null,
    code: result.code,
    ms: Math.round(result.ms),
    findings: findings.length,
    perRule,
    duplicates,
    parseErrors: perRule["parse-error"] ?? 0,
    internal,
    nonPostgres,
    notices: result.report?.notices?.length ?? result.report?.skipped?.length ?? 0,
    stderr: result.stderr.trim().split("\n").slice(0, 3).join(" | ").slice(0, 300),
  };
}

const results = [];
for (const project of projects) {
  const projectDir = path.join(corpusRoot, "projects", project.name);
  if (!existsSync(projectDir)) {
    console.error(`${project.name}: not extracted (node corpus/extract.mjs ${project.name})`);
    continue;
  }
  const row = { name: project.name, tool: project.tool, dialect: project.dialect, runs: {} };
  for (const kind of runs) {
    let result;
    let extra = {};
    if (kind === "auto") result = runCli(projectDir, []);
    else if (kind === "whole") result = runCli(projectDir, project.sets.map((s) => s.path));
    else if (kind === "pr") {
      let pr;
      try {
        pr = prRepo(project, projectDir);
      } catch (error) {
        console.error(`${project.name} pr: could not make the repository: ${error.message}`);
        continue;
      }
      extra = { addedUnits: pr.addedUnits, addedFiles: pr.addedFiles };
      result = runCli(pr.repo, ["--base", "main"]);
    } else throw new Error(`unknown run ${kind}`);
    writeFileSync(path.join(outDir, `${project.name}.${kind}.json`), result.stdout || "");
    if (result.stderr) writeFileSync(path.join(outDir, `${project.name}.${kind}.stderr`), result.stderr);
    row.runs[kind] = { ...summarize(project, result), ...extra };
    process.stderr.write(`${project.name} ${kind}: exit ${result.code}, ${Math.round(result.ms)} ms\n`);
  }
  results.push(row);
}
writeFileSync(path.join(corpusRoot, "results.json"), JSON.stringify({ cli, runs, prSize, results }, null, 2));

// The table: one line per project and run, then the findings per rule.
const cols = ["project", "run", "files", "exit", "findings", "dup", "parse", "internal", "non-pg", "ms"];
const widths = [20, 5, 6, 5, 8, 4, 6, 8, 6, 7];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(" ").trimEnd();
console.log(line(cols));
const totals = {};
for (const row of results) {
  for (const [kind, r] of Object.entries(row.runs)) {
    const files = kind === "pr" ? `${r.checked ?? "-"}/${r.addedUnits}` : (r.checked ?? "-");
    console.log(line([row.name, kind, files, r.code, r.findings, r.duplicates, r.parseErrors, r.internal, r.nonPostgres, r.ms]));
    const t = (totals[kind] ??= { findings: 0, duplicates: 0, parse: 0, internal: 0, nonPostgres: 0, ms: 0, files: 0, crashed: 0 });
    t.findings += r.findings;
    t.duplicates += r.duplicates;
    t.parse += r.parseErrors;
    t.internal += r.internal;
    t.nonPostgres += r.nonPostgres;
    t.ms += r.ms;
    t.files += r.checked ?? 0;
    if (r.code !== 0 && r.code !== 1) t.crashed++;
  }
}
console.log("");
for (const [kind, t] of Object.entries(totals)) {
  console.log(`${kind}: ${t.files} files, ${t.findings} findings, ${t.duplicates} duplicates, ${t.parse} parse errors, ` +
    `${t.internal} internal errors, ${t.nonPostgres} findings on non-Postgres sets, ${t.crashed} runs exiting 2+, ${(t.ms / 1000).toFixed(1)} s`);
}
console.log("\nfindings per rule (whole run, else the first run):");
for (const row of results) {
  const r = row.runs.whole ?? Object.values(row.runs)[0];
  const rules = Object.entries(r.perRule).sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(", ");
  console.log(`  ${row.name}: ${rules || "none"}${r.stderr ? `  [stderr: ${r.stderr}]` : ""}`);
}
