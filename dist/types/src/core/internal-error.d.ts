import type { Finding } from "./finding.js";
import type { SourceSpan } from "./location.js";
/**
 * The id of a finding that says migration-guard itself (or a plugin rule) failed on one file:
 * the failure is contained to that file or rule, the run goes on, and the exit code is 2.
 */
export declare const INTERNAL_ERROR = "internal-error";
/** What the user should do about an internal error, in one line. */
export declare const REPORT_REQUEST = "Please report it: run again with --debug for the stack trace.";
export declare function internalErrorStack(finding: Finding): string | undefined;
export declare function recordStack(finding: Finding, error: unknown): void;
/** One line describing a thrown value: its message, or what it was when it was not an Error. */
export declare function describeError(error: unknown): string;
/** An internal-error finding at a place of a file. */
export declare function internalErrorFinding(file: string, at: SourceSpan, message: string, error?: unknown): Finding;
export declare function hasInternalError(findings: readonly Finding[]): boolean;
