import type * as TS from "typescript";
import type { TypeScriptApi } from "./compiler.js";
/** One step of a call chain: `.name` or `.name(args)`; the root call `f(args)` has the name `""`. */
export interface ChainLink {
    name: string;
    /** Present when the step is called. */
    call?: TS.CallExpression;
    args: readonly TS.Expression[];
    /** The property access or call node that ends at this step. */
    node: TS.Expression;
    /** Where the step starts in the file: its property name (or the root for the root call). */
    start: number;
}
/**
 * A chain of property accesses and calls read from its root outwards:
 * `knex.schema.alterTable('t', cb).then(f)` has the root `knex` and the steps
 * `schema`, `alterTable(...)`, `then(...)`.
 */
export interface Chain {
    root: TS.Expression;
    links: ChainLink[];
    /** The outermost node: the whole chain. */
    outer: TS.Expression;
}
export declare function flattenChain(ts: TypeScriptApi, sf: TS.SourceFile, expression: TS.Expression): Chain;
/** The step names, e.g. `["schema", "alterTable", "then"]`. */
export declare function linkNames(chain: Chain): string[];
/** The root as a plain name: an identifier's text, `this`, or undefined. */
export declare function rootName(ts: TypeScriptApi, chain: Chain): string | undefined;
