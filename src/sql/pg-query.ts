import type * as PgQuery from "libpg-query";

let api: typeof PgQuery | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads libpg-query (its JS and its WebAssembly) on first use: a run with no SQL to parse, such
 * as a commit that touches no migration, never pays for it.
 */
export function loadPgQuery(): Promise<void> {
  loading ??= import("libpg-query").then(async (module) => {
    await module.loadModule();
    api = module;
  });
  return loading;
}

/** The loaded parser; `loadSqlParser()` must have completed. */
export function pgQuery(): typeof PgQuery {
  if (!api) throw new Error("The SQL parser is not loaded: await loadSqlParser() before parsing.");
  return api;
}
