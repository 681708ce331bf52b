import { SEVERITY_RANK, type Finding } from "../core/finding.js";
import { plural } from "../report/summary.js";
import type { CliIO } from "./io.js";

/** 1 when a finding is at error level or the warnings exceed --max-warnings; else 0. */
export function findingsExitCode(findings: readonly Finding[], maxWarnings: number | undefined, io: CliIO): number {
  if (findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.error)) return 1;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`migration-guard: ${plural(warnings, "warning")}, more than --max-warnings ${maxWarnings} allows.\n`);
    return 1;
  }
  return 0;
}
