#!/usr/bin/env node
// Copies each manifest project's migrations, models and config files out of its fetched git
// snapshot into $MG_CORPUS/projects/<name>/ (keeping their paths inside the repository), and
// the Postgres SQL migrations alone into $MG_CORPUS/sql/<name>/ for the speed benchmark.
// The files stay outside this repository: they are other projects' code.
//
//   node corpus/extract.mjs [name...]
//   MG_CORPUS=/work/corpus  MG_MIRROR=/work/.mirror   (defaults)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusRoot = process.env.MG_CORPUS ?? "/work/corpus";
const mirrorRoot = process.env.MG_MIRROR ?? "/work/.mirror";
const manifest = JSON.parse(readFileSync(path.join(here, "manifest.json"), "utf8"));

const wanted = new Set(process.argv.slice(2));
const projects = manifest.projects.filter((p) => wanted.size === 0 || wanted.has(p.name));
if (wanted.size > 0 && projects.length !== wanted.size) {
  const known = new Set(manifest.projects.map((p) => p.name));
  console.error(`unknown project(s): ${[...wanted].filter((n) => !known.has(n)).join(", ")}`);
  process.exit(2);
}

/** The git directory `fetch` left for a repository (a bare snapshot, or a clone with a work tree). */
function gitDirOf(repo) {
  const base = path.join(mirrorRoot, repo.replace("/", "+"), "repo");
  if (existsSync(path.join(base, ".git"))) return path.join(base, ".git");
  return existsSync(path.join(base, "HEAD")) ? base : undefined;
}

function git(gitDir, args) {
  const r = spawnSync("git", ["--git-dir", gitDir, ...args], { encoding: "buffer", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr.toString().trim()}`);
  return r.stdout;
}

/** Every blob of the commit under `prefix` (a folder or a file), with its mode. */
function listFiles(gitDir, commit, prefix) {
  const out = git(gitDir, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", prefix]).toString("utf8");
  return out
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split("\t");
      const [mode, type] = meta.split(" ");
      return { mode, type, file };
    })
    .filter((e) => e.type === "blob");
}

/** Reads many blobs in one `git cat-file --batch` process (one spawn per file is far slower). */
function readBlobs(gitDir, commit, files) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["--git-dir", gitDir, "cat-file", "--batch"]);
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited ${code}`));
      const buf = Buffer.concat(chunks);
      const blobs = new Map();
      let at = 0;
      for (const file of files) {
        const nl = buf.indexOf(10, at);
        const header = buf.subarray(at, nl).toString("utf8");
        const [, kind, size] = header.split(" ");
        if (kind !== "blob") throw new Error(`${file}: ${header}`);
        const n = Number(size);
        blobs.set(file, buf.subarray(nl + 1, nl + 1 + n));
        at = nl + 1 + n + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(files.map((f) => `${commit}:${f}\n`).join(""));
  });
}

/** Relative module specifiers a TS/JS file imports or requires (static text search, no evaluation). */
function relativeImports(text) {
  const specs = new Set();
  const patterns = [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g, /\brequire\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) specs.add(m[1]);
  return [...specs];
}

/** The file a relative specifier names in the tree, as Node and TypeScript resolve it (`.js` may name a `.ts`). */
function resolveIn(tree, fromFile, spec) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  const stem = base.replace(/\.[cm]?js$/, "");
  const candidates = [base, ...[".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs", ".json"].map((e) => stem + e),
    ...["index.ts", "index.js", "index.mjs", "index.cjs"].map((i) => `${base}/${i}`)];
  return candidates.find((c) => tree.has(c));
}

const isScript = (file) => /\.[cm]?[jt]sx?$/.test(file) && !file.endsWith(".d.ts");

const isDown = (file) => /(^|[._/-])down\.sql$/i.test(file);

/** Whether a file of a set is a Postgres SQL migration to put in the flat benchmark tree. */
function isBenchSql(set, file) {
  if (!file.endsWith(".sql") || isDown(file)) return false;
  if (set.pgFiles) return new RegExp(set.pgFiles).test(file);
  return set.dialect === "postgres";
}

