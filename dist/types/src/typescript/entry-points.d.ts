import type * as TS from "typescript";
import type { TypeScriptApi } from "./compiler.js";
import { type StaticEvaluator } from "./static-values.js";
/** An `up` or `down` function of a migration. */
export interface EntryFunction {
    direction: "up" | "down";
    fn: TS.FunctionLikeDeclaration;
    /** The migration class it is a method of (TypeORM, MikroORM). */
    cls?: TS.ClassLikeDeclaration;
}
/** The migration a file defines: its up/down functions, its class, and what else it exports for the tool. */
export interface MigrationShape {
    entries: EntryFunction[];
    classes: TS.ClassLikeDeclaration[];
    /** `down = false` (node-pg-migrate: the migration cannot be reversed). */
    downDisabled: boolean;
    /** Top-level exported values by name (`config`, `shorthands`), for tool options. */
    exports: Map<string, TS.Expression>;
}
/**
 * Finds `up` and `down` in every shape the six tools use: class methods, `export function up`,
 * `export const up = ...`, `exports.up = ...`, `module.exports = { up, down }`,
 * `export { up, down }` and `export default { up, down }`. A function met under more than one of
 * these (declared, then exported) is one entry.
 */
export declare function findMigrationShape(ts: TypeScriptApi, sf: TS.SourceFile, evaluator: StaticEvaluator): MigrationShape;
export declare function heritageMentions(ts: TypeScriptApi, cls: TS.ClassLikeDeclaration, pattern: RegExp): boolean;
/** True when a function does nothing: an empty body, or only `return`, a throw, or a no-op expression. */
export declare function isEmptyFunction(ts: TypeScriptApi, fn: TS.FunctionLikeDeclaration): boolean;
