import type * as TS from "typescript";
import type { SourceSpan } from "../core/location.js";
import type { Uninspectable } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import type { LineIndex } from "../sql/positions.js";
import { type Chain } from "./chains.js";
import type { TypeScriptApi } from "./compiler.js";
import { type MappedText } from "./mapped-text.js";
import { type PlaceholderPolicy, type StaticEvaluator, type StaticValue } from "./static-values.js";
export type Direction = "up" | "down";
export type TransactionAction = "begin" | "commit" | "rollback";
/** Something the migration does, in the order it runs: SQL, builder operations, or a transaction boundary. */
export interface Entry {
    direction: Direction;
    statements: Statement[];
    operations: Operation[];
    /** A transaction boundary the code itself sets (`queryRunner.commitTransaction()`, ...). */
    boundary?: TransactionAction;
    /**
     * For tools where each call chooses its transaction (Sequelize's `{ transaction: t }`): the
     * transaction the call passes, or null for none. Undefined: the migration's transaction context applies.
     */
    transactionKey?: string | null;
}
/** A chain whose root is one of the migration's handles (`queryRunner`, `knex`, `this`, ...). */
export interface HandleChain extends Chain {
    handle: string;
}
/** How one tool reads the calls of its migrations. */
export interface ToolReader {
    /** Handle kinds of an entry function's parameters (by position); `this` is handled by `thisHandle`. */
    parameterHandles(fn: TS.FunctionLikeDeclaration): (string | undefined)[];
    /** The handle `this` stands for in a migration class, if any. */
    thisHandle?: string;
    /** A chain that starts at something other than a handle but is still the tool's (Kysely's `sql` tag). */
    rootHandle?(chain: Chain, x: Extractor): string | undefined;
    /** Reads a chain rooted at a handle. Returns false when the call is not one the tool knows. */
    read(chain: HandleChain, x: Extractor): boolean;
}
export interface SqlOptions {
    /** The chain or call whose span suppression comments and messages refer to. */
    call: TS.Node;
    /** Placeholders for `${}` values known only at run time. */
    policy?: PlaceholderPolicy;
    transactionKey?: string | null;
    /** MikroORM's `addSql` queues statements that run after `up()` returns. */
    deferred?: boolean;
    /** Set by `sqlVariants`: which variant of the call's SQL this text is. */
    variant?: {
        label: string;
        count: number;
    };
    /** What the SQL is passed to, for messages: e.g. `queryRunner.query`. */
    via: string;
}
export interface BuilderOptions {
    /** The node the operations point at (a call, or one step of a chain). */
    site: TS.Node;
    /** Where the operations' span starts, when not at `site`'s start (a step of a chain). */
    start?: number;
    /** The whole statement the site belongs to, for suppression comments above it. */
    outer?: TS.Node;
    /** Column name → where it is declared, so a finding about one column points at its line. */
    columnSites?: Map<string, TS.Node | {
        node: TS.Node;
        start: number;
    }>;
    transactionKey?: string | null;
    /** Adjusts the modelled operations (e.g. to mark TypeORM's drop-and-add of a column). */
    adjust?: (ops: Operation[]) => void;
}
/**
 * Walks the `up` and `down` functions of a TS/JS migration, handing each call chain rooted at a
 * migration handle to the tool's reader, and collects what the migration does in order.
 */
