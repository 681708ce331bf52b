import type { StatementVariant } from "./statement.js";
/** What collapsing needs of a finding: its rule and the variant of the statement it is about. */
export interface VariantFinding {
    ruleId: string;
    message: string;
    variant?: StatementVariant;
}
/**
 * One finding per statement however many variants the code can build it in: a finding that every
 * variant of the statement has is kept once (the first variant's); one that only some have is kept
 * once too, its message saying in which variants it applies.
 */
export declare function collapseVariants<F extends VariantFinding>(findings: readonly F[]): F[];
/** What dropping repeats needs of a finding. */
export interface PlacedFinding {
    ruleId: string;
    message: string;
    direction: string;
    span: {
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
    };
}
/**
 * Drops a finding identical to an earlier one (same rule, place, direction and message): a loop
 * over known items or a helper called several times can build the same problem at the same line
 * more than once, and saying it twice adds nothing but noise to a review.
 */
export declare function dropRepeats<F extends PlacedFinding>(findings: readonly F[]): F[];
