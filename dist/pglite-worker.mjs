// The embedded Postgres (PGlite, PostgreSQL compiled to WASM) runs on this worker thread, not on
// the main one: a statement that never ends (an endless recursive CTE, `pg_sleep(86400)`) blocks
// the thread that runs the WASM, and Postgres's own statement_timeout needs a timer signal that
// the WASM build does not have. The main thread keeps the clock and terminates this thread when a
// statement runs too long. Plain JavaScript, so it runs the same from the sources and from dist/.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

const { pgliteUrl, cacheDir, extensions } = workerData;

/** PGlite's contrib modules ship as `<name>.tar.gz` beside its entry file; each becomes an extension. */
function extensionsFor(names, pgliteDir) {
  const found = {};
  for (const name of names) {
    const bundle = path.join(pgliteDir, `${name}.tar.gz`);
    if (!existsSync(bundle)) continue;
    const bundlePath = new URL(`file://${bundle}`);
    found[name.replace(/[^a-z0-9_]/gi, "_")] = { name, setup: async () => ({ bundlePath }) };
  }
  return found;
}

function pgliteVersion(pgliteDir) {
  for (const dir of [pgliteDir, path.dirname(pgliteDir)]) {
    const manifest = path.join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const version = JSON.parse(readFileSync(manifest, "utf8")).version;
    if (version) return version;
  }
  return "unknown";
}

async function start() {
  const started = performance.now();
  const { PGlite } = await import(pgliteUrl);
  const pgliteDir = path.dirname(fileURLToPath(pgliteUrl));
  const options = { extensions: extensionsFor(extensions, pgliteDir) };
  // initdb takes seconds; a data directory dumped right after it starts several times faster.
  const cacheFile = cacheDir ? path.join(cacheDir, `pglite-${pgliteVersion(pgliteDir)}-datadir.tar.gz`) : undefined;
  if (cacheFile && existsSync(cacheFile)) {
    try {
      const db = await PGlite.create({ ...options, loadDataDir: new Blob([readFileSync(cacheFile)]) });
      return { db, startMs: performance.now() - started, fromCache: true };
    } catch {
      // A damaged or foreign cache file: fall back to a fresh initdb, which rewrites it.
    }
  }
  const db = await PGlite.create(options);
  if (cacheFile) {
    try {
      const dump = await db.dumpDataDir("gzip");
      mkdirSync(cacheDir, { recursive: true });
      const partial = `${cacheFile}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, cacheFile);
    } catch {
      // An unwritable cache only costs the next run the initdb.
    }
  }
  return { db, startMs: performance.now() - started, fromCache: false };
}

function failure(error) {
  const e = error ?? {};
  return {
    message: typeof e.message === "string" ? e.message : String(error),
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(e.position !== undefined ? { position: Number(e.position) } : {}),
    ...(typeof e.detail === "string" ? { detail: e.detail } : {}),
    ...(typeof e.hint === "string" ? { hint: e.hint } : {}),
  };
}

let db;
const ready = start().then(
  (started) => {
    db = started.db;
    parentPort.postMessage({ id: 0, ok: true, startMs: started.startMs, fromCache: started.fromCache });
  },
  (error) => parentPort.postMessage({ id: 0, ok: false, error: failure(error) }),
);

parentPort.on("message", async (message) => {
  await ready;
  const { id, kind, sql } = message;
  try {
    if (kind === "close") {
      await db?.close();
      parentPort.postMessage({ id, ok: true });
      return;
    }
    // Both use the simple query protocol, as migration runners send a statement; `query` returns
    // the rows of the last result (the extended protocol's parse/describe round costs more).
    const results = await db.exec(sql);
    const rows = kind === "query" ? (results[results.length - 1]?.rows ?? []) : [];
    parentPort.postMessage({ id, ok: true, rows });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: failure(error) });
  }
});
