import type { SourceSpan } from "./location.js";
import type { TypeSpec, ValueExpr, Volatility } from "./sql-values.js";
import type { Statement } from "./statement.js";
/**
 * The normalized operations every input form is turned into: SQL statements and the builder calls
 * of TypeORM, Knex, Sequelize, MikroORM, Kysely and node-pg-migrate alike. Rules read these, so one
 * rule covers every form.
 *
 * Names of tables, indexes and types are canonical: unquoted identifiers lower-cased (as Postgres
 * folds them), the `public.` schema dropped, other schemas kept as `schema.name`.
 */
export type Operation = CreateTable | DropTable | RenameTable | AddColumn | DropColumn | RenameColumn | AlterColumnType | SetNotNull | DropNotNull | SetDefault | DropDefault | AddConstraint | DropConstraint | ValidateConstraint | RenameConstraint | AlterTableOther | CreateIndex | DropIndex | RenameIndex | Reindex | CreateEnum | AddEnumValue | RenameEnumValue | DataChange | Truncate | SetSetting | LockTable | Vacuum | Cluster | RefreshMaterializedView | Transaction | AttachPartition | DetachPartition | SequenceReset | OtherStatement;
export type OperationKind = Operation["kind"];
export interface OperationBase {
    /** Which migration direction the operation belongs to; only `up` runs on deploy. */
    direction: "up" | "down";
    /** Where to point a finding: the statement, or a more precise clause of it, or the builder call. */
    span: SourceSpan;
    /** The SQL statement it came from; absent for builder calls. */
    statement?: Statement;
    /** For builder calls: the call's source text, for messages and code frames. */
    call?: string;
    /**
     * For builder calls, on the first operation of the call: the SQL the tool sends for it (the
     * rendering the operations were modelled from), which `verify` replays.
     */
    generatedSql?: string;
    /**
     * For builder calls that are one step of a larger statement (a column inside Knex's
     * `createTable` callback, one link of a Kysely chain): that whole statement. A suppression
     * comment above it covers the operation too.
     */
    callSpan?: SourceSpan;
    /**
     * For a builder call read inside a helper of the same file: the lines of the calls that led
     * there (`await this.changeIdType(queryRunner, "users")`). A suppression comment above one covers it.
     */
    callSites?: number[];
    /** Index of the transaction it runs in within its migration, or null when it runs outside one. */
    transaction: number | null;
    /**
     * Why Postgres rejects the statement when it runs although it parses (a column named twice,
     * ...), on the first operation of that statement.
     */
    rejected?: Rejection[];
    /**
     * Identifiers of the statement longer than 63 bytes, on its first operation. Postgres truncates
     * them before parsing, so the operation's names hold the truncated form.
     */
    longNames?: LongName[];
}
export interface LongName {
    /** As written (unquoted ones lower-cased). */
    name: string;
    /** The name Postgres uses: its first 63 bytes. */
    truncated: string;
    /** Where it is written; absent for builder calls. */
    span?: SourceSpan;
}
/** An error Postgres raises for a statement before running it. */
export interface Rejection {
    /** Postgres's message, e.g. `column "email" specified more than once`. */
    message: string;
    /** The offending part; absent for builder calls (the finding then points at the call). */
    span?: SourceSpan;
}
export interface ColumnSpec {
    name: string;
    /** Absent when a builder call does not say (e.g. a column re-declared without a type). */
    type?: TypeSpec;
    notNull: boolean;
    primaryKey: boolean;
    unique: boolean;
    default?: ValueExpr;
    generated?: {
        kind: "stored" | "virtual";
        expression: ValueExpr;
    };
    identity?: "always" | "by-default";
    references?: ForeignKeyTarget;
    /** Inline CHECK constraints on the column. */
    checks: ConstraintSpec[];
    span?: SourceSpan;
}
export interface ForeignKeyTarget {
    table: string;
    columns: string[];
}
export type ConstraintType = "check" | "foreign-key" | "unique" | "primary-key" | "exclusion" | "not-null";
export interface ConstraintSpec {
    /** The name given, or the one Postgres generates (`users_email_key`, `orders_user_id_fkey`, ...). */
    name: string;
    /** True when the name was generated because the migration gave none. */
    generatedName: boolean;
    type: ConstraintType;
    columns: string[];
    /** `NOT VALID`: existing rows are not checked now. */
    notValid: boolean;
    /** `USING INDEX idx`: the constraint adopts an index built beforehand. */
    usingIndex?: string;
    references?: ForeignKeyTarget;
    /** For `CHECK (col IS NOT NULL)`: the column it proves non-null once validated. */
    notNullColumn?: string;
    /** A short rendering of a CHECK expression. */
    expression?: string;
}
export interface CreateTable extends OperationBase {
    kind: "create-table";
    table: string;
    columns: ColumnSpec[];
    constraints: ConstraintSpec[];
    ifNotExists: boolean;
    /** `PARTITION OF parent`. */
    partitionOf?: string;
    /** `PARTITION BY ...`: a partitioned table, whose rows live in its partitions. */
    partitioned?: boolean;
    /** `CREATE TABLE ... AS SELECT` / `SELECT INTO`: filled from a query. */
    fromQuery: boolean;
    /**
     * `CREATE MATERIALIZED VIEW`: a relation filled from a query that is locked, indexed and
     * refreshed like a table, so the database state tracks it as one (e.g. to know it is new).
     */
    materializedView?: boolean;
}
export interface DropTable extends OperationBase {
    kind: "drop-table";
    table: string;
    cascade: boolean;
    ifExists: boolean;
}
export interface RenameTable extends OperationBase {
    kind: "rename-table";
    table: string;
    newName: string;
}
export interface AddColumn extends OperationBase {
    kind: "add-column";
    table: string;
    column: ColumnSpec;
    ifNotExists: boolean;
}
export interface DropColumn extends OperationBase {
    kind: "drop-column";
    table: string;
    column: string;
    cascade: boolean;
    ifExists: boolean;
}
export interface RenameColumn extends OperationBase {
    kind: "rename-column";
    table: string;
    column: string;
    newName: string;
}
export interface AlterColumnType extends OperationBase {
    kind: "alter-column-type";
    table: string;
    column: string;
    type: TypeSpec;
    /** The `USING` expression, when given. */
    using?: string;
    /**
     * Set by builders that re-create the column instead of altering it (TypeORM's `changeColumn` on
     * Postgres drops and re-adds the column when the type changes).
     */
    recreatesColumn?: boolean;
}
export interface SetNotNull extends OperationBase {
    kind: "set-not-null";
    table: string;
    column: string;
}
export interface DropNotNull extends OperationBase {
    kind: "drop-not-null";
    table: string;
    column: string;
}
export interface SetDefault extends OperationBase {
    kind: "set-default";
    table: string;
    column: string;
    default: ValueExpr;
}
export interface DropDefault extends OperationBase {
    kind: "drop-default";
    table: string;
    column: string;
}
export interface AddConstraint extends OperationBase {
    kind: "add-constraint";
    table: string;
    constraint: ConstraintSpec;
}
export interface DropConstraint extends OperationBase {
    kind: "drop-constraint";
    table: string;
    name: string;
    cascade: boolean;
    ifExists: boolean;
}
export interface ValidateConstraint extends OperationBase {
    kind: "validate-constraint";
    table: string;
    name: string;
}
export interface RenameConstraint extends OperationBase {
    kind: "rename-constraint";
    table: string;
    name: string;
    newName: string;
}
/** ALTER TABLE sub-commands without an operation of their own (SET LOGGED, SET TABLESPACE, triggers, ...). */
export interface AlterTableOther extends OperationBase {
    kind: "alter-table-other";
    table: string;
    /** The sub-command, e.g. `AT_SetLogged`. */
    action: string;
    /** The column, for sub-commands on one (`ALTER COLUMN c SET EXPRESSION`, `SET STATISTICS`, ...). */
    column?: string;
    /** True when Postgres rewrites the whole table for it. */
    rewrites: boolean;
    /** The lock it takes on the table. */
    lock: LockMode;
}
export interface CreateIndex extends OperationBase {
    kind: "create-index";
    table: string;
    /** The name given or generated (`users_email_idx`). */
    name: string;
    columns: string[];
    unique: boolean;
    concurrent: boolean;
    ifNotExists: boolean;
    /** Has a WHERE clause. */
    partial: boolean;
    /** `ON ONLY table`: on a partitioned table, an index on the parent alone, not on its partitions. */
    onlyParent?: boolean;
}
export interface DropIndex extends OperationBase {
    kind: "drop-index";
    index: string;
    concurrent: boolean;
    cascade: boolean;
    ifExists: boolean;
    /** The table, when the source says (builders name it; SQL `DROP INDEX` does not). */
    table?: string;
}
export interface RenameIndex extends OperationBase {
    kind: "rename-index";
    index: string;
    newName: string;
}
export interface Reindex extends OperationBase {
    kind: "reindex";
    target: "index" | "table" | "schema" | "database" | "system";
    name: string;
    concurrent: boolean;
}
export interface CreateEnum extends OperationBase {
    kind: "create-enum";
    type: string;
    values: string[];
}
export interface AddEnumValue extends OperationBase {
    kind: "add-enum-value";
    type: string;
    value: string;
    ifNotExists: boolean;
}
export interface RenameEnumValue extends OperationBase {
    kind: "rename-enum-value";
    type: string;
    value: string;
    newValue: string;
}
/**
 * How a data change selects its rows. `none`: no WHERE, every row. `unbounded`: a WHERE that can
 * still match the whole table (`WHERE col IS NULL`). `bounded`: a key range, a LIMIT subquery, or
 * equality with constants, i.e. one batch or a few targeted rows (see `DataChange.matchedColumns`
 * for when that depends on the columns being a key).
 */
