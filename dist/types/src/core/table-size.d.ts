import type { DatabaseState } from "./database-state.js";
import type { Severity } from "./finding.js";
/**
 * What a rule's finding costs in production as the table grows: the kind of work the statement
 * does on every row while it holds its lock. A rule that declares one has its findings weighed by
 * the size of the table when a stats snapshot is given (`--stats`): lowered to a note on a small
 * table, raised to an error on a large one, with the size and a duration estimate in the message.
 */
export type TableCost = 
/** Builds an index over every row while writes wait (CREATE INDEX without CONCURRENTLY, REINDEX). */
"index-build"
/** Reads every row while reads and writes wait (SET NOT NULL, ADD CHECK, VALIDATE in the DDL's transaction). */
 | "scan"
/** Reads every row and looks each one up in another table while writes wait (ADD FOREIGN KEY). */
 | "foreign-key-scan"
/** Writes a new copy of every row and its indexes while reads and writes wait (ALTER TYPE, volatile default, VACUUM FULL). */
 | "rewrite"
/** Updates or deletes rows in one statement, holding row locks (and the DDL's lock, in a DDL transaction) until it commits. */
 | "backfill";
export declare const TABLE_COSTS: readonly ["index-build", "scan", "foreign-key-scan", "rewrite", "backfill"];
/** The table a finding concerns, as production names it (renames in the change set followed back). */
export interface FindingSubject {
    table: string;
    /** Created by the change set: empty when the statement runs. */
    isNew: boolean;
    /** The history shows the table being created (so a snapshot that lacks it predates it). */
    createdByHistory?: boolean;
}
export interface WeighRequest {
    ruleId: string;
    cost: TableCost;
    severity: Severity;
    message: string;
    subject: FindingSubject;
}
/**
 * Knows the production tables' sizes (from a stats snapshot) and judges findings by them. The
 * engine asks it about every finding of a rule that declares a cost, and tells it which tables the
 * checked migrations touch; it never sees anything else of the run.
 */
export interface TableSizeAdvisor {
    /** The finding's severity and message given the table's size; undefined leaves it as it is. */
    weigh(request: WeighRequest): {
        severity: Severity;
        message: string;
    } | undefined;
    /** A checked migration touches `subject.table`. */
    touched(subject: FindingSubject): void;
    /** A set's migrations have all been folded into `state`. */
    setDone(state: DatabaseState): void;
}
