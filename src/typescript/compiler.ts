import type * as TS from "typescript";

export type TypeScriptApi = typeof TS;

let loading: Promise<TypeScriptApi> | undefined;
let loaded: TypeScriptApi | undefined;

/**
 * Loads the TypeScript compiler API. It is large (≈9 MB of JavaScript, ~150 ms to load), so it is
 * loaded only when a run meets a TS/JS migration. Only `createSourceFile`, module resolution and
 * tsconfig parsing are used: no Program, no type checker.
 */
export function loadTypeScript(): Promise<TypeScriptApi> {
  loading ??= import("typescript").then((module) => {
    // The package is CommonJS: its API is the default export under ESM.
    const api = ((module as unknown as { default?: TypeScriptApi }).default ?? module) as TypeScriptApi;
    loaded = api;
    return api;
  });
  return loading;
}

/** The loaded compiler API; `loadTypeScript()` must have completed. */
export function typescriptApi(): TypeScriptApi {
  if (!loaded) throw new Error("The TypeScript compiler is not loaded: await loadTypeScript() before reading TS/JS migrations.");
  return loaded;
}

/** File extensions of the migrations the TypeScript parser reads. */
export const CODE_EXTENSIONS = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"];

export function isCodeFile(path: string): boolean {
  const lower = path.toLowerCase();
  if (/\.d\.[mc]?ts$/.test(lower)) return false;
  return CODE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
