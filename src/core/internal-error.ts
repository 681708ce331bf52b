import type { Finding } from "./finding.js";
import type { SourceSpan } from "./location.js";

/**
 * The id of a finding that says migration-guard itself (or a plugin rule) failed on one file:
 * the failure is contained to that file or rule, the run goes on, and the exit code is 2.
 */
export const INTERNAL_ERROR = "internal-error";

/** What the user should do about an internal error, in one line. */
export const REPORT_REQUEST = "Please report it: run again with --debug for the stack trace.";

/** The stack trace behind an internal-error finding, for `--debug`; kept out of every output format. */
const stacks = new WeakMap<Finding, string>();

export function internalErrorStack(finding: Finding): string | undefined {
  return stacks.get(finding);
}

export function recordStack(finding: Finding, error: unknown): void {
  const stack = error instanceof Error ? error.stack : undefined;
  if (stack) stacks.set(finding, stack);
}

/** One line describing a thrown value: its message, or what it was when it was not an Error. */
export function describeError(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "the input is nested too deeply (maximum call stack size exceeded)";
  if (error instanceof Error) return firstLine(error.message) || error.name;
  if (error === null || error === undefined) return `a thrown ${String(error)}`;
  try {
    return firstLine(typeof error === "string" ? error : JSON.stringify(error) ?? String(error));
  } catch {
    return "a value that is not an Error";
  }
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** An internal-error finding at a place of a file. */
export function internalErrorFinding(file: string, at: SourceSpan, message: string, error?: unknown): Finding {
  const finding: Finding = {
    ruleId: INTERNAL_ERROR,
    severity: "error",
    message,
    file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    direction: "up",
    fingerprint: "",
  };
  if (error !== undefined) recordStack(finding, error);
  return finding;
}

export function hasInternalError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.ruleId === INTERNAL_ERROR);
}
