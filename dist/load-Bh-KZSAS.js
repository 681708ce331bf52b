import { D as DEFAULT_READ_LIMITS, R as ReadGuard, r as readRegularFile, U as UsageError, i as irregularEntries } from './safe-read-BvL72yt9.js';
import { readFileSync, mkdirSync, writeFileSync, renameSync, statSync, existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { a as allRules, c as configureRules, b as builtInRules } from './load-config-B2tChfkf.js';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { a as attachLazyAst, l as loadSqlParser } from './read-migration-wVCAXiLI.js';
import { V as VERSION } from './version-1orC8wbS.js';
import { a as runRulesAsync, c as compareFindings, S as SEVERITY_RANK } from './engine-BkA00MAE.js';
import { l as loadTypeScript, i as internalErrorStack, r as recordStack, a as internalErrorFinding, R as REPORT_REQUEST } from './compiler-CkYlFMWm.js';
import 'node:child_process';
import { a as filesAt, b as contentAt, d as findRepository, s as stagedContent, m as mergeBase, c as changedSince, e as stagedFiles, G as GitError } from './git-WcSoBSPf.js';
import { g as glob, p as picomatch } from './index-B-QiK_jm.js';
import { a as isMigrationFileName, I as IGNORED_DIRECTORIES, b as isConventionalMigration, s as setMembership, d as detectSetTool } from './conventions-yLvRDcC5.js';
import { t as toPosix, g as groupIntoSets, f as findMigrationSets } from './find-migrations-B6dmTIcK.js';
import { c as compareVersions, v as versionOf } from './versions-BtAAZ9m4.js';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { r as runReadTask, n as needsTypeScript } from './read-task-B0Y-dvo_.js';
import { D as DialectDetector, w as workingTreeFiles, l as loadAppSchema, f as filesAtCommit, c as countFindings, p as plural, s as skippedSummary } from './summary-Ca7MFbdV.js';
import { D as DATABASE_NAMES, f as folderDatabase } from './databases-CM-YYWWK.js';
import { readFile } from 'node:fs/promises';
import { c as checkDatabaseUrl, a as collectStats, p as parseStatsSnapshot } from './collect-BqMdedt8.js';

function withReadLimits(config, maxFileBytes, maxRunBytes) {
  if (maxFileBytes === void 0 && maxRunBytes === void 0) return config.readLimits ? { readLimits: config.readLimits } : {};
  const current = config.readLimits ?? DEFAULT_READ_LIMITS;
  return { readLimits: { maxFileBytes: maxFileBytes ?? current.maxFileBytes, maxRunBytes: maxRunBytes ?? current.maxRunBytes } };
}

const REPOSITORY_URL = "https://github.com/migration-guard/migration-guard";
function ruleDocsUrl(ruleId, repositoryUrl = REPOSITORY_URL, ref = "main") {
  return `${repositoryUrl}/blob/${ref}/docs/rules/${ruleId}.md`;
}

const DEFAULT_CACHE_FILE = ".migration-guardcache";
function cacheFileFor(cwd, location) {
  if (location === void 0) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_FILE);
  try {
    if (statSync(resolved).isDirectory()) return path.join(resolved, DEFAULT_CACHE_FILE);
  } catch {
  }
  return resolved;
}
class ReadCache {
  constructor(file, salt, loaded) {
    this.file = file;
    this.salt = salt;
    this.entries = loaded?.salt === salt ? loaded.entries : /* @__PURE__ */ new Map();
    if (loaded && loaded.salt !== salt) this.changed = true;
  }
  file;
  salt;
  entries;
  changed = false;
  hits = 0;
  misses = 0;
  static open(file, config) {
    const salt = cacheSalt(config);
    let loaded;
    try {
      const value = deserialize(readFileSync(file));
      if (isCacheFile(value)) loaded = value;
    } catch {
    }
    return new ReadCache(file, salt, loaded);
  }
  /** The migration read earlier from this exact content, or undefined. */
  get(task, text) {
    const entry = this.entries.get(task.path);
    if (!entry || entry.hash !== entryHash(task, text)) {
      this.misses++;
      return void 0;
    }
    this.hits++;
    const migration = deserialize(entry.data);
    for (const statement of migration.statements) if (statement.nodeType) attachLazyAst(statement);
    return migration;
  }
  set(task, text, migration) {
    this.entries.set(task.path, { hash: entryHash(task, text), data: serialize(migration) });
    this.changed = true;
  }
  /** Writes the cache when something changed; a failure to write only costs the next run its speed. */
  save() {
    if (!this.changed) return void 0;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ salt: this.salt, entries: this.entries }));
      renameSync(temporary, this.file);
      this.changed = false;
      return void 0;
    } catch (error) {
      return `could not write the cache file ${this.file}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
function entryHash(task, text) {
  return createHash("sha1").update(JSON.stringify([task.path, task.version, task.setId, task.setTool, task.hasDown ?? null])).update("\0").update(text).digest("base64");
}
function cacheSalt(config) {
  let build = "";
  try {
    const self = statSync(fileURLToPath(import.meta.url));
    build = `${self.size}:${self.mtimeMs}`;
  } catch {
  }
  const { plugins: _plugins, ...rest } = config;
  return createHash("sha1").update(JSON.stringify([VERSION, build, rest])).digest("base64");
}
function isCacheFile(value) {
  return typeof value === "object" && value !== null && typeof value.salt === "string" && value.entries instanceof Map;
}

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);
async function findConfiguredSets(cwd, layout) {
  const claimed = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  for (const entry of layout.sets) {
    const files = [];
    for (const pattern of entry.files) {
      const folder = isFolder(layout.rootDir, pattern);
      const found = await glob(folder ? `${pattern.replace(/\/+$/, "")}/**/*.{sql,ts,mts,cts,js,mjs,cjs}` : pattern, {
        cwd: layout.rootDir,
        ignore: IGNORE_GLOBS,
        dot: false,
        followSymbolicLinks: false
      });
      for (const f of folder ? found.filter(isMigrationFileName) : found) {
        const file = toPosix(path.relative(cwd, path.resolve(layout.rootDir, f)));
        if (!claimed.has(file) && !files.includes(file)) files.push(file);
      }
    }
    for (const f of files) claimed.add(f);
    for (const set of groupIntoSets(cwd, files)) {
      const existing = byDir.get(set.dir);
      if (existing) {
        existing.files.push(...set.files);
        continue;
      }
      byDir.set(set.dir, {
        ...set,
        ...entry.tool ? { tool: entry.tool } : {},
        ...entry.startAfter !== void 0 ? { startAfter: entry.startAfter } : {},
        ...entry.dialect ? { dialect: entry.dialect } : {}
      });
    }
  }
  const sets = [...byDir.values()];
  for (const set of sets) set.files.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
function isFolder(rootDir, pattern) {
  if (picomatch.scan(pattern).isGlob) return false;
  try {
    return statSync(path.resolve(rootDir, pattern)).isDirectory();
  } catch {
    return false;
  }
}

function firstChangedLine(before, after) {
  if (before === after) return void 0;
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i + 1;
  if (a.length === b.length) return 1;
  return Math.min(n + 1, b.length);
}

function describe(file) {
  const { setDir, versionName } = setMembership(file);
  return { setDir, version: versionOf(versionName) };
}
async function historySince(cwd, baseCommit, changed, isMigration = isConventionalMigration) {
  const base = /* @__PURE__ */ new Map();
  for (const file of await filesAt(cwd, baseCommit)) {
    if (file.startsWith("../") || !isMigration(file)) continue;
    const { setDir, version } = describe(file);
    const list = base.get(setDir);
    if (list) list.push({ path: file, version });
    else base.set(setDir, [{ path: file, version }]);
  }
  for (const list of base.values()) list.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
  const changes = /* @__PURE__ */ new Map();
  const add = (change) => {
    const { setDir } = describe(change.path);
    const list = changes.get(setDir);
    if (list) list.push(change);
    else changes.set(setDir, [change]);
  };
  for (const file of changed) {
    const now = isMigration(file.path);
    const before = file.previousPath !== void 0 && isMigration(file.previousPath);
    if (file.status === "renamed" && before && now) {
      add({ path: file.path, status: "renamed", previousPath: file.previousPath, version: describe(file.path).version });
    } else if (file.status === "renamed" && before) {
      add({ path: file.previousPath, status: "deleted", version: describe(file.previousPath).version });
    } else if (now && file.status === "modified") {
      const line = await changedLine(cwd, baseCommit, file.path);
      add({ path: file.path, status: "modified", version: describe(file.path).version, ...line !== void 0 ? { firstChangedLine: line } : {} });
    } else if (now) {
      add({ path: file.path, status: file.status === "deleted" ? "deleted" : "added", version: describe(file.path).version });
    }
  }
  const histories = /* @__PURE__ */ new Map();
  for (const setDir of /* @__PURE__ */ new Set([...base.keys(), ...changes.keys()])) {
    histories.set(setDir, { base: base.get(setDir) ?? [], changes: changes.get(setDir) ?? [] });
  }
  return histories;
}
async function changedLine(cwd, baseCommit, file) {
  const before = await contentAt(cwd, baseCommit, file);
  const absolute = path.resolve(cwd, file);
  const check = new ReadGuard([findRepository(cwd)?.root ?? cwd]).check(absolute);
  if (!check.ok) return void 0;
  let after;
  try {
    after = readRegularFile(absolute);
  } catch {
    return void 0;
  }
  return before === void 0 ? void 0 : firstChangedLine(before, after);
}

async function planLint(request) {
  const isIgnored = ignoreMatcher(request);
  const configured = request.layout ? await findConfiguredSets(request.cwd, request.layout) : void 0;
  let plan;
  if (request.changedFiles) plan = await planChangeSet(request, request.changedFiles, request.baseCommit, isIgnored, configured);
  else if (request.staged || request.base) plan = await planFromGit(request, isIgnored, configured);
  else if (request.paths.length === 0) plan = { sets: everyFileAlone(configured ?? await findMigrationSets(request.cwd, request.cwd), isIgnored) };
  else plan = { sets: await planPaths(request, isIgnored, configured) };
  for (const set of plan.sets) skipStartedBefore(set, set.startAfter ?? request.startAfter);
  return plan;
}
function ignoreMatcher(request) {
  if (!request.ignore?.length) return () => false;
  const matches = picomatch(request.ignore, { dot: true });
  const rootDir = request.rootDir ?? request.cwd;
  return (file) => matches(toPosix(path.relative(rootDir, path.resolve(request.cwd, file))));
}
function skipStartedBefore(set, startAfter) {
  if (startAfter === void 0) return;
  for (const file of set.files) {
    if (file.checked && compareVersions(file.version, startAfter) <= 0) file.checked = false;
  }
}
async function planPaths(request, isIgnored, configured) {
  const { cwd } = request;
  const configuredFiles = configured?.flatMap((s) => s.files.map((f) => f.path)) ?? [];
  const sets = [];
  const namedFiles = [];
  const configuredInDirs = /* @__PURE__ */ new Set();
  const configuredNamed = /* @__PURE__ */ new Set();
  for (const given of request.paths) {
    const absolute = path.resolve(cwd, given);
    const kind = statKind(absolute, given);
    const relative = toPosix(path.relative(cwd, absolute));
    if (kind === "directory") {
      const inside = configuredFiles.filter((f) => isWithin(f, relative));
      if (inside.length > 0) inside.forEach((f) => configuredInDirs.add(f));
      else sets.push(...everyFileAlone(await findMigrationSets(cwd, absolute, { explicit: true }), isIgnored));
    } else if (configuredFiles.includes(relative)) {
      configuredNamed.add(relative);
    } else {
      namedFiles.push(relative);
    }
  }
  if (configured && configuredInDirs.size > 0) sets.push(...selectFrom(configured, configuredInDirs, false, isIgnored));
  if (configured && configuredNamed.size > 0) sets.push(...selectFrom(configured, configuredNamed, true, isIgnored));
  if (namedFiles.length > 0) sets.push(...await setsAround(cwd, namedFiles, isIgnored));
  return mergeSets(sets);
}
function isWithin(file, dir) {
  return dir === "" || dir === "." || file === dir || file.startsWith(`${dir}/`);
}
function selectFrom(configured, checked, together, isIgnored, contents) {
  return configured.filter((set) => set.files.some((f) => checked.has(f.path))).map((set) => ({
    ...set,
    together,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: checked.has(f.path) && !isIgnored(f.path), ...content !== void 0 ? { content } : {} };
    })
  }));
}
function statKind(absolute, given) {
  try {
    return statSync(absolute).isDirectory() ? "directory" : "file";
  } catch {
    if (lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) return "file";
    throw new UsageError(`No such file or directory: ${given}`);
  }
}
function everyFileAlone(sets, isIgnored) {
  return sets.map((set) => ({
    ...set,
    together: false,
    files: set.files.map((f) => ({ ...f, checked: !isIgnored(f.path) }))
  }));
}
async function setsAround(cwd, files, isIgnored, contents) {
  const setDirs = new Set(files.map((f) => setMembership(f).setDir));
  const sets = [];
  for (const dir of setDirs) {
    const found = (await findMigrationSets(cwd, dir, { explicit: true })).filter((s) => s.dir === dir);
    const known = new Set(found.flatMap((s) => s.files.map((f) => f.path)));
    const missing = files.filter((f) => setMembership(f).setDir === dir && !known.has(f));
    sets.push(...missing.length > 0 ? mergeRefs(found, groupIntoSets(cwd, missing)) : found);
  }
  const named = new Set(files);
  return sets.map((set) => ({
    ...set,
    together: true,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: named.has(f.path) && !isIgnored(f.path), ...content !== void 0 ? { content } : {} };
    })
  }));
}
async function planFromGit(request, isIgnored, configured) {
  const { cwd } = request;
  const baseCommit = request.base ? await mergeBase(cwd, request.base) : void 0;
  const changed = baseCommit ? await changedSince(cwd, baseCommit) : await stagedFiles(cwd);
  return planChangeSet(request, changed, baseCommit, isIgnored, configured);
}
async function planChangeSet(request, changed, baseCommit, isIgnored, configured) {
  const { cwd } = request;
  const restrictTo = request.paths.map((p) => toPosix(path.relative(cwd, path.resolve(cwd, p))));
  const within = (file) => restrictTo.length === 0 || restrictTo.some((r) => isWithin(file, r));
  const configuredFiles = configured ? new Set(configured.flatMap((s) => s.files.map((f) => f.path))) : void 0;
  const isMigration = (file) => configuredFiles ? configuredFiles.has(file) : isConventionalMigration(file);
  const migrations = changed.filter((f) => f.status !== "deleted" && isMigration(f.path) && within(f.path)).map((f) => f.path);
  const contents = /* @__PURE__ */ new Map();
  if (request.staged) {
    for (const file of migrations) contents.set(file, await stagedContent(cwd, file));
  }
  const sets = configured ? selectFrom(configured, new Set(migrations), true, isIgnored, contents) : await setsAround(cwd, migrations, isIgnored, contents);
  if (baseCommit) await attachHistory(cwd, baseCommit, changed, sets, (f) => within(f) && !isIgnored(f), configured);
  return { sets, changedFiles: changed, ...baseCommit ? { baseCommit } : {} };
}
async function attachHistory(cwd, baseCommit, changed, sets, relevant, configured) {
  let histories;
  try {
    histories = await historySince(cwd, baseCommit, changed);
  } catch (error) {
    if (error instanceof GitError) return;
    throw error;
  }
  for (const [dir, history] of histories) {
    const changes = history.changes.filter((c) => relevant(c.path));
    let set = sets.find((s) => s.dir === dir);
    if (!set) {
      if (changes.length === 0) continue;
      const absolute = path.resolve(cwd, dir);
      const found = configured?.find((s) => s.dir === dir) ?? (existsSync(absolute) ? (await findMigrationSets(cwd, dir, { explicit: true })).find((s) => s.dir === dir) : void 0);
      set = {
        dir,
        tool: found?.tool ?? detectSetTool(dir, [], existsSync(path.join(absolute, "meta", "_journal.json")), existsSync(path.join(absolute, "migration_lock.toml"))),
        files: (found?.files ?? []).map((f) => ({ ...f, checked: false })),
        together: true
      };
      sets.push(set);
    }
    set.history = { base: history.base, changes };
  }
  sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
function mergeRefs(a, b) {
  const byDir = /* @__PURE__ */ new Map();
  for (const set of [...a, ...b]) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, { set: { ...set, files: [...set.files] }, paths: new Set(set.files.map((f) => f.path)) });
      continue;
    }
    const added = set.files.filter((f) => !existing.paths.has(f.path));
    existing.set.files.push(...added);
    for (const f of added) existing.paths.add(f.path);
  }
  const merged = [...byDir.values()].map((entry) => entry.set);
  for (const set of merged) set.files.sort((x, y) => compareVersions(x.version, y.version) || x.path.localeCompare(y.path));
  return merged;
}
function mergeSets(sets) {
  const byDir = /* @__PURE__ */ new Map();
  const filesOf = /* @__PURE__ */ new Map();
  for (const set of sets) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, set);
      continue;
    }
    let byPath = filesOf.get(set.dir);
    if (!byPath) {
      byPath = /* @__PURE__ */ new Map();
      for (const f of existing.files) if (!byPath.has(f.path)) byPath.set(f.path, f);
      filesOf.set(set.dir, byPath);
    }
    for (const file of set.files) {
      const same = byPath.get(file.path);
      if (same) same.checked ||= file.checked;
      else {
        existing.files.push(file);
        byPath.set(file.path, file);
      }
    }
  }
  return [...byDir.values()];
}

const PARALLEL_THRESHOLD = 400;
const BYTES_PER_THREAD = 1e6;
const WORKER_URL = import.meta.url.endsWith(".js") ? new URL("./read-worker.js", import.meta.url) : void 0;
function parserThreads({ files, bytes, cores, configured }) {
  if (files < PARALLEL_THRESHOLD) return 1;
  const explicit = Number.parseInt(configured ?? "", 10);
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  if (cores < 4) return 1;
  return Math.max(1, Math.min(cores, 4, Math.floor(bytes / BYTES_PER_THREAD)));
}
function threadsFor(tasks, cwd) {
  if (WORKER_URL === void 0 || tasks.length < PARALLEL_THRESHOLD) return 1;
  const configured = process.env["MIGRATION_GUARD_THREADS"];
  const cores = availableParallelism();
  if (configured === void 0 && cores < 4) return 1;
  let bytes = 0;
  for (const task of tasks) {
    try {
      bytes += task.content?.length ?? statSync(path.resolve(cwd, task.path)).size;
    } catch {
    }
  }
  return parserThreads({ files: tasks.length, bytes, cores, configured });
}
const CHUNK = 32;
const IN_FLIGHT = 2;
class ReadPool {
  constructor(workers) {
    this.workers = workers;
  }
  workers;
  /** Starts `threads - 1` workers (this thread parses too); none when the worker script is absent. */
  static start(threads) {
    if (WORKER_URL === void 0 || threads < 2) return void 0;
    const workers = Array.from({ length: threads - 1 }, () => {
      const channel = new MessageChannel();
      const worker = new Worker(WORKER_URL, { workerData: { replies: channel.port2 }, transferList: [channel.port2] });
      worker.unref();
      return { worker, replies: channel.port1 };
    });
    return new ReadPool(workers);
  }
  async close() {
    await Promise.all(this.workers.map(({ worker, replies }) => (replies.close(), worker.terminate())));
  }
  /**
   * Reads and parses the tasks and yields the outcomes in task order as soon as they are ready, so
   * the rules (on this thread) run while the rest is still being parsed. The workers take chunks
   * from the front; whenever this thread would otherwise wait for the chunk it needs next, it
   * parses an unclaimed chunk from the back itself.
   */
  async *read(tasks, cwd, config) {
    const chunks = [];
    for (let i = 0; i < tasks.length; i += CHUNK) chunks.push(tasks.slice(i, i + CHUNK));
    const portable = { ...config, plugins: {} };
    const results = chunks.map(() => void 0);
    let front = 0;
    let back = chunks.length - 1;
    const dispatch = (worker) => {
      if (front > back) return;
      const chunk = front++;
      worker.postMessage({ chunk, tasks: chunks[chunk], cwd, config: portable });
    };
    const accept = (reply, worker) => {
      if (!reply.outcomes) {
        const [message, ...stack] = (reply.failure ?? "").split("\n");
        throw Object.assign(new Error(`a parser thread failed: ${message}`), stack.length > 0 ? { stack: reply.failure } : {});
      }
      for (const outcome of reply.outcomes) {
        if ("migration" in outcome) {
          for (const s of outcome.migration.statements) if (s.nodeType) attachLazyAst(s);
        }
      }
      results[reply.chunk] = reply.outcomes;
      dispatch(worker);
    };
    const drain = () => {
      for (const { worker, replies } of this.workers) {
        for (let m = receiveMessageOnPort(replies); m; m = receiveMessageOnPort(replies)) accept(m.message, worker);
      }
    };
    const errors = this.workers.map(({ worker }) => new Promise((_, reject) => worker.once("error", reject)));
    for (const e of errors) e.catch(() => {
    });
    for (const { worker } of this.workers) for (let i = 0; i < IN_FLIGHT; i++) dispatch(worker);
    const parseHere = (chunk) => {
      results[chunk] = chunks[chunk].map((t) => runReadTask(t, cwd, config));
    };
    for (let c = 0; c < chunks.length; c++) {
      drain();
      while (results[c] === void 0) {
        if (c >= front) {
          front = c + 1;
          parseHere(c);
        } else if (back >= front) {
          parseHere(back--);
        } else {
          await Promise.race([new Promise((resolve) => setTimeout(resolve, 1)), ...errors]);
        }
        drain();
      }
      yield* results[c];
      results[c] = [];
    }
  }
}

const NAMES = { mysql: "MySQL", sqlite: "SQLite", sqlserver: "SQL Server" };
const MARKS = [
  { pattern: /`[^`\n]*`/, mark: "backtick-quoted names", dialect: "mysql-or-sqlite" },
  { pattern: /\bAUTO_INCREMENT\b/i, mark: "AUTO_INCREMENT", dialect: "mysql" },
  { pattern: /\bENGINE\s*=/i, mark: "ENGINE=", dialect: "mysql" },
  { pattern: /\b(?:DEFAULT\s+)?(?:CHARSET|CHARACTER\s+SET)\s*=?\s*utf8/i, mark: "CHARSET", dialect: "mysql" },
  { pattern: /\bUNSIGNED\b/i, mark: "UNSIGNED", dialect: "mysql" },
  { pattern: /\bON\s+UPDATE\s+CURRENT_TIMESTAMP\b/i, mark: "ON UPDATE CURRENT_TIMESTAMP", dialect: "mysql" },
  { pattern: /\bMODIFY\s+(?:COLUMN\s+)?[`"\w]/i, mark: "MODIFY COLUMN", dialect: "mysql" },
  { pattern: /\bALTER\s+TABLE\b[\s\S]*\b(?:ADD|DROP)\s+(?:UNIQUE\s+)?(?:KEY|INDEX)\b/i, mark: "ADD/DROP INDEX inside ALTER TABLE", dialect: "mysql" },
  { pattern: /\bAUTOINCREMENT\b/i, mark: "AUTOINCREMENT", dialect: "sqlite" },
  { pattern: /^\s*PRAGMA\b/i, mark: "PRAGMA", dialect: "sqlite" },
  { pattern: /\bWITHOUT\s+ROWID\b/i, mark: "WITHOUT ROWID", dialect: "sqlite" },
  { pattern: /\bINSERT\s+OR\s+(?:REPLACE|IGNORE)\b/i, mark: "INSERT OR REPLACE", dialect: "sqlite" },
  { pattern: /\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)/i, mark: "IDENTITY(1,1)", dialect: "sqlserver" },
  { pattern: /\[\w+\]\s*\.\s*\[\w+\]|\[dbo\]/i, mark: "[bracketed] names", dialect: "sqlserver" },
  { pattern: /\bN?VARCHAR\s*\(\s*MAX\s*\)/i, mark: "NVARCHAR(MAX)", dialect: "sqlserver" }
];
function foreignMarks(statement) {
  return MARKS.filter((m) => m.pattern.test(statement));
}
class ForeignSyntax {
  marksAt = /* @__PURE__ */ new Map();
  record(migration) {
    for (const statement of migration.statements) {
      if (!statement.error) continue;
      const marks = foreignMarks(statement.sql);
      if (marks.length > 0) this.marksAt.set(positionKey(migration.path, statement.error.span), marks);
    }
  }
  collapse(findings, plan) {
    if (this.marksAt.size === 0) return findings;
    const setOf = /* @__PURE__ */ new Map();
    for (const set of plan.sets) for (const file of set.files) setOf.set(file.path, set.dir);
    const bySet = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      if (finding.ruleId !== "parse-error") continue;
      const marks = this.marksAt.get(positionKey(finding.file, finding));
      const set = setOf.get(finding.file);
      if (!marks || set === void 0) continue;
      const list = bySet.get(set) ?? [];
      list.push({ finding, marks });
      bySet.set(set, list);
    }
    if (bySet.size === 0) return findings;
    const replaced = /* @__PURE__ */ new Map();
    for (const [set, list] of bySet) {
      replaced.set(list[0].finding, summaryFinding(set, list));
      for (const { finding } of list.slice(1)) replaced.set(finding, void 0);
    }
    return findings.flatMap((f) => {
      if (!replaced.has(f)) return [f];
      const summary = replaced.get(f);
      return summary ? [summary] : [];
    });
  }
}
function positionKey(file, at) {
  return `${file}\0${at.line}:${at.column}:${at.endLine}:${at.endColumn}`;
}
function summaryFinding(set, list) {
  const first = list[0].finding;
  const counts = /* @__PURE__ */ new Map();
  const votes = { mysql: 0, sqlite: 0, sqlserver: 0 };
  for (const { marks: marks2 } of list) {
    for (const m of marks2) {
      counts.set(m.mark, (counts.get(m.mark) ?? 0) + 1);
      if (m.dialect !== "mysql-or-sqlite") votes[m.dialect]++;
    }
  }
  const ranked = Object.keys(votes).filter((d) => votes[d] > 0).sort((a, b) => votes[b] - votes[a]);
  const dialects = ranked.length > 0 ? [ranked[0]] : ["mysql", "sqlite"];
  const name = dialects.map((d) => NAMES[d]).join(" or ");
  const marks = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([mark]) => mark);
  const files = new Set(list.map((l) => l.finding.file)).size;
  const n = list.length;
  const statements = n === 1 ? "1 statement" : `${n} statements`;
  const inFiles = files === 1 ? "" : ` in ${files} files`;
  const where = set === "." ? "this folder" : set;
  const config = dialects.map((d) => `\`dialect: "${d}"\``).join(" or ");
  const others = n === 1 ? "" : "; this is the first, the others are not listed one by one";
  return {
    ...first,
    message: `These migrations look written for ${name}, not PostgreSQL: ${statements}${inFiles} of ${where} ${n === 1 ? "fails" : "fail"} to parse as PostgreSQL, in ${name} syntax (${marks.join(", ")})${others}. migration-guard checks PostgreSQL migrations. If the migrations of ${where} run on ${name}, set ${config} for that set in the config and it is skipped; if they run on PostgreSQL, ${n === 1 ? "this statement fails" : "each of these statements fails"} when its migration runs.`,
    fingerprint: `foreign-syntax:${set}`
  };
}

async function skipOtherDatabases(cwd, plan, configDialect) {
  if (plan.sets.length === 0) return { plan, notices: [] };
  const detector = new DialectDetector(cwd, configDialect);
  const kept = [];
  const notices = [];
  for (const set of plan.sets) {
    const verdict = await detector.detect(set);
    if (verdict.database !== "postgresql") {
      notices.push(skippedNotice(set, verdict));
      continue;
    }
    const { postgres, notice } = withoutOtherDatabasesFiles(set);
    if (notice) notices.push(notice);
    if (postgres.files.length > 0) kept.push(postgres);
  }
  return { plan: { ...plan, sets: kept }, notices };
}
function fileDatabase(file) {
  const parts = path.posix.basename(file).split(".").slice(1, -1);
  for (const part of parts) {
    const database = folderDatabase(part);
    if (database) return database;
  }
  return void 0;
}
function withoutOtherDatabasesFiles(set) {
  const other = set.files.filter((f) => {
    const database = fileDatabase(f.path);
    return database !== void 0 && database !== "postgresql";
  });
  if (other.length === 0) return { postgres: set };
  const otherPaths = new Set(other.map((f) => f.path));
  const databases = [...new Set(other.map((f) => fileDatabase(f.path)))].map((d) => DATABASE_NAMES[d]).sort();
  const checked = other.filter((f) => f.checked).length;
  const where = set.dir === "." ? "this folder" : set.dir;
  const example = path.posix.basename(other[0].path);
  const names = databases.length === 1 ? databases[0] : `${databases.slice(0, -1).join(", ")} and ${databases[databases.length - 1]}`;
  const notice = {
    kind: "skipped-files",
    message: `${checked === 1 ? "1 migration" : `${checked} migrations`} of ${where} ${checked === 1 ? "is" : "are"} for ${names}, by ${checked === 1 ? "its file name" : "their file names"} (such as ${example}): migration-guard checks PostgreSQL migrations; skipped. The set's PostgreSQL and untagged migrations are checked.`,
    set: set.dir,
    database: names,
    migrations: checked
  };
  return { postgres: { ...set, files: set.files.filter((f) => !otherPaths.has(f.path)) }, ...checked > 0 ? { notice } : {} };
}
function skippedNotice(set, verdict) {
  const name = verdict.databases.map((d) => DATABASE_NAMES[d]).join(" or ");
  const migrations = set.files.filter((f) => f.checked).length;
  const where = set.dir === "." ? "This folder's migration set" : set.dir;
  const signal = verdict.signals.find((s) => !s.folder);
  const signals = verdict.signals.slice(0, 3).map((s) => `${s.what}${s.folder ? "" : ` in ${s.file}`}${s.line > 1 ? `:${s.line}` : ""}`);
  const because = verdict.by === "config" ? `The config sets \`dialect: "${verdict.database}"\` for it.` : `Detected from ${signals.join(", ")}${verdict.signals.length > 3 ? ", ..." : ""}; if it runs on PostgreSQL, set \`dialect: "postgresql"\` for it in the config.`;
  return {
    kind: "skipped-set",
    message: `${where} is ${name}: migration-guard checks PostgreSQL migrations; skipped (${migrations === 1 ? "1 migration" : `${migrations} migrations`}, not checked). ${because}`,
    set: set.dir,
    database: name,
    migrations,
    ...signal ? { file: signal.file, line: signal.line } : {}
  };
}

const ROWS_PER_SECOND = {
  "index-build": 3e5,
  scan: 2e6,
  "foreign-key-scan": 1e6,
  rewrite: 1e5,
  backfill: 4e4
};
const WORK = {
  "index-build": "the index build blocks every write to it",
  scan: "the scan holds its lock",
  "foreign-key-scan": "checking every row against the referenced table holds the lock",
  rewrite: "the rewrite blocks every read and write of it",
  backfill: "the update holds its row locks (and every lock its transaction took)"
};
function estimateSeconds(cost, rows) {
  return rows / ROWS_PER_SECOND[cost];
}
function describeWork(cost, rows) {
  const seconds = estimateSeconds(cost, rows);
  return `${WORK[cost]} for ${seconds < 1 ? "under a second" : `roughly ${formatDuration(seconds)}`}`;
}
function formatDuration(seconds) {
  if (seconds < 1) return "under a second";
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds - hours * 3600) / 60);
  return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
}
function formatRows(rows) {
  if (rows >= 1e9) return `~${round(rows / 1e9)} B rows`;
  if (rows >= 1e6) return `~${round(rows / 1e6)} M rows`;
  if (rows >= 1e4) return `~${Math.round(rows / 1e3)} k rows`;
  return `~${Math.round(rows).toLocaleString("en-US")} ${Math.round(rows) === 1 ? "row" : "rows"}`;
}
function formatBytes(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${round(value)} ${units[unit]}`;
}
function round(value) {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

class StatsAdvisor {
  constructor(snapshot, thresholds) {
    this.snapshot = snapshot;
    this.thresholds = thresholds;
    for (const t of snapshot.tables) {
      this.byKey.set(keyOf(t.schema, t.name), t);
      this.byName.set(t.name, [...this.byName.get(t.name) ?? [], t]);
    }
    this.taken = snapshot.takenAt.slice(0, 10);
  }
  snapshot;
  thresholds;
  byKey = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  touchedTables = /* @__PURE__ */ new Map();
  /** Tables the history creates (before the change set), per set: to tell a snapshot of another database. */
  historyTables = /* @__PURE__ */ new Set();
  taken;
  /** The snapshot's entry for a table as migrations name it (`name` is in `public`, `schema.name` elsewhere). */
  lookup(table) {
    const exact = this.byKey.get(table.includes(".") ? table : keyOf("public", table));
    if (exact || table.includes(".")) return exact;
    const candidates = this.byName.get(table) ?? [];
    return candidates.length === 1 ? candidates[0] : void 0;
  }
  /** A table's rows: a partitioned table's are its partitions'; null when the snapshot has no estimate. */
  rowsOf(t) {
    if (t.partitions?.length) {
      let sum = 0;
      for (const p of t.partitions) {
        const part = this.byKey.get(p);
        const rows = part ? this.rowsOf(part) : null;
        if (rows === null) return null;
        sum += rows;
      }
      return sum;
    }
    if (t.rows === null) return t.heapBytes === 0 ? 0 : null;
    return t.rows;
  }
  weigh(request) {
    const { subject, message } = request;
    const name = `\`${subject.table}\``;
    if (subject.isNew) return { severity: lower(request.severity), message: `${message} ${name} is created by this change set, so it is empty when this runs: reported as a note.` };
    const stats = this.lookup(subject.table);
    if (!stats) {
      if (!subject.createdByHistory) return void 0;
      return {
        severity: lower(request.severity),
        message: `${message} ${name} is not in the stats snapshot of ${this.taken}, and the migration history creates it: counted as new since the snapshot (reported as a note; take a new snapshot if it has grown).`
      };
    }
    const rows = this.rowsOf(stats);
    const size = `${name}: ${rows === null ? "rows not estimated yet" : formatRows(rows)}, ${formatBytes(stats.totalBytes)} (stats of ${this.taken})`;
    if (rows === null) return { severity: request.severity, message: `${message} ${size}: run ANALYZE on it before taking the snapshot to have this finding weighed by size.` };
    const work = describeWork(request.cost, rows);
    if (rows < this.thresholds.small) {
      return { severity: lower(request.severity), message: `${message} ${size}: ${work}; below stats.small (${count(this.thresholds.small)} rows), so reported as a note.` };
    }
    if (rows >= this.thresholds.large) {
      return { severity: "error", message: `${message} ${size}: ${work}; at or above stats.large (${count(this.thresholds.large)} rows), so reported as an error.` };
    }
    return { severity: request.severity, message: `${message} ${size}: ${work}.` };
  }
  touched(subject) {
    if (subject.isNew) return;
    const stats = this.lookup(subject.table);
    if (stats) this.touchedTables.set(subject.table, stats);
  }
  setDone(state) {
    for (const t of state.tables()) {
      if (t.origin.createdIn !== void 0 && !t.origin.createdInChangeSet) this.historyTables.add(t.origin.productionName ?? t.name);
    }
  }
  /**
   * Why the snapshot cannot be of the database these migrations built, if it cannot: none of the
   * tables the history creates is in it. (Some missing is normal: created since the snapshot.)
   */
  mismatch() {
    if (this.historyTables.size === 0) return void 0;
    const known = [...this.historyTables].filter((t) => this.lookup(t) !== void 0);
    if (known.length > 0) return void 0;
    const sample = [...this.historyTables].slice(0, 3).map((t) => `\`${t}\``).join(", ");
    return `The stats snapshot has none of the ${this.historyTables.size} tables the migration history creates (${sample}${this.historyTables.size > 3 ? ", \u2026" : ""}): it seems to be of another database. Take it from the database these migrations run on.`;
  }
  /** The production tables the checked migrations touch, largest first. */
  largestTouched(limit = 5) {
    return [...this.touchedTables].map(([table, t]) => ({ table, rows: this.rowsOf(t), totalBytes: t.totalBytes })).sort((a, b) => b.totalBytes - a.totalBytes || a.table.localeCompare(b.table)).slice(0, limit);
  }
}
function keyOf(schema, name) {
  return `${schema}.${name}`;
}
function lower(severity) {
  return severity === "error" || severity === "warning" ? "info" : severity;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function describeTouched(t) {
  return `${codeSpan$1(t.table)} ${t.rows === null ? "(rows not estimated)" : formatRows(t.rows)}, ${formatBytes(t.totalBytes)}`;
}
function codeSpan$1(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

async function lint(request) {
  const { cwd, config } = request;
  const { timing } = request;
  const started = performance.now();
  const planned = await planLint({
    cwd,
    paths: request.paths ?? [],
    ...request.staged ? { staged: true } : {},
    ...request.base ? { base: request.base } : {},
    ...request.changedFiles ? { changedFiles: request.changedFiles } : {},
    ...request.baseCommit ? { baseCommit: request.baseCommit } : {},
    ignore: config.ignore,
    ...config.startAfter !== void 0 ? { startAfter: config.startAfter } : {},
    ...config.rootDir ? { rootDir: config.rootDir } : {},
    ...config.migrations ? { layout: { rootDir: config.rootDir ?? cwd, sets: config.migrations } } : {}
  });
  const { plan, notices } = await skipOtherDatabases(cwd, planned, config.dialect);
  timing?.add("discover", performance.now() - started);
  const reading = performance.now();
  if (plan.sets.some((set) => set.files.length > 0)) await loadSqlParser();
  const unreadable = [];
  const guard = new ReadGuard(readRoots(request), config.readLimits ?? DEFAULT_READ_LIMITS);
  const refused = admitFiles(plan, guard, cwd);
  unreadable.push(...refusedFindings(plan, refused));
  if (!(request.staged || request.base || request.changedFiles)) unreadable.push(...skippedLinks(plan, guard, cwd));
  const sources = /* @__PURE__ */ new Map();
  const foreignSyntax = new ForeignSyntax();
  const taskSets = plan.sets.map((planned2) => ({
    planned: planned2,
    changeSet: new Set(planned2.files.filter((f) => f.checked).map((f) => f.path)),
    tasks: planned2.files.map(
      (f) => ({
        path: f.path,
        version: f.version,
        setId: planned2.dir,
        setTool: planned2.tool,
        ...f.content !== void 0 ? { content: f.content } : {},
        ...f.hasDown !== void 0 ? { hasDown: f.hasDown } : {},
        ...refused.has(f.path) ? { refused: refused.get(f.path).reason } : {}
      })
    )
  }));
  const collect = (changeSet) => (outcome) => {
    if (!("migration" in outcome)) {
      if (outcome.internal) unreadable.push(readFailureFinding(outcome.path, outcome.error, outcome.internal.stack, changeSet.has(outcome.path)));
      else if (changeSet.has(outcome.path) && !refused.has(outcome.path)) unreadable.push(unreadableFinding(outcome.path, outcome.error));
    } else if (changeSet.has(outcome.migration.path)) {
      sources.set(outcome.migration.path, outcome.migration.text);
      foreignSyntax.record(outcome.migration);
    }
  };
  const allTasks = taskSets.flatMap((s) => s.tasks);
  if (needsTypeScript(allTasks)) await loadTypeScript();
  timing?.add("load parsers", performance.now() - reading);
  const cache = request.cacheFile ? ReadCache.open(request.cacheFile, config) : void 0;
  const pool = ReadPool.start(cache ? 1 : threadsFor(allTasks, cwd));
  const stream = pool?.read(allTasks, cwd, config)[Symbol.asyncIterator]();
  const setOf = ({ planned: planned2, changeSet }) => ({
    changeSet,
    together: planned2.together,
    setId: planned2.dir,
    ...planned2.history ? { history: planned2.history } : {}
  });
  let findings;
  let options;
  const advisor = request.stats ? new StatsAdvisor(request.stats, config.stats) : void 0;
  try {
    const schemaStart = performance.now();
    const schemas = await loadSchemas(cwd, config, plan, refused);
    timing?.add("app schema", performance.now() - schemaStart);
    options = { ...engineSetup(config, request.docsUrl, schemas).options, ...timing ? { ruleTimes: timing } : {}, ...advisor ? { tableSizes: advisor } : {} };
    const engineStart = performance.now();
    findings = stream ? await runRulesAsync(
      taskSets.map((t) => ({ ...setOf(t), migrations: takeFromStream(stream, t.tasks.length, collect(t.changeSet), timing) })),
      options
    ) : (
      // Awaited even when read here: a plugin's asynchronous rule is waited for.
      await runRulesAsync(
        taskSets.map((t) => ({ ...setOf(t), migrations: readLazily(t.tasks, cwd, config, collect(t.changeSet), cache, timing) })),
        options
      )
    );
    if (timing) {
      const rules = [...timing.rules.values()].reduce((n, ms) => n + ms, 0);
      timing.add("model + engine", performance.now() - engineStart - (timing.phases.get("read + parse") ?? 0) - rules);
      timing.add("rules", rules);
    }
  } finally {
    await stream?.return?.(void 0);
    await pool?.close();
  }
  const cacheProblem = cache?.save();
  const mismatch = advisor?.mismatch();
  if (mismatch) throw new UsageError(mismatch);
  return {
    ...cacheProblem ? { warnings: [cacheProblem] } : {},
    findings: foreignSyntax.collapse([...unreadable.map((f) => ({ ...withDocs(f, options), fingerprint: f.fingerprint || `internal:${f.file}` })), ...findings].sort(compareFindings), plan),
    sources,
    checked: plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.path)),
    rules: options.rules,
    plan,
    notices,
    ...advisor ? { tables: advisor.largestTouched() } : {}
  };
}
async function loadSchemas(cwd, config, plan, refused) {
  if (config.schema === false || !mayBreakMapping(cwd, plan, refused)) return {};
  const workingTree = await workingTreeFiles(cwd);
  const parsed = /* @__PURE__ */ new Map();
  const schema = await loadAppSchema(workingTree, config.schema, parsed);
  if (!plan.baseCommit) return schema ? { schema } : {};
  const changed = plan.changedFiles ?? [];
  const touchesSchema = changed.some((f) => [f.path, f.previousPath].some((p) => p !== void 0 && SCHEMA_FILE.test(p)));
  const baseSchema = touchesSchema ? await schemaAtBase(cwd, plan.baseCommit, changed, config.schema, workingTree, parsed) : schema;
  return { ...schema ? { schema } : {}, ...baseSchema ? { baseSchema } : {} };
}
async function schemaAtBase(cwd, commit, changed, config, workingTree, parsed) {
  try {
    return await loadAppSchema(await filesAtCommit(cwd, commit, changed, workingTree), config, parsed);
  } catch (error) {
    if (error instanceof GitError) return void 0;
    throw error;
  }
}
const SCHEMA_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;
const BREAKS_MAPPING = /drop|rename|remove/i;
function mayBreakMapping(cwd, plan, refused) {
  return plan.sets.some(
    (set) => set.together && set.files.some((f) => {
      if (!f.checked || refused.has(f.path)) return false;
      try {
        return BREAKS_MAPPING.test(f.content ?? readRegularFile(path.resolve(cwd, f.path)));
      } catch {
        return false;
      }
    })
  );
}
function engineSetup(config, docsUrl = ruleDocsUrl, schemas = {}) {
  const rules = allRules(builtInRules, config);
  const options = {
    rules: configureRules(rules, config),
    postgresVersion: config.postgresVersion,
    ...schemas.schema ? { schema: schemas.schema } : {},
    ...schemas.baseSchema ? { baseSchema: schemas.baseSchema } : {},
    knownRuleIds: new Set(rules.keys()),
    downSeverity: config.down,
    docsUrl: (id) => rules.get(id)?.docsUrl ?? (isPluginRule(id) ? void 0 : docsUrl(id))
  };
  return { rules, options };
}
function isPluginRule(id) {
  return id.includes("/");
}
function* readLazily(tasks, cwd, config, onOutcome, cache, timing) {
  for (const task of tasks) {
    const started = timing ? performance.now() : 0;
    const outcome = runReadTask(task, cwd, config, cache);
    timing?.add("read + parse", performance.now() - started);
    onOutcome(outcome);
    if ("migration" in outcome) yield outcome.migration;
  }
}
async function* takeFromStream(stream, count, onOutcome, timing) {
  for (let i = 0; i < count; i++) {
    const started = timing ? performance.now() : 0;
    const next = await stream.next();
    timing?.add("read + parse", performance.now() - started);
    if (next.done) return;
    onOutcome(next.value);
    if ("migration" in next.value) yield next.value.migration;
  }
}
function withDocs(finding, options) {
  const docsUrl = options.docsUrl?.(finding.ruleId);
  if (!docsUrl) return finding;
  const copy = { ...finding, docsUrl };
  const stack = internalErrorStack(finding);
  if (stack) recordStack(copy, Object.assign(new Error(finding.message), { stack }));
  return copy;
}
function readFailureFinding(file, reason, stack, checked) {
  const consequence = checked ? "so no rule checked it" : "so the migrations after it are checked without what it does to the database";
  const finding = internalErrorFinding(
    file,
    { line: 1, column: 1, endLine: 1, endColumn: 1 },
    `migration-guard failed to read this migration (${reason}), ${consequence}. ${REPORT_REQUEST}`
  );
  if (stack) recordStack(finding, Object.assign(new Error(reason), { stack }));
  return finding;
}
function unreadableFinding(file, reason) {
  return {
    ruleId: "parse-error",
    severity: "error",
    message: `Could not read this migration (${reason}), so no rule checked it.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    direction: "up",
    fingerprint: `unreadable:${file}`
  };
}
function readRoots(request) {
  const { cwd } = request;
  const root = findRepository(cwd)?.root ?? cwd;
  const named = (request.paths ?? []).map((p) => path.resolve(cwd, p)).filter((p) => path.relative(root, p).startsWith(".."));
  return [root, ...request.config.rootDir ? [request.config.rootDir] : [], ...named];
}
function admitFiles(plan, guard, cwd) {
  const refused = /* @__PURE__ */ new Map();
  for (const checked of [true, false]) {
    for (const set of plan.sets) {
      for (const f of set.files) {
        if (f.checked !== checked) continue;
        const result = f.content !== void 0 ? guard.admitText(f.content) : guard.admit(path.resolve(cwd, f.path));
        if (!result.ok) refused.set(f.path, { kind: result.kind, reason: result.reason });
      }
    }
  }
  return refused;
}
function refusedFindings(plan, refused) {
  const findings = [];
  const overLimit = [];
  for (const set of plan.sets) {
    for (const f of set.files) {
      const refusal = refused.get(f.path);
      if (!refusal) continue;
      if (!f.checked && refusal.kind === "run-limit") overLimit.push(f.path);
      else findings.push(notReadFinding(f.path, refusal.reason, f.checked));
    }
  }
  if (overLimit.length > 0) {
    const more = overLimit.length > 1 ? `; neither were ${overLimit.length - 1} more earlier migrations after it` : "";
    findings.push(notReadFinding(overLimit[0], `${refused.get(overLimit[0]).reason}${more}`, false));
  }
  return findings;
}
const MIGRATION_FILE = /\.(sql|[cm]?[jt]s)$/i;
function skippedLinks(plan, guard, cwd) {
  const dirs = /* @__PURE__ */ new Set();
  for (const set of plan.sets) {
    dirs.add(set.dir);
    for (const f of set.files) dirs.add(path.posix.dirname(f.path));
  }
  const planned = new Set(plan.sets.flatMap((s) => s.files.map((f) => f.path)));
  const findings = [];
  for (const dir of [...dirs].sort()) {
    for (const name of irregularEntries(path.resolve(cwd, dir))) {
      const file = dir === "." || dir === "" ? name : `${dir}/${name}`;
      if (!MIGRATION_FILE.test(name) || /\.d\.[cm]?ts$/i.test(name) || planned.has(file)) continue;
      const result = guard.check(path.resolve(cwd, file));
      if (!result.ok) findings.push(notReadFinding(file, result.reason, true));
    }
  }
  return findings;
}
function notReadFinding(file, reason, checked) {
  return {
    ruleId: "parse-error",
    severity: checked ? "error" : "warning",
    message: checked ? `Not read: ${reason}. No rule checked this migration.` : `Not read: ${reason}. This earlier migration was left out of the history the checked migrations are compared with.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    direction: "up",
    fingerprint: `not-read:${file}`
  };
}

