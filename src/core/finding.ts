import type { SourceSpan } from "./location.js";

export type Severity = "error" | "warning" | "info";
export type RuleLevel = Severity | "off";

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One problem found, as every output format receives it. */
export interface Finding extends SourceSpan {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  /** `down` findings concern rollbacks only; output lists them after the `up` ones. */
  direction: "up" | "down";
  docsUrl?: string;
  /**
   * Stable across re-runs while the finding stays the same: the rule, the file and the offending
   * statement's text (not its line, which moves when lines are added above it).
   */
  fingerprint: string;
  /** The source of the statement or call, for code frames and review comments. */
  source?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
