import picocolors from "picocolors";
import { loadConfig } from "../config/load-config.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Finding } from "../core/finding.js";
import { REPOSITORY_URL, ruleDocsUrl } from "../docs-url.js";
import { UsageError } from "../errors.js";
import { formatReport, type OutputFormat } from "../report/format.js";
import { formatTrace, formatVerifySummary } from "../report/trace.js";
import { VERSION } from "../version.js";
import { verify } from "../verify/verify.js";
import { writeReport } from "./output.js";
import { useColor, type CliIO } from "./io.js";
import { findingsExitCode } from "./exit-code.js";

export interface VerifyOptions {
  config?: string;
  format: OutputFormat;
  outputFile?: string;
  staged?: boolean;
  base?: string;
  databaseUrl?: string;
  statementTimeout?: number;
  trace?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  debug?: boolean;
}

/** `migration-guard verify [paths...]`: replay the sets on an empty database and report what fails. */
export async function verifyCommand(paths: string[], options: VerifyOptions, io: CliIO): Promise<number> {
  if (options.staged && options.base) {
    throw new UsageError("--staged and --base cannot be combined: --staged checks what you are about to commit, --base what a branch changes.");
  }
  const loaded = await loadConfig({ cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const config: ResolvedConfig = {
    ...loaded,
    verify: { ...loaded.verify, ...(options.statementTimeout !== undefined ? { statementTimeoutMs: options.statementTimeout } : {}) },
  };
  const result = await verify({
    cwd: io.cwd,
    paths,
    ...(options.staged ? { staged: true } : {}),
    ...(options.base ? { base: options.base } : {}),
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    config,
  });
  const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const toFile = options.outputFile !== undefined;
  const colors = picocolors.createColors(!toFile && useColor(io));
  const report = formatReport(options.format, {
    findings,
    checkedMigrations: result.checked.length,
    sources: result.sources,
    rules: result.rules.map((r) => ({ id: r.id, description: r.rule.description, severity: r.severity, docsUrl: r.rule.docsUrl ?? ruleDocsUrl(r.id) })),
    colors,
    cwd: io.cwd,
    toolVersion: VERSION,
    informationUri: REPOSITORY_URL,
    verify: { trace: result.trace, sets: result.sets },
  });
  const extra = options.format === "stylish" ? `${options.trace ? formatTrace(result.trace, colors) : ""}${formatVerifySummary(result.sets, colors)}` : "";
  await writeReport(extra ? `${extra}\n${report}` : report, options.outputFile, io);
  return findingsExitCode(findings, options.maxWarnings, io);
}