function formatGithub(findings, notices = []) {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return [...ordered.map(annotationCommand), ...notices.map(noticeCommand)].map((line) => `${line}
`).join("");
}
function noticeCommand(n) {
  const properties = [...n.file !== void 0 ? [`file=${escapeProperty(n.file)}`, `line=${n.line ?? 1}`] : [], `title=${escapeProperty(n.kind === "skipped-set" ? `migration-guard: ${n.set} skipped (${n.database})` : `migration-guard: ${n.database} migrations of ${n.set} skipped`)}`];
  return `::notice ${properties.join(",")}::${escapeData(n.message)}`;
}
function annotationCommand(f) {
  const command = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
  const properties = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `title=${escapeProperty(`migration-guard: ${f.ruleId}${f.direction === "down" ? " (down)" : ""}`)}`
  ];
  return `::${command} ${properties.join(",")}::${escapeData(f.message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function formatJson(findings, checkedMigrations, notices = [], tables) {
  const counts = countFindings(findings);
  return `${JSON.stringify(
    {
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        direction: f.direction,
        ...f.docsUrl ? { docsUrl: f.docsUrl } : {},
        fingerprint: f.fingerprint
      })),
      notices: notices.map((n) => ({
        kind: n.kind,
        message: n.message,
        set: n.set,
        database: n.database,
        migrations: n.migrations,
        ...n.file !== void 0 ? { file: n.file, line: n.line ?? 1 } : {}
      })),
      summary: {
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
        filesWithFindings: counts.files,
        checkedMigrations,
        skippedSets: notices.filter((n) => n.kind === "skipped-set").length,
        skippedMigrations: notices.reduce((sum, n) => sum + n.migrations, 0)
      },
      // Only with a stats snapshot: the production tables the checked migrations touch, largest first.
      ...tables ? { tables } : {}
    },
    null,
    2
  )}
