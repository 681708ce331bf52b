import { D as DEFAULT_READ_LIMITS, R as ReadGuard, U as UsageError, i as irregularEntries, r as readRegularFile } from './safe-read-BvL72yt9.js';
import { readFileSync, mkdirSync, writeFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { a as allRules, c as configureRules, b as builtInRules } from './configure-rules-CYF7ZMlJ.js';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { a as attachLazyAst, l as loadSqlParser } from './read-migration-DmXnXnoF.js';
import { V as VERSION } from './version-1orC8wbS.js';
import { a as runRulesAsync, c as compareFindings } from './engine-_lwTqXC0.js';
import { l as loadTypeScript, i as internalErrorStack, r as recordStack, a as internalErrorFinding, R as REPORT_REQUEST } from './compiler-CkYlFMWm.js';
import 'node:child_process';
import { m as migrationFiles, a as takeUnlistedFolders, t as toPosix } from './find-migrations-sOKXtTZz.js';
import { a as findRepository, G as GitError } from './git-Dd9ciqyI.js';
import { p as planRun, r as ruleDocsUrl } from './plan-DoJ7VLMM.js';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { r as runReadTask, n as needsTypeScript } from './read-task-BsnErpjg.js';
import { D as DialectDetector, w as workingTreeFiles, l as loadAppSchema, f as filesAtCommit } from './detect-dialect-C7_P2CXT.js';
import { D as DATABASE_NAMES, f as folderDatabase } from './databases-YdsN_1qF.js';
import { S as StatsAdvisor } from './format-CNyPUkbb.js';
import { readFile } from 'node:fs/promises';
import { c as checkDatabaseUrl, a as collectStats, p as parseStatsSnapshot } from './collect-DFOTNNBZ.js';

function withReadLimits(config, maxFileBytes, maxRunBytes) {
  if (maxFileBytes === void 0 && maxRunBytes === void 0) return config.readLimits ? { readLimits: config.readLimits } : {};
  const current = config.readLimits ?? DEFAULT_READ_LIMITS;
  return { readLimits: { maxFileBytes: maxFileBytes ?? current.maxFileBytes, maxRunBytes: maxRunBytes ?? current.maxRunBytes } };
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
  return createHash("sha1").update(JSON.stringify([task.path, task.version, task.setId, task.setTool, task.hasDown ?? null, task.downOf ?? null])).update("\0").update(text).digest("base64");
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
  const checked = migrationFiles(other).filter((f) => f.checked).length;
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
  const migrations = migrationFiles(set.files).filter((f) => f.checked).length;
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

async function lint(request) {
  const { cwd, config } = request;
  const { timing } = request;
  const started = performance.now();
  const early = request.staged || request.base || request.changedFiles ? void 0 : loadSqlParser();
  early?.catch(() => void 0);
  takeUnlistedFolders();
  const planned = await planRun(request, config);
  const unlistedFolders = unlistedFolderFindings(takeUnlistedFolders(), cwd);
  const { plan, notices } = await skipOtherDatabases(cwd, planned, config.dialect);
  timing?.add("discover", performance.now() - started);
  const reading = performance.now();
  if (plan.sets.some((set) => set.files.length > 0)) await (early ?? loadSqlParser());
  const unreadable = [...unlistedFolders];
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
        ...f.downOf !== void 0 ? { downOf: f.downOf } : {},
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
    checked: checkedMigrations(plan),
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
      if (!f.checked || f.downOf !== void 0 || refused.has(f.path)) return false;
      try {
        return BREAKS_MAPPING.test(f.content ?? readRegularFile(path.resolve(cwd, f.path)));
      } catch {
        return false;
      }
    })
  );
}
function checkedMigrations(plan) {
  return [...new Set(plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.downOf ?? f.path)))];
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
function unlistedFolderFindings(folders, cwd) {
  return [...folders].map(([dir, reason]) => [toPosix(path.relative(cwd, dir)) || ".", reason]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([dir, reason]) => ({
    ruleId: "parse-error",
    severity: "warning",
    message: `Not read: the folder ${dir}/ could not be listed (${reason}). Migrations in it, if there are any, were neither checked nor counted in the history.`,
    file: dir,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    direction: "up",
    fingerprint: `not-listed:${dir}`
  }));
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

export { withReadLimits as a, loadStats as b, cacheFileFor as c, lint as l, withSnapshotVersion as w };