export type RowSelection = "none" | "unbounded" | "bounded";
export interface DataChange extends OperationBase {
    kind: "data-change";
    dml: "insert" | "update" | "delete" | "merge";
    table: string;
    rows: RowSelection;
    /**
     * When `rows` is `bounded` only because columns are matched against a limited set of values
     * (`id = 42`, `id IN (SELECT id ... LIMIT 1000)`), not by a range: those columns, one list per
     * OR branch. Such a WHERE picks few rows only if each list covers a unique key of the table;
     * `status = 'pending'` can still match the whole table. Absent for ranges and for builder calls.
     */
    matchedColumns?: string[][];
    /** INSERT target columns, when listed. */
    columns: string[];
    /** `INSERT ... OVERRIDING SYSTEM VALUE`. */
    overridingSystemValue: boolean;
    /** String constants the statement uses (to spot an enum value used right after it is added). */
    literals: string[];
}
export interface Truncate extends OperationBase {
    kind: "truncate";
    table: string;
    cascade: boolean;
}
export interface SetSetting extends OperationBase {
    kind: "set";
    name: string;
    /** The value as written, or null for `RESET`/`SET ... TO DEFAULT`. */
    value: string | null;
    local: boolean;
}
export type LockMode = "ACCESS SHARE" | "ROW SHARE" | "ROW EXCLUSIVE" | "SHARE UPDATE EXCLUSIVE" | "SHARE" | "SHARE ROW EXCLUSIVE" | "EXCLUSIVE" | "ACCESS EXCLUSIVE";
export interface LockTable extends OperationBase {
    kind: "lock-table";
    table: string;
    mode: LockMode;
}
export interface Vacuum extends OperationBase {
    kind: "vacuum";
    /** Absent for a database-wide VACUUM. */
    table?: string;
    full: boolean;
}
export interface Cluster extends OperationBase {
    kind: "cluster";
    table?: string;
}
export interface RefreshMaterializedView extends OperationBase {
    kind: "refresh-materialized-view";
    view: string;
    concurrent: boolean;
}
export interface Transaction extends OperationBase {
    kind: "transaction";
    action: "begin" | "commit" | "rollback" | "savepoint" | "release" | "rollback-to" | "prepare";
}
export interface AttachPartition extends OperationBase {
    kind: "attach-partition";
    table: string;
    partition: string;
}
export interface DetachPartition extends OperationBase {
    kind: "detach-partition";
    table: string;
    partition: string;
    concurrent: boolean;
}
/** `setval(...)`, `ALTER SEQUENCE ... RESTART`, `ALTER COLUMN ... RESTART`: moves a sequence. */
export interface SequenceReset extends OperationBase {
    kind: "sequence-reset";
    /** Every name the statement mentions (sequence, table), to match against the table it syncs. */
    mentions: string[];
}
/** A statement with no dedicated operation: functions, views, grants, comments, extensions, ... */
export interface OtherStatement extends OperationBase {
    kind: "other";
    /** The Postgres node type, e.g. `CreateFunctionStmt`. */
    nodeType: string;
    /** Tables the statement locks, when known (e.g. CREATE TRIGGER ON t), and how. */
    tables: string[];
    lock?: LockMode;
    /** CREATE [OR REPLACE] FUNCTION: the function and its volatility (VOLATILE when not declared). */
    definesFunction?: {
        name: string;
        volatility: Volatility;
        declared: boolean;
    };
    /** DROP FUNCTION: the functions it drops. */
    dropsFunctions?: string[];
}
/** The table an operation acts on, when it acts on exactly one. */
export declare function tableOf(op: Operation): string | undefined;
