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
  /** `down` findings concern rollbacks only; output lists them after every `up` one. */
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

/**
 * Up findings first, across all files, then down findings: what runs on deploy is never pushed
 * below (or, in a length-limited summary, out of) the rollback findings of other files.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1) ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
