import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { a as allRules, b as builtInRules, c as configureRules } from './configure-rules-CYF7ZMlJ.js';
import { b as compareSpans, r as runRules, c as compareFindings } from './engine-_lwTqXC0.js';
import { p as planRun, r as ruleDocsUrl } from './plan-DoJ7VLMM.js';
import { m as migrationFiles } from './find-migrations-sOKXtTZz.js';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { n as needsTypeScript, r as runReadTask } from './read-task-BsnErpjg.js';
import { p as parseSql, w as walk, l as loadSqlParser } from './read-migration-DmXnXnoF.js';
import { l as loadTypeScript } from './compiler-CkYlFMWm.js';

const PLATFORM_SCHEMAS = {
  auth: "Supabase",
  storage: "Supabase",
  realtime: "Supabase",
  extensions: "Supabase",
  graphql_public: "Supabase",
  vault: "Supabase"
};
const PLATFORM_ROLES = {
  anon: "Supabase",
  authenticated: "Supabase",
  service_role: "Supabase",
  supabase_admin: "Supabase",
  supabase_auth_admin: "Supabase",
  rds_superuser: "Amazon RDS",
  cloudsqlsuperuser: "Google Cloud SQL",
  azure_pg_admin: "Azure"
};
const RUNNER_TABLES = {
  __diesel_schema_migrations: "diesel",
  _prisma_migrations: "Prisma",
  "drizzle.__drizzle_migrations": "drizzle-kit",
  __drizzle_migrations: "drizzle-kit",
  knex_migrations: "Knex",
  migrations: "TypeORM",
  schema_migrations: "the migration runner (dbmate, golang-migrate)",
  goose_db_version: "goose",
  flyway_schema_history: "Flyway",
  mikro_orm_migrations: "MikroORM",
  pgmigrations: "node-pg-migrate",
  SequelizeMeta: "Sequelize",
  kysely_migration: "Kysely"
};
function canonical(name) {
  return name.replace(/^public\./, "");
}
function explainFailure(error, step, migration, plans, engine) {
  const name = /"([^"]+)"/.exec(error.message)?.[1];
  const later = laterOperations(step, migration, plans);
  if (error.code === "42P01" && name) {
    const table = canonical(name);
    const span = step.operations.find((op) => mentions(op, table))?.span;
    const creator = later.find(({ op }) => op.kind === "create-table" && op.table === table);
    if (creator) return { cause: `\`${table}\` is created later, ${where(creator, migration)}`, ...span ? { span } : {}, missingFromEnvironment: false };
    const runner = RUNNER_TABLES[table];
    if (runner) return { cause: `\`${table}\` is ${runner}'s own bookkeeping table, which the tool creates when it runs, not a migration; declare it in a \`verify.setup\` file`, missingFromEnvironment: true };
    const schema = table.includes(".") ? table.split(".")[0] : void 0;
    if (schema && PLATFORM_SCHEMAS[schema]) return { cause: platform(`the \`${schema}\` schema`, PLATFORM_SCHEMAS[schema]), missingFromEnvironment: true };
    return { cause: `no migration of this set creates \`${table}\`: it was made by hand or by another tool, so a fresh database never has it`, ...span ? { span } : {}, missingFromEnvironment: false };
  }
  if (error.code === "42703" && name) {
    const column = name;
    const adder = later.find(({ op }) => op.kind === "add-column" && op.column.name === column || op.kind === "rename-column" && op.newName === column);
    if (adder) return { cause: `column \`${column}\` is added later, ${where(adder, migration)}`, missingFromEnvironment: false };
  }
  if (error.code === "3F000" && name && PLATFORM_SCHEMAS[name]) return { cause: platform(`the \`${name}\` schema`, PLATFORM_SCHEMAS[name]), missingFromEnvironment: true };
  if (error.code === "42704" && /^role /.test(error.message) && name) {
    const provider = PLATFORM_ROLES[name];
    return {
      cause: provider ? platform(`the role \`${name}\``, provider) : `the role \`${name}\` is not created by any migration (roles belong to the server, not to one database); declare it in a \`verify.setup\` file: \`CREATE ROLE ${name};\``,
      missingFromEnvironment: true
    };
  }
  if (error.code === "42704" && /^type /.test(error.message) && name) {
    const creator = later.find(({ op }) => op.kind === "create-enum" && op.type === canonical(name));
    if (creator) return { cause: `type \`${canonical(name)}\` is created later, ${where(creator, migration)}`, missingFromEnvironment: false };
  }
  if (error.code === "0A000" && /^extension ".*" is not available/.test(error.message) && name) {
    const remedy = engine === "embedded" ? "the embedded engine does not ship it: replay on a server that has it (`--database-url`), or declare what the migrations use from it in a `verify.setup` file" : "the server does not have it installed: install it there, or declare what the migrations use from it in a `verify.setup` file";
    return { cause: `the extension \`${name}\` is not available: ${remedy}`, missingFromEnvironment: true };
  }
  return { missingFromEnvironment: false };
}
function platform(what, provider) {
  return `${what} is provided by ${provider}, not by a migration; declare it for verify in a \`verify.setup\` SQL file run before the first migration (see docs/verify.md)`;
}
function mentions(op, table) {
  if (op.kind === "add-constraint") return op.constraint.references?.table === table || op.table === table;
  if (op.kind === "add-column") return op.column.references?.table === table || op.table === table;
  if (op.kind === "create-table") return op.columns.some((c) => c.references?.table === table) || op.constraints.some((c) => c.references?.table === table);
  return "table" in op && op.table === table;
}
function laterOperations(step, migration, plans) {
  const located = [];
  const at = plans.findIndex((p) => p.migration === migration);
  for (const plan of plans.slice(at)) {
    for (const s of plan.steps) {
      if (s.kind !== "sql" || plan.migration === migration && s.span.line <= step.span.line) continue;
      for (const op of s.operations) located.push({ op, migration: plan.migration });
    }
  }
  return located;
}
function where({ op, migration }, failing) {
  if (migration === failing) return `at line ${op.span.line} of this migration`;
  return `in ${baseName(migration.path)}`;
}
function baseName(file) {
  const parts = file.split("/");
  const name = parts[parts.length - 1];
  return /^(migration|up)\.sql$/.test(name) && parts.length > 1 ? `${parts[parts.length - 2]}/${name}` : name;
}

