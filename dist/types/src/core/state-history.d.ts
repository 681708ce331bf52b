import { type DatabaseState } from "./database-state.js";
import type { Operation } from "./operations.js";
/**
 * The database before each operation of one migration, for `ctx.stateBefore(op)`. Operations are
 * applied once, in order, as far as the rules have asked; each change is recorded in a history per
 * table, index and enum name, and the state before operation `k` is a view that looks each name up
 * in its history (a binary search). A migration of n statements costs O(n log n) however many
 * operations the rules ask about, where a copy of the state per operation would cost O(n²).
 */
export declare class StateHistory {
    private readonly operations;
    private readonly base;
    private readonly path;
    private readonly tables;
    private readonly indexes;
    private readonly enums;
    /** Names of the indexes that were on each table at some point: the candidates of `indexesOf`. */
    private readonly indexNamesByTable;
    private applied;
    constructor(operations: readonly Operation[], base: DatabaseState, path: string);
    /** The state before operation `index` runs. */
    before(index: number): DatabaseState;
    private applyNext;
    /** The state after the first `applied` operations. */
    private viewAt;
}
