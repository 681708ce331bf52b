// Replays real projects' migration histories with the built CLI (`migration-guard verify`) and
// prints, per project: migrations, replayed, the first failure and its cause, and the wall time.
// The projects are listed in corpus/verify-projects.json; their files come from the corpus
// extraction ($MG_CORPUS/projects/<name>/, see corpus/README.md) and never enter the repository.
// Usage: npm run build && node scripts/verify-corpus.mjs [name...]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.env.MG_CORPUS ?? "/work/corpus";
const cli = path.join(root, "dist", "cli.js");
const { projects } = JSON.parse(readFileSync(path.join(root, "corpus", "verify-projects.json"), "utf8"));
const only = process.argv.slice(2);

if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first.");
  process.exit(2);
}

const rows = [];
for (const project of projects.filter((p) => only.length === 0 || only.includes(p.name))) {
  const cwd = path.join(corpus, "projects", project.name);
  if (!existsSync(path.join(cwd, project.set))) {
    rows.push({ name: project.name, tool: project.tool, note: `not extracted (${path.join(cwd, project.set)})` });
    continue;
  }
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, "verify", "--format", "json", project.set], { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const wallMs = Math.round(performance.now() - started);
  if (run.status !== 0 && run.status !== 1) {
    rows.push({ name: project.name, tool: project.tool, wallMs, note: `exit ${run.status}: ${run.stderr.trim().split("\n")[0]}` });
    continue;
  }
  const report = JSON.parse(run.stdout);
  for (const set of report.verify.sets) {
    const failure = report.findings.find((f) => f.ruleId === "fails-on-empty-database" && f.severity !== "info");
    rows.push({
      name: project.name,
      tool: project.tool,
      migrations: set.migrations,
      replayed: set.replayed,
      startMs: set.startMs,
      wallMs,
      statements: report.trace.filter((t) => !t.notReplayed).length,
      notReplayedParts: report.trace.filter((t) => t.notReplayed && t.notReplayed !== "an earlier migration failed").length,
      failure: set.failure ? `${set.failure.file}:${set.failure.line}: ${set.failure.message}${set.failure.code ? ` (${set.failure.code})` : ""}` : undefined,
      cause: set.failure?.cause,
      finding: failure ? `${failure.severity}` : undefined,
    });
  }
}

for (const r of rows) {
  if (r.note) {
    console.log(`${r.name} (${r.tool}): ${r.note}`);
    continue;
  }
  console.log(`${r.name} (${r.tool}): replayed ${r.replayed}/${r.migrations} migrations, ${r.statements} statements, in ${(r.wallMs / 1000).toFixed(1)} s (engine start ${(r.startMs / 1000).toFixed(1)} s)`);
  if (r.notReplayedParts) console.log(`  ${r.notReplayedParts} parts not replayed (see the trace)`);
  if (r.failure) console.log(`  first failure [${r.finding}]: ${r.failure}${r.cause ? `\n  cause: ${r.cause}` : ""}`);
}
if (process.env.VERIFY_CORPUS_JSON) console.log(JSON.stringify(rows, null, 2));
