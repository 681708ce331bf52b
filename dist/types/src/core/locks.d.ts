import type { DatabaseState } from "./database-state.js";
import type { LockMode, Operation } from "./operations.js";
export interface TableLock {
    table: string;
    mode: LockMode;
}
/** True when `mode` is at least as strong as `than`. */
export declare function lockAtLeast(mode: LockMode, than: LockMode): boolean;
/** What a lock mode blocks, in the words a message needs. */
export declare function lockImpact(mode: LockMode): string;
/**
 * The table locks an operation takes, per the Postgres documentation of each command. `state` is
 * the database before the operation; it resolves which table an index belongs to.
 */
export declare function locksOf(op: Operation, state?: DatabaseState): TableLock[];