function drizzleRunOrder(setDir, migrations) {
  const journal = path.join(setDir, "meta", "_journal.json");
  if (!existsSync(journal)) return { run: [...migrations], skipped: [] };
  let entries;
  try {
    entries = JSON.parse(readFileSync(journal, "utf8")).entries ?? [];
  } catch {
    return { run: [...migrations], skipped: [] };
  }
  const position = new Map(entries.filter((e) => typeof e.tag === "string").map((e, i) => [e.tag, e.idx ?? i]));
  const tagOf = (m) => path.basename(m.path).replace(/\.sql$/, "");
  const run = migrations.filter((m) => position.has(tagOf(m))).sort((a, b) => position.get(tagOf(a)) - position.get(tagOf(b)));
  if (run.length === 0) return { run: [...migrations], skipped: [] };
  return { run, skipped: migrations.filter((m) => !position.has(tagOf(m))) };
}

class StatementTimeout extends Error {
  constructor(timeoutMs) {
    super(`did not finish within ${formatSeconds(timeoutMs)}`);
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}

function planMigration(migration) {
  const allUp = migration.statements.filter((s) => s.direction === "up");
  const upStatements = allUp.filter((s) => !allUp.some((outer) => outer !== s && encloses(outer, s))).sort((a, b) => a.index - b.index);
  const upOperations = migration.operations.filter((o) => o.direction === "up");
  const opsOf = /* @__PURE__ */ new Map();
  const runBy = (statement) => upStatements.find((outer) => outer === statement || encloses(outer, statement)) ?? statement;
  for (const op of upOperations) {
    if (!op.statement) continue;
    const outer = runBy(op.statement);
    opsOf.set(outer, [...opsOf.get(outer) ?? [], op]);
  }
  const unresolved = migration.uninspectable.filter((u) => u.direction === "up" && u.kind === void 0);
  const steps = [];
  const emitted = /* @__PURE__ */ new Set();
  let nextStatement = 0;
  const emitStatement = (statement) => {
    if (emitted.has(statement)) return;
    emitted.add(statement);
    steps.push(statementStep(migration, statement, opsOf.get(statement) ?? [], unresolved));
  };
  const emitUpTo = (index) => {
    while (nextStatement < upStatements.length && upStatements[nextStatement].index <= index) emitStatement(upStatements[nextStatement++]);
  };
  for (const op of upOperations) {
    if (op.statement) {
      emitUpTo(runBy(op.statement).index);
    } else if (op.generatedSql !== void 0) {
      steps.push({
        kind: "sql",
        sql: op.generatedSql,
        span: op.span,
        operations: upOperations.filter((o) => o.span === op.span && !o.statement),
        transaction: transactionKey(migration, op.transaction)
      });
    }
  }
  emitUpTo(Number.POSITIVE_INFINITY);
  const covered = (span) => steps.some((s) => s.kind === "skipped" && s.span === span || s.kind === "sql" && s.statement && encloses(s.statement, span));
  for (const part of unresolved) {
    if (covered(part.span)) continue;
    const skipped = { kind: "skipped", span: part.span, reason: part.reason };
    const at = steps.findIndex((s) => compareSpans(s.span, part.span) > 0);
    if (at < 0) steps.push(skipped);
    else steps.splice(at, 0, skipped);
  }
  return { migration, steps };
}
function encloses(outer, inner) {
  const startsBefore = outer.line < inner.line || outer.line === inner.line && outer.column <= inner.column;
  const endsAfter = outer.endLine > inner.endLine || outer.endLine === inner.endLine && outer.endColumn >= inner.endColumn;
  const same = outer.line === inner.line && outer.column === inner.column && outer.endLine === inner.endLine && outer.endColumn === inner.endColumn;
  return startsBefore && endsAfter && !same;
}
function statementStep(migration, statement, operations, unresolved) {
  const within = unresolved.find((u) => u.span.line <= statement.line && u.span.endLine >= statement.endLine);
  if (within) return { kind: "skipped", span: within.span, reason: within.reason, sql: statement.sql };
  const control = operations.find((o) => o.kind === "transaction");
  const transaction = transactionKey(migration, statement.transaction);
  if (control?.kind === "transaction") return { kind: "control", action: control.action, sql: statement.sql, span: statement, transaction };
  return { kind: "sql", sql: statement.sql, span: statement, statement, operations, transaction };
}
function transactionKey(migration, index) {
  if (index === null) return null;
  return migration.transaction.sharedAcrossPending ? `pending#${index}` : `${migration.path}#${index}`;
}

const SNAPSHOT_SQL = `select
  (select string_agg(c.oid::text || ' ' || c.relkind::text || ' ' || c.relfilenode::text, ',')
     from pg_catalog.pg_class c
    where c.oid >= 16384 and c.relnamespace <> 99 and c.relkind in ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f')) as relations,
  (select string_agg(l.relation::text || ' ' || l.mode, ',')
     from pg_catalog.pg_locks l
    where l.locktype = 'relation' and l.granted and l.pid = pg_catalog.pg_backend_pid() and l.relation >= 16384
      and l.database = (select oid from pg_catalog.pg_database where datname = pg_catalog.current_database())) as locks`;
const NAMES_SQL = (oids) => `select c.oid::text as oid, n.nspname as schema, c.relname as name
from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace where c.oid in (${oids.join(", ")})`;
class Observer {
  constructor(db) {
    this.db = db;
  }
  db;
  names = /* @__PURE__ */ new Map();
  async read() {
    const [row] = await this.db.query(SNAPSHOT_SQL);
    const locks = (row?.locks ?? "").split(",").filter(Boolean).map((entry) => {
      const [oid, mode] = entry.split(" ");
      return { oid, mode };
    });
    const entries = (row?.relations ?? "").split(",").filter(Boolean).map((entry) => entry.split(" "));
    const stale = new Set(locks.filter((l) => l.mode === "AccessExclusiveLock").map((l) => l.oid));
    const lookup = entries.map(([oid]) => oid).filter((oid) => !this.names.has(oid) || stale.has(oid));
    if (lookup.length > 0) {
      for (const r of await this.db.query(NAMES_SQL(lookup))) this.names.set(r.oid, { schema: r.schema, name: r.name });
    }
    const relations = entries.flatMap(([oid, kind, filenode]) => {
      const named = this.names.get(oid);
      return named ? [{ oid, kind, filenode, schema: named.schema, name: named.name }] : [];
    });
    return { relations, locks };
  }
}
function relationName(r) {
  return r.schema === "public" ? r.name : `${r.schema}.${r.name}`;
}
function newLocks(before, after, relations) {
  const held = new Set(before.map((l) => `${l.oid}:${l.mode}`));
  const byOid = new Map(relations.map((r) => [r.oid, r]));
  const locks = [];
  const seen = /* @__PURE__ */ new Set();
  for (const lock of after) {
    const relation = byOid.get(lock.oid);
    const key = `${lock.oid}:${lock.mode}`;
    if (!relation || held.has(key) || seen.has(key)) continue;
    seen.add(key);
    locks.push({ table: relationName(relation), mode: lock.mode });
  }
  return locks.sort((a, b) => a.table.localeCompare(b.table) || LOCK_ORDER.indexOf(b.mode) - LOCK_ORDER.indexOf(a.mode));
}
const LOCK_ORDER = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
function rewrites(before, after) {
  const previous = new Map(before.map((r) => [r.oid, r]));
  const rewritten = [];
  for (const r of after) {
    const old = previous.get(r.oid);
    if (!old || !["r", "m", "i"].includes(r.kind) || old.filenode === "0" || old.filenode === r.filenode) continue;
    rewritten.push(relationName(r));
  }
  return rewritten.sort();
}

const ACTIVE_SQL_TRANSACTION = "25001";
async function replaySet(db, plans) {
  const trace = [];
  let open;
  const observer = new Observer(db);
  let relations = (await observer.read()).relations;
  let heldLocks = [];
  let replayed = 0;
  const endTransaction = async () => {
    if (!open) return void 0;
    const outcome = await db.exec(open.rollback ? "ROLLBACK" : "COMMIT");
    open = void 0;
    heldLocks = [];
    if (!outcome.ok) return outcome.error;
    relations = (await observer.read()).relations;
    return void 0;
  };
  for (const [index, plan] of plans.entries()) {
    const { migration } = plan;
    const failure = (step, error) => {
      for (const later of plans.slice(index + 1)) trace.push(notReplayedEntry(later.migration.path, later.migration.statements[0] ?? { line: 1 }, "", "an earlier migration failed"));
      return { trace, replayed, failure: { migration, step, error, notReplayed: plans.length - index - 1 } };
    };
    try {
      for (const step of plan.steps) {
        if (step.kind === "skipped") {
          trace.push(notReplayedEntry(migration.path, step.span, step.sql ?? "", step.reason));
          continue;
        }
        if (step.kind === "control") {
          if (step.action === "rollback" && open) open.rollback = true;
          if (["savepoint", "release", "rollback-to"].includes(step.action) && open) await db.exec(step.sql);
          continue;
        }
        if (open && open.key !== step.transaction) {
          const last = open.lastStep;
          const error = await endTransaction();
          if (error) return failure(last, error);
        }
        if (step.transaction !== null && !open) {
          await db.exec("BEGIN");
          open = { key: step.transaction, rollback: false, lastStep: step, migration };
        }
        const entry = await runStep(db, observer, migration, step, open !== void 0, relations, heldLocks);
        trace.push(entry.trace);
        if (entry.error) {
          if (open) await db.exec("ROLLBACK");
          open = void 0;
          return failure(step, entry.error);
        }
        relations = entry.relations;
        heldLocks = entry.heldLocks;
        if (open) {
          open.lastStep = step;
          open.migration = migration;
        }
      }
      const nextKey = plans[index + 1]?.steps.find((s) => s.kind === "sql")?.transaction;
      if (open && (!open.key.startsWith("pending#") || nextKey !== open.key)) {
        const last = open.lastStep;
        const error = await endTransaction();
        if (error) return failure(last, error);
      }
    } catch (error) {
      if (error instanceof StatementTimeout) return failure(lastSqlStep(trace, plan) ?? plan.steps[0], error);
      throw error;
    }
    replayed++;
  }
  return { trace, replayed };
}
function lastSqlStep(trace, plan) {
  const last = trace[trace.length - 1];
  return plan.steps.find((s) => s.kind === "sql" && s.span.line === last?.line) ?? void 0;
}
async function runStep(db, observer, migration, step, inTransaction, relations, heldLocks) {
  const base = { file: migration.path, line: step.span.line, endLine: step.span.endLine, statement: step.sql };
  let wrapped = !inTransaction;
  if (wrapped) await db.exec("BEGIN");
  const started = performance.now();
  let outcome;
  try {
    outcome = await db.exec(step.sql);
  } catch (error) {
    if (!(error instanceof StatementTimeout)) throw error;
    return {
      trace: { ...base, durationMs: Math.round(performance.now() - started), locks: [], rewrites: [], error: { message: error.message } },
      relations,
      heldLocks,
      error
    };
  }
  let note;
  if (!outcome.ok && wrapped && outcome.error.code === ACTIVE_SQL_TRANSACTION) {
    await db.exec("ROLLBACK");
    wrapped = false;
    outcome = await db.exec(step.sql);
    note = "runs outside a transaction, so its locks end with it and could not be read";
  }
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  if (!outcome.ok) {
    if (wrapped) await db.exec("ROLLBACK");
    const error = outcome.error;
    return {
      trace: { ...base, durationMs, locks: [], rewrites: [], error: { message: error.message, ...error.code ? { code: error.code } : {} }, ...note ? { note } : {} },
      relations,
      heldLocks,
      error
    };
  }
  const after = await observer.read();
  const locksAfter = wrapped || inTransaction ? after.locks : [];
  const relationsAfter = after.relations;
  if (wrapped) {
    const commit = await db.exec("COMMIT");
    if (!commit.ok) {
      return { trace: { ...base, durationMs, locks: [], rewrites: [], error: { message: commit.error.message, ...commit.error.code ? { code: commit.error.code } : {} } }, relations, heldLocks, error: commit.error };
    }
  }
  return {
    trace: {
      ...base,
      durationMs,
      locks: newLocks(heldLocks, locksAfter, relations),
      rewrites: rewrites(relations, relationsAfter),
      ...note ? { note } : {}
    },
    relations: relationsAfter,
    heldLocks: inTransaction ? locksAfter : []
  };
}
function notReplayedEntry(file, at, statement, reason) {
  return { file, line: at.line, endLine: at.endLine ?? at.line, statement, durationMs: 0, locks: [], rewrites: [], notReplayed: reason };
}

const ESCAPING_FUNCTIONS = /* @__PURE__ */ new Set([
  "pg_read_file",
  "pg_read_binary_file",
  "pg_ls_dir",
  "pg_stat_file",
  "pg_ls_logdir",
  "pg_ls_waldir",
  "pg_ls_tmpdir",
  "pg_ls_archive_statusdir",
  "lo_import",
  "lo_export",
  "pg_file_write",
  "pg_file_rename",
  "pg_file_unlink",
  "pg_logdir_ls",
  "pg_reload_conf",
  "pg_rotate_logfile",
  "pg_terminate_backend",
  "pg_cancel_backend",
  "dblink",
  "dblink_exec",
  "dblink_connect",
  "dblink_connect_u",
  "dblink_send_query"
]);
const UNTRUSTED_LANGUAGES = /* @__PURE__ */ new Set(["plpythonu", "plpython2u", "plpython3u", "plperlu", "pltclu", "plsh", "c", "internal"]);
const ESCAPING_EXTENSIONS = /* @__PURE__ */ new Set(["file_fdw", "dblink", "postgres_fdw", "adminpack", "plpython3u", "plpythonu", "plperlu", "pltclu", "plsh", "pg_execute_server_program"]);
const CLUSTER_STATEMENTS = {
  AlterSystemStmt: "ALTER SYSTEM changes the server's configuration",
  CreateRoleStmt: "it creates a role, which belongs to the whole server",
  AlterRoleStmt: "it changes a role, which belongs to the whole server",
  AlterRoleSetStmt: "it changes a role's settings, which belong to the whole server",
  DropRoleStmt: "it drops a role, which belongs to the whole server",
  GrantRoleStmt: "it grants role membership, which applies to the whole server",
  CreatedbStmt: "it creates another database",
  DropdbStmt: "it drops a database",
  AlterDatabaseStmt: "it changes a database other than the scratch one",
  AlterDatabaseSetStmt: "it changes a database's settings",
  CreateTableSpaceStmt: "a tablespace is a directory on the server",
  DropTableSpaceStmt: "a tablespace is a directory on the server",
  LoadStmt: "LOAD loads a shared library into the server",
  CreatePLangStmt: "it installs a procedural language on the server"
};
const ESCAPING_WORDS = /\b((to|from)\s+program|pg_read_(binary_)?file|lo_(import|export)|pg_ls_dir|alter\s+system|dblink\w*|superuser|create\s+role|alter\s+role)\b/i;
function reachesOutside(sql) {
  let reason;
  for (const parsed of parseSql(sql)) {
    if (!parsed.ast) continue;
    walk(parsed.ast, (type, node) => {
      if (reason) return false;
      if (CLUSTER_STATEMENTS[type]) reason = CLUSTER_STATEMENTS[type];
      else if (type === "CopyStmt" && node["is_program"]) reason = "COPY ... PROGRAM runs a program on the database server";
      else if (type === "CopyStmt" && typeof node["filename"] === "string") reason = "COPY with a file name reads or writes a file on the database server";
      else if (type === "FuncCall") {
        const name = lastName(node["funcname"]);
        if (name && ESCAPING_FUNCTIONS.has(name)) reason = `${name}() reaches the server's files or other servers`;
      } else if (type === "CreateExtensionStmt" && ESCAPING_EXTENSIONS.has(String(node["extname"]))) {
        reason = `the extension ${String(node["extname"])} exists to reach files, programs or other servers`;
      } else if (type === "CreateFunctionStmt" || type === "DoStmt") {
        const options = type === "DoStmt" ? node["args"] : node["options"];
        const language = defElem(options, "language")?.toLowerCase();
        const body = defElem(options, "as");
        if (language && UNTRUSTED_LANGUAGES.has(language)) reason = `the untrusted language ${language} runs code as the server's operating-system user`;
        else if (body && ESCAPING_WORDS.test(body)) reason = `its code body mentions \`${ESCAPING_WORDS.exec(body)[0]}\`, which reaches outside the database`;
      }
      return void 0;
    });
    if (reason) return reason;
  }
  return reason;
}
function lastName(parts) {
  if (!Array.isArray(parts)) return void 0;
  const last = parts[parts.length - 1];
  return last?.String?.sval?.toLowerCase();
}
function defElem(options, name) {
  for (const option of options ?? []) {
    const def = option.DefElem;
    if (def?.defname !== name) continue;
    const arg = def.arg;
    if (arg?.String?.sval !== void 0) return arg.String.sval;
    const items = arg?.List?.items?.map((i) => i.String?.sval ?? "").join("\n");
    if (items !== void 0) return items;
  }
  return void 0;
}
function needsServerFiles(sql) {
  let reason;
  for (const parsed of parseSql(sql)) {
    walk(parsed.ast, (type, node) => {
      if (reason || type !== "CopyStmt") return;
      if (node["is_program"]) reason = "COPY ... PROGRAM runs a program, and the embedded engine has none";
      else if (typeof node["filename"] === "string") reason = "COPY with a file name reads or writes a server file, and the embedded engine has none";
    });
  }
  return reason;
}

const VERIFY_RULE_IDS = ["fails-on-empty-database", "no-reach-outside-database"];
async function verify(request) {
  const { cwd, config } = request;
  const plan = await planRun(request, config);
  await loadSqlParser();
  const databaseUrl = request.embeddedOnly ? void 0 : resolveDatabaseUrl(request.databaseUrl ?? config.verify.databaseUrl);
  const setup = readSetup(config.verify.setup);
  const configured = verifyRules(config, request.docsUrl);
  const findings = [];
  const trace = [];
  const sets = [];
  const sources = /* @__PURE__ */ new Map();
  for (const planned of plan.sets) {
    const tasks = migrationFiles(planned.files).map((f) => ({ path: f.path, version: f.version, setId: planned.dir, setTool: planned.tool, ...f.content !== void 0 ? { content: f.content } : {} }));
    if (needsTypeScript(tasks)) await loadTypeScript();
    const changeSet = new Set(migrationFiles(planned.files).filter((f) => f.checked).map((f) => f.path));
    const migrations = [];
    for (const task of tasks) {
      const outcome = runReadTask(task, cwd, config);
      if ("migration" in outcome) {
        migrations.push(outcome.migration);
        if (changeSet.has(outcome.migration.path)) sources.set(outcome.migration.path, outcome.migration.text);
      } else {
        throw new UsageError(`cannot read ${outcome.path} (${outcome.error}), so the migrations of ${planned.dir} cannot be replayed`);
      }
    }
    const order = planned.tool === "drizzle" ? drizzleRunOrder(path.resolve(cwd, planned.dir), migrations) : { run: migrations, skipped: [] };
    const replayed = await replayMigrations(planned.dir, order.run, { setup, ...databaseUrl ? { databaseUrl } : {}, statementTimeoutMs: config.verify.statementTimeoutMs });
    for (const m of order.skipped) {
      trace.push({ file: m.path, line: 1, endLine: 1, statement: "", durationMs: 0, locks: [], rewrites: [], notReplayed: "not in drizzle's meta/_journal.json: drizzle-kit never runs it" });
    }
    trace.push(...replayed.trace);
    sets.push(replayed.summary);
    findings.push(...runRules([{ migrations, changeSet, together: planned.together, setId: planned.dir }], configured));
  }
  return { findings: findings.sort(compareFindings), trace, sets, sources, checked: plan.sets.flatMap((s) => migrationFiles(s.files).filter((f) => f.checked).map((f) => f.path)), rules: configured.rules, plan };
}
function verifyRules(config, docsUrl = ruleDocsUrl) {
  const rules = allRules(builtInRules, config);
  const verifyOnly = new Map([...rules].filter(([id]) => VERIFY_RULE_IDS.includes(id)));
  return {
    rules: configureRules(verifyOnly, config),
    postgresVersion: config.postgresVersion,
    knownRuleIds: new Set(rules.keys()),
    downSeverity: config.down,
    docsUrl
  };
}
function resolveDatabaseUrl(value) {
  if (!value?.startsWith("env:")) return value || void 0;
  const name = value.slice(4);
  const url = process.env[name];
  if (!url) throw new UsageError(`verify.databaseUrl names the environment variable ${name}, which is not set`);
  return url;
}
function readSetup(files) {
  return files.map((file) => {
    try {
      return { file, text: readFileSync(file, "utf8") };
    } catch (error) {
      throw new UsageError(`cannot read the verify.setup file ${file}: ${error.code ?? error.message}`);
    }
  });
}
function extensionsCreated(sqls) {
  const names = /* @__PURE__ */ new Set();
  for (const sql of sqls) {
    for (const match of sql.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?(?:"([^"]+)"|([\w-]+))/gi)) names.add((match[1] ?? match[2]).toLowerCase());
  }
  return [...names];
}
async function replayMigrations(setId, migrations, options) {
  const { setup, databaseUrl } = options;
  const started = performance.now();
  const plans = migrations.map(planMigration);
  const sqlSteps = plans.flatMap((p) => p.steps.filter((s) => s.kind === "sql").map((step) => ({ step, migration: p.migration })));
  for (const m of migrations) m.replay = { refused: [], empty: m.statements.every((s) => s.direction !== "up") && m.operations.every((o) => o.direction !== "up") && m.uninspectable.length === 0 };
  const summaryBase = { setId, migrations: migrations.length };
  if (databaseUrl) {
    const refusals = refuseOutsideDatabase(plans);
    if (refusals.length > 0) {
      const trace = sqlSteps.map(({ step, migration }) => {
        const refused = refusals.find((r) => r.step === step);
        return {
          file: migration.path,
          line: step.span.line,
          endLine: step.span.endLine,
          statement: step.sql,
          durationMs: 0,
          locks: [],
          rewrites: [],
          notReplayed: refused ? `refused on a real server: ${refused.reason}` : "not replayed: the set has statements that reach outside the database"
        };
      });
      return { trace, summary: { ...summaryBase, engine: "server", replayed: 0, startMs: 0, wallMs: Math.round(performance.now() - started) } };
    }
  }
  const engineStart = performance.now();
  const db = await openDatabase(databaseUrl, extensionsCreated([...sqlSteps.map((s) => s.step.sql), ...setup.map((s) => s.text)]), options.statementTimeoutMs);
  const startMs = Math.round(performance.now() - engineStart);
  try {
    const replayed = await replayOn(db, plans, setup);
    return { trace: replayed.trace, summary: { ...summaryBase, ...replayed.summary, startMs, wallMs: Math.round(performance.now() - started) } };
  } finally {
    await db.close();
  }
}
async function replayOn(db, plans, setup = []) {
  for (const p of plans) p.migration.replay ??= { refused: [], empty: false };
  if (db.engine === "embedded") skipServerFiles(plans);
  await runSetup(db, setup);
  const result = await replaySet(db, plans);
  const summary = { engine: db.description, replayed: result.replayed };
  if (result.failure) {
    const { migration, step, error, notReplayed } = result.failure;
    const failure = describeFailure(error, step, migration, plans, db, notReplayed);
    migration.replay.failure = failure;
    summary.failure = {
      file: migration.path,
      line: failure.span.line,
      message: failure.message,
      ...failure.code ? { code: failure.code } : {},
      ...failure.cause ? { cause: failure.cause } : {}
    };
  }
  return { trace: result.trace, summary };
}
async function openDatabase(databaseUrl, extensions, statementTimeoutMs) {
  if (databaseUrl) {
    const { startOnServer } = await import('./server-CsRECb_U.js');
    return startOnServer(databaseUrl, { statementTimeoutMs });
  }
  const { startEmbedded } = await import('./embedded-Y9iWjmoG.js');
  return startEmbedded({ extensions, statementTimeoutMs });
}
function skipServerFiles(plans) {
  for (const plan of plans) {
    plan.steps = plan.steps.map((step) => {
      const reason = step.kind === "sql" ? needsServerFiles(step.sql) : void 0;
      return reason ? { kind: "skipped", span: step.span, reason, sql: step.sql } : step;
    });
  }
}
function refuseOutsideDatabase(plans) {
  const refusals = plans.flatMap(
    (p) => p.steps.flatMap((step) => {
      const reason = step.kind === "sql" ? reachesOutside(step.sql) : void 0;
      return reason && step.kind === "sql" ? [{ step, migration: p.migration, reason }] : [];
    })
  );
  for (const r of refusals) {
    r.migration.replay ??= { refused: [], empty: false };
    r.migration.replay.refused.push({ span: r.step.span, reason: r.reason });
  }
  return refusals;
}
async function runSetup(db, setup) {
  for (const { file, text } of setup) {
    let outcome;
    try {
      outcome = await db.exec(text);
    } catch (error) {
      if (error instanceof StatementTimeout) throw new UsageError(`the verify.setup file ${file} ${error.message}`);
      throw error;
    }
    if (!outcome.ok) {
      const line = outcome.error.position ? lineAt(text, outcome.error.position) : 1;
      throw new UsageError(`the verify.setup file ${file}:${line} failed: ${outcome.error.message}${outcome.error.code ? ` (SQLSTATE ${outcome.error.code})` : ""}`);
    }
  }
}
function describeFailure(error, step, migration, plans, db, notReplayed) {
  if (error instanceof StatementTimeout) {
    return { span: step.span, message: `${error.message} (verify.statementTimeout)`, kind: "timeout", notReplayed, engine: db.description };
  }
  const explanation = explainFailure(error, step, migration, plans, db.engine);
  const span = explanation.span ?? positionSpan(step, migration, error.position) ?? step.span;
  return {
    span,
    message: error.message,
    ...error.code ? { code: error.code } : {},
    ...explanation.cause ? { cause: explanation.cause } : {},
    kind: explanation.missingFromEnvironment ? "missing-from-environment" : "rejected",
    notReplayed,
    engine: db.description
  };
}
function positionSpan(step, migration, position) {
  if (!position || migration.language !== "sql" || !step.statement) return void 0;
  const line = step.span.line + lineAt(step.sql, position) - 1;
  return { line, column: 1, endLine: line, endColumn: 1 };
}
function lineAt(text, position) {
  const before = [...text].slice(0, position - 1).join("");
  return before.split("\n").length;
}

const verify$1 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  VERIFY_RULE_IDS,
  extensionsCreated,
  openDatabase,
  refuseOutsideDatabase,
  replayMigrations,
  replayOn,
  verify
}, Symbol.toStringTag, { value: 'Module' }));

export { StatementTimeout as S, verify$1 as a, verify as v };