`;
}

const ZERO_WIDTH_SPACE = "\u200B";
function oneLine(text) {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, " ");
}
function codeSpan(text, options = {}) {
  let content = oneLine(text).replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`).replace(/-->/g, `--${ZERO_WIDTH_SPACE}>`);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function plainText(text) {
  return oneLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`[\]#|]/g, (c) => `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`).replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
function ruleMessage(message, options = {}) {
  let out = "";
  let i = 0;
  let text = "";
  const flush = () => {
    out += plainText(text);
    text = "";
  };
  while (i < message.length) {
    if (message[i] !== "`") {
      text += message[i++];
      continue;
    }
    let run = 1;
    while (message[i + run] === "`") run++;
    const close = findClosingRun(message, i + run, run);
    if (close < 0) {
      text += message.slice(i, i + run);
      i += run;
      continue;
    }
    flush();
    let content = message.slice(i + run, close);
    if (content.length > 1 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") content = content.slice(1, -1);
    out += codeSpan(content, options);
    i = close + run;
  }
  flush();
  return out;
}
function findClosingRun(text, from, length) {
  for (let i = from; i < text.length; ) {
    if (text[i] !== "`") {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === "`") run++;
    if (run === length) return i;
    i += run;
  }
  return -1;
}
function safeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:") return void 0;
  return parsed.href.replace(/[()<>[\]\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

const DEFAULT_MAX = 6e4;
function formatMarkdown(findings, options) {
  const checked = plural(options.checkedMigrations, "migration");
  const notices = (options.notices ?? []).map((n) => `\u2139\uFE0F ${options.plainMessages ? plainText(n.message) : ruleMessage(n.message)}`);
  const notes = [...notices.length ? [notices.join("\n\n")] : [], ...options.notes ?? []].map((n) => `
${n}
`).join("");
  if (findings.length === 0 && options.checkedMigrations === 0 && notices.length > 0) {
    return `### \u2139\uFE0F migration-guard: no PostgreSQL migrations to check

Every migration found is for another database than PostgreSQL, so none was checked.
${notes}`;
  }
  if (findings.length === 0) {
    return `### \u2705 migration-guard: no problems found

Checked ${checked}: no risky locks, rewrites or failures.
${notes}`;
  }
  const counts = countFindings(findings);
  const icon = counts.errors ? "\u274C" : "\u26A0\uFE0F";
  const head = [
    `### ${icon} migration-guard: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`,
    "",
    `Checked ${checked}; ${plural(findings.length, "problem")} in ${plural(counts.files, "file")}.`,
    "",
    "| | Where | Rule | What happens and what to do |",
    "|---|---|---|---|"
  ].join("\n");
  const max = options.maxLength ?? DEFAULT_MAX;
  const rows = [];
  let length = head.length + notes.length;
  let omitted = 0;
  for (const f of findings) {
    const row = tableRow(f, options);
    if (length + row.length + 200 > max) {
      omitted++;
      continue;
    }
    rows.push(row);
    length += row.length + 1;
  }
  const tail = omitted > 0 ? `

\u2026and ${plural(omitted, "more finding")} not shown here (the full list is in the job's findings file).` : "";
  return `${head}
${rows.join("\n")}${tail}
${notes}`;
}
function tableRow(f, options) {
  const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
  const place = codeSpan(`${f.file}:${f.line}`, { inTable: true });
  const fileUrl = options.fileUrl ? safeUrl(options.fileUrl(f.file, f.line)) : void 0;
  const where = fileUrl ? `[${place}](${fileUrl})` : place;
  const docsUrl = f.docsUrl ? safeUrl(f.docsUrl) : void 0;
  const ruleId = codeSpan(f.ruleId, { inTable: true });
  const rule = docsUrl ? `[${ruleId}](${docsUrl})` : ruleId;
  const direction = f.direction === "down" ? " _(down migration)_" : "";
  const message = options.plainMessages ? plainText(f.message) : ruleMessage(f.message, { inTable: true });
  return `| ${icon} | ${where} | ${rule}${direction} | ${message} |`;
}

const LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(findings, options) {
  const rules = rulesOf(findings, options.rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "migration-guard",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri,
            rules
          }
        },
        ...options.notices?.length ? { invocations: [invocation(options.notices)] } : {},
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => result(f, index.get(f.ruleId)))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function rulesOf(findings, ran) {
  const byId = new Map(ran.map((r) => [r.id, r]));
  for (const f of findings) {
    if (!byId.has(f.ruleId)) byId.set(f.ruleId, { id: f.ruleId, description: f.ruleId, severity: f.severity, ...f.docsUrl ? { docsUrl: f.docsUrl } : {} });
  }
  return [...byId.values()].map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    ...rule.docsUrl ? { helpUri: rule.docsUrl, help: { text: `${rule.description} See ${rule.docsUrl}`, markdown: `${rule.description} [Docs](${rule.docsUrl})` } } : {},
    defaultConfiguration: { level: LEVEL[rule.severity] }
  }));
}
function result(f, ruleIndex) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "migrationGuard/v1": f.fingerprint },
    ...f.direction === "down" ? { properties: { direction: "down" } } : {}
  };
}
function invocation(notices) {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: notices.map(
      (n) => ({
        level: "note",
        message: { text: n.message },
        descriptor: { id: n.kind },
        ...n.file !== void 0 ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(n.file), uriBaseId: "%SRCROOT%" }, region: { startLine: n.line ?? 1 } } }] } : {}
      })
    )
  };
}
function directoryUri(dir) {
  const uri = pathToFileURL(dir).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

const MAX_LINES = 6;
function codeFrame(text, span, colors) {
  const lines = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, span.line - 1);
  const last = Math.min(lines.length, span.endLine, span.line + MAX_LINES - 1);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    const marker = n >= span.line && n <= span.endLine ? colors.red(">") : " ";
    const number = colors.dim(`${String(n).padStart(width)} |`);
    out.push(`  ${marker} ${number} ${lines[n - 1] ?? ""}`);
    if (n === span.line && span.endLine === span.line && span.endColumn > span.column) {
      const pad = " ".repeat(width);
      const under = " ".repeat(span.column - 1) + "^".repeat(Math.max(1, span.endColumn - span.column));
      out.push(`    ${colors.dim(`${pad} |`)} ${colors.red(under)}`);
    }
  }
  if (span.endLine > last) out.push(`    ${colors.dim(`${" ".repeat(width)} |`)} ${colors.dim("\u2026")}`);
  return out.join("\n");
}

