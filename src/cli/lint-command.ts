import picocolors from "picocolors";
import { cacheFileFor } from "../cache/read-cache.js";
import { loadConfig } from "../config/load-config.js";
import { withReadLimits } from "../config/read-limits.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Finding } from "../core/finding.js";
import { hasInternalError, INTERNAL_ERROR, internalErrorStack } from "../core/internal-error.js";
import { REPOSITORY_URL, ruleDocsUrl } from "../docs-url.js";
import { UsageError } from "../errors.js";
import type { LintPlan } from "../discover/plan.js";
import { migrationFiles } from "../discover/find-migrations.js";
import { lint } from "../lint.js";
import { loadStats, withSnapshotVersion } from "../stats/load.js";
import { formatReport, type OutputFormat } from "../report/format.js";
import { plural } from "../report/summary.js";
import { formatTiming, Timing, timingRequested } from "../timing.js";
import { VERSION } from "../version.js";
import { writeReport } from "./output.js";
import { useColor, type CliIO } from "./io.js";
import { findingsExitCode } from "./exit-code.js";

export interface LintOptions {
  config?: string;
  format: OutputFormat;
  outputFile?: string;
  postgresVersion?: number;
  staged?: boolean;
  base?: string;
  /** `--no-schema` sets it false. */
  schema: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  debug?: boolean;
  /** A stats snapshot file (overrides the config's `stats.file`). */
  stats?: string;
  /** Take the stats snapshot over this read-only connection now. */
  databaseUrl?: string;
  /** `--cache`: keep read SQL migrations between runs. */
  cache?: boolean;
  /** `--cache-location`: the cache file, or a directory for it (implies nothing without `--cache`, as in ESLint). */
  cacheLocation?: string;
  /** Bytes; override the config's `maxFileSize` / `maxTotalSize`. */
  maxFileSize?: number;
  maxTotalSize?: number;
}

/** `migration-guard [paths...]`: lint, report in the chosen format, and turn the findings into an exit code. */
export async function lintCommand(paths: string[], options: LintOptions, io: CliIO): Promise<number> {
  if (options.base !== undefined && options.base.trim() === "") {
    throw new UsageError('--base needs a git ref to compare with, e.g. --base origin/main; it was given "" (an unset variable in a script?).');
  }
  if (options.staged && options.base) {
    throw new UsageError("--staged and --base cannot be combined: --staged checks what you are about to commit, --base what a branch changes.");
  }
  if (options.stats !== undefined && options.databaseUrl !== undefined) {
    throw new UsageError("--stats and --database-url cannot be combined: --stats reads a snapshot file, --database-url takes a snapshot now.");
  }
  const loaded = await loadConfig({ cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const stats = await loadStats({
    cwd: io.cwd,
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : { ...(options.stats ?? loaded.stats.file ? { file: options.stats ?? loaded.stats.file } : {}) }),
  });
  const config: ResolvedConfig = {
    ...loaded,
    ...(options.postgresVersion !== undefined ? { postgresVersion: options.postgresVersion, postgresVersionSet: true } : {}),
    ...(options.schema === false ? { schema: false as const } : {}),
    ...withReadLimits(loaded, options.maxFileSize, options.maxTotalSize),
  };
  const timingRules = timingRequested(io.env["TIMING"]);
  const timing = timingRules !== undefined ? new Timing() : undefined;
  const result = await lint({
    cwd: io.cwd,
    paths,
    ...(options.staged ? { staged: true } : {}),
    ...(options.base ? { base: options.base } : {}),
    ...(options.cache ? { cacheFile: cacheFileFor(io.cwd, options.cacheLocation) } : {}),
    ...(timing ? { timing } : {}),
    config: withSnapshotVersion(config, stats?.server.major),
    ...(stats ? { stats } : {}),
  });
  for (const warning of result.warnings ?? []) io.stderr.write(`migration-guard: ${warning}\n`);
  const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const toFile = options.outputFile !== undefined;
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
      ...docsOf(r.id, r.rule.docsUrl),
    })),
    colors: picocolors.createColors(!toFile && useColor(io)),
    cwd: io.cwd,
    toolVersion: VERSION,
    informationUri: REPOSITORY_URL,
    ...(result.tables ? { tables: result.tables } : {}),
  });
  // "No problems found" would read as a pass when nothing was checked; the other formats are read by
  // tools. Sets skipped as another database's are not "nothing": the report's notices say so (exit 0).
  const skipped = result.notices.length > 0;
  const nothingToSay = result.checked.length === 0 && findings.length === 0 && !skipped && options.format === "stylish" && !toFile;
  if (!nothingToSay) await writeReport(report, options.outputFile, io);
  if (timing) {
    timing.add("report", performance.now() - reportStart);
    io.stderr.write(formatTiming(timing, timingRules!, performance.now()));
  }
  if (hasInternalError(result.findings)) return reportInternalErrors(result.findings, options.debug === true, io);
  if (result.checked.length === 0 && result.findings.length === 0 && !skipped) return nothingChecked(paths, options, config, result.plan, io);
  return findingsExitCode(findings, options.maxWarnings, io);
}

/**
 * A run that checked no migration is not a pass: a hook or CI step pointed at the wrong place
 * would never check anything. A change set that touches no migration is a success, said as such.
 */
function nothingChecked(paths: readonly string[], options: LintOptions, config: ResolvedConfig, plan: LintPlan, io: CliIO): number {
  if (options.staged || options.base) {
    const change = options.staged ? "The staged changes touch" : `The changes since ${options.base} touch`;
    io.stderr.write(`migration-guard: ${change} no migration: nothing to check.\n`);
    return 0;
  }
  const found = plan.sets.reduce((n, s) => n + migrationFiles(s.files).length, 0);
  if (found > 0) {
    io.stderr.write(
      `migration-guard: found ${plural(found, "migration")}, but the config's \`ignore\`/\`startAfter\` leave none to check. Nothing was checked, so this run exits with 2.\n`,
    );
    return 2;
  }
  const where = paths.length > 0 ? paths.map((p) => JSON.stringify(p)).join(", ") : config.migrations ? "the config's `migrations` globs" : `${io.cwd} (and its subfolders)`;
  io.stderr.write(
    `migration-guard: no migrations found in ${where}, so nothing was checked. ` +
      "Without a config, migrations are the .sql and TS/JS files in folders named migrations, migration, migrate or drizzle. " +
      "Name the folder on the command line (`migration-guard db/changes`) or list it in the config (`migrations: [{ files: \"db/changes/*.sql\" }]`, see docs/configuration.md).\n",
  );
  return 2;
}

/** Internal errors were contained and reported with everything else; the exit code tells CI the run was incomplete. */
function reportInternalErrors(findings: readonly Finding[], debug: boolean, io: CliIO): number {
  const failures = findings.filter((f) => f.ruleId === INTERNAL_ERROR);
  io.stderr.write(`migration-guard: ${plural(failures.length, "internal error")} (see the report): the run is incomplete, so it exits with 2.\n`);
  if (debug) {
    for (const f of failures) {
      const stack = internalErrorStack(f);
      io.stderr.write(`${f.file}:${f.line}: ${f.message}\n${stack ? `${stack}\n` : ""}`);
    }
  }
  return 2;
}

/** A plugin rule's docs are its own `docsUrl`; built-in rules link to their page. */
function docsOf(id: string, docsUrl: string | undefined): { docsUrl?: string } {
  if (docsUrl) return { docsUrl };
  return id.includes("/") ? {} : { docsUrl: ruleDocsUrl(id) };
}

