import { createRequire } from "node:module";
import type * as TS from "typescript";

export type TypeScriptApi = typeof TS;

let loading: Promise<TypeScriptApi> | undefined;
let loaded: TypeScriptApi | undefined;

/**
 * Loads the TypeScript compiler API. It is large (≈9 MB of JavaScript), so it is loaded only when
 * a run meets a TS/JS migration or model. Only `createSourceFile`, module resolution and tsconfig
 * parsing are used: no Program, no type checker.
 */
export function loadTypeScript(): Promise<TypeScriptApi> {
  loading ??= Promise.resolve().then(() => {
    loaded = requireTypeScript();
    return loaded;
  });
  return loading;
}

/**
 * `require`, not `import()`: importing CommonJS from ESM makes Node scan the whole 9 MB file for
 * its export names first, a fifth of the load time. The bundle ships the compiler beside itself as
 * `typescript.cjs`; run from source, it is the installed package.
 */
function requireTypeScript(): TypeScriptApi {
  const require = createRequire(import.meta.url);
  try {
    return require("./typescript.cjs") as TypeScriptApi;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw error;
  }
  return require("typescript") as TypeScriptApi;
}

/** The loaded compiler API; `loadTypeScript()` must have completed. */
export function typescriptApi(): TypeScriptApi {
  if (!loaded) throw new Error("The TypeScript compiler is not loaded: await loadTypeScript() before reading TS/JS migrations.");
  return loaded;
}