const summary = [];
for (const project of projects) {
  const gitDir = gitDirOf(project.repo);
  if (!gitDir) {
    console.error(`${project.name}: no snapshot of ${project.repo} under ${mirrorRoot} (fetch it first)`);
    process.exitCode = 1;
    continue;
  }
  const projectDir = path.join(corpusRoot, "projects", project.name);
  const sqlDir = path.join(corpusRoot, "sql", project.name);
  rmSync(projectDir, { recursive: true, force: true });
  rmSync(sqlDir, { recursive: true, force: true });

  const take = new Map(); // file -> { bench: boolean }
  const skipped = [];
  const add = (entries, bench) => {
    for (const e of entries) {
      if (e.file.split("/").includes("node_modules")) continue;
      if (e.mode === "120000" || e.mode === "160000") {
        skipped.push(`${e.file} (symlink or submodule)`);
        continue;
      }
      const prev = take.get(e.file);
      take.set(e.file, { bench: (prev?.bench ?? false) || bench(e.file) });
    }
  };
  let migrations = 0;
  for (const set of project.sets) {
    const entries = listFiles(gitDir, project.commit, set.path).filter((e) => !set.only || e.file.includes(set.only));
    if (entries.length === 0) console.error(`${project.name}: nothing at ${set.path}`);
    migrations += entries.length;
    add(entries, (file) => isBenchSql(set, file));
  }
  for (const p of [...project.models, ...project.config]) {
    const entries = listFiles(gitDir, project.commit, p);
    if (entries.length === 0) console.error(`${project.name}: no ${p} at ${project.commit.slice(0, 10)}`);
    add(entries, () => false);
  }

  // What the TS/JS migrations import from the repository (helpers, constants, models) comes along,
  // as it is there in a real checkout: without it the CLI would see unresolvable imports.
  const tree = new Map(listFiles(gitDir, project.commit, ".").map((e) => [e.file, e]));
  let frontier = [...take.keys()].filter(isScript);
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const texts = await readBlobs(gitDir, project.commit, frontier);
    const next = [];
    for (const [file, data] of texts) {
      for (const spec of relativeImports(data.toString("utf8"))) {
        const target = resolveIn(tree, file, spec);
        if (!target || take.has(target)) continue;
        add([tree.get(target)], () => false);
        if (take.has(target) && isScript(target)) next.push(target);
      }
    }
    frontier = next;
  }

  const files = [...take.keys()];
  const blobs = await readBlobs(gitDir, project.commit, files);
  let benchFiles = 0;
  let benchBlank = 0;
  let benchBytes = 0;
  for (const [file, { bench }] of take) {
    const data = blobs.get(file);
    const target = path.join(projectDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
    // An empty (or whitespace-only) migration is a no-op for every linter and costs nothing to
    // check; the speed bench leaves it out so that a crash on empty input (issue 10) does not stop
    // the timing of everything else. The projects/ tree keeps it.
    const blank = data.length === 0 || /^[\s\uFEFF]*$/.test(data.toString("utf8"));
    if (bench && blank) benchBlank++;
    if (bench && !blank) {
      const flat = path.join(sqlDir, file);
      mkdirSync(path.dirname(flat), { recursive: true });
      writeFileSync(flat, data);
      benchFiles++;
      benchBytes += data.length;
    }
  }
  for (const s of skipped) console.error(`${project.name}: skipped ${s}`);
  summary.push({ name: project.name, files: files.length, migrations, benchFiles, benchBytes, benchBlank });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad("project", 22)} ${pad("files", 6)} ${pad("migr.", 6)} sql (bench)`);
for (const s of summary) console.log(`${pad(s.name, 22)} ${pad(s.files, 6)} ${pad(s.migrations, 6)} ${s.benchFiles}`);
const totalBench = summary.reduce((n, s) => n + s.benchFiles, 0);
const totalBytes = summary.reduce((n, s) => n + s.benchBytes, 0);
const totalBlank = summary.reduce((n, s) => n + s.benchBlank, 0);
console.log(`\n${summary.length} projects into ${path.join(corpusRoot, "projects")}; ` +
  `${totalBench} Postgres SQL migration files (${(totalBytes / 1e6).toFixed(2)} MB) into ${path.join(corpusRoot, "sql")}` +
  (totalBlank ? ` (${totalBlank} empty ones left out of it)` : ""));