export declare class Extractor {
    readonly ts: TypeScriptApi;
    readonly sf: TS.SourceFile;
    readonly lines: LineIndex;
    readonly evaluator: StaticEvaluator;
    private readonly reader;
    readonly entries: Entry[];
    readonly uninspectable: Uninspectable[];
    /** Directions whose code opts out of the tool's transaction (node-pg-migrate's `pgm.noTransaction()`). */
    readonly noTransaction: Set<Direction>;
    direction: Direction;
    private deferred;
    private statementCount;
    private readonly consumed;
    private readonly parameterHandles;
    private readonly inlining;
    private readonly seen;
    /** Lines of the helper calls being read as if inline, outermost first. */
    private readonly callSites;
    constructor(ts: TypeScriptApi, sf: TS.SourceFile, lines: LineIndex, evaluator: StaticEvaluator, reader: ToolReader);
    /** Values the file exports besides up/down (node-pg-migrate's `shorthands`). */
    exports: Map<string, TS.Expression>;
    exportedValue(name: string): StaticValue | undefined;
    /** Reads one entry function (`up` or `down`). */
    readEntry(fn: TS.FunctionLikeDeclaration, direction: Direction): void;
    /** Registers handle kinds for a function's parameters (an entry function, or a callback a tool hands a handle to). */
    bindParameters(fn: TS.SignatureDeclarationBase, kinds: readonly (string | undefined)[]): void;
    /** Visits a subtree, reading every call chain in it. */
    walk(node: TS.Node): void;
    /**
     * `for (const table of ["users", "orders"]) { ... }`: the body is read once per item, with the
     * loop variable standing for it, as each iteration runs. Loops over anything else are walked
     * once, their variable known only at run time.
     */
    private unrollLoop;
    /** Returns true when the whole call was read (its children need no further walking). */
    private readCall;
    /**
     * Walks the callbacks a reader left alone in a chain (`.then(() => knex.schema...)`). Other
     * arguments are values: a `knex.raw(...)` passed to `.update({...})` is part of that query,
     * not a statement of its own.
     */
    private walkUnconsumed;
    /** Follows aliases (`const schema = knex.schema`) so the chain starts at the handle itself. */
    canonicalChain(chain: Chain): Chain;
    /** The handle a chain starts at, if any. */
    handleOf(chain: Chain): string | undefined;
    /** The handle kind of an identifier bound to a handle parameter. */
    identifierHandle(id: TS.Identifier): string | undefined;
    /** The handle an expression is, when it is one (`queryRunner`, `knex`, `this`). */
    expressionHandle(expression: TS.Expression): string | undefined;
    /**
     * A call that hands a migration handle to another function: a function of this file is read as
     * if its body were inline; one from elsewhere cannot be seen, which is reported.
     */
    private passesHandle;
    /** A callback argument: an inline function, or the name of one defined in this file. */
    localFunctionOf(expression: TS.Expression): TS.FunctionLikeDeclaration | undefined;
    /** `this.helper(...)` in a migration class (MikroORM): the method's body is read as if inline. */
    private inlineOwnMethod;
    /**
     * Reads a helper's body for one call: handles passed in become the helper's handles, and its
     * other parameters stand for this call's arguments, so `this.changeType(queryRunner, "users")`
     * is read with `table` = "users" rather than a parameter name.
     */
    private inline;
    /** A function defined in this file that a callee refers to. */
    localFunction(callee: TS.Expression): TS.FunctionLikeDeclaration | undefined;
    private describeOrigin;
    private unknownCall;
    /** Marks nodes a reader handled itself, so the walk does not read them again. */
    consume(...nodes: (TS.Node | undefined)[]): void;
    span(node: TS.Node, start?: number): SourceSpan;
    text(node: TS.Node): string;
    /** SQL an argument evaluates to: parsed, with every statement at its line in the file. */
    sql(argument: TS.Expression | undefined, options: SqlOptions): void;
    /**
     * The SQL of an argument in every variant the code can build it in (a condition known only at
     * run time choosing between known values): each distinct text is read, its statements marked
     * with the variant, so every variant is checked and a finding they share is reported once.
     * `text` turns a string value into the SQL the tool sends (substituting bindings, say).
     */
    sqlVariants(argument: TS.Expression, options: SqlOptions, text: (value: Extract<StaticValue, {
        kind: "string";
    }>) => MappedText): void;
    /** SQL text already assembled (e.g. with bindings substituted). */
    sqlText(mapped: MappedText, options: SqlOptions): void;
    /**
     * Operations of a builder call, modelled from the SQL the tool generates for it: the same SQL
     * reader makes the same operations, which then point at the call instead of a statement.
     */
    builder(sql: string | string[], options: BuilderOptions): void;
    /**
     * A transaction boundary set by code (`queryRunner.commitTransaction()`), at the call `node`: it
     * is also an operation, so rules about transaction structure see it like a SQL BEGIN/COMMIT.
     */
    boundary(action: TransactionAction, node: TS.Node): void;
    /** Something no rule could look into, at the line of `node`. */
    report(node: TS.Node, reason: string): void;
    /** True when the same thing was already read at the same place (see `sqlText`). */
    private isRepeat;
    /** Evaluates an argument, for readers. */
    value(expression: TS.Expression | undefined): StaticValue | undefined;
}
/** Source text on one line, shortened for a message. */
export declare function compact(text: string, max?: number): string;
