import type { ColumnSpec, ConstraintSpec, ConstraintType, ForeignKeyTarget, Operation } from "./operations.js";
import type { TypeSpec, ValueExpr, Volatility } from "./sql-values.js";
/**
 * Where a table, index or type came from. Rules treat anything not created in the change set as
 * existing in production, including objects the history never showed being created.
 */
export interface Origin {
    /** The migration that created it, when the history shows it. */
    createdIn?: string;
    /** Created by a migration of the change set: production has not got it yet, so nothing can be locked. */
    createdInChangeSet: boolean;
    /** The name production knows a table by, when a migration of the change set renamed it. */
    productionName?: string;
}
export interface ColumnState {
    name: string;
    type?: TypeSpec;
    notNull: boolean;
    default?: ValueExpr;
    identity?: "always" | "by-default";
    /** Declared `serial`/`bigserial`/`smallserial`: an integer with a sequence default. */
    serial: boolean;
    generated: boolean;
}
export interface ConstraintState {
    name: string;
    type: ConstraintType;
    columns: string[];
    /** False for a constraint added `NOT VALID` and not validated since. */
    validated: boolean;
    notNullColumn?: string;
    references?: ForeignKeyTarget;
}
export interface TableState {
    name: string;
    columns: ReadonlyMap<string, ColumnState>;
    constraints: ReadonlyMap<string, ConstraintState>;
    origin: Origin;
    /** Created with `PARTITION BY`: its rows and its indexes' entries live in its partitions. */
    partitioned?: boolean;
}
export interface IndexState {
    name: string;
    table: string;
    unique: boolean;
    columns: string[];
    origin: Origin;
}
export interface FunctionState {
    name: string;
    /** As declared; VOLATILE (Postgres's default) when the CREATE FUNCTION says nothing. */
    volatility: Volatility;
    /** Whether CREATE FUNCTION named the volatility. */
    declared: boolean;
    origin: Origin;
}
export interface EnumState {
    name: string;
    values: string[];
    origin: Origin;
}
/** The database as the migrations so far leave it. Read-only for rules. */
export interface DatabaseState {
    table(name: string): TableState | undefined;
    index(name: string): IndexState | undefined;
    enumType(name: string): EnumState | undefined;
    /**
     * A function the migrations created (CREATE [OR REPLACE] FUNCTION), by its name as a default
     * calls it (lower-cased, without schema). Optional: a state without it knows no functions.
     */
    userFunction?(name: string): FunctionState | undefined;
    tables(): TableState[];
    /** Every index, including those that unique and primary-key constraints own. */
    indexes(): IndexState[];
    /** The indexes of one table (cheaper than filtering `indexes()`). */
    indexesOf(table: string): IndexState[];
}
/** The entries an overlay sets (a value) or hides (null). */
export interface OwnChanges {
    tables: ReadonlyMap<string, TableState | null>;
    indexes: ReadonlyMap<string, IndexState | null>;
    enums: ReadonlyMap<string, EnumState | null>;
}
/** Where an operation being applied comes from. */
export interface ApplyContext {
    migration: string;
    inChangeSet: boolean;
}
/**
 * A mutable database model that operations are folded into. With a parent it is an overlay: it
 * records only what changed and reads everything else through, which keeps per-operation snapshots
 * of a migration cheap.
 */
export declare class DatabaseModel implements DatabaseState {
    private readonly parent?;
    private readonly tableMap;
    private readonly indexMap;
    /** Names of this model's own index entries, by table. */
    private readonly indexNamesByTable;
    private readonly enumMap;
    private readonly functionMap;
    constructor(parent?: DatabaseState | undefined);
    table(name: string): TableState | undefined;
    index(name: string): IndexState | undefined;
    enumType(name: string): EnumState | undefined;
    userFunction(name: string): FunctionState | undefined;
    tables(): TableState[];
    indexes(): IndexState[];
    indexesOf(table: string): IndexState[];
    /** What this overlay itself holds: each entry set to a value, or hidden (null). */
    ownChanges(): OwnChanges;
    apply(op: Operation, ctx: ApplyContext): void;
    private createTable;
    private dropTable;
    private renameTable;
    private addColumn;
    private addConstraint;
    /** Unique and primary-key constraints own an index of the same name. */
    private noteConstraintIndex;
    private updateTable;
    private updateColumn;
    /**
     * Sets (or, with null, hides) an index in this model. The root model, which has nothing to hide,
     * deletes instead of leaving a marker.
     */
    private setIndex;
}
/** The constraints a column definition declares inline, named the way Postgres names them. */
export declare function inlineConstraints(table: string, spec: ColumnSpec): ConstraintSpec[];
/**
 * Postgres's generated name for a constraint or index: `table_col1_col2_suffix`, truncated to
 * 63 bytes the way Postgres truncates it (the table and column parts shortened, the suffix kept).
 */
export declare function defaultConstraintName(table: string, columns: string[], suffix: string): string;