const SCREENFUL_LINES = 60;
const RUNNER_SETTINGS = {
  "require-lock-timeout": { setting: '"assumeLockTimeout": true', when: "your runner already sets lock_timeout (in the connection string or the role's settings)" },
  "require-statement-timeout": {
    setting: '"rules": { "require-statement-timeout": ["warning", { "assumeStatementTimeout": true }] }',
    when: "your runner already sets statement_timeout"
  }
};
function ruleCounts(findings, colors) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId) ?? { count: 0, severity: f.severity };
    entry.count++;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    byRule.set(f.ruleId, entry);
  }
  const rows = [...byRule].sort(([a, x], [b, y]) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.count - x.count || a.localeCompare(b));
  const width = Math.max(...rows.map(([id]) => id.length));
  const countWidth = Math.max(...rows.map(([, r]) => String(r.count).length));
  const paint = (severity) => severity === "error" ? colors.red(severity) : severity === "warning" ? colors.yellow(severity) : colors.blue(severity);
  const lines = [colors.bold("Findings by rule:")];
  for (const [id, r] of rows) lines.push(`  ${id.padEnd(width)}  ${String(r.count).padStart(countWidth)}  ${paint(r.severity)}`);
  const [mostId, most] = [...byRule].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))[0];
  const settings = [];
  const known = RUNNER_SETTINGS[mostId];
  settings.push(
    known ? `${mostId} is the most frequent (${most.count}): if ${known.when}, set ${colors.bold(known.setting)} in the config.` : `${mostId} is the most frequent (${most.count}): \`migration-guard explain ${mostId}\` says why it matters; if your team accepts the risk, change its level under "rules" in the config.`
  );
  for (const [id, setting] of Object.entries(RUNNER_SETTINGS)) {
    if (id !== mostId && byRule.has(id)) settings.push(`${id} (${byRule.get(id).count}): if ${setting.when}, set ${colors.bold(setting.setting)}.`);
  }
  settings.push(
    `To check only the migrations added from now on, set ${colors.bold('"startAfter"')} to the version of the newest migration, or run with ${colors.bold("--base origin/main")} in CI.`
  );
  lines.push("", colors.bold("Settings that usually matter on a first run:"), ...settings.slice(0, 3).map((s) => `  - ${s}`));
  return lines.join("\n");
}

