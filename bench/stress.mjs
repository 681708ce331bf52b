// `node bench/stress.mjs`: the two inputs that once cost quadratic time (issue 10): one SQL file of
// 50,000 statements in a single transaction (2 MB), and a 5 MB Knex migration with about 37,000
// `knex.raw` calls. Each runs through the built CLI once per size, so the growth is visible:
// time and peak memory (maxRSS) should grow in proportion to the input, not with its square.
// Generated under a temporary directory and removed afterwards.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first.");
  process.exit(2);
}

const TABLES = 40;

/**
 * One transaction of mixed statements on existing tables: DDL that takes locks, backfills after
 * it (what no-data-change-with-ddl looks back for), constraint validation, enum values and seed
 * INSERTs, so every rule that asks about earlier statements of the transaction has work to do.
 */
export function sqlStatements(count) {
  const lines = ["BEGIN;"];
  for (let i = 0; lines.length <= count; i++) {
    const t = `t${i % TABLES}`;
    switch (i % 8) {
      case 0:
        lines.push(`ALTER TABLE ${t} ADD COLUMN c${i} text;`);
        break;
      case 1:
        lines.push(`UPDATE ${t} SET c = ${i} WHERE id = ${i};`);
        break;
      case 2:
        lines.push(`INSERT INTO ${t} (id, name) VALUES (${i}, 'n${i}');`);
        break;
      case 3:
        lines.push(`CREATE INDEX i${i} ON ${t} (c${i - 3});`);
        break;
      case 4:
        lines.push(`ALTER TABLE ${t} VALIDATE CONSTRAINT k${i};`);
        break;
      case 5:
        lines.push(`ALTER TYPE e ADD VALUE 'v${i}';`);
        break;
      case 6:
        lines.push(`DELETE FROM ${t} WHERE id = ${i};`);
        break;
      default:
        lines.push(`INSERT INTO ${t} VALUES (${i}, 'x');`);
    }
  }
  lines.push("COMMIT;");
  return `${lines.join("\n")}\n`;
}

/** A Knex migration calling `knex.raw` `count` times, with long statements (about 135 bytes a call). */
export function knexMigration(count) {
  const calls = [];
  for (let i = 0; i < count; i++) {
    const t = `table_${i % TABLES}`;
    calls.push(
      i % 4 === 0
        ? `  await knex.raw("ALTER TABLE ${t} ADD COLUMN column_number_${i} text DEFAULT 'a constant default value'");`
        : `  await knex.raw("UPDATE ${t} SET column_number_${i - (i % 4)} = 'backfilled value ${i}' WHERE id BETWEEN ${i} AND ${i + 1000}");`,
    );
  }
  return `exports.up = async function (knex) {\n${calls.join("\n")}\n};\n\nexports.down = async function () {};\n`;
}

/** Runs the CLI on `dir` through a wrapper that reports the process's peak memory on exit. */
function run(dir) {
  const wrapper = path.join(dir, "run-cli.mjs");
  writeFileSync(
    wrapper,
    `process.on("exit", () => process.stderr.write("\\nmaxRSS " + process.resourceUsage().maxRSS + "\\n"));\nawait import(${JSON.stringify(pathToFileURL(cli).href)});\n`,
  );
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [wrapper, "--format", "json", "migrations"], { cwd: dir, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = result.stderr.toString();
  const rss = Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  let findings = NaN;
  try {
    findings = JSON.parse(result.stdout.toString()).findings.length;
  } catch {
    console.error(`no JSON report (exit ${result.status}): ${stderr.slice(0, 500)}`);
  }
  return { seconds, rss, status: result.status, findings };
}

function measure(label, sizes, write) {
  console.log(label);
  for (const size of sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mg-stress-"));
    try {
      mkdirSync(path.join(dir, "migrations"));
      const bytes = write(path.join(dir, "migrations"), size);
      const { seconds, rss, status, findings } = run(dir);
      console.log(
        `  ${String(size).padStart(6)} × · ${(bytes / 1e6).toFixed(2).padStart(5)} MB · ${seconds.toFixed(2).padStart(6)} s · peak ${rss.toFixed(0).padStart(5)} MB · exit ${status} · ${findings} findings`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const quick = process.argv.includes("--quick");
measure(
  "One SQL file, all statements in one transaction (statements):",
  quick ? [6_250, 12_500] : [12_500, 25_000, 50_000],
  (dir, n) => {
    const text = sqlStatements(n);
    writeFileSync(path.join(dir, "001_stress.sql"), text);
    return Buffer.byteLength(text);
  },
);
measure(
  "One Knex migration (knex.raw calls):",
  quick ? [4_700, 9_400] : [9_400, 18_800, 37_600],
  (dir, n) => {
    const text = knexMigration(n);
    writeFileSync(path.join(dir, "20240101000000_stress.js"), text);
    return Buffer.byteLength(text);
  },
);
