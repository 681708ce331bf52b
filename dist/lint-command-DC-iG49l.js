import { p as picocolors, u as useColor } from './io-BLfcQbCr.js';
import { b as loadStats, a as withReadLimits, l as lint, w as withSnapshotVersion, c as cacheFileFor } from './load-BVJ1ZWCi.js';
import { l as loadConfig } from './load-config-B8kk6YTs.js';
import { h as hasInternalError, I as INTERNAL_ERROR, i as internalErrorStack } from './compiler-CkYlFMWm.js';
import { r as ruleDocsUrl, R as REPOSITORY_URL } from './plan-DoJ7VLMM.js';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { m as migrationFiles } from './find-migrations-sOKXtTZz.js';
import { d as formatReport } from './format-CNyPUkbb.js';
import { p as plural } from './summary-CgYW8Yzl.js';
import { V as VERSION } from './version-1orC8wbS.js';
import { w as writeReport, f as findingsExitCode } from './exit-code-D5dlUHhh.js';
import './_commonjsHelpers-Bgu_3bK-.js';
import 'node:fs';
import 'node:path';
import './configure-rules-CYF7ZMlJ.js';
import './locks-Fx4bbqIT.js';
import './versions-LHSCgUBv.js';
import './app-schema-DvHJx9OH.js';
import 'node:crypto';
import 'node:url';
import 'node:v8';
import './read-migration-DmXnXnoF.js';
import './conventions-BOeyDc8W.js';
import './engine-_lwTqXC0.js';
import './operations-RGWoK5XR.js';
import 'node:child_process';
import './git-Dd9ciqyI.js';
import 'node:os';
import 'node:util';
import 'node:worker_threads';
import './read-task-BsnErpjg.js';
import 'node:module';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './detect-dialect-C7_P2CXT.js';
import 'node:fs/promises';
import './databases-YdsN_1qF.js';
import './collect-DFOTNNBZ.js';
import './index-C_jiFsAu.js';
import './resolve-config-BoZbNIQm.js';
import './find-config-jf7gnxpX.js';

class Timing {
  phases = /* @__PURE__ */ new Map();
  rules = /* @__PURE__ */ new Map();
  /** Adds `ms` to a phase. */
  add(phase, ms) {
    this.phases.set(phase, (this.phases.get(phase) ?? 0) + ms);
  }
  addRule(id, ms) {
    this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }
  /** Runs `work` and counts its time to `phase`. */
  async measure(phase, work) {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }
}
function timingRequested(value) {
  if (value === void 0 || value === "" || value === "0") return void 0;
  if (value === "all") return Number.POSITIVE_INFINITY;
  const count = Number.parseInt(value, 10);
  return Number.isInteger(count) && count > 0 ? Math.max(count, 10) : 10;
}
function formatTiming(timing, ruleCount, totalMs) {
  const lines = [];
  const table = (title, rows, total) => {
    const width = Math.max(title.length, ...rows.map(([name]) => name.length));
    lines.push(`${title.padEnd(width)} | Time (ms) | Relative`);
    lines.push(`${"-".repeat(width)}-|----------:|--------:`);
    for (const [name, ms] of rows) {
      lines.push(`${name.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${total > 0 ? `${(100 * ms / total).toFixed(1)}%`.padStart(8) : "".padStart(8)}`);
    }
  };
  const phases = [...timing.phases];
  const measured = phases.reduce((n, [, ms]) => n + ms, 0);
  table("Phase", [...phases, ["other (startup, config, engine)", Math.max(0, totalMs - measured)]], totalMs);
  lines.push("");
  const rules = [...timing.rules].sort((a, b) => b[1] - a[1]);
  const ruleTotal = rules.reduce((n, [, ms]) => n + ms, 0);
  table("Rule", rules.slice(0, ruleCount), ruleTotal);
  return `${lines.join("\n")}
`;
}

