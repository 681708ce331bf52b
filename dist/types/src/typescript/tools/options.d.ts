import type * as TS from "typescript";
import type { TypeScriptApi } from "../compiler.js";
import type { StaticValue } from "../static-values.js";
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