function formatStylish(findings, options) {
  const { colors } = options;
  const blocks = [];
  for (const f of findings) {
    const severity = f.severity === "error" ? colors.red("error") : f.severity === "warning" ? colors.yellow("warning") : colors.blue("info");
    const direction = f.direction === "down" ? colors.dim(" (down migration)") : "";
    const header = `${colors.bold(`${printableFile(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${colors.dim(f.ruleId)}${direction}`;
    const text = options.sources.get(f.file);
    const frame = text ? `
${codeFrame(text, f, colors)}` : "";
    const docs = f.docsUrl ? `
  ${colors.dim(`Docs: ${f.docsUrl}`)}` : "";
    blocks.push(`${header}
  ${f.message}${frame}${docs}`);
  }
  const notices = (options.notices ?? []).map((n) => `${colors.blue("\u2139")} ${n.message}
`).join("");
  const body = `${blocks.map((b) => `${b}
`).join("\n")}${blocks.length ? "\n" : ""}`;
  const counts = body.split("\n").length > SCREENFUL_LINES ? `${ruleCounts(findings, colors)}

` : "";
  return `${body}${counts}${notices}${summaryLine(findings, options)}
`;
}
function printableFile(file) {
  return file.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
function summaryLine(findings, options) {
  const { colors } = options;
  const counts = countFindings(findings);
  const skippedText = skippedSummary(options.notices ?? []);
  const skipped = skippedText ? ` \xB7 ${skippedText}` : "";
  const checked = `checked ${plural(options.checkedMigrations, "migration")}${skipped}`;
  if (findings.length === 0 && options.checkedMigrations === 0 && skippedText) {
    return colors.blue(`\u2139 No PostgreSQL migrations to check \xB7 ${skippedText}`);
  }
  if (findings.length === 0) return colors.green(`\u2714 No problems found \xB7 ${checked}`);
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos) parts.push(plural(counts.infos, "info"));
  const mark = counts.errors ? colors.red("\u2716") : colors.yellow("\u26A0");
  return `${mark} ${colors.bold(plural(findings.length, "problem"))} (${parts.join(", ")}) in ${plural(counts.files, "file")} \xB7 ${checked}`;
}

function formatReport(format, input) {
  const notices = input.notices ?? [];
  switch (format) {
    case "stylish":
      return formatStylish(input.findings, { colors: input.colors, sources: input.sources, checkedMigrations: input.checkedMigrations, notices }) + tablesLine(input.tables);
    case "json":
      return formatJson(input.findings, input.checkedMigrations, notices, input.tables);
    case "sarif":
      return formatSarif(input.findings, { rules: input.rules, toolVersion: input.toolVersion, informationUri: input.informationUri, cwd: input.cwd, notices });
    case "github":
      return formatGithub(input.findings, notices);
    case "markdown":
      return formatMarkdown(input.findings, { checkedMigrations: input.checkedMigrations, notices, notes: tablesNote(input.tables) });
  }
}
function tablesLine(tables) {
  return tables?.length ? `Largest tables these migrations touch (stats snapshot): ${tables.map(describeTouched).join("; ")}
` : "";
}
function tablesNote(tables) {
  return tables?.length ? [`**Largest tables these migrations touch** (stats snapshot): ${tables.map(describeTouched).join(" \xB7 ")}`] : [];
}

async function loadStats(source) {
  if (source.databaseUrl !== void 0) {
    checkDatabaseUrl(source.databaseUrl);
    return collectStats(source.databaseUrl);
  }
  if (source.file === void 0) return void 0;
  const file = path.resolve(source.cwd, source.file);
  const shown = path.relative(source.cwd, file) || file;
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `The stats snapshot ${shown} does not exist: take one with \`migration-guard stats --database-url <url> --output ${shown}\`.` : `Could not read the stats snapshot ${shown} (${error.message}).`
    );
  }
  return parseStatsSnapshot(text, shown);
}
function withSnapshotVersion(config, major) {
  if (major === void 0 || config.postgresVersionSet) return config;
  return { ...config, postgresVersion: Math.min(Math.max(major, 9), 19) };
}

export { REPOSITORY_URL as R, formatJson as a, formatMarkdown as b, codeSpan as c, withReadLimits as d, loadStats as e, formatGithub as f, ruleDocsUrl as g, cacheFileFor as h, formatReport as i, lint as l, noticeCommand as n, plainText as p, ruleMessage as r, safeUrl as s, tablesNote as t, withSnapshotVersion as w };
