import type { SourceSpan } from "./location.js";
/**
 * A `migration-guard-ignore` comment. In SQL it is written `-- migration-guard-ignore rule-id: reason`,
 * in TS/JS `// migration-guard-ignore rule-id: reason`; `migration-guard-ignore-file` covers the file.
 */
export interface Suppression {
    ruleIds: string[];
    reason?: string;
    scope: "file" | "statement";
    /** Where the comment itself is. */
    span: SourceSpan;
    /**
     * The line of code the comment covers: its own line when it trails code, otherwise the next line
     * holding code. A finding is covered when it starts on that line or its statement or call does.
     */
    targetLine: number;
}
/** Finds suppression comments in the text of a migration (any language: comment markers are matched per line). */
export declare function findSuppressions(text: string): Suppression[];
