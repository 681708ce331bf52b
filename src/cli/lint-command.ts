import picocolors from "picocolors";
import { loadConfig } from "../config/load-config.js";
import { withReadLimits } from "../config/read-limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { SEVERITY_RANK, type Finding } from "../core/finding.js";
import { REPOSITORY_URL, ruleDocsUrl } from "../docs-url.js";
import { UsageError } from "../errors.js";
import { lint } from "../lint.js";
import { formatReport, type OutputFormat } from "../report/format.js";
import { plural } from "../report/summary.js";
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
  /** Bytes; override the config's `maxFileSize` / `maxTotalSize`. */
  maxFileSize?: number;
  maxTotalSize?: number;
}

/** `migration-guard [paths...]`: lint, report in the chosen format, and turn the findings into an exit code. */
export async function lintCommand(paths: string[], options: LintOptions, io: CliIO): Promise<number> {
  if (options.staged && options.base) {
    throw new UsageError("--staged and --base cannot be combined: --staged checks what you are about to commit, --base what a branch changes.");
  }
  const loaded = await loadConfig({ cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const config: ResolvedConfig = {
    ...loaded,
    ...(options.postgresVersion !== undefined ? { postgresVersion: options.postgresVersion } : {}),
    ...(options.schema === false ? { schema: false as const } : {}),
    ...withReadLimits(loaded, options.maxFileSize, options.maxTotalSize),
  };
  const result = await lint({
    cwd: io.cwd,
    paths,
    ...(options.staged ? { staged: true } : {}),
    ...(options.base ? { base: options.base } : {}),
    config,
  });
  const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const toFile = options.outputFile !== undefined;
  const report = formatReport(options.format, {
    findings,
    checkedMigrations: result.checked.length,
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
  });
  await writeReport(report, options.outputFile, io);
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
