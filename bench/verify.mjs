// Benchmark of `migration-guard verify` (the speed helper owns bench/run.mjs; this is wired in
// beside it): a generated 160-migration plain-SQL history replayed by the built CLI, engine start
// included — cold (initdb, no cached data directory) and warm (the cached one) — and, for
// comparison, `lint` on the same files, which must not load the engine. With the corpus extracted
// ($MG_CORPUS/projects/documenso), documenso's real 163-migration Prisma history too.
// Usage: npm run build && node bench/verify.mjs
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first.");
  process.exit(2);
}

/** 160 migrations of the kinds real histories hold: tables, columns, indexes, foreign keys, enums, backfills. */
function generateHistory(dir) {
  mkdirSync(path.join(dir, "migrations"), { recursive: true });
  const files = [];
  for (let i = 1; i <= 160; i++) {
    const t = `t${Math.ceil(i / 4)}`;
    const sql = [
      () => `CREATE TABLE ${t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`,
      () => `ALTER TABLE ${t} ADD COLUMN status text NOT NULL DEFAULT 'new';\nCREATE INDEX ${t}_status_idx ON ${t} (status);`,
      () => `CREATE TYPE ${t}_kind AS ENUM ('a', 'b');\nALTER TABLE ${t} ADD COLUMN kind ${t}_kind;\nUPDATE ${t} SET kind = 'a' WHERE kind IS NULL;`,
      () => (i > 4 ? `ALTER TABLE ${t} ADD COLUMN parent_id bigint REFERENCES t${Math.ceil(i / 4) - 1} (id);\nCREATE INDEX ${t}_parent_idx ON ${t} (parent_id);` : `ALTER TABLE ${t} ADD COLUMN note text;`),
    ][(i - 1) % 4]();
    const file = `migrations/${String(i).padStart(4, "0")}_step.sql`;
    writeFileSync(path.join(dir, file), `${sql}\n`);
    files.push(file);
  }
  return files.length;
}

function timed(args, cwd, env = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 512 * 1024 * 1024 });
  return { ms: Math.round(performance.now() - started), status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function verifyRun(label, cwd, set, env) {
  const run = timed(["verify", "--format", "json", set], cwd, env);
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label}: exit ${run.status}: ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  const s = report.verify.sets[0];
  const statements = report.trace.filter((t) => !t.notReplayed).length;
  console.log(`${label.padEnd(44)} ${String(run.ms).padStart(6)} ms wall · engine start ${s.startMs} ms · replayed ${s.replayed}/${s.migrations} migrations, ${statements} statements`);
  return run.ms;
}

const work = mkdtempSync(path.join(tmpdir(), "mg-bench-verify-"));
try {
  const count = generateHistory(work);
  const coldCache = path.join(work, "cache");
  console.log(`migration-guard verify, ${count}-migration generated history (node ${process.version})`);
  verifyRun("verify, cold (initdb, empty cache)", work, "migrations", { MIGRATION_GUARD_CACHE_DIR: coldCache });
  const warm = [1, 2, 3].map(() => verifyRun("verify, warm (cached data directory)", work, "migrations", { MIGRATION_GUARD_CACHE_DIR: coldCache }));
  const lint = [1, 2, 3].map(() => timed(["--format", "json", "migrations"], work).ms);
  console.log(`${"lint, same files (does not load the engine)".padEnd(44)} ${String(Math.min(...lint)).padStart(6)} ms wall (best of 3)`);
  console.log(`verify warm, best of 3: ${Math.min(...warm)} ms`);
  const documenso = path.join(process.env.MG_CORPUS ?? "/work/corpus", "projects", "documenso");
  if (existsSync(path.join(documenso, "packages/prisma/migrations"))) {
    verifyRun("documenso (163 real Prisma migrations), warm", documenso, "packages/prisma/migrations", { MIGRATION_GUARD_CACHE_DIR: coldCache });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
