import type { SourceSpan } from "./location.js";
export type Severity = "error" | "warning" | "info";
export type RuleLevel = Severity | "off";
export declare const SEVERITY_RANK: Record<Severity, number>;
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
export declare function compareFindings(a: Finding, b: Finding): number;
