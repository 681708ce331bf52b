import type * as TS from "typescript";
import type { TypeScriptApi } from "../compiler.js";
import { type Extractor } from "../extractor.js";
import { type StaticValue } from "../static-values.js";
/** Reading builder arguments: option objects, names, lists. */
export declare class Options {
    readonly value: StaticValue | undefined;
    constructor(value: StaticValue | undefined);
    get isObject(): boolean;
    get(key: string): StaticValue | undefined;
    has(key: string): boolean;
    string(key: string): string | undefined;
    number(key: string): number | undefined;
    boolean(key: string): boolean | undefined;
    strings(key: string): string[] | undefined;
    object(key: string): Options;
}
export declare function staticString(v: StaticValue | undefined): string | undefined;
/** A string or a list of strings (`'email'` or `['a', 'b']`). */
export declare function staticStrings(v: StaticValue | undefined): string[] | undefined;
/** Why a value is not static, for a message. */
export declare function whyDynamic(v: StaticValue | undefined, what: string): string;
/** `new Name(arg)` → its first argument, when the class is one of `names`. */
export declare function constructed(ts: TypeScriptApi, node: TS.Node, names: readonly string[]): TS.Expression | undefined;
/**
 * A default the migration computes when it runs (`process.env.X`, a variable): the tools send such
 * a value as a literal, so the column gets a constant default. It stands in the modelled SQL as a
 * literal of the code that computes it, which is also what messages quote.
 */
export declare function runtimeValueDefault(node: TS.Node, x: Extractor): string;
/**
 * A default given as SQL built at run time (`knex.raw(expr)`, `Sequelize.literal(expr)`): nothing
 * can tell whether it is volatile, which is reported; the column is modelled with a default that
 * names the code, never an invented function.
 */
export declare function runtimeSqlDefault(node: TS.Node, x: Extractor, via: string): string;
/**
 * A name known only at run time (a referenced table from a variable), as the stand-in the SQL
 * readers use for one: `${name}` after the code, which no real table can be mistaken for.
 */
export declare function runtimeName(value: StaticValue | undefined): string;
