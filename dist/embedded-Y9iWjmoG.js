import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { S as StatementTimeout } from './verify-l2czjHDg.js';
import 'node:fs';
import './configure-rules-CYF7ZMlJ.js';
import './locks-Fx4bbqIT.js';
import './versions-LHSCgUBv.js';
import './app-schema-DvHJx9OH.js';
import './engine-_lwTqXC0.js';
import 'node:crypto';
import './read-migration-DmXnXnoF.js';
import './conventions-BOeyDc8W.js';
import './compiler-CkYlFMWm.js';
import './operations-RGWoK5XR.js';
import './plan-DoJ7VLMM.js';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './_commonjsHelpers-Bgu_3bK-.js';
import './find-migrations-sOKXtTZz.js';
import './databases-YdsN_1qF.js';
import './git-Dd9ciqyI.js';
import 'node:child_process';
import 'node:util';
import './read-task-BsnErpjg.js';

const WORKER_URL = new URL("./pglite-worker.mjs", import.meta.url);
function pgliteEntry() {
  if (!import.meta.url.endsWith(".ts")) return new URL("./pglite/index.js", import.meta.url);
  const cjs = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  return pathToFileURL(path.join(path.dirname(cjs), "index.js"));
}
function cacheDirectory(env = process.env) {
  const configured = env["MIGRATION_GUARD_CACHE_DIR"];
  if (configured === "off") return void 0;
  if (configured) return configured;
  const base = env["XDG_CACHE_HOME"] || (process.platform === "darwin" ? path.join(homedir(), "Library", "Caches") : path.join(homedir(), ".cache"));
  return path.join(base, "migration-guard");
}
async function startEmbedded(options) {
  const worker = new Worker(WORKER_URL, {
    workerData: { pgliteUrl: pgliteEntry().href, cacheDir: cacheDirectory(), extensions: [...options.extensions] }
  });
  const pending = /* @__PURE__ */ new Map();
  let exited;
  worker.on("message", (reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const fail = (error) => {
    exited = error;
    for (const resolve of pending.values()) resolve({ id: -1, ok: false, error: { message: error.message } });
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the embedded Postgres stopped (exit code ${code})`)));
  let nextId = 1;
  const call = (kind, sql, timeoutMs) => {
    if (exited) return Promise.resolve({ id: -1, ok: false, error: { message: exited.message } });
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs ? setTimeout(() => {
        pending.delete(id);
        void worker.terminate();
        reject(new StatementTimeout(timeoutMs));
      }, timeoutMs) : void 0;
      pending.set(id, (reply) => {
        if (timer) clearTimeout(timer);
        resolve(reply);
      });
      worker.postMessage({ id, kind, sql });
    });
  };
  const startReply = await new Promise((resolve) => pending.set(0, resolve));
  if (!startReply.ok) {
    await worker.terminate();
    throw new UsageError(`the embedded Postgres (PGlite) did not start: ${startReply.error.message}`);
  }
  const version = await call("query", "select version() as v");
  const description = version.ok ? String(version.rows?.[0]?.v ?? "PGlite").replace(/ on wasm32.*$/, "") : "PGlite";
  return {
    engine: "embedded",
    description,
    startMs: startReply.startMs ?? 0,
    fromCache: startReply.fromCache ?? false,
    async exec(sql) {
      const reply = await call("exec", sql, options.statementTimeoutMs);
      return reply.ok ? { ok: true } : { ok: false, error: reply.error };
    },
    async query(sql) {
      const reply = await call("query", sql, options.statementTimeoutMs);
      if (!reply.ok) throw new Error(`observation query failed: ${reply.error.message}`);
      return reply.rows ?? [];
    },
    async close() {
      if (!exited) await call("close", "", 1e4).catch(() => void 0);
      await worker.terminate();
    }
  };
}

export { cacheDirectory, startEmbedded };