async function lintCommand(paths, options, io) {
  if (options.base !== void 0 && options.base.trim() === "") {
    throw new UsageError('--base needs a git ref to compare with, e.g. --base origin/main; it was given "" (an unset variable in a script?).');
  }
  if (options.staged && options.base) {
    throw new UsageError("--staged and --base cannot be combined: --staged checks what you are about to commit, --base what a branch changes.");
  }
  if (options.stats !== void 0 && options.databaseUrl !== void 0) {
    throw new UsageError("--stats and --database-url cannot be combined: --stats reads a snapshot file, --database-url takes a snapshot now.");
  }
  const loaded = await loadConfig({ cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
  const stats = await loadStats({
    cwd: io.cwd,
    ...options.databaseUrl !== void 0 ? { databaseUrl: options.databaseUrl } : { ...options.stats ?? loaded.stats.file ? { file: options.stats ?? loaded.stats.file } : {} }
  });
  const config = {
    ...loaded,
    ...options.postgresVersion !== void 0 ? { postgresVersion: options.postgresVersion, postgresVersionSet: true } : {},
    ...options.schema === false ? { schema: false } : {},
    ...withReadLimits(loaded, options.maxFileSize, options.maxTotalSize)
  };
  const timingRules = timingRequested(io.env["TIMING"]);
  const timing = timingRules !== void 0 ? new Timing() : void 0;
  const result = await lint({
    cwd: io.cwd,
    paths,
    ...options.staged ? { staged: true } : {},
    ...options.base ? { base: options.base } : {},
    ...options.cache ? { cacheFile: cacheFileFor(io.cwd, options.cacheLocation) } : {},
    ...timing ? { timing } : {},
    config: withSnapshotVersion(config, stats?.server.major),
    ...stats ? { stats } : {}
  });
  for (const warning of result.warnings ?? []) io.stderr.write(`migration-guard: ${warning}
`);
  const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const toFile = options.outputFile !== void 0;
  const reportStart = performance.now();
  const report = formatReport(options.format, {
    findings,
    checkedMigrations: result.checked.length,
    notices: result.notices,
    sources: result.sources,
    rules: result.rules.map((r) => ({
      id: r.id,
      description: r.rule.description,
      severity: r.severity,
      ...docsOf(r.id, r.rule.docsUrl)
    })),
    colors: picocolors.createColors(!toFile && useColor(io)),
    cwd: io.cwd,
    toolVersion: VERSION,
    informationUri: REPOSITORY_URL,
    ...result.tables ? { tables: result.tables } : {}
  });
  const skipped = result.notices.length > 0;
  const nothingToSay = result.checked.length === 0 && findings.length === 0 && !skipped && options.format === "stylish" && !toFile;
  if (!nothingToSay) await writeReport(report, options.outputFile, io);
  if (timing) {
    timing.add("report", performance.now() - reportStart);
    io.stderr.write(formatTiming(timing, timingRules, performance.now()));
  }
  if (hasInternalError(result.findings)) return reportInternalErrors(result.findings, options.debug === true, io);
  if (result.checked.length === 0 && result.findings.length === 0 && !skipped) return nothingChecked(paths, options, config, result.plan, io);
  return findingsExitCode(findings, options.maxWarnings, io);
}
function nothingChecked(paths, options, config, plan, io) {
  if (options.staged || options.base) {
    const change = options.staged ? "The staged changes touch" : `The changes since ${options.base} touch`;
    io.stderr.write(`migration-guard: ${change} no migration: nothing to check.
`);
    return 0;
  }
  const found = plan.sets.reduce((n, s) => n + migrationFiles(s.files).length, 0);
  if (found > 0) {
    io.stderr.write(
      `migration-guard: found ${plural(found, "migration")}, but the config's \`ignore\`/\`startAfter\` leave none to check. Nothing was checked, so this run exits with 2.
`
    );
    return 2;
  }
  const where = paths.length > 0 ? paths.map((p) => JSON.stringify(p)).join(", ") : config.migrations ? "the config's `migrations` globs" : `${io.cwd} (and its subfolders)`;
  io.stderr.write(
    `migration-guard: no migrations found in ${where}, so nothing was checked. Without a config, migrations are the .sql and TS/JS files in folders named migrations, migration, migrate or drizzle. Name the folder on the command line (\`migration-guard db/changes\`) or list it in the config (\`migrations: [{ files: "db/changes/*.sql" }]\`, see docs/configuration.md).
`
  );
  return 2;
}
function reportInternalErrors(findings, debug, io) {
  const failures = findings.filter((f) => f.ruleId === INTERNAL_ERROR);
  io.stderr.write(`migration-guard: ${plural(failures.length, "internal error")} (see the report): the run is incomplete, so it exits with 2.
`);
  if (debug) {
    for (const f of failures) {
      const stack = internalErrorStack(f);
      io.stderr.write(`${f.file}:${f.line}: ${f.message}
${stack ? `${stack}
` : ""}`);
    }
  }
  return 2;
}
function docsOf(id, docsUrl) {
  if (docsUrl) return { docsUrl };
  return id.includes("/") ? {} : { docsUrl: ruleDocsUrl(id) };
}

export { lintCommand };
