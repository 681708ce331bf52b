import type { ImportResolver } from "./app-dependencies.js";
import type { TypeScriptApi } from "./compiler.js";
import { type ImportedConstants, type StaticValue } from "./static-values.js";
/**
 * Constants that helper modules of the migrations folder export (`export const LOCK_TIMEOUT =
 * "SET lock_timeout = '5s'"`, `exports.batchSize = 1000`), read without running anything: each
 * helper is parsed once, its exports evaluated like the migration's own constants. Modules of the
 * repository's workspace packages (a monorepo's shared `@acme/db` constants) are read the same way.
 * Other modules outside the migrations folder are application code and are not read
 * (no-app-code-in-migration reports them).
 */
export declare function helperConstants(ts: TypeScriptApi, resolver: ImportResolver, fromPath: string, hops?: number): ImportedConstants | undefined;
export type { StaticValue };
