import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { UsageError } from "../errors.js";
import { StatementTimeout, type DatabaseError, type ExecOutcome, type ScratchDatabase } from "./database.js";

/** The worker hosting PGlite: beside this module in the sources, beside the bundle's chunks in dist/. */
const WORKER_URL = new URL("./pglite-worker.mjs", import.meta.url);

/**
 * PGlite's ESM entry. The bundle ships it, with its WASM, data and contrib files, in dist/pglite/
 * (it finds them relative to itself, so it is not rewritten into the bundle); from the sources it
 * is the installed package.
 */
function pgliteEntry(): URL {
  if (!import.meta.url.endsWith(".ts")) return new URL("./pglite/index.js", import.meta.url);
  const cjs = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  return pathToFileURL(path.join(path.dirname(cjs), "index.js"));
}

/**
 * Where the pre-initialized data directory is kept between runs: `MIGRATION_GUARD_CACHE_DIR`, else
 * the user's cache folder. `MIGRATION_GUARD_CACHE_DIR=off` turns it off (every start runs initdb).
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env["MIGRATION_GUARD_CACHE_DIR"];
  if (configured === "off") return undefined;
  if (configured) return configured;
  const base = env["XDG_CACHE_HOME"] || (process.platform === "darwin" ? path.join(homedir(), "Library", "Caches") : path.join(homedir(), ".cache"));
  return path.join(base, "migration-guard");
}

type Reply = { id: number; ok: true; rows?: unknown[]; startMs?: number; fromCache?: boolean } | { id: number; ok: false; error: DatabaseError };

export interface EmbeddedOptions {
  /** Contrib extensions the migrations create: their modules are loaded into the engine. */
  extensions: readonly string[];
  statementTimeoutMs: number;
}

/** The embedded engine: PGlite on a worker thread, one fresh in-memory cluster per call. */
export async function startEmbedded(options: EmbeddedOptions): Promise<ScratchDatabase & { startMs: number; fromCache: boolean }> {
  const worker = new Worker(WORKER_URL, {
    workerData: { pgliteUrl: pgliteEntry().href, cacheDir: cacheDirectory(), extensions: [...options.extensions] },
  });
  const pending = new Map<number, (reply: Reply) => void>();
  let exited: Error | undefined;
  worker.on("message", (reply: Reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const fail = (error: Error) => {
    exited = error;
    for (const resolve of pending.values()) resolve({ id: -1, ok: false, error: { message: error.message } });
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the embedded Postgres stopped (exit code ${code})`)));

  let nextId = 1;
  const call = (kind: string, sql: string, timeoutMs?: number): Promise<Reply> => {
    if (exited) return Promise.resolve({ id: -1, ok: false, error: { message: exited.message } });
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      const timer = timeoutMs
        ? setTimeout(() => {
            pending.delete(id);
            // The WASM is stuck in the statement: only ending the thread stops it.
            void worker.terminate();
            reject(new StatementTimeout(timeoutMs));
          }, timeoutMs)
        : undefined;
      pending.set(id, (reply) => {
        if (timer) clearTimeout(timer);
        resolve(reply);
      });
      worker.postMessage({ id, kind, sql });
    });
  };

  const startReply = await new Promise<Reply>((resolve) => pending.set(0, resolve));
  if (!startReply.ok) {
    await worker.terminate();
    throw new UsageError(`the embedded Postgres (PGlite) did not start: ${startReply.error.message}`);
  }
  const version = await call("query", "select version() as v");
  const description = version.ok ? String((version.rows?.[0] as { v?: string } | undefined)?.v ?? "PGlite").replace(/ on wasm32.*$/, "") : "PGlite";
  return {
    engine: "embedded",
    description,
    startMs: startReply.startMs ?? 0,
    fromCache: startReply.fromCache ?? false,
    async exec(sql: string): Promise<ExecOutcome> {
      const reply = await call("exec", sql, options.statementTimeoutMs);
      return reply.ok ? { ok: true } : { ok: false, error: reply.error };
    },
    async query<Row>(sql: string): Promise<Row[]> {
      const reply = await call("query", sql, options.statementTimeoutMs);
      if (!reply.ok) throw new Error(`observation query failed: ${reply.error.message}`);
      return (reply.rows ?? []) as Row[];
    },
    async close(): Promise<void> {
      if (!exited) await call("close", "", 10_000).catch(() => undefined);
      await worker.terminate();
    },
  };
}
