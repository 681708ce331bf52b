import picocolors from "picocolors";
import { cacheFileFor } from "../cache/read-cache.js";
import { loadConfig } from "../config/load-config.js";
import type { ResolvedConfig } from "../config/types.js";
import { SEVERITY_RANK, type Finding } from "../core/finding.js";
import { REPOSITORY_URL, ruleDocsUrl } from "../docs-url.js";
import { UsageError } from "../errors.js";
import { lint } from "../lint.js";
import { loadStats, withSnapshotVersion } from "../stats/load.js";
import { formatReport, type OutputFormat } from "../report/format.js";
import { plural } from "../report/summary.js";
import { formatTiming, Timing, timingRequested } from "../timing.js";
import { VERSION } from "../version.js";
import { writeReport } from "./output.js";
import { useColor, type CliIO } from "./io.js";

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
}

/** `migration-guard [paths...]`: lint, report in the chosen format, and turn the findings into an exit code. */
export async function lintCommand(paths: string[], options: LintOptions, io: CliIO): Promise<number> {
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
  for (const notice of result.notices ?? []) io.stderr.write(`migration-guard: ${notice}\n`);
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
  await writeReport(report, options.outputFile, io);
  if (timing) {
    timing.add("report", performance.now() - reportStart);
    io.stderr.write(formatTiming(timing, timingRules!, performance.now()));
  }
  return exitCode(findings, options.maxWarnings, io);
}

/** A plugin rule's docs are its own `docsUrl`; built-in rules link to their page. */
function docsOf(id: string, docsUrl: string | undefined): { docsUrl?: string } {
  if (docsUrl) return { docsUrl };
  return id.includes("/") ? {} : { docsUrl: ruleDocsUrl(id) };
}

function exitCode(findings: readonly Finding[], maxWarnings: number | undefined, io: CliIO): number {
  if (findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.error)) return 1;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`migration-guard: ${plural(warnings, "warning")}, more than --max-warnings ${maxWarnings} allows.\n`);
    return 1;
  }
  return 0;
}
