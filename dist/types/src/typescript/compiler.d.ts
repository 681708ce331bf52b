import type * as TS from "typescript";
export type TypeScriptApi = typeof TS;
/**
 * Loads the TypeScript compiler API. It is large (≈9 MB of JavaScript), so it is loaded only when
 * a run meets a TS/JS migration or model. Only `createSourceFile`, module resolution and tsconfig
 * parsing are used: no Program, no type checker.
 */
export declare function loadTypeScript(): Promise<TypeScriptApi>;
/** The loaded compiler API; `loadTypeScript()` must have completed. */
export declare function typescriptApi(): TypeScriptApi;
