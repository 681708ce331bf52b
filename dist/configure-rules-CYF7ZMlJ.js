import { d as defineRule, a as lockImpact, l as lockAtLeast } from './locks-Fx4bbqIT.js';
import { c as compareVersions } from './versions-LHSCgUBv.js';
import { d as describeSite, m as mappedColumn } from './app-schema-DvHJx9OH.js';

const failsOnEmptyDatabase = defineRule({
  id: "fails-on-empty-database",
  description: "A migration that fails when the history is replayed on an empty database (migration-guard verify).",
  severity: "error",
  check(ctx) {
    const replay = ctx.migration.replay;
    if (!replay) return;
    const failure = replay.failure;
    if (failure) {
      const rejected = failure.kind === "timeout" ? `This statement ${failure.message}` : `Postgres rejects this statement: ${failure.message}${failure.code ? ` (SQLSTATE ${failure.code})` : ""}`;
      const cause = failure.cause ? `; ${failure.cause}` : "";
      const later = failure.notReplayed ? ` The replay stopped here: ${failure.notReplayed === 1 ? "1 later migration was" : `${failure.notReplayed} later migrations were`} not replayed.` : " The replay stopped here.";
      const fix = failure.kind === "missing-from-environment" ? " A fresh database lacks something the environment provides: declare it in a `verify.setup` file, or replay on a server that has it (`--database-url`)." : failure.kind === "timeout" ? " Raise `verify.statementTimeout` if it is only slow." : " Deploying this history to a new database (a new environment, a test database, a new developer) fails here.";
      ctx.report({
        at: failure.span,
        message: `${rejected}${cause}.${later}${fix}`,
        // An environment gap (postgis, Supabase's auth schema) is not proof that the history is broken.
        ...failure.kind === "missing-from-environment" ? { severity: "warning" } : {}
      });
    }
    if (replay.empty && !failure) {
      ctx.report({
        at: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: "This migration has no statements, so verify replayed nothing from it. A generated migration that lost its content deploys nothing.",
        severity: "info"
      });
    }
  }
});

function outsideTransactionAdvice(migration, op) {
  if (op.transaction === null) return "";
  const optOut = migration.transaction.optOut;
  return optOut ? ` It must run outside a transaction: ${optOut}.` : " It must run outside a transaction.";
}
function code(name) {
  const longest = Math.max(0, ...[...name.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = name.startsWith("`") || name.endsWith("`") ? " " : "";
  return `${fence}${pad}${name}${pad}${fence}`;
}
function whereInTransaction(ctx, op) {
  const file = ctx.fileOf(op);
  if (file === ctx.migration.path) return `line ${op.span.line}`;
  return `line ${op.span.line} of ${code(file)} (${ctx.migration.transaction.reason}, so the migrations of one deploy share a transaction)`;
}

const MAX_BYTES = 63;
const identifierTooLong = defineRule({
  id: "identifier-too-long",
  description: "A name longer than 63 bytes, which Postgres silently truncates: lookups by the full name miss, and two long names can collide.",
  severity: "warning",
  check(ctx) {
    const seen = /* @__PURE__ */ new Map();
    for (const group of statementGroups(ctx.operations)) {
      const long = group.flatMap((op) => op.longNames ?? []);
      if (long.length === 0) continue;
      const defined = group.flatMap(namedObjects);
      for (const name of long) {
        const object = defined.find((d) => lastPart(d.name) === name.truncated);
        if (!object) continue;
        const at = name.span ? { ...object.at, span: name.span } : object.at;
        const earlier = seen.get(name.truncated);
        if (!earlier) seen.set(name.truncated, { name: name.name, line: at.span.line });
        const collision = earlier && earlier.name !== name.name ? ` It becomes the same name as ${code(earlier.name)} on line ${earlier.line}: Postgres sees one object, so the second statement fails with "already exists" or acts on the first.` : "";
        const bytes = new TextEncoder().encode(name.name).length;
        ctx.report({
          at,
          message: `The ${object.what} name ${code(name.name)} is ${bytes} bytes long: Postgres keeps only the first ${MAX_BYTES} and creates ${code(name.truncated)} with no more than a NOTICE, so anything that looks the object up by its full name as a string (an ORM's schema diff, a query on pg_indexes or information_schema, a hand-written existence check) misses it, and another long name with the same first ${MAX_BYTES} bytes collides with it.${collision} Give it a name of at most ${MAX_BYTES} bytes.`
        });
      }
    }
  }
});
function statementGroups(operations) {
  const groups = [];
  let last;
  for (const op of operations) {
    const same = last && (op.statement ? op.statement === last.statement : !last.statement && op.call === last.call && op.span.line === last.span.line);
    if (same) groups[groups.length - 1].push(op);
    else groups.push([op]);
    last = op;
  }
  return groups;
}
function namedObjects(op) {
  switch (op.kind) {
    case "create-table":
      return [
        { what: op.materializedView ? "materialized view" : "table", name: op.table, at: op },
        ...op.columns.map((c) => ({ what: "column", name: c.name, at: c.span ? { ...op, span: c.span } : op })),
        ...op.constraints.filter((c) => !c.generatedName).map((c) => ({ what: "constraint", name: c.name, at: op }))
      ];
    case "add-column":
      return [{ what: "column", name: op.column.name, at: op }];
    case "add-constraint":
      return op.constraint.generatedName ? [] : [{ what: "constraint", name: op.constraint.name, at: op }];
    case "create-index":
      return indexNameGiven(op) ? [{ what: "index", name: op.name, at: op }] : [];
    case "rename-table":
      return [{ what: "table", name: op.newName, at: op }];
    case "rename-column":
      return [{ what: "column", name: op.newName, at: op }];
    case "rename-index":
      return [{ what: "index", name: op.newName, at: op }];
    case "rename-constraint":
      return [{ what: "constraint", name: op.newName, at: op }];
    case "create-enum":
      return [{ what: "type", name: op.type, at: op }];
    case "other":
      return otherNames(op);
    default:
      return [];
  }
}
function indexNameGiven(op) {
  const ast = op.statement?.ast;
  return !op.statement || ast?.IndexStmt?.idxname !== void 0;
}
const joined = (parts) => (parts ?? []).map((p) => p.String?.sval ?? "").join(".");
function otherNames(op) {
  const ast = op.statement?.ast;
  const node = ast?.[op.nodeType];
  if (!node) return [];
  const relname = (key) => node[key]?.relname;
  const one = (what, name) => name ? [{ what, name, at: op }] : [];
  switch (op.nodeType) {
    case "CreateSeqStmt":
      return one("sequence", relname("sequence"));
    case "ViewStmt":
      return one("view", relname("view"));
    case "CompositeTypeStmt":
      return one("type", relname("typevar"));
    case "CreateFunctionStmt":
      return one("function", joined(node["funcname"]));
    case "CreateDomainStmt":
      return one("domain", joined(node["domainname"]));
    case "CreateTrigStmt":
      return one("trigger", node["trigname"]);
    case "CreatePolicyStmt":
      return one("policy", node["policy_name"]);
    case "CreateSchemaStmt":
      return one("schema", node["schemaname"]);
    default:
      return [];
  }
}
function lastPart(name) {
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(dot + 1) : name;
}

const invalidStatement = defineRule({
  id: "invalid-statement",
  description: "A statement that parses but that Postgres rejects before running it (a column named twice): it fails when the migration runs.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const op of ctx.operations) {
      for (const rejection of op.rejected ?? []) {
        ctx.report({
          at: rejection.span ? { ...op, span: rejection.span } : op,
          message: `Postgres rejects this statement when it runs: ${rejection.message}. The migration fails here. Name each column once.`
        });
      }
    }
  }
});

function migrationName(path) {
  const parts = path.split("/");
  const file = parts[parts.length - 1];
  return /^(migration|up)\.sql$/i.test(file) && parts.length >= 2 ? parts[parts.length - 2] : file;
}
function isNumbered(version) {
  return /^\d/.test(version);
}

const migrationOrder = defineRule({
  id: "migration-order",
  description: "A new migration whose version sorts before (or equals) the newest migration already on the base branch.",
  severity: "warning",
  checkSet(ctx) {
    const history = ctx.history;
    if (!history) return;
    const newest = history.base.filter((m) => isNumbered(m.version)).at(-1);
    if (!newest) return;
    for (const change of history.changes) {
      if (change.status !== "added" || !isNumbered(change.version)) continue;
      const order = compareVersions(change.version, newest.version);
      if (order > 0) continue;
      const relation = order === 0 ? "has the same version as" : "sorts before";
      ctx.report({
        file: change.path,
        message: `${code(migrationName(change.path))} ${relation} ${code(migrationName(newest.path))}, the newest migration on the base branch: databases that already ran that one apply this one out of order, and runners that only apply versions newer than the last one (golang-migrate, Flyway without outOfOrder, Drizzle's migrator) skip it. Regenerate or rename it so its version comes after the newest one.`
      });
    }
  }
});

const noAppCodeInMigration = defineRule({
  id: "no-app-code-in-migration",
  description: "A migration that depends on application code (entities, models, services, config, DI), ORM data APIs, app scripts or other systems.",
  severity: "error",
  check(ctx) {
    for (const dep of ctx.migration.dependencies) {
      switch (dep.kind) {
        case "import":
          ctx.report({
            at: dep,
            message: `This migration imports ${code(dep.name)}, ${dep.detail}: when that code changes, replaying the migration on a fresh database (CI, a new environment, a restore) runs different code than production ran, or no longer compiles. Write the change in plain SQL, or copy the table shape the migration needs into a small local snapshot inside the migration.`
          });
          break;
        case "orm-data-api":
          ctx.report({
            at: dep,
            message: `${code(dep.name)} ${dep.detail}, as they are today rather than as the tables were at this migration: once an entity gains or loses a column, replaying this migration fails or writes the wrong columns. Read and write the rows with plain SQL against the table as it is at this point.`
          });
          break;
        case "process":
          ctx.report({
            at: dep,
            message: `This migration runs ${code(dep.name)}: a script that changes independently of the migration, with effects outside the migration's transaction that are not rolled back if it fails and run again on every replay. Do the data change in SQL inside the migration, or run the script as its own deploy step.`
          });
          break;
        case "network-client":
          ctx.report({
            at: dep,
            message: `This migration uses ${code(dep.name)}, ${dep.detail}: what it does there is not part of the database's history, is not rolled back when the migration fails, and happens again whenever the migrations are replayed. Keep migrations to the database; do that work in the application or a one-off job.`
          });
          break;
      }
    }
  }
});

const noBlockingMaintenance = defineRule({
  id: "no-blocking-maintenance",
  description: "VACUUM FULL, CLUSTER, REINDEX or REFRESH MATERIALIZED VIEW without CONCURRENTLY, LOCK TABLE ... ACCESS EXCLUSIVE, or ALTER TABLE ... SET LOGGED/UNLOGGED/TABLESPACE/ACCESS METHOD on an existing table.",
  severity: "warning",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      const message = blockingMaintenance(ctx, op);
      if (message) ctx.report({ at: op, message, cost: maintenanceCost(op) });
    }
  }
});
function maintenanceCost(op) {
  if (op.kind === "reindex") return "index-build";
  return op.kind === "lock-table" ? null : "rewrite";
}
function blockingMaintenance(ctx, op) {
  const existing = (table) => !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "vacuum": {
      if (!op.full) return void 0;
      const online = "Let plain VACUUM (or autovacuum) reclaim space without blocking, or compact tables online with pg_repack or pg_squeeze, outside the migration.";
      if (!op.table) {
        return `VACUUM FULL without a table rewrites every table of the database in turn, each under an ACCESS EXCLUSIVE lock that blocks every read and write of it until its copy is written. ${online}${failsInTransaction(op, "VACUUM")}`;
      }
      if (!existing(op.table)) return void 0;
      return `VACUUM FULL rewrites ${code(op.table)} into a new file under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is written, minutes to hours on a large table. ${online}${failsInTransaction(op, "VACUUM")}`;
    }
    case "cluster": {
      const online = "Reorder the table online with pg_repack (`--order-by`) outside the migration, or leave it: the order decays with new writes anyway.";
      if (!op.table) {
        return `CLUSTER without a table re-sorts every table that was clustered before, each under an ACCESS EXCLUSIVE lock that blocks every read and write of it while it is rewritten. ${online}${failsInTransaction(op, "CLUSTER without a table")}`;
      }
      if (!existing(op.table)) return void 0;
      return `CLUSTER rewrites ${code(op.table)} in index order under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the rewrite ends, minutes to hours on a large table. ${online}`;
    }
    case "reindex":
      return op.concurrent ? void 0 : reindexMessage(ctx, op, existing);
    case "refresh-materialized-view":
      if (op.concurrent || !existing(op.view)) return void 0;
      return `REFRESH MATERIALIZED VIEW ${code(op.view)} holds an ACCESS EXCLUSIVE lock on the view while its query reruns: every SELECT from it waits until the refresh ends. Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), which lets reads continue, or refresh from a scheduled job rather than a migration.`;
    case "lock-table":
      if (op.mode !== "ACCESS EXCLUSIVE" || !existing(op.table)) return void 0;
      return `LOCK TABLE ${code(op.table)} in ACCESS EXCLUSIVE mode blocks every read and write of the table until the transaction commits, and while it waits for running queries every query behind it waits too. Take only the lock the statements need (DDL takes its own), keep the transaction short and set lock_timeout; to keep writers out of a data fix, SHARE ROW EXCLUSIVE lets reads continue.`;
    case "alter-table-other":
      return rewritingAlter(op, existing);
    default:
      return void 0;
  }
}
const REWRITING_ALTERS = {
  AT_SetLogged: {
    clause: "SET LOGGED",
    why: "copies every row into a new file and writes all of it to the WAL",
    instead: "Create the table LOGGED from the start, or switch it in a maintenance window."
  },
  AT_SetUnLogged: {
    clause: "SET UNLOGGED",
    why: "copies every row into a new file (and the table then loses its data after a crash and is not replicated)",
    instead: "Keep the table logged, or switch it in a maintenance window."
  },
  AT_SetTableSpace: {
    clause: "SET TABLESPACE",
    why: "copies every data file of the table to the new tablespace",
    instead: "Move it online with pg_repack --tablespace outside the migration, or in a maintenance window."
  },
  AT_SetAccessMethod: {
    clause: "SET ACCESS METHOD",
    why: "rewrites every row in the new storage format",
    instead: "Create a new table with the access method, copy in batches and swap, or switch it in a maintenance window."
  }
};
function rewritingAlter(op, existing) {
  const form = REWRITING_ALTERS[op.action];
  if (!form || !existing(op.table)) return void 0;
  return `ALTER TABLE ${code(op.table)} ${form.clause} ${form.why} under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is done, minutes to hours on a large table. ` + form.instead;
}
function reindexMessage(ctx, op, existing) {
  const concurrently = ctx.postgresVersion >= 12 ? `Use REINDEX ${op.target.toUpperCase()} CONCURRENTLY instead.${outsideTransactionAdvice(ctx.migration, op)}` : `PostgreSQL ${ctx.postgresVersion} has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, drop the old index with DROP INDEX CONCURRENTLY and rename the new one.`;
  switch (op.target) {
    case "index": {
      const table = ctx.stateBefore(op).index(op.name)?.table;
      if (table && !existing(table)) return void 0;
      const on = table ? code(table) : "its table";
      return `REINDEX INDEX ${code(op.name)} blocks writes to ${on} and holds an ACCESS EXCLUSIVE lock on the index until it is rebuilt, which also stalls almost every read (the planner locks all of a table's indexes). ${concurrently}`;
    }
    case "table":
      if (!existing(op.name)) return void 0;
      return `REINDEX TABLE blocks writes to ${code(op.name)} and holds an ACCESS EXCLUSIVE lock on each of its indexes until they are rebuilt, which also stalls almost every read (the planner locks all of a table's indexes). ${concurrently}`;
    case "system":
      return `REINDEX SYSTEM rebuilds the system catalogs under exclusive locks that stall every session of the database. Run it in a maintenance window, not in a migration.${failsInTransaction(op, "REINDEX SYSTEM")}`;
    default: {
      const scope = op.target === "schema" ? `schema ${code(op.name)}` : "database";
      const failing = ctx.postgresVersion >= 12 ? "" : failsInTransaction(op, `REINDEX ${op.target.toUpperCase()}`);
      return `REINDEX ${op.target.toUpperCase()} rebuilds every index in the ${scope}, blocking writes to each table and nearly all reads while its indexes are rebuilt. ${concurrently}${failing}`;
    }
  }
}
function failsInTransaction(op, command) {
  return op.transaction === null ? "" : ` ${command} cannot run inside a transaction block either, so as written the migration fails.`;
}

function rewriteCost(table) {
  return `rewrites ${code(table)} and its indexes under an ACCESS EXCLUSIVE lock, blocking every read and write of the table for the whole rewrite (minutes to hours on a large table)`;
}

const REWRITE_FREE_CHANGES = "varchar(n) \u2192 varchar(m \u2265 n), varchar or text; text \u2192 varchar without a limit; numeric(p,s) \u2192 numeric(q \u2265 p,s) or numeric; bit varying(n) \u2192 bit varying(m \u2265 n); cidr \u2192 inet; a wider timestamp/time precision; on Postgres 12+ timestamp \u2194 timestamptz with the session TimeZone UTC";
const WIDENABLE = /* @__PURE__ */ new Set(["varchar", "varbit", "numeric", "timestamp", "timestamptz", "time", "timetz"]);
const MAX_TIME_PRECISION = 6;
const BINARY_COERCIBLE = /* @__PURE__ */ new Set(["varchar\u2192text", "text\u2192varchar", "cidr\u2192inet"]);
const TIMESTAMPS = /* @__PURE__ */ new Set(["timestamp", "timestamptz"]);
function typeChange(from, to, postgresVersion) {
  if (from.array !== to.array) return { kind: "rewrite" };
  if (from.name === to.name && sameModifiers(from, to)) return { kind: "same" };
  if (from.array) return { kind: "rewrite" };
  if (from.name === to.name) return WIDENABLE.has(from.name) && widens(from, to) ? { kind: "no-rewrite" } : { kind: "rewrite" };
  if (BINARY_COERCIBLE.has(`${from.name}\u2192${to.name}`)) {
    if (to.name === "varchar" && to.modifiers.length > 0) return { kind: "rewrite" };
    return { kind: "no-rewrite" };
  }
  if (TIMESTAMPS.has(from.name) && TIMESTAMPS.has(to.name)) {
    if (postgresVersion < 12 || !widens(from, to)) return { kind: "rewrite" };
    return { kind: "no-rewrite-if-utc" };
  }
  return { kind: "rewrite" };
}
function canBeRewriteFreeTarget(to) {
  return !to.array && (WIDENABLE.has(to.name) || to.name === "text" || to.name === "inet");
}
function sameModifiers(a, b) {
  const x = effectiveModifiers(a);
  const y = effectiveModifiers(b);
  return x.length === y.length && x.every((m, i) => m === y[i]);
}
function effectiveModifiers(t) {
  if (t.name === "numeric" && t.modifiers.length === 1) return [t.modifiers[0], 0];
  if (isTime(t.name) && (t.modifiers[0] ?? MAX_TIME_PRECISION) >= MAX_TIME_PRECISION) return [];
  return t.modifiers;
}
function widens(from, to) {
  const f = effectiveModifiers(from);
  const t = effectiveModifiers(to);
  if (t.length === 0) return true;
  if (f.length === 0) return false;
  if (from.name === "numeric") return t[1] === f[1] && t[0] >= f[0];
  return t[0] >= f[0];
}
function isTime(name) {
  return name === "timestamp" || name === "timestamptz" || name === "time" || name === "timetz";
}
const UTC_NAMES = /* @__PURE__ */ new Set(["utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "zulu", "etc/zulu", "universal", "etc/universal", "0"]);
function isUtcTimeZone(value) {
  const v = value.trim().toLowerCase();
  return UTC_NAMES.has(v) || /^'?[+-]?0{1,2}(:00)?'?(::interval)?$/.test(v);
}

const noColumnTypeChange = defineRule({
  id: "no-column-type-change",
  description: "ALTER COLUMN ... TYPE that rewrites the table (every change except a few widening casts) on an existing table.",
  severity: "error",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "alter-column-type" || ctx.isNewTable(op.table, op)) continue;
      const finding = typeChangeFinding(ctx, op);
      if (finding) ctx.report(finding);
    }
  }
});
function typeChangeFinding(ctx, op) {
  const column = code(op.column);
  const to = op.type.display;
  const from = ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.type;
  const change = from ? typeChange(from, op.type, ctx.postgresVersion).kind : void 0;
  if (change === "same") return void 0;
  const fromText = from ? ` (from ${from.display})` : "";
  const newColumn = `add a new ${to} column, write both columns from the app or a trigger, backfill it in batches, switch reads to it, then drop ${column}.`;
  const newColumnFix = newColumn[0].toUpperCase() + newColumn.slice(1);
  if (op.recreatesColumn) {
    return {
      at: op,
      message: `This changes ${column} of ${code(op.table)} to ${to}${fromText} by dropping the column and adding it again: every value in it is lost, and code running during the rollout fails on the missing column. ` + newColumnFix
    };
  }
  if (op.using !== void 0) {
    return {
      at: op,
      message: `ALTER COLUMN ${column} TYPE ${to} USING ${op.using} evaluates the expression for every row, so Postgres ${rewriteCost(op.table)}. ${newColumnFix}`
    };
  }
  if (change === "no-rewrite") return void 0;
  if (change === "no-rewrite-if-utc") {
    if (sessionIsUtc(ctx, op)) return void 0;
    const setUtc = op.transaction === null ? "SET TimeZone = 'UTC'" : "SET LOCAL TimeZone = 'UTC' in the same transaction";
    return {
      at: op,
      message: `ALTER COLUMN ${column} TYPE ${to}${fromText} converts the existing values in the session TimeZone: unless that is UTC, Postgres ${rewriteCost(op.table)}. Run ${setUtc} before it (Postgres 12+ then changes only the catalog), or add a new column and backfill it in batches.`
    };
  }
  if (!from && canBeRewriteFreeTarget(op.type)) {
    return {
      at: op,
      severity: "warning",
      message: `migration-guard could not see the current type of ${code(op.table)}.${column} (the migrations it read do not create it): ALTER COLUMN TYPE ${to} is safe only if it is one of these widenings: ${REWRITE_FREE_CHANGES}. Any other change ${rewriteCost(op.table)}; for those, ${newColumn}`
    };
  }
  return {
    at: op,
    message: `ALTER COLUMN ${column} TYPE ${to}${fromText} converts every value, so Postgres ${rewriteCost(op.table)}. ${newColumnFix}`
  };
}
function sessionIsUtc(ctx, op) {
  let utc = false;
  for (const other of ctx.operations) {
    if (other === op) break;
    if (other.kind !== "set" || other.name !== "timezone") continue;
    if (other.local && (other.transaction === null || other.transaction !== op.transaction)) continue;
    utc = other.value !== null && isUtcTimeZone(other.value);
  }
  return utc;
}

const noConcurrentIndexInTransaction = defineRule({
  id: "no-concurrent-index-in-transaction",
  description: "CONCURRENTLY index builds and drops, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY fail inside a transaction.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const op of ctx.operations) {
      const what = concurrentCommand(op);
      if (!what || op.transaction === null) continue;
      const { reason, optOut } = ctx.migration.transaction;
      const fix = `Fix: ${optOut ?? "run it in a migration that is not wrapped in a transaction"}.`;
      ctx.report({
        at: op,
        message: `${what} fails when the migration runs: Postgres rejects it with "cannot run inside a transaction block", and this statement runs in one because ${reason}. ${fix}`
      });
    }
  }
});
function concurrentCommand(op) {
  switch (op.kind) {
    case "create-index":
      return op.concurrent ? `${op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX"} CONCURRENTLY ${code(op.name)}` : void 0;
    case "drop-index":
      return op.concurrent ? `DROP INDEX CONCURRENTLY ${code(op.index)}` : void 0;
    case "reindex":
      return op.concurrent ? `REINDEX ${op.target.toUpperCase()} CONCURRENTLY${op.name ? ` ${code(op.name)}` : ""}` : void 0;
    case "detach-partition":
      return op.concurrent ? `DETACH PARTITION ${code(op.partition)} CONCURRENTLY` : void 0;
    default:
      return void 0;
  }
}

function effectiveRows(op, state) {
  if (op.rows !== "bounded" || !op.matchedColumns) return op.rows;
  const keys = uniqueKeys(op.table, state);
  if (!keys) return "bounded";
  const isKeyed = (columns) => columns.includes("ctid") || keys.some((key) => key.every((c) => columns.includes(c)));
  return op.matchedColumns.every(isKeyed) ? "bounded" : "unbounded";
}
function uniqueKeys(table, state) {
  const t = state.table(table);
  if (!t || t.origin.createdIn === void 0) return void 0;
  const keys = [];
  for (const c of t.constraints.values()) {
    if (c.type === "primary-key" || c.type === "unique") keys.push(c.columns);
  }
  for (const index of state.indexesOf(table)) {
    if (index.unique && !index.columns.includes("expr")) keys.push(index.columns);
  }
  return keys.filter((k) => k.length > 0);
}

const CONSTRAINT_WORDS = {
  check: "ADD CHECK",
  "foreign-key": "ADD FOREIGN KEY",
  unique: "ADD UNIQUE",
  "primary-key": "ADD PRIMARY KEY",
  exclusion: "ADD EXCLUDE",
  "not-null": "ADD NOT NULL"
};
const OTHER_STATEMENTS = {
  CreateTrigStmt: "CREATE TRIGGER",
  CreatePolicyStmt: "CREATE POLICY",
  RuleStmt: "CREATE RULE",
  GrantStmt: "GRANT",
  CommentStmt: "COMMENT",
  ViewStmt: "CREATE VIEW"
};
function statementLabel(op) {
  switch (op.kind) {
    case "create-table":
      return op.materializedView ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE";
    case "drop-table":
      return "DROP TABLE";
    case "rename-table":
      return "ALTER TABLE ... RENAME TO";
    case "add-column":
      return "ALTER TABLE ... ADD COLUMN";
    case "drop-column":
      return "ALTER TABLE ... DROP COLUMN";
    case "rename-column":
      return "ALTER TABLE ... RENAME COLUMN";
    case "alter-column-type":
      return "ALTER COLUMN ... TYPE";
    case "set-not-null":
      return "ALTER COLUMN ... SET NOT NULL";
    case "drop-not-null":
      return "ALTER COLUMN ... DROP NOT NULL";
    case "set-default":
      return "ALTER COLUMN ... SET DEFAULT";
    case "drop-default":
      return "ALTER COLUMN ... DROP DEFAULT";
    case "add-constraint":
      return `ALTER TABLE ... ${CONSTRAINT_WORDS[op.constraint.type]}`;
    case "drop-constraint":
      return "ALTER TABLE ... DROP CONSTRAINT";
    case "validate-constraint":
      return "ALTER TABLE ... VALIDATE CONSTRAINT";
    case "rename-constraint":
      return "ALTER TABLE ... RENAME CONSTRAINT";
    case "alter-table-other":
      return "ALTER TABLE";
    case "create-index":
      return op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
    case "drop-index":
      return "DROP INDEX";
    case "rename-index":
      return "ALTER INDEX ... RENAME";
    case "reindex":
      return `REINDEX ${op.target.toUpperCase()}`;
    case "create-enum":
      return "CREATE TYPE ... AS ENUM";
    case "add-enum-value":
      return "ALTER TYPE ... ADD VALUE";
    case "rename-enum-value":
      return "ALTER TYPE ... RENAME VALUE";
    case "data-change":
      return op.dml.toUpperCase();
    case "truncate":
      return "TRUNCATE";
    case "set":
      return "SET";
    case "lock-table":
      return "LOCK TABLE";
    case "vacuum":
      return op.full ? "VACUUM FULL" : "VACUUM";
    case "cluster":
      return "CLUSTER";
    case "refresh-materialized-view":
      return "REFRESH MATERIALIZED VIEW";
    case "transaction":
      return op.action.toUpperCase();
    case "attach-partition":
      return "ALTER TABLE ... ATTACH PARTITION";
    case "detach-partition":
      return "ALTER TABLE ... DETACH PARTITION";
    case "sequence-reset":
      return "setval";
    case "other":
      return OTHER_STATEMENTS[op.nodeType] ?? "statement";
  }
}

function scanTransactions(ctx, start, add, visit) {
  const summaries = /* @__PURE__ */ new Map();
  for (const op of ctx.operations) {
    if (op.transaction === null) continue;
    const key = `${op.direction}:${op.transaction}`;
    let summary = summaries.get(key);
    if (!summary) {
      summary = start();
      for (const earlier of ctx.earlierInTransaction(op)) add(summary, earlier);
      summaries.set(key, summary);
    }
    visit(op, summary);
    add(summary, op);
  }
}

const noDataChangeWithDdl = defineRule({
  id: "no-data-change-with-ddl",
  description: "A backfill (UPDATE/INSERT/DELETE/MERGE) in the same transaction as DDL that locks the same table holds that lock for the whole backfill.",
  severity: "error",
  cost: "backfill",
  check(ctx) {
    if (!ctx.operations.some((op) => op.kind === "data-change" && op.transaction !== null)) return;
    scanTransactions(ctx, () => /* @__PURE__ */ new Map(), (held, ddl) => noteLocks(held, ddl, ctx), (op, held) => {
      if (op.kind !== "data-change") return;
      if (effectiveRows(op, ctx.stateBefore(op)) === "bounded") return;
      const strongest = held.get(op.table);
      if (!strongest) return;
      const { ddl, lock } = strongest;
      ctx.report({
        at: op,
        message: `This ${op.dml.toUpperCase()} of ${code(op.table)} runs in the same transaction as the ${statementLabel(ddl)} on ${whereInTransaction(ctx, ddl)}, so that statement's ${lock.mode} lock on ${code(lock.table)} stays held until the backfill commits, which ${lockImpact(lock.mode)} for as long as the backfill runs. Ship the schema change on its own and backfill in a later migration or a job, in batches by key range that each commit.${outsideTransactionAdvice(ctx.migration, op)}`
      });
    });
  }
});
function noteLocks(held, ddl, ctx) {
  if (ddl.kind === "data-change" || ddl.kind === "transaction" || ddl.kind === "set") return;
  for (const lock of ctx.locksOf(ddl)) {
    if (!lockAtLeast(lock.mode, "SHARE") || ctx.isNewTable(lock.table, ddl)) continue;
    const strongest = held.get(lock.table);
    if (!strongest || !lockAtLeast(strongest.lock.mode, lock.mode)) held.set(lock.table, { ddl, lock });
  }
}

function columnMapping(ctx, table, column) {
  return atBoth(ctx, (schema) => mappedColumn(schema, table, column));
}
function tableMapping(ctx, table) {
  return atBoth(ctx, (schema) => schema.tables.get(table));
}
function atBoth(ctx, find) {
  const head = ctx.schema ? find(ctx.schema) : void 0;
  if (head) return { head };
  const base = ctx.baseSchema ? find(ctx.baseSchema) : void 0;
  return base ? { removed: base } : {};
}
function unreadableModels(ctx) {
  const files = [...ctx.schema?.unreadable ?? [], ...ctx.baseSchema?.unreadable ?? []];
  const unique = files.filter((f, i) => files.findIndex((g) => g.file === f.file) === i);
  if (unique.length === 0) return void 0;
  const shown = unique.slice(0, 3).map((u) => `${u.file}:${u.line} (${u.reason})`);
  return unique.length > 3 ? `${shown.join(", ")} and ${unique.length - 3} more` : shown.join(", ");
}
function site(mapping) {
  return describeSite(mapping.site);
}
function recreatedInTransaction(ctx, dropped, table, column) {
  if (dropped.transaction === null) return false;
  const after = ctx.operations.slice(ctx.operations.indexOf(dropped) + 1).filter((op) => op.transaction === dropped.transaction && op.direction === "up");
  if (column === void 0) {
    return after.some((op) => op.kind === "create-table" && op.table === table || op.kind === "rename-table" && op.newName === table);
  }
  return after.some(
    (op) => op.kind === "add-column" && op.table === table && op.column.name === column || op.kind === "rename-column" && op.table === table && op.newName === column
  );
}
function appMapsTable(ctx, table) {
  return ctx.schema?.tables.has(table) === true || ctx.baseSchema?.tables.has(table) === true;
}

function columnAddedEarlier(ctx, table, column, at) {
  for (const op of ctx.operations) {
    if (op === at) return false;
    if (op.kind === "add-column" && op.table === table && op.column.name === column) return true;
  }
  return false;
}

const noDropColumn = defineRule({
  id: "no-drop-column",
  description: "DROP COLUMN on an existing table breaks the code that still maps the column during the rollout.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-column" || ctx.isNewTable(op.table, op)) continue;
      if (appMapsTable(ctx, op.table)) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op)) continue;
      const column = code(op.column);
      ctx.report({
        at: op,
        message: `Dropping ${column} from ${code(op.table)} breaks the code still running during the rollout that reads or writes it (ORMs select every mapped column), with "column does not exist", and its data is gone. Remove ${column} from the app's models and deploy that first; drop the column in a later deploy.`
      });
    }
  }
});

const noDropDatabase = defineRule({
  id: "no-drop-database",
  description: "DROP DATABASE in a migration: every environment it runs in loses a whole database.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "other" || op.nodeType !== "DropdbStmt") continue;
      const name = op.statement?.ast?.DropdbStmt?.dbname;
      const what = name ? `the database ${code(name)}` : "a database";
      ctx.report({
        at: op,
        message: `This migration drops ${what} with all its tables and data in every environment it is deployed to, production included, and no rollback brings it back (it also fails inside the runner's transaction, and while anyone is connected to it). Drop databases by hand, as an operation with a backup, never in a migration.`
      });
    }
  }
});

const noDropMappedColumn = defineRule({
  id: "no-drop-mapped-column",
  description: "DROP COLUMN of a column the app's models still map (or mapped until this change set).",
  severity: "error",
  check(ctx) {
    if (!ctx.schema && !ctx.baseSchema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "drop-column" || op.direction !== "up" || recreatedInTransaction(ctx, op, op.table, op.column)) continue;
      const name = code(`${op.table}.${op.column}`);
      const { head, removed } = columnMapping(ctx, op.table, op.column);
      if (head) {
        ctx.report({
          at: op,
          message: `Dropping ${name} breaks the app, which still maps it as ${site(head)}: every query that selects the column fails from the moment this runs. Remove the field from the model and deploy that first, then drop the column in a later deploy.`
        });
      } else if (removed && !ctx.isNewTable(op.table, op)) {
        ctx.report({
          at: op,
          severity: "warning",
          message: `This change set also removes ${site(removed)} from the model, but the code still running during the rollout maps ${name} and fails on every query that selects it once this runs. Ship the model change first and drop the column in a later deploy.`
        });
      } else if (!removed && !ctx.isNewTable(op.table, op)) {
        const unreadable = unreadableModels(ctx);
        if (!unreadable) continue;
        ctx.report({
          at: op,
          message: `migration-guard could not read ${unreadable}, so it cannot tell whether the app still maps ${name}; if it does, every query that selects the column fails once this runs. Fix the syntax error so the cross-check can read the models.`
        });
      }
    }
  }
});

const noDropMappedTable = defineRule({
  id: "no-drop-mapped-table",
  description: "DROP TABLE or RENAME of a table the app's models still map (or mapped until this change set).",
  severity: "error",
  check(ctx) {
    if (!ctx.schema && !ctx.baseSchema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "drop-table" && op.kind !== "rename-table" || op.direction !== "up") continue;
      if (op.kind === "drop-table" && recreatedInTransaction(ctx, op, op.table)) continue;
      const newName = op.kind === "rename-table" ? op.newName : void 0;
      const bridge = newName === void 0 ? "" : `Create a view under the old name in the same migration (\`CREATE VIEW ${op.table} AS SELECT * FROM ${newName}\`) and drop it in a later deploy, once no running code uses ${code(op.table)}.`;
      const { head, removed } = tableMapping(ctx, op.table);
      if (head) {
        const what = newName === void 0 ? `Dropping ${code(op.table)}` : `Renaming ${code(op.table)} to ${code(newName)}`;
        const fix2 = newName === void 0 ? "Remove the model and deploy that first, then drop the table in a later deploy." : bridge;
        ctx.report({
          at: op,
          message: `${what} breaks the app, which still maps it as ${site(head)}: every query on that model fails from the moment this runs. ${fix2}`
        });
        continue;
      }
      if (ctx.isNewTable(op.table, op)) continue;
      if (!removed) {
        const unreadable = unreadableModels(ctx);
        if (!unreadable) continue;
        ctx.report({
          at: op,
          message: `migration-guard could not read ${unreadable}, so it cannot tell whether the app still maps ${code(op.table)}; if it does, every query on that model fails once this runs. Fix the syntax error so the cross-check can read the models.`
        });
        continue;
      }
      const moved = newName === void 0 ? void 0 : ctx.schema?.tables.get(newName);
      const change = moved ? `moves the model to ${code(newName)}, as ${site(moved)},` : `removes ${site(removed)} from the models`;
      const fix = newName === void 0 ? "Ship the model change first and drop the table in a later deploy." : bridge;
      ctx.report({
        at: op,
        severity: "warning",
        message: `This change set also ${change}, but the code still running during the rollout queries ${code(op.table)} and fails once this runs. ${fix}`
      });
    }
  }
});

const noDropNotNull = defineRule({
  id: "no-drop-not-null",
  description: "DROP NOT NULL on an existing table: code still running during the rollout assumes the column is always set and starts reading NULLs.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-not-null" || ctx.isNewTable(op.table, op)) continue;
      if (ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.notNull === false) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op) || restoredLater(ctx.operations, op)) continue;
      const column = `${code(op.table)}.${code(op.column)}`;
      ctx.report({
        at: op,
        message: `After this migration ${column} may hold NULL, but the code still running during the rollout (and any reader of the table: reports, exports, other services) was written for a column that is always set: as soon as new code writes a NULL, old code reading the row fails or mishandles it. Make every reader handle NULL and deploy that first; drop NOT NULL in a later deploy.`
      });
    }
  }
});
function restoredLater(operations, drop) {
  const after = operations.slice(operations.indexOf(drop) + 1);
  return after.some(
    (op) => op.kind === "set-not-null" && op.table === drop.table && op.column === drop.column && (drop.transaction !== null && op.transaction === drop.transaction || drop.call !== void 0 && op.call === drop.call && op.span.line === drop.span.line)
  );
}

const noDropTable = defineRule({
  id: "no-drop-table",
  description: "DROP TABLE of an existing table breaks the code that still uses it during the rollout.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-table" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      const table = code(op.table);
      ctx.report({
        at: op,
        message: `Dropping ${table} waits for an ACCESS EXCLUSIVE lock on it, then breaks the code still running during the rollout that queries it ("relation does not exist"), and its data is gone. Remove every use of ${table} from the app and deploy that first; drop the table in a later deploy.`
      });
    }
  }
});

const noEditAppliedMigration = defineRule({
  id: "no-edit-applied-migration",
  description: "A change set that modifies, renames or deletes a migration that already exists on the base branch.",
  severity: "error",
  checkSet(ctx) {
    for (const change of ctx.history?.changes ?? []) {
      const name = code(migrationName(change.path));
      if (change.status === "modified") {
        const line = change.firstChangedLine ?? 1;
        ctx.report({
          file: change.path,
          at: { line, column: 1, endLine: line, endColumn: 1 },
          message: `${name} already exists on the base branch, so databases that ran it never see this edit and drift from fresh ones (and tools that checksum applied migrations, like Prisma and Flyway, reject it). Revert the edit and make the change in a new migration.`
        });
      } else if (change.status === "renamed") {
        ctx.report({
          file: change.path,
          message: `${name} is ${code(migrationName(change.previousPath ?? change.path))} renamed: tools that record applied migrations by name run it again on databases that already ran it, and report the old name as missing. Keep the original name; if the order must change, add a new migration instead.`
        });
      } else if (change.status === "deleted") {
        ctx.report({
          file: change.path,
          message: `${name} exists on the base branch and is deleted here: databases that ran it keep its changes while new ones never get them, and tools that verify their history (Knex, Prisma) fail on the missing file. Restore it, and undo its effect with a new migration if needed.`
        });
      }
    }
  }
});

function stringConstants(ast) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "A_Const") {
        const text = value.sval?.sval;
        if (typeof text === "string") found.push(text);
      }
      visit(value);
    }
  };
  visit(ast);
  return found;
}

const NOT_A_USE = /* @__PURE__ */ new Set(["AlterEnumStmt", "CreateEnumStmt", "CommentStmt"]);
const noEnumValueInTransaction = defineRule({
  id: "no-enum-value-in-transaction",
  description: "ALTER TYPE ... ADD VALUE inside a transaction on PostgreSQL < 12, or the new value used before the transaction commits.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    if (!ctx.operations.some((op) => op.kind === "add-enum-value") && !ctx.migration.transaction.sharedAcrossPending) return;
    const constants = new StringConstantsOf();
    scanTransactions(
      ctx,
      () => ({ created: /* @__PURE__ */ new Set(), own: /* @__PURE__ */ new Map(), earlier: /* @__PURE__ */ new Map(), ownReported: /* @__PURE__ */ new Map(), reported: /* @__PURE__ */ new Set() }),
      (pending, op) => {
        const own = ctx.fileOf(op) === ctx.migration.path;
        if (!own && op.kind === "add-enum-value") addTo(pending.earlier, op);
        if (own && op.kind === "create-enum") pending.created.add(op.type);
      },
      (op, pending) => {
        if (op.kind === "add-enum-value") return checkAdd(ctx, op, pending);
        if (pending.own.size === 0 && pending.earlier.size === 0) return;
        const use = op.statement ?? op;
        for (const value of constants.of(op)) {
          for (const add of pending.own.get(value) ?? []) {
            const done = pending.ownReported.get(use) ?? /* @__PURE__ */ new Set();
            if (done.has(add)) continue;
            done.add(add);
            pending.ownReported.set(use, done);
            reportUse(ctx, use, add);
          }
          for (const add of pending.earlier.get(value) ?? []) {
            if (pending.reported.has(use)) break;
            pending.reported.add(use);
            reportUse(ctx, use, add);
          }
        }
      }
    );
  }
});
function addTo(values, add) {
  values.set(add.value, [...values.get(add.value) ?? [], add]);
}
function checkAdd(ctx, add, pending) {
  if (pending.created.has(add.type)) return;
  const label = `${code(add.type)} value '${add.value}'`;
  if (ctx.postgresVersion < 12) {
    ctx.report({
      at: add,
      message: `PostgreSQL ${ctx.postgresVersion} refuses ALTER TYPE ... ADD VALUE inside a transaction block ("ALTER TYPE ... ADD cannot run inside a transaction block"), so adding the ${label} makes the migration fail. Add the value in a migration of its own.${outsideTransactionAdvice(ctx.migration, add)}`
    });
  }
  const alreadyThere = add.ifNotExists && ctx.stateBefore(add).enumType(add.type)?.values.includes(add.value);
  if (!alreadyThere) addTo(pending.own, add);
}
function reportUse(ctx, use, add) {
  ctx.report({
    at: use,
    message: `This statement uses the ${code(add.type)} value '${add.value}', which the ALTER TYPE on ${whereInTransaction(ctx, add)} adds in the same transaction: Postgres rejects a new enum value until the transaction that added it commits ("unsafe use of new value"), so the migration fails. Add the value in a migration of its own, deployed before the one that uses it.`
  });
}
class StringConstantsOf {
  byStatement = /* @__PURE__ */ new Map();
  of(op) {
    const statement = op.statement;
    if (!statement) return new Set(op.kind === "data-change" ? op.literals : []);
    let found = this.byStatement.get(statement);
    if (!found) {
      found = new Set(NOT_A_USE.has(statement.nodeType ?? "") ? [] : stringConstants(statement.ast));
      this.byStatement.set(statement, found);
    }
    return found;
  }
}

const noReachOutsideDatabase = defineRule({
  id: "no-reach-outside-database",
  description: "A statement that acts outside its database (server files, programs, ALTER SYSTEM, roles): verify refuses to replay it on a real server.",
  severity: "error",
  check(ctx) {
    for (const refused of ctx.migration.replay?.refused ?? []) {
      ctx.report({
        at: refused.span,
        message: `Not replayed on a real server: ${refused.reason}. verify ran nothing of this migration set. A migration should change only its own database; do server-level setup (roles, files, configuration) out of band, or replay on the embedded engine, which has no files, programs or network to reach.`
      });
    }
  }
});

const noRenameColumn = defineRule({
  id: "no-rename-column",
  description: "RENAME COLUMN on an existing table breaks the code still using the old name during the rollout.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "rename-column" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op)) continue;
      const [from, to] = [code(op.column), code(op.newName)];
      ctx.report({
        at: op,
        message: `Renaming ${from} to ${to} on ${code(op.table)} takes effect at once, but the code still running during the rollout reads and writes ${from} and fails with "column does not exist" until every instance runs the new version. Add ${to} as a new column, write both from the app, backfill it in batches, move reads to ${to}, and drop ${from} in a later deploy.`
      });
    }
  }
});

const noRenameMappedColumn = defineRule({
  id: "no-rename-mapped-column",
  description: "RENAME COLUMN of a column the app maps under its old name, or maps under the new name only since this change set.",
  severity: "error",
  check(ctx) {
    if (!ctx.schema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "rename-column" || op.direction !== "up") continue;
      const from = code(`${op.table}.${op.column}`);
      const oldName = mappedColumn(ctx.schema, op.table, op.column);
      if (oldName) {
        ctx.report({
          at: op,
          message: `Renaming ${from} to ${code(op.newName)} breaks the app, which still maps the old name as ${site(oldName)}: every query that selects it fails once this runs. Add the new column, write to both, backfill, move the model to it, and drop the old column in a later deploy.`
        });
        continue;
      }
      const newName = mappedColumn(ctx.schema, op.table, op.newName);
      if (!newName || !ctx.baseSchema || mappedColumn(ctx.baseSchema, op.table, op.newName) || ctx.isNewTable(op.table, op)) continue;
      ctx.report({
        at: op,
        message: `The model maps the new name ${code(op.newName)} only since this change set (${site(newName)}), so the code still running during the rollout selects ${from}, which no longer exists once this runs. Add the new column next to the old one (write both, backfill), switch the model, and drop the old column in a later deploy.`
      });
    }
  }
});

const RESERVED = new Set(
  "all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with".split(" ")
);
function sqlName(name) {
  return name.split(".").map(sqlIdentifier).join(".");
}
function sqlIdentifier(part) {
  if (/^[a-z_][a-z0-9_$]*$/.test(part) && !RESERVED.has(part)) return part;
  return `"${part.replace(/"/g, '""')}"`;
}
function sqlColumns(columns) {
  return `(${columns.map(sqlIdentifier).join(", ")})`;
}

function hasViewBridge(ctx, rename) {
  if (rename.transaction === null) return false;
  const after = ctx.operations.slice(ctx.operations.indexOf(rename) + 1);
  return after.some((op) => op.transaction === rename.transaction && isBridge(op, rename));
}
function isBridge(op, rename) {
  if (op.kind !== "other" || op.nodeType !== "ViewStmt") return false;
  const view = op.statement?.ast?.ViewStmt;
  const select = view?.query?.SelectStmt;
  if (!view?.view || !select || canonical(view.view) !== rename.table) return false;
  const from = select.fromClause ?? [];
  const simple = from.length === 1 && !select.distinctClause && !select.groupClause && !select.havingClause && !select.limitCount && !select.withClause && (select.op === void 0 || select.op === "SETOP_NONE");
  return simple && from[0]?.RangeVar !== void 0 && canonical(from[0].RangeVar) === rename.newName;
}
function canonical(rel) {
  const name = rel.relname ?? "";
  return rel.schemaname && rel.schemaname !== "public" ? `${rel.schemaname}.${name}` : name;
}

const noRenameTable = defineRule({
  id: "no-rename-table",
  description: "RENAME TO on an existing table breaks the code still using the old name during the rollout.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "rename-table" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      if (hasViewBridge(ctx, op)) continue;
      const [from, to] = [code(op.table), code(op.newName)];
      ctx.report({
        at: op,
        message: `Renaming ${from} to ${to} takes effect at once, but the code still running during the rollout queries ${from} and fails with "relation does not exist" until every instance runs the new version. In the same transaction, create a view under the old name (CREATE VIEW ${sqlName(op.table)} AS SELECT * FROM ${sqlName(op.newName)}; Postgres writes through such a simple view) and drop it once no code uses ${from}, or create ${to} as a new table and dual-write.`
      });
    }
  }
});

const noSetNotNull = defineRule({
  id: "no-set-not-null",
  description: "SET NOT NULL on an existing table scans every row under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      let column;
      let what;
      if (op.kind === "set-not-null") {
        column = op.column;
        what = `SET NOT NULL on ${code(`${op.table}.${op.column}`)}`;
      } else if (op.kind === "add-constraint" && op.constraint.type === "not-null" && !op.constraint.notValid) {
        column = op.constraint.columns[0];
        what = `ADD CONSTRAINT ${code(op.constraint.name)} NOT NULL`;
      } else {
        continue;
      }
      if (column === void 0 || ctx.isNewTable(op.table, op)) continue;
      const table = ctx.stateBefore(op).table(op.table);
      if (table?.columns.get(column)?.notNull) continue;
      if (ctx.postgresVersion >= 12 && provenNotNull(table, column)) continue;
      ctx.report({
        at: op,
        message: `${what} scans every row of ${code(op.table)} for NULLs while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. ` + safeSteps(ctx.postgresVersion, op.table, column)
      });
    }
  }
});
function provenNotNull(table, column) {
  if (!table) return false;
  for (const c of table.constraints.values()) {
    if (c.type === "check" && c.validated && c.notNullColumn === column) return true;
  }
  return false;
}
function safeSteps(version, table, column) {
  const bare = table.slice(table.lastIndexOf(".") + 1);
  const name = sqlName(`${bare}_${column}_not_null`);
  const alter = `ALTER TABLE ${sqlName(table)}`;
  const col = sqlName(column);
  if (version >= 18) {
    return `Add ${code(`${alter} ADD CONSTRAINT ${name} NOT NULL ${col} NOT VALID`)} (instant, enforced for new rows) and run ${code(`${alter} VALIDATE CONSTRAINT ${name}`)} in a later migration; validating scans without blocking reads or writes and leaves the column NOT NULL.`;
  }
  const check = code(`${alter} ADD CONSTRAINT ${name} CHECK (${col} IS NOT NULL) NOT VALID`);
  if (version >= 12) {
    return `Add ${check}, validate it in a later migration (reads and writes continue), then SET NOT NULL, which skips the scan because the validated check proves it, and drop the check.`;
  }
  return `Postgres ${version} cannot use a CHECK constraint to skip this scan: enforce the rule with ${check}, validated in a later migration (reads and writes continue), instead of SET NOT NULL, or run SET NOT NULL in a maintenance window.`;
}

const CASCADE_REACH = {
  OBJECT_VIEW: ["VIEW", "every view built on it"],
  OBJECT_MATVIEW: ["MATERIALIZED VIEW", "every view built on it"],
  OBJECT_TYPE: ["TYPE", "every column of that type in every table, with its data, and the functions that use it"],
  OBJECT_DOMAIN: ["DOMAIN", "every column of that domain in every table, with its data"],
  OBJECT_FUNCTION: ["FUNCTION", "the triggers, defaults, constraints and views that call it"],
  OBJECT_PROCEDURE: ["PROCEDURE", "everything that depends on it"],
  OBJECT_SCHEMA: ["SCHEMA", "every object in the schema, tables and their data included"],
  OBJECT_EXTENSION: ["EXTENSION", "every column, index and function built on the extension's types and functions"],
  OBJECT_SEQUENCE: ["SEQUENCE", "the column defaults that draw from it"]
};
const EXPLICIT = "Drop the dependents by name first and leave CASCADE off, so a dependency you did not expect makes the migration fail instead of silently removing it.";
const noTruncate = defineRule({
  id: "no-truncate",
  description: "TRUNCATE of an existing table, and CASCADE on TRUNCATE or DROP: data loss under ACCESS EXCLUSIVE, reaching objects the statement does not name.",
  severity: "warning",
  check(ctx) {
    const truncates = /* @__PURE__ */ new Map();
    for (const op of ctx.operations) {
      if (op.kind === "truncate") {
        const key = op.statement ?? op;
        truncates.set(key, [...truncates.get(key) ?? [], op]);
        continue;
      }
      const message = cascadeMessage(ctx, op);
      if (message) ctx.report({ at: op, message });
    }
    for (const ops of truncates.values()) {
      const message = truncateMessage(ctx, ops);
      if (message) ctx.report({ at: ops[0], message });
    }
  }
});
function truncateMessage(ctx, ops) {
  const first = ops[0];
  const state = ctx.stateBefore(first);
  const named = ops.map((op) => op.table);
  const reached = first.cascade ? referencingTables(state, named).filter((t) => !named.includes(t)) : [];
  const existing = (table) => !ctx.isNewTable(table, first);
  if (!named.some(existing) && !reached.some(existing)) return void 0;
  const tables = named.map(code).join(", ");
  const cascade = first.cascade ? ` CASCADE also empties every table whose foreign keys point at ${named.length > 1 ? "them" : "it"}, transitively${reached.length ? ` (from the history: ${reached.map(code).join(", ")})` : ""}, without naming them.` : "";
  return `TRUNCATE removes every row of ${tables} at once under an ACCESS EXCLUSIVE lock, which blocks every read and write of ${named.length > 1 ? "those tables" : "the table"} and queues behind every running query; once committed, the data is gone.${cascade} If the rows really must go, delete them in batches from a job (\`DELETE ... WHERE id IN (SELECT id ... LIMIT 10000)\`), naming each table you mean to empty.`;
}
function cascadeMessage(ctx, op) {
  const existing = (table) => !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "drop-table": {
      if (!op.cascade || !existing(op.table)) return void 0;
      const referencing = referencingTables(ctx.stateBefore(op), [op.table]).filter((t) => t !== op.table);
      const known = referencing.length ? ` (from the history: foreign keys of ${referencing.map(code).join(", ")})` : "";
      return `DROP TABLE ${code(op.table)} CASCADE also drops every view built on it and every foreign key that references it from other tables${known}, none of which the statement names. ${EXPLICIT}`;
    }
    case "drop-column":
      if (!op.cascade || !existing(op.table)) return void 0;
      return `DROP COLUMN ${code(op.column)} of ${code(op.table)} with CASCADE also drops every view, index and constraint that uses the column, multi-column ones included, none of which the statement names. ${EXPLICIT}`;
    case "drop-constraint":
      if (!op.cascade || !existing(op.table)) return void 0;
      return `DROP CONSTRAINT ${code(op.name)} CASCADE also drops the foreign keys in other tables that rely on its index, none of which the statement names. ${EXPLICIT}`;
    case "drop-index": {
      if (!op.cascade) return void 0;
      const table = op.table ?? ctx.stateBefore(op).index(op.index)?.table;
      if (table && !existing(table)) return void 0;
      return `DROP INDEX ${code(op.index)} CASCADE also drops the constraints built on the index and the foreign keys that rely on them, none of which the statement names. ${EXPLICIT}`;
    }
    case "other": {
      if (op.nodeType !== "DropStmt") return void 0;
      const drop = op.statement?.ast?.DropStmt;
      if (drop?.behavior !== "DROP_CASCADE") return void 0;
      const [kind, reach] = CASCADE_REACH[drop.removeType ?? ""] ?? [(drop.removeType ?? "OBJECT").replace(/^OBJECT_/, "").replace(/_/g, " "), "everything that depends on it"];
      return `DROP ${kind} ... CASCADE also drops ${reach}, none of which the statement names. ${EXPLICIT}`;
    }
    default:
      return void 0;
  }
}
function referencingTables(state, tables) {
  const reached = new Set(tables);
  const queue = [...tables];
  while (queue.length > 0) {
    const target = queue.shift();
    for (const t of state.tables()) {
      if (reached.has(t.name)) continue;
      const references = [...t.constraints.values()].some((c) => c.type === "foreign-key" && c.references?.table === target);
      if (references) {
        reached.add(t.name);
        queue.push(t.name);
      }
    }
  }
  return [...reached];
}

const noUnbalancedTransaction = defineRule({
  id: "no-unbalanced-transaction",
  description: "A BEGIN that is never committed, a BEGIN inside a transaction already open, or a COMMIT/ROLLBACK that ends the runner's transaction early.",
  severity: "error",
  check(ctx) {
    for (const direction of ["up", "down"]) {
      const runnerWraps = ctx.migration.transaction.runnerWraps?.[direction] === true;
      let runnerOpen = runnerWraps;
      let ownBegin;
      for (const op of ctx.operations) {
        if (op.direction !== direction || op.kind !== "transaction") continue;
        if (op.action === "begin") {
          if (ownBegin) {
            ctx.report({ at: op, message: nestedBegin(`the BEGIN on line ${ownBegin.span.line}`) });
          } else if (runnerOpen) {
            ctx.report({ at: op, message: nestedBegin(`the transaction ${runnerName(ctx)} opened for the migration`) });
            ownBegin = op;
          } else {
            ownBegin = op;
          }
        } else if (op.action === "commit" || op.action === "rollback" || op.action === "prepare") {
          if (runnerOpen) ctx.report({ at: op, message: endsRunnerTransaction(ctx, op) });
          runnerOpen = false;
          ownBegin = void 0;
        }
      }
      if (ownBegin && !runnerWraps) {
        ctx.report({
          at: ownBegin,
          message: `This BEGIN is never committed: the migration ends with its transaction still open, so the runner's record that the migration ran is written inside it, and when the connection closes (or the pooled connection is reused) everything is rolled back or left holding its locks. End the block with COMMIT.`
        });
      }
    }
  }
});
function nestedBegin(outer) {
  return `This BEGIN runs inside ${outer}: Postgres ignores it with the warning "there is already a transaction in progress", so it opens nothing, and the COMMIT meant for it commits the outer transaction instead. Remove the BEGIN and its COMMIT and let the one transaction cover the migration.`;
}
function runnerName(ctx) {
  const tool = ctx.migration.tool;
  return tool === "sql" || tool === "unknown" ? "the runner" : TOOL_NAMES[tool] ?? tool;
}
const TOOL_NAMES = {
  drizzle: "drizzle-kit",
  typeorm: "TypeORM",
  knex: "Knex",
  "mikro-orm": "MikroORM",
  kysely: "Kysely",
  "node-pg-migrate": "node-pg-migrate",
  dbmate: "dbmate",
  goose: "goose",
  sequelize: "Sequelize",
  prisma: "Prisma"
};
function endsRunnerTransaction(ctx, op) {
  const runner = runnerName(ctx);
  const verb = op.action === "rollback" ? "rolls back" : "commits";
  const shared = ctx.migration.transaction.sharedAcrossPending ? ", and with it the migrations that ran before this one in the same deploy," : "";
  const { optOut } = ctx.migration.transaction;
  return `This ${verb} the transaction ${runner} opened for the migration${shared} halfway through: what ran before it is ${op.action === "rollback" ? "undone" : "committed"} whatever happens next, the rest runs outside any transaction, and ${runner}'s record that the migration ran is no longer written atomically with its changes, so a failure further down leaves the database changed but the migration not recorded (and not re-runnable). ` + (optOut ? `If part of the migration must run outside a transaction, ${optOut}.` : `Let ${runner}'s transaction cover the whole migration.`);
}

const noUnbatchedBackfill = defineRule({
  id: "no-unbatched-backfill",
  description: "UPDATE or DELETE of an existing table that is not limited to one batch: every matching row in one statement.",
  severity: "warning",
  cost: "backfill",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "data-change" || op.dml !== "update" && op.dml !== "delete") continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const rows = effectiveRows(op, ctx.stateBefore(op));
      if (rows === "bounded") continue;
      const what = rows === "none" ? `${op.dml === "update" ? "rewrites" : "removes"} every row of ${code(op.table)} in one statement` : `has a WHERE that can match every row of ${code(op.table)}, and ${op.dml === "update" ? "rewrites" : "removes"} them all in one statement`;
      ctx.report({
        at: op,
        message: `This ${op.dml.toUpperCase()} ${what}: it locks each row until it commits (concurrent writes to them wait), leaves a dead row version per row for vacuum, and on a large table runs for minutes while replicas lag. Work through the table in batches by key range (say 10,000 ids per statement), committing and pausing between batches, from a job or a separate migration.${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});

const noUniqueConstraintWithoutIndex = defineRule({
  id: "no-unique-constraint-without-index",
  description: "ADD UNIQUE / ADD PRIMARY KEY on an existing table builds the index under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "index-build",
  check(ctx) {
    for (const op of ctx.operations) {
      let kind;
      let name;
      let columns;
      let subject;
      let first = "";
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "unique" && c.type !== "primary-key" || c.usingIndex !== void 0) continue;
        kind = c.type === "unique" ? "UNIQUE" : "PRIMARY KEY";
        name = c.name;
        columns = c.columns;
        subject = `ADD CONSTRAINT ${code(name)} ${kind}`;
      } else if (op.kind === "add-column" && (op.column.unique || op.column.primaryKey)) {
        kind = op.column.primaryKey ? "PRIMARY KEY" : "UNIQUE";
        const bare = op.table.slice(op.table.lastIndexOf(".") + 1);
        name = kind === "UNIQUE" ? `${bare}_${op.column.name}_key` : `${bare}_pkey`;
        columns = [op.column.name];
        subject = `ADD COLUMN ${code(op.column.name)} ${kind}`;
        first = `add the column without ${kind}, then `;
      } else {
        continue;
      }
      if (ctx.isNewTable(op.table, op)) continue;
      const build = code(`CREATE UNIQUE INDEX CONCURRENTLY ${sqlName(name)} ON ${sqlName(op.table)} ${sqlColumns(columns)}`);
      const adopt = code(`ALTER TABLE ${sqlName(op.table)} ADD CONSTRAINT ${sqlName(name)} ${kind} USING INDEX ${sqlName(name)}`);
      const notNull = kind === "PRIMARY KEY" ? " (make the key's columns NOT NULL first, or that step scans the table)" : "";
      ctx.report({
        at: op,
        message: `${subject} builds a unique index on ${code(op.table)} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the whole index is built. Instead, ${first}build the index with ${build}.${outsideTransactionAdvice(ctx.migration, op)} Then attach it with ${adopt}, which holds the lock only for an instant${notNull}.`
      });
    }
  }
});

const noValidateInSameTransaction = defineRule({
  id: "no-validate-in-same-transaction",
  description: "VALIDATE CONSTRAINT in a transaction that already holds a blocking lock runs its whole scan under that lock.",
  severity: "warning",
  cost: "scan",
  check(ctx) {
    if (!ctx.operations.some((op) => op.kind === "validate-constraint" && op.transaction !== null)) return;
    scanTransactions(ctx, () => ({ added: /* @__PURE__ */ new Map() }), (earlier, o) => note(ctx, earlier, o), (op, earlier) => {
      if (op.kind !== "validate-constraint" || ctx.isNewTable(op.table, op)) return;
      const validate = `VALIDATE CONSTRAINT ${code(op.name)}`;
      const fix = "Validate it in a migration of its own, deployed after this one, so the scan runs without those locks.";
      const added = earlier.added.get(constraintKey(op.table, op.name));
      if (added) {
        const locks = ctx.locksOf(added).filter((l) => !ctx.isNewTable(l.table, added));
        ctx.report({
          at: op,
          message: `${validate} runs in the same transaction that added the constraint on ${whereInTransaction(ctx, added)}, so the ${describeLocks(locks)} that ADD CONSTRAINT took ${locks.length > 1 ? "are" : "is"} still held while every row of ${code(op.table)} is checked: ${whoWaits(locks)}, as if NOT VALID had not been used. ${fix}`
        });
        return;
      }
      const blocking = earlier.accessExclusive;
      if (blocking) {
        ctx.report({
          at: op,
          message: `${validate} scans every row of ${code(op.table)} while this transaction still holds the ACCESS EXCLUSIVE lock that ${whereInTransaction(ctx, blocking.op)} took on ${code(blocking.lock.table)}: every read and write of ${code(blocking.lock.table)} waits for the whole scan. ${fix}`
        });
      }
    });
  }
});
function note(ctx, earlier, op) {
  if (op.kind === "add-constraint") {
    const key = constraintKey(op.table, op.constraint.name);
    if (!earlier.added.has(key)) earlier.added.set(key, op);
  }
  if (earlier.accessExclusive) return;
  const lock = ctx.locksOf(op).find((l) => l.mode === "ACCESS EXCLUSIVE" && !ctx.isNewTable(l.table, op));
  if (lock) earlier.accessExclusive = { op, lock };
}
function constraintKey(table, name) {
  return `${table}\0${name}`;
}
function describeLocks(locks) {
  const byMode = /* @__PURE__ */ new Map();
  for (const l of locks) byMode.set(l.mode, [...byMode.get(l.mode) ?? [], code(l.table)]);
  const parts = [...byMode].map(([mode, tables]) => `${mode} ${tables.length > 1 ? "locks" : "lock"} on ${tables.join(" and ")}`);
  return parts.length > 0 ? parts.join(" and ") : "locks";
}
function whoWaits(locks) {
  const everything = locks.filter((l) => l.mode === "ACCESS EXCLUSIVE").map((l) => code(l.table));
  const writes = locks.filter((l) => l.mode !== "ACCESS EXCLUSIVE" && lockAtLeast(l.mode, "SHARE")).map((l) => code(l.table));
  const parts = [
    ...everything.length > 0 ? [`every read and write of ${everything.join(" and ")}`] : [],
    ...writes.length > 0 ? [`every INSERT, UPDATE and DELETE on ${writes.join(" and ")}`] : []
  ];
  return parts.length > 0 ? `${parts.join(", and ")} waits for the whole scan` : "other sessions wait for the whole scan";
}

const SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
function isSerialType(name) {
  return name !== void 0 && SERIAL_TYPES.has(name);
}

function backfillFix(column, value) {
  return `Add ${code(column)} without a default, then ALTER COLUMN ${code(column)} SET DEFAULT ${value} for new rows and backfill the existing ones in batches.`;
}
const noVolatileDefault = defineRule({
  id: "no-volatile-default",
  description: "ADD COLUMN whose value Postgres must compute for every existing row (volatile default, serial, identity, stored generated column, any default before 11) rewrites the table.",
  severity: "error",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-column" && !ctx.isNewTable(op.table, op)) {
        const finding = addColumnFinding(ctx, op);
        if (finding) ctx.report(finding);
      } else if (op.kind === "alter-table-other" && op.action === "AT_SetExpression" && !ctx.isNewTable(op.table, op)) {
        ctx.report(setExpressionFinding(ctx, op));
      }
    }
  }
});
function addColumnFinding(ctx, op) {
  const { column } = op;
  const what = `ADD COLUMN ${code(column.name)}`;
  const cost = rewriteCost(op.table);
  if (column.generated?.kind === "stored") {
    const virtual = ctx.postgresVersion >= 18 ? ", or make it a VIRTUAL generated column, which stores nothing" : "";
    return {
      at: op,
      message: `${what} GENERATED ALWAYS AS (${column.generated.expression.display}) STORED computes the value for every existing row, so Postgres ${cost}. Add a plain nullable column filled for new rows by a BEFORE INSERT OR UPDATE trigger and backfill the existing ones in batches${virtual}.`
    };
  }
  if (column.identity || isSerialType(column.type?.name)) {
    const kind = column.identity ? "GENERATED AS IDENTITY" : column.type.display;
    return {
      at: op,
      message: `${what} ${kind} draws a sequence value for every existing row, so Postgres ${cost}. Add a nullable bigint column, SET DEFAULT nextval() of a new sequence for new rows, and backfill the existing ones in batches.`
    };
  }
  const value = column.default;
  if (!value || value.isNull) return void 0;
  const known = value.volatility === "unknown" ? userFunctionsCalled(ctx, op, value.functions) : void 0;
  const volatileFunction = known?.find((f) => f.volatility === "volatile");
  if (volatileFunction) {
    const where = volatileFunction.origin.createdIn ? ` in ${volatileFunction.origin.createdIn}` : "";
    const why = volatileFunction.declared ? `is declared VOLATILE${where}` : `is VOLATILE: its CREATE FUNCTION${where} declares no volatility, and VOLATILE is Postgres's default`;
    return {
      at: op,
      message: `${what} DEFAULT ${value.display} calls ${code(volatileFunction.name)}, which ${why}: Postgres evaluates it for every existing row and ${cost}. ${backfillFix(column.name, value.display)}`
    };
  }
  if (known && known.length > 0 && known.every((f) => f.volatility !== "unknown") && known.length === new Set(value.functions).size) return void 0;
  if (value.volatility === "volatile") {
    return {
      at: op,
      message: `${what} DEFAULT ${value.display} evaluates the volatile default for every existing row, so Postgres ${cost}. ${backfillFix(column.name, value.display)}`
    };
  }
  if (ctx.postgresVersion < 11) {
    return {
      at: op,
      message: `On Postgres ${ctx.postgresVersion} (before 11, which only records a non-volatile default in the catalog), ${what} DEFAULT ${value.display} writes the default into every existing row, so Postgres ${cost}. ` + backfillFix(column.name, value.display)
    };
  }
  if (value.volatility === "unknown") {
    return {
      at: op,
      severity: "warning",
      message: `migration-guard does not know whether ${what} DEFAULT ${value.display} is volatile: unless the functions it calls are declared IMMUTABLE or STABLE (the default for a new function is VOLATILE), Postgres evaluates it for every existing row and ${cost}. If it is volatile: ${backfillFix(column.name, value.display)}`
    };
  }
  return void 0;
}
function setExpressionFinding(ctx, op) {
  const column = op.column ? `ALTER COLUMN ${code(op.column)} SET EXPRESSION` : "SET EXPRESSION";
  const virtual = ctx.postgresVersion >= 18 ? " unless the column is a VIRTUAL generated column" : "";
  return {
    at: op,
    message: `${column} recomputes the stored generated column for every row${virtual}, so Postgres ${rewriteCost(op.table)}. Add a new nullable column kept up to date by a trigger, backfill it in batches, and switch reads to it.`
  };
}
function userFunctionsCalled(ctx, op, functions) {
  const here = /* @__PURE__ */ new Map();
  for (const other of ctx.operations) {
    if (other === op) break;
    if (other.kind !== "other" || other.direction !== op.direction) continue;
    if (other.definesFunction) here.set(other.definesFunction.name, { ...other.definesFunction, origin: { createdIn: ctx.migration.path, createdInChangeSet: true } });
    for (const name of other.dropsFunctions ?? []) here.set(name, null);
  }
  return [...new Set(functions)].flatMap((name) => {
    const found = here.has(name) ? here.get(name) : ctx.database.userFunction?.(name);
    return found ? [found] : [];
  });
}

const DIALECT_HINTS = [
  [/at or near "`"/, "Backticks quote identifiers in MySQL; Postgres uses double quotes."],
  [/at or near "AUTO_?INCREMENT"/i, "AUTO_INCREMENT/AUTOINCREMENT is MySQL/SQLite; Postgres writes `GENERATED ALWAYS AS IDENTITY`."],
  [/at or near "IDENTITY"/i, "`IDENTITY(1,1)` is SQL Server; Postgres writes `GENERATED ALWAYS AS IDENTITY`."]
];
const parseError = defineRule({
  id: "parse-error",
  description: "A statement that Postgres rejects: it fails when the migration runs, and no other rule could check it.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const statement of ctx.statements) {
      if (!statement.error) continue;
      const hint = DIALECT_HINTS.find(([pattern]) => pattern.test(statement.error.message))?.[1] ?? indentedMarkerHint(ctx.migration, statement.error.span.line);
      ctx.report({
        // With the statement's direction: an error in a down section or `down()` is a rollback finding.
        at: { span: statement.error.span, direction: statement.direction, reason: statement.error.message },
        message: `Postgres rejects this statement: ${statement.error.message}. The migration fails here when it runs, and no rule could check the statement.${hint ? ` ${hint}` : ""}`
      });
    }
  }
});
const INDENTED_DBMATE_MARKER = /^[ \t]+(--\s*migrate:(?:up|down)\b)/gm;
function indentedMarkerHint(migration, line) {
  if (migration.tool !== "dbmate") return void 0;
  let hint;
  for (const match of migration.text.matchAll(INDENTED_DBMATE_MARKER)) {
    const markerLine = migration.text.slice(0, match.index).split("\n").length;
    if (markerLine > line) break;
    hint = `The \`${match[1]}\` marker on line ${markerLine} is indented: dbmate only reads a marker at the start of a line, so it takes this one for a comment and runs what follows as part of the section before it. Move the marker to the start of its line.`;
  }
  return hint;
}

function declaredColumns(ctx) {
  const laterKeys = constraintColumns(ctx);
  const isKey = (table, column, type) => laterKeys.has(`${type}:${table}:${column}`);
  const result = [];
  for (const op of ctx.operations) {
    if (op.direction !== "up") continue;
    if (op.kind === "create-table") {
      const inline = (type) => new Set(op.constraints.filter((c) => c.type === type).flatMap((c) => c.columns));
      const pk = inline("primary-key");
      const fk = inline("foreign-key");
      for (const c of op.columns) {
        if (!c.type) continue;
        result.push({
          table: op.table,
          column: c.name,
          type: c.type,
          at: c.span ?? op,
          primaryKey: c.primaryKey || pk.has(c.name) || isKey(op.table, c.name, "primary-key"),
          foreignKey: c.references !== void 0 || fk.has(c.name) || isKey(op.table, c.name, "foreign-key"),
          op
        });
      }
    } else if (op.kind === "add-column" && op.column.type) {
      const c = op.column;
      result.push({
        table: op.table,
        column: c.name,
        type: c.type,
        at: op,
        primaryKey: c.primaryKey || isKey(op.table, c.name, "primary-key"),
        foreignKey: c.references !== void 0 || isKey(op.table, c.name, "foreign-key"),
        op
      });
    } else if (op.kind === "alter-column-type") {
      const constraints = [...ctx.stateBefore(op).table(op.table)?.constraints.values() ?? []];
      const keyOf = (type) => constraints.some((c) => c.type === type && c.columns.includes(op.column)) || isKey(op.table, op.column, type);
      result.push({
        table: op.table,
        column: op.column,
        type: op.type,
        at: op,
        primaryKey: keyOf("primary-key"),
        foreignKey: keyOf("foreign-key"),
        op
      });
    }
  }
  return result;
}
function constraintColumns(ctx) {
  const keys = /* @__PURE__ */ new Set();
  for (const op of ctx.operations) {
    if (op.kind !== "add-constraint") continue;
    const { type, columns } = op.constraint;
    if (type === "primary-key" || type === "foreign-key") for (const c of columns) keys.add(`${type}:${op.table}:${c}`);
  }
  return keys;
}

const SMALL_INTEGERS = {
  int4: { max: "2,147,483,647", wide: "bigint", extraBytes: 4 },
  serial: { max: "2,147,483,647", wide: "bigserial", extraBytes: 4 },
  serial4: { max: "2,147,483,647", wide: "bigserial", extraBytes: 4 },
  int2: { max: "32,767", wide: "bigint", extraBytes: 6 },
  smallserial: { max: "32,767", wide: "bigserial", extraBytes: 6 },
  serial2: { max: "32,767", wide: "bigserial", extraBytes: 6 }
};
const preferBigint = defineRule({
  id: "prefer-bigint",
  description: "An integer or smallint primary key or foreign key column (option: every integer column): it can run out of values, and widening it later rewrites the table.",
  severity: "off",
  defaultOptions: { columns: "keys" },
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const small = SMALL_INTEGERS[c.type.name];
      const key = c.primaryKey || c.foreignKey;
      if (!small || c.type.array || !(key || ctx.options.columns === "all")) continue;
      const role = c.primaryKey ? "a primary-key column" : c.foreignKey ? "a foreign-key column" : "a column";
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${role} of type ${c.type.display}: ${key ? "inserts fail once ids pass" : "writes fail once a value passes"} ${small.max}, and widening it then rewrites the table${key ? " and every referencing table" : ""} under ACCESS EXCLUSIVE locks. Declare it ${small.wide} from the start; it costs ${small.extraBytes} more bytes per row.`
      });
    }
  }
});

const SERIALS = {
  serial: "integer",
  serial4: "integer",
  bigserial: "bigint",
  serial8: "bigint",
  smallserial: "smallint",
  serial2: "smallint"
};
const preferIdentity = defineRule({
  id: "prefer-identity",
  description: "A serial/bigserial column: an identity column is the standard, better-behaved way to number rows.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const base = SERIALS[c.type.name];
      if (!base) continue;
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${c.type.display}: its sequence is a separate object with its own permissions (roles that INSERT also need USAGE on it) that CREATE TABLE ... LIKE copies keep sharing, and inserts with explicit ids slip past it and collide later. Declare it ${base} GENERATED ALWAYS AS IDENTITY (BY DEFAULT if code must insert explicit ids).`
      });
    }
  }
});

const preferJsonb = defineRule({
  id: "prefer-jsonb",
  description: "A json column: json has no equality operator, so DISTINCT, UNION and GROUP BY on it fail; use jsonb.",
  severity: "warning",
  check(ctx) {
    if (!ctx.operations.some(declaresJson)) return;
    for (const c of declaredColumns(ctx)) {
      if (c.type.name !== "json") continue;
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${c.type.display}: Postgres has no equality operator for json, so SELECT DISTINCT, UNION, GROUP BY and = on it fail ("could not identify an equality operator for type json"), it cannot be indexed with GIN, and every read re-parses the text. Declare it jsonb${c.type.array ? "[]" : ""}.`
      });
    }
  }
});
function declaresJson(op) {
  if (op.kind === "create-table") return op.columns.some((c) => c.type?.name === "json");
  if (op.kind === "add-column") return op.column.type?.name === "json";
  return op.kind === "alter-column-type" && op.type.name === "json";
}

function nameOf(parts) {
  const names = (parts ?? []).map((p) => p.String?.sval ?? "");
  if (names.length === 2 && names[0] === "public") names.shift();
  return names.join(".");
}
function domainStatements(ctx) {
  const found = [];
  for (const op of ctx.operations) {
    if (op.kind !== "other") continue;
    if (op.nodeType === "CreateDomainStmt") {
      const stmt = op.statement?.ast?.CreateDomainStmt;
      if (!stmt) continue;
      const checks = (stmt.constraints ?? []).flatMap((c) => c.Constraint?.contype === "CONSTR_CHECK" ? [c.Constraint] : []);
      found.push({ op, domain: nameOf(stmt.domainname), create: { checks } });
    } else if (op.nodeType === "AlterDomainStmt") {
      const stmt = op.statement?.ast?.AlterDomainStmt;
      if (!stmt) continue;
      const domain = nameOf(stmt.typeName);
      const c = stmt.def?.Constraint;
      if (stmt.subtype === "C" && c?.contype === "CONSTR_CHECK") {
        found.push({ op, domain, adds: { kind: "check", ...c.conname ? { name: c.conname } : {}, notValid: c.skip_validation === true } });
      } else if (stmt.subtype === "O") {
        found.push({ op, domain, adds: { kind: "not-null", notValid: false } });
      } else {
        found.push({ op, domain });
      }
    }
  }
  return found;
}

const preferTableCheck = defineRule({
  id: "prefer-table-check",
  description: "CREATE DOMAIN with a CHECK constraint: every later change of the rule is an ALTER DOMAIN that scans all its columns at once.",
  severity: "off",
  check(ctx) {
    for (const d of domainStatements(ctx)) {
      if (!d.create || d.create.checks.length === 0) continue;
      ctx.report({
        at: d.op,
        message: `The domain ${code(d.domain)} carries a CHECK constraint: adding a column of this type to an existing table makes Postgres check the constraint on every row (a table rewrite under ACCESS EXCLUSIVE), and changing the rule later is an ALTER DOMAIN that validates every column of the type in every table in one statement. Use the base type and put the CHECK on each table's column, where it can be added NOT VALID and validated one table at a time.`
      });
    }
  }
});

const preferText = defineRule({
  id: "prefer-text",
  description: 'A varchar(n), char(n), bare bpchar or "char"(n) column: text with a CHECK constraint is as fast and easier to change.',
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const column = `${code(c.table)}.${code(c.column)}`;
      const limit = c.type.modifiers[0];
      if (c.type.name === "varchar" && limit !== void 0) {
        ctx.report({
          at: c.at,
          message: `${column} is ${c.type.display}: Postgres stores it exactly like text, so the limit buys no space or speed, only an error at run time, and lowering it later rewrites the table. Declare it text, with CHECK (char_length(${sqlIdentifier(c.column)}) <= ${limit}) if the limit is a real rule: a CHECK can be replaced with NOT VALID and validated without a long lock.`
        });
      } else if (c.type.name === "bpchar" && limit === void 0) {
        ctx.report({
          at: c.at,
          message: `${column} is bpchar without a length: it accepts any length like text, but ignores trailing spaces when comparing ('a' = 'a  '), and most client libraries and ORMs do not expect the type. Declare it text.`
        });
      } else if (c.type.name === '"char"' && limit !== void 0) {
        ctx.report({
          at: c.at,
          message: `${column} is declared "char"(${limit}): in double quotes, "char" is Postgres's internal one-byte type, not char(n), and it takes no length, so Postgres rejects the statement ("type modifier is not allowed for type "char""). Declare it text (with a CHECK on char_length(${sqlIdentifier(c.column)}) if the length matters).`
        });
      } else if (c.type.name === "bpchar" && limit !== void 0) {
        ctx.report({
          at: c.at,
          message: `${column} is ${c.type.display}: char(n) pads every value with spaces to n characters, which wastes space and makes comparisons with text surprising, and it is no faster than text. Declare it text, with a CHECK on char_length(${sqlIdentifier(c.column)}) if the length matters.`
        });
      }
    }
  }
});

const preferTimestamptz = defineRule({
  id: "prefer-timestamptz",
  description: "A timestamp without time zone column: it stores wall-clock readings, not instants.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      if (c.type.name !== "timestamp") continue;
      const precision = c.type.modifiers.length ? `(${c.type.modifiers.join(",")})` : "";
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${c.type.display} without time zone: it stores a wall-clock reading with no zone, so values written by servers or sessions in different time zones mix silently, and an hour of readings repeats every autumn in zones with daylight saving time. Declare it timestamptz${precision}${c.type.array ? "[]" : ""}, which stores an instant in the same 8 bytes.`
      });
    }
  }
});

const requireConcurrentDetachPartition = defineRule({
  id: "require-concurrent-detach-partition",
  description: "DETACH PARTITION without CONCURRENTLY (Postgres 14+) takes an ACCESS EXCLUSIVE lock on the partitioned table.",
  severity: "warning",
  check(ctx) {
    if (ctx.postgresVersion < 14) return;
    for (const op of ctx.operations) {
      if (op.kind !== "detach-partition" || op.concurrent || ctx.isNewTable(op.table, op)) continue;
      ctx.report({
        at: op,
        message: `Detaching ${code(op.partition)} takes an ACCESS EXCLUSIVE lock on the partitioned table ${code(op.table)}: every read and write of every partition waits until the migration's transaction ends, and queues behind any long query already running. Write ${code(`ALTER TABLE ${op.table} DETACH PARTITION ${op.partition} CONCURRENTLY`)} (Postgres 14+), which only takes SHARE UPDATE EXCLUSIVE.${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});

const CONCURRENT_OPTION = {
  typeorm: { create: "give the `TableIndex` `isConcurrent: true`", drop: "give the `TableIndex` `isConcurrent: true`" },
  sequelize: { create: "pass `{ concurrently: true }` to `addIndex`", drop: "pass `{ concurrently: true }` to `removeIndex`" },
  "node-pg-migrate": { create: "pass `{ concurrently: true }` to `pgm.createIndex`", drop: "pass `{ concurrently: true }` to `pgm.dropIndex`" },
  knex: { create: "Knex's index builder has no such option: write it with `knex.raw(...)`", drop: "write it with `knex.raw(...)`" },
  kysely: { create: "Kysely's index builder has no such option: write it with sql`...`.execute(db)", drop: "write it with sql`...`.execute(db)" }
};
function concurrentIndexHint(migration, op, action) {
  if (op.statement || !op.call) return "";
  const option = CONCURRENT_OPTION[migration.tool];
  return option ? ` In ${toolName(migration.tool)}, ${option[action]}.` : "";
}
function toolName(tool) {
  return tool === "typeorm" ? "TypeORM" : tool === "node-pg-migrate" ? "node-pg-migrate" : tool[0].toUpperCase() + tool.slice(1);
}

const requireConcurrentIndex = defineRule({
  id: "require-concurrent-index",
  description: "CREATE INDEX without CONCURRENTLY on an existing table blocks writes until the index is built.",
  severity: "error",
  cost: "index-build",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "create-index" || op.concurrent) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const partitioned = ctx.stateBefore(op).table(op.table)?.partitioned === true;
      if (op.onlyParent && (partitioned || !ctx.stateBefore(op).table(op.table))) {
        continue;
      }
      const what = op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
      ctx.report({
        at: op,
        message: partitioned ? partitionedMessage(ctx, op, what) : `${what} ${code(op.name)} takes a SHARE lock on ${code(op.table)}: every INSERT, UPDATE and DELETE waits until the index is built, minutes on a large table. Build it with ${what} CONCURRENTLY instead.${concurrentIndexHint(ctx.migration, op, "create")}${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});
function partitionedMessage(ctx, op, what) {
  return `${what} ${code(op.name)} on the partitioned table ${code(op.table)} builds it on every partition, each under a SHARE lock: INSERT, UPDATE and DELETE wait until all are built. CONCURRENTLY is not allowed on a partitioned table; instead run ${what} ${code(op.name)} ON ONLY ${code(op.table)} (instant; the index stays invalid), then ${what} CONCURRENTLY on each partition and ALTER INDEX ${code(op.name)} ATTACH PARTITION for each of those indexes: the parent's index becomes valid once every partition has one.` + concurrentBuildsAdvice(ctx, op);
}
function concurrentBuildsAdvice(ctx, op) {
  if (op.transaction === null) return "";
  const optOut = ctx.migration.transaction.optOut;
  return ` The concurrent builds must run outside a transaction${optOut ? `: ${optOut}` : ""}.`;
}

const requireConcurrentIndexDrop = defineRule({
  id: "require-concurrent-index-drop",
  description: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on an existing table.",
  severity: "warning",
  check(ctx) {
    const dropsPerStatement = /* @__PURE__ */ new Map();
    for (const o of ctx.operations) if (o.kind === "drop-index" && o.statement) dropsPerStatement.set(o.statement, (dropsPerStatement.get(o.statement) ?? 0) + 1);
    for (const op of ctx.operations) {
      if (op.kind !== "drop-index" || op.concurrent) continue;
      const index = ctx.stateBefore(op).index(op.index);
      if (index?.origin.createdInChangeSet) continue;
      const table = op.table ?? index?.table;
      if (table !== void 0 && ctx.isNewTable(table, op)) continue;
      const on = table !== void 0 ? code(table) : "its table";
      const limits = [
        ...(op.statement ? dropsPerStatement.get(op.statement) ?? 0 : 0) > 1 ? ["one index per statement"] : [],
        ...op.cascade ? ["no CASCADE (drop what depends on the index first)"] : []
      ];
      const fix = code(`DROP INDEX CONCURRENTLY ${op.ifExists ? "IF EXISTS " : ""}${sqlName(op.index)}`);
      ctx.report({
        at: op,
        message: `DROP INDEX ${code(op.index)} takes an ACCESS EXCLUSIVE lock on ${on}: the drop is quick, but it first waits for every query running on the table, and every read and write that arrives meanwhile queues behind it. Use ${fix}${limits.length > 0 ? ` (${limits.join("; ")})` : ""}, which waits for those queries without blocking new ones.${concurrentIndexHint(ctx.migration, op, "drop")}${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});

const requireDefaultForNotNullColumn = defineRule({
  id: "require-default-for-not-null-column",
  description: "ADD COLUMN ... NOT NULL without a default on an existing table fails on a table with rows, and breaks inserts of code that does not know the column.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "add-column" || !op.column.notNull) continue;
      const c = op.column;
      if (c.default && !c.default.isNull) continue;
      if (c.identity || c.generated || isSerialType(c.type?.name)) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const name = code(c.name);
      const enforce = `backfill it in batches, then enforce NOT NULL with CHECK (${sqlIdentifier(c.name)} IS NOT NULL) NOT VALID and a separate VALIDATE CONSTRAINT`;
      const fix = ctx.postgresVersion >= 11 ? `Give it a constant DEFAULT (catalog-only on Postgres 11+), or add it nullable, ${enforce}.` : `Add it nullable, ${enforce}.`;
      ctx.report({
        at: op,
        message: `ADD COLUMN ${name} NOT NULL without a default fails ("contains null values") as soon as ${code(op.table)} has a row, and where it succeeds, inserts from the old code still running during the rollout fail on the missing value. ${fix}`
      });
    }
  }
});

function timeoutTracker() {
  let session = false;
  const local = /* @__PURE__ */ new Map();
  return {
    apply(op) {
      const on = op.value !== null && !isZero(op.value);
      if (op.local) {
        if (op.transaction !== null) local.set(op.transaction, on);
        return;
      }
      session = on;
      if (op.transaction !== null) local.delete(op.transaction);
    },
    covers(op) {
      if (op.transaction !== null && local.has(op.transaction)) return local.get(op.transaction);
      return session;
    }
  };
}
function isZero(value) {
  return /^\s*0+(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i.test(value);
}

const requireLockTimeout = defineRule({
  id: "require-lock-timeout",
  description: "A statement that waits for a blocking lock on an existing table, with no lock_timeout set earlier in the migration.",
  severity: "warning",
  defaultOptions: { assumeLockTimeout: false },
  check(ctx) {
    if (ctx.options.assumeLockTimeout) return;
    for (const direction of ["up", "down"]) {
      const timeout = timeoutTracker();
      const unguarded = [];
      for (const op2 of ctx.operations) {
        if (op2.direction !== direction) continue;
        if (op2.kind === "set" && op2.name === "lock_timeout") {
          timeout.apply(op2);
          continue;
        }
        const locks = ctx.locksOf(op2).filter((l) => lockAtLeast(l.mode, "SHARE") && !ctx.isNewTable(l.table, op2));
        const lock2 = locks.find((l) => l.mode === "ACCESS EXCLUSIVE") ?? locks[0];
        if (lock2 && !timeout.covers(op2)) unguarded.push({ op: op2, lock: lock2 });
      }
      const first = unguarded[0];
      if (!first) continue;
      const { op, lock } = first;
      const count = new Set(unguarded.map((u) => u.op.statement ?? u.op)).size;
      const on = op.kind === "drop-index" && lock.table === op.index ? `the table of index ${code(op.index)}` : code(lock.table);
      const queue = lock.mode === "ACCESS EXCLUSIVE" ? "every query on the table queues behind it" : "every write to the table queues behind it";
      const others = count > 1 ? ` This is the first of ${count} statements in this migration that wait for such locks.` : "";
      ctx.report({
        at: op,
        message: `This statement waits for ${/^[AEIOU]/.test(lock.mode) ? "an" : "a"} ${lock.mode} lock on ${on} with no lock_timeout set: while a long query or an idle transaction holds the table, it keeps waiting and ${queue}.${others} Start the migration with ${code("SET lock_timeout = '5s'")} (in the same session and transaction as these statements) and retry the migration when it times out.`
      });
    }
  }
});

const requireNotValidCheck = defineRule({
  id: "require-not-valid-check",
  description: "A CHECK constraint added to an existing table without NOT VALID scans every row under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "check" || c.notValid || ctx.isNewTable(op.table, op)) continue;
        const validate = code(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(c.name)}`);
        ctx.report({
          at: op,
          message: `Adding CHECK constraint ${code(c.name)} scans every row of ${code(op.table)} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. Add it with NOT VALID (new rows are still checked) and run ${validate} in a later migration, which lets reads and writes continue.`
        });
      } else if (op.kind === "add-column") {
        const check = op.column.checks[0];
        if (!check || ctx.isNewTable(op.table, op)) continue;
        ctx.report({
          at: op,
          message: `The CHECK on new column ${code(op.column.name)} makes ADD COLUMN scan every row of ${code(op.table)} while holding its ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. Add the column without the CHECK, then ${code(addNotValid(op.table, check))}, and VALIDATE CONSTRAINT in a later migration.`
        });
      }
    }
  }
});
function addNotValid(table, check) {
  const expression = check.expression && check.expression.length <= 80 ? check.expression : "...";
  return `ALTER TABLE ${sqlName(table)} ADD CONSTRAINT ${sqlName(check.name)} CHECK (${expression}) NOT VALID`;
}

const requireNotValidDomainConstraint = defineRule({
  id: "require-not-valid-domain-constraint",
  description: "ALTER DOMAIN ... ADD CHECK without NOT VALID (or SET NOT NULL) scans every column of the domain's type, in every table, while blocking writes to them.",
  severity: "error",
  check(ctx) {
    const created = /* @__PURE__ */ new Set();
    for (const d of domainStatements(ctx)) {
      if (d.create) created.add(d.domain);
      if (!d.adds || d.adds.notValid || created.has(d.domain)) continue;
      const domain = code(d.domain);
      const what = d.adds.kind === "check" ? `Adding a CHECK constraint to the domain ${domain}` : `SET NOT NULL on the domain ${domain}`;
      const fix = d.adds.kind === "check" ? `Add it with NOT VALID (new and updated values are checked at once), then run ${code(`ALTER DOMAIN ${d.domain} VALIDATE CONSTRAINT ${d.adds.name ?? "<name>"}`)} in a later migration at a quiet time${d.adds.name ? "" : " (give the constraint a name so you can validate it)"}.` : `Add ${code("CHECK (VALUE IS NOT NULL) NOT VALID")} to the domain instead, and VALIDATE CONSTRAINT it in a later migration at a quiet time.`;
      ctx.report({
        at: d.op,
        message: `${what} makes Postgres check every existing value of every column of that type, in every table that uses it, in this one statement, holding a SHARE lock on each of those tables: their writes wait for the whole scan. ${fix}`
      });
    }
  }
});

const requireNotValidForeignKey = defineRule({
  id: "require-not-valid-foreign-key",
  description: "A foreign key added to an existing table without NOT VALID checks every row while blocking writes.",
  severity: "error",
  cost: "foreign-key-scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "foreign-key" || c.notValid || ctx.isNewTable(op.table, op)) continue;
        const ref = c.references?.table;
        const locked = ref !== void 0 && ref !== op.table ? `${code(op.table)} and ${code(ref)}` : code(op.table);
        const validate = code(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(c.name)}`);
        ctx.report({
          at: op,
          message: `Adding foreign key ${code(c.name)} checks every existing row of ${code(op.table)} while holding SHARE ROW EXCLUSIVE locks on ${locked}: every INSERT, UPDATE and DELETE on them waits until the check is done. Add it with NOT VALID (new rows are still checked) and run ${validate} in a later migration, which lets writes continue.${builderNote(op)}`
        });
      } else if (op.kind === "add-column") {
        const target = op.column.references;
        if (!target || ctx.isNewTable(op.table, op)) continue;
        const name = `${op.table.slice(op.table.lastIndexOf(".") + 1)}_${op.column.name}_fkey`;
        const addConstraint = code(
          `ALTER TABLE ${sqlName(op.table)} ADD CONSTRAINT ${sqlName(name)} FOREIGN KEY ${sqlColumns([op.column.name])} REFERENCES ${sqlName(target.table)}${target.columns.length > 0 ? ` ${sqlColumns(target.columns)}` : ""} NOT VALID`
        );
        ctx.report({
          at: op,
          message: `ADD COLUMN ${code(op.column.name)} REFERENCES ${code(target.table)} checks every existing row of ${code(op.table)} under the ACCESS EXCLUSIVE lock ADD COLUMN takes (and a SHARE ROW EXCLUSIVE lock on ${code(target.table)}): every read and write of ${code(op.table)} waits until the check is done, and a column constraint cannot be NOT VALID. Add the column without REFERENCES, then ${addConstraint}, and VALIDATE CONSTRAINT in a later migration.${builderNote(op)}`
        });
      }
    }
  }
});
function builderNote(op) {
  return op.statement ? "" : " Migration builders cannot emit NOT VALID: write this step as raw SQL.";
}

const requireRetrySafeDdl = defineRule({
  id: "require-retry-safe-ddl",
  description: "Outside a transaction, a statement that fails when the migration runs again after a partial first run (CREATE INDEX CONCURRENTLY, ADD COLUMN, DROP ... without IF [NOT] EXISTS).",
  severity: "warning",
  check(ctx) {
    for (const direction of ["up", "down"]) {
      const outside = ctx.operations.filter((op) => op.direction === direction && op.transaction === null && op.kind !== "set" && op.kind !== "transaction");
      const last = outside[outside.length - 1];
      const atRisk = [];
      for (const op of outside) {
        if (op.kind === "create-index" && op.concurrent && !op.ifNotExists && !droppedBefore(ctx, op)) {
          ctx.report({ at: op, message: invalidIndexMessage(op) });
          continue;
        }
        if (last === void 0 || unitOf(last) === unitOf(op)) continue;
        const problem = rerunFailure(op);
        if (problem) atRisk.push({ op, problem });
      }
      const first = atRisk[0];
      if (!first) continue;
      const more = atRisk.length > 1 ? ` ${atRisk.length - 1} more statement${atRisk.length > 2 ? "s" : ""} of this migration (lines ${[...new Set(atRisk.slice(1).map((r) => r.op.span.line))].join(", ")}) fail the same way.` : "";
      ctx.report({
        at: first.op,
        message: `This migration does not run in a transaction (${ctx.migration.transaction.reason}), so when a later statement fails, this one stays applied, and running the migration again stops here: ${first.problem.failure}.${more} ${first.problem.fix}${transactionAdvice(ctx)}`
      });
    }
  }
});
function unitOf(op) {
  if (op.statement) return op.statement;
  const span = op.callSpan ?? op.span;
  return `${span.line}:${span.column}`;
}
function invalidIndexMessage(op) {
  const name = code(op.name);
  return `When CREATE INDEX CONCURRENTLY fails (a deadlock, a duplicate key for a unique index, a lock or statement timeout, a cancelled deploy) Postgres leaves the INVALID index ${name} behind, so running the migration again fails with "relation already exists". Put ${code(`DROP INDEX CONCURRENTLY IF EXISTS ${op.name};`)} right before it, which clears a half-built index and makes the retry rebuild it; IF NOT EXISTS alone would skip the build and keep the invalid index, so after a failure drop it by hand.`;
}
function droppedBefore(ctx, at) {
  const bare = (name) => name.slice(name.lastIndexOf(".") + 1);
  for (const op of ctx.operations) {
    if (op === at) return false;
    if (op.kind === "drop-index" && op.ifExists && bare(op.index) === bare(at.name)) return true;
  }
  return false;
}
function rerunFailure(op) {
  switch (op.kind) {
    case "create-index":
      return op.ifNotExists ? void 0 : { failure: `${code(op.name)} already exists`, fix: `Write CREATE INDEX IF NOT EXISTS.` };
    case "create-table":
      return op.ifNotExists || op.fromQuery ? void 0 : { failure: `${code(op.table)} already exists`, fix: `Write CREATE TABLE IF NOT EXISTS.` };
    case "add-column":
      return op.ifNotExists ? void 0 : { failure: `column ${code(op.column.name)} already exists`, fix: `Write ADD COLUMN IF NOT EXISTS.` };
    case "add-enum-value":
      return op.ifNotExists ? void 0 : { failure: `enum value ${code(op.value)} already exists`, fix: `Write ADD VALUE IF NOT EXISTS.` };
    case "drop-table":
      return op.ifExists ? void 0 : { failure: `${code(op.table)} does not exist`, fix: `Write DROP TABLE IF EXISTS.` };
    case "drop-index":
      return op.ifExists ? void 0 : { failure: `index ${code(op.index)} does not exist`, fix: `Write DROP INDEX IF EXISTS.` };
    case "drop-column":
      return op.ifExists ? void 0 : { failure: `column ${code(op.column)} does not exist`, fix: `Write DROP COLUMN IF EXISTS.` };
    case "drop-constraint":
      return op.ifExists ? void 0 : { failure: `constraint ${code(op.name)} does not exist`, fix: `Write DROP CONSTRAINT IF EXISTS.` };
    case "other":
      return otherRerunFailure(op);
    default:
      return void 0;
  }
}
function otherRerunFailure(op) {
  const node = op.statement?.ast?.[op.nodeType];
  if (!node) return void 0;
  const words = (objectType) => String(objectType ?? "").replace(/^OBJECT_/, "").replace(/_/g, " ");
  switch (op.nodeType) {
    case "DropStmt":
      return node["missing_ok"] ? void 0 : { failure: `the ${words(node["removeType"]).toLowerCase()} does not exist`, fix: `Write DROP ${words(node["removeType"])} IF EXISTS.` };
    case "CreateExtensionStmt":
      return node["if_not_exists"] ? void 0 : { failure: `extension ${code(String(node["extname"]))} already exists`, fix: "Write CREATE EXTENSION IF NOT EXISTS." };
    case "CreateSeqStmt":
      return node["if_not_exists"] ? void 0 : { failure: "the sequence already exists", fix: "Write CREATE SEQUENCE IF NOT EXISTS." };
    case "CreateSchemaStmt":
      return node["if_not_exists"] ? void 0 : { failure: `schema ${code(String(node["schemaname"]))} already exists`, fix: "Write CREATE SCHEMA IF NOT EXISTS." };
    case "ViewStmt":
      return node["replace"] ? void 0 : { failure: "the view already exists", fix: "Write CREATE OR REPLACE VIEW." };
    case "CreateFunctionStmt":
      return node["replace"] ? void 0 : { failure: "the function already exists", fix: "Write CREATE OR REPLACE FUNCTION." };
    default:
      return void 0;
  }
}
function transactionAdvice(ctx) {
  if (ctx.migration.tool === "sequelize") {
    return " Sequelize's builder cannot write it: run the migration's calls in `queryInterface.sequelize.transaction(async (transaction) => ...)`, passing `{ transaction }` to each, so a failure undoes them all.";
  }
  return " Or, unless the migration has to run outside a transaction (CONCURRENTLY), let it run in one, so a failure undoes it all.";
}

const requireReversible = defineRule({
  id: "require-reversible",
  description: "A migration without a way back: a TS/JS migration whose down is missing or empty, or a SQL migration without the down file its set otherwise has.",
  severity: "off",
  check(ctx) {
    const m = ctx.migration;
    if (m.hasDown !== false) return;
    const at = m.downSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (m.language === "sql") {
      ctx.report({
        at,
        message: m.tool === "dbmate" || m.tool === "goose" ? "This migration's down section is empty: if the deploy has to be rolled back, the schema change cannot be undone by the tool and must be reverted by hand under pressure. Write the statements that undo `up` in the down section." : "The other migrations of this folder have down files but this one has none: a rollback stops here and the change must be reverted by hand under pressure. Add the down file that undoes it."
      });
      return;
    }
    ctx.report({
      at,
      message: "This migration's `down` is missing or empty: rolling the deploy back cannot undo its schema change, which then has to be reverted by hand under pressure. Write a `down` that undoes `up`; when the change truly cannot be undone, suppress this with the reason."
    });
  }
});

const requireSequenceSync = defineRule({
  id: "require-sequence-sync",
  description: "An INSERT that writes explicit values into a serial or identity column, with no setval/RESTART for it later in the migration.",
  severity: "warning",
  check(ctx) {
    const resets = [...ctx.operations.entries()].filter(([, op]) => op.kind === "sequence-reset");
    for (const [position, op] of ctx.operations.entries()) {
      if (op.kind !== "data-change" || op.dml !== "insert" || overridesUserValue(op)) continue;
      const table = ctx.stateBefore(op).table(op.table);
      if (!table) continue;
      const keys = explicitSequenceColumns(op, table);
      if (keys.length === 0) continue;
      if (resets.some(([at, reset]) => at > position && resetsSequenceOf(reset, op, keys))) continue;
      const column = keys[0];
      ctx.report({
        at: op,
        message: `This INSERT writes its own values into ${code(`${op.table}.${column.name}`)}, whose sequence does not move with them: the next INSERT that relies on the default draws a number already in the table and fails with a duplicate-key error. Move the sequence past the inserted ids later in this migration: \`SELECT setval(pg_get_serial_sequence('${sqlName(op.table)}', '${column.name}'), max(${sqlName(column.name)})) FROM ${sqlName(op.table)};\` (leave headroom if more rows will be backfilled with their own ids).`
      });
    }
  }
});
function explicitSequenceColumns(op, table) {
  const named = op.columns.length > 0 ? op.columns : insertsEveryColumn(op) ? [...table.columns.keys()] : [];
  return named.flatMap((name) => {
    const column = table.columns.get(name);
    if (!column || !(column.serial || column.identity)) return [];
    if (column.identity === "always" && !op.overridingSystemValue) return [];
    return [column];
  });
}
function insertsEveryColumn(op) {
  const insert = op.statement?.ast?.InsertStmt;
  return insert?.selectStmt !== void 0;
}
function overridesUserValue(op) {
  const insert = op.statement?.ast?.InsertStmt;
  return insert?.override === "OVERRIDING_USER_VALUE";
}
function resetsSequenceOf(reset, insert, keys) {
  if (reset.kind !== "sequence-reset" || reset.direction !== insert.direction) return false;
  const sequences = keys.map((k) => `${insert.table}_${k.name}_seq`);
  return reset.mentions.some((m) => m === insert.table || sequences.includes(m));
}

const requireStatementTimeout = defineRule({
  id: "require-statement-timeout",
  description: "A table rewrite or an unbatched backfill of an existing table with no statement_timeout set earlier in the migration.",
  severity: "off",
  defaultOptions: { assumeStatementTimeout: false },
  check(ctx) {
    if (ctx.options.assumeStatementTimeout) return;
    for (const direction of ["up", "down"]) {
      const timeout = timeoutTracker();
      for (const op of ctx.operations) {
        if (op.direction !== direction) continue;
        if (op.kind === "set" && op.name === "statement_timeout") {
          timeout.apply(op);
          continue;
        }
        const work = longWork(ctx, op);
        if (!work || timeout.covers(op)) continue;
        ctx.report({
          at: op,
          message: `This ${statementLabel(op)} ${work} with no statement_timeout set: it takes as long as the table is big, and if that is far longer than it took in staging nothing stops it, so its locks stay held and the deploy hangs until someone cancels it by hand. Set ${code("SET statement_timeout = '15min'")} (a bound your largest table fits in) earlier in the migration, so it fails and rolls back instead, then batch it or run it at a quiet time.`
        });
      }
    }
  }
});
function longWork(ctx, op) {
  const existing = (table) => table !== void 0 && !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "alter-column-type": {
      if (!existing(op.table)) return void 0;
      const before = ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.type;
      const change = before ? typeChange(before, op.type, ctx.postgresVersion).kind : "rewrite";
      return change === "rewrite" || op.recreatesColumn ? `rewrites ${code(op.table)} under an ACCESS EXCLUSIVE lock` : void 0;
    }
    case "alter-table-other":
      return op.rewrites && existing(op.table) ? `rewrites ${code(op.table)} under an ACCESS EXCLUSIVE lock` : void 0;
    case "vacuum":
      return op.full && existing(op.table) ? `rewrites ${op.table ? code(op.table) : "every table"} under an ACCESS EXCLUSIVE lock` : void 0;
    case "cluster":
      return existing(op.table) ? `rewrites ${op.table ? code(op.table) : "every clustered table"} under an ACCESS EXCLUSIVE lock` : void 0;
    case "data-change":
      if (op.dml === "insert" && op.rows === "bounded") return void 0;
      if (!existing(op.table) || effectiveRows(op, ctx.stateBefore(op)) === "bounded") return void 0;
      return `backfills ${code(op.table)} in one statement${op.transaction !== null ? ", holding its row locks until the transaction commits" : ""}`;
    default:
      return void 0;
  }
}

const requireSuppressionReason = defineRule({
  id: "require-suppression-reason",
  description: "A migration-guard-ignore comment without a reason after a colon.",
  severity: "warning",
  checkSuppressions(ctx) {
    for (const { suppression } of ctx.outcomes) {
      if (suppression.reason || suppression.ruleIds.length === 0) continue;
      ctx.report({
        at: suppression.span,
        message: `Say why ${suppression.ruleIds.join(", ")} is safe to ignore here, after a colon: \`migration-guard-ignore ${suppression.ruleIds.join(", ")}: <reason>\`. Reviewers and future readers need the reason.`
      });
    }
  }
});

const uninspectableSql = defineRule({
  id: "uninspectable-sql",
  description: "SQL or builder arguments in a TS/JS migration that are only known at run time, so no rule could check them.",
  severity: "warning",
  alwaysInDown: true,
  check(ctx) {
    for (const u of ctx.migration.uninspectable) {
      if (u.kind === "not-a-migration") {
        ctx.report({
          at: u,
          severity: "info",
          message: "This file sits in a migrations folder but has no `up` function or migration class, so migration-guard checked nothing in it. If it is a helper, the migrations that use it are checked where they call it; if it is a migration, export `up` the way its tool expects."
        });
      } else if (u.kind === "unrecognized-tool") {
        ctx.report({
          at: u,
          message: `No rule checked this migration: ${u.reason}. Import the tool's types (e.g. \`import type { Knex } from 'knex'\`) or name \`up\`'s parameter as the tool's documentation does (\`queryRunner\`, \`knex\`, \`queryInterface\`, \`db\`, \`pgm\`).`
        });
      } else {
        ctx.report({
          at: u,
          message: `No rule checked what this runs: ${u.reason}. Write the SQL (or the builder's arguments) from literals and constants of this file so it can be checked; if it must be built at run time, review its locks by hand and suppress this warning with the reason.`
        });
      }
    }
  }
});

const unusedSuppression = defineRule({
  id: "unused-suppression",
  description: "A migration-guard-ignore comment that names an unknown rule or suppresses nothing.",
  severity: "warning",
  checkSuppressions(ctx) {
    for (const { suppression, suppressed } of ctx.outcomes) {
      if (suppression.ruleIds.length === 0) {
        ctx.report({
          at: suppression.span,
          message: "This migration-guard-ignore comment names no rule, so it suppresses nothing. Write the rule id: `migration-guard-ignore <rule-id>: <reason>`."
        });
        continue;
      }
      for (const [ruleId, count] of suppressed) {
        if (!ctx.knownRuleIds.has(ruleId)) {
          ctx.report({
            at: suppression.span,
            message: `migration-guard-ignore names "${ruleId}", which is not a rule. Check the spelling (\`migration-guard rules\` lists them all).`
          });
        } else if (count === 0 && ctx.enabledRuleIds.has(ruleId)) {
          const where = suppression.scope === "file" ? "this file" : `line ${suppression.targetLine}`;
          ctx.report({
            at: suppression.span,
            message: `This comment suppresses ${ruleId}, but ${ruleId} reports nothing on ${where}. Remove it so it cannot hide a future problem.`
          });
        }
      }
    }
  }
});

const builtInRules = [
  failsOnEmptyDatabase,
  identifierTooLong,
  invalidStatement,
  migrationOrder,
  noAppCodeInMigration,
  noBlockingMaintenance,
  noColumnTypeChange,
  noConcurrentIndexInTransaction,
  noDataChangeWithDdl,
  noDropColumn,
  noDropDatabase,
  noDropMappedColumn,
  noDropMappedTable,
  noDropNotNull,
  noDropTable,
  noEditAppliedMigration,
  noEnumValueInTransaction,
  noReachOutsideDatabase,
  noRenameColumn,
  noRenameMappedColumn,
  noRenameTable,
  noSetNotNull,
  noTruncate,
  noUnbalancedTransaction,
  noUnbatchedBackfill,
  noUniqueConstraintWithoutIndex,
  noValidateInSameTransaction,
  noVolatileDefault,
  parseError,
  preferBigint,
  preferIdentity,
  preferJsonb,
  preferTableCheck,
  preferText,
  preferTimestamptz,
  requireConcurrentDetachPartition,
  requireConcurrentIndex,
  requireConcurrentIndexDrop,
  requireDefaultForNotNullColumn,
  requireLockTimeout,
  requireNotValidCheck,
  requireNotValidDomainConstraint,
  requireNotValidForeignKey,
  requireRetrySafeDdl,
  requireReversible,
  requireSequenceSync,
  requireStatementTimeout,
  requireSuppressionReason,
  uninspectableSql,
  unusedSuppression
];

function allRules(builtIns, config) {
  const rules = /* @__PURE__ */ new Map();
  for (const rule of builtIns) rules.set(rule.id, rule);
  for (const [prefix, plugin] of Object.entries(config.plugins)) {
    for (const [id, rule] of Object.entries(plugin.rules)) rules.set(`${prefix}/${id}`, rule);
  }
  return rules;
}
function configureRules(rules, config) {
  const configured = [];
  for (const [id, rule] of rules) {
    const { level, options } = settingOf(config.rules[id], rule.severity);
    const effective = implicitSetting(id, level, config);
    if (effective === "off") continue;
    configured.push({ id, rule, severity: effective, options: { ...implicitOptions(id, config), ...options } });
  }
  return configured;
}
function settingOf(setting, fallback) {
  if (setting === void 0) return { level: fallback, options: {} };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? {} };
  return { level: setting, options: {} };
}
function implicitSetting(id, level, config) {
  if (id === "require-suppression-reason" && !config.requireSuppressionReason && config.rules[id] === void 0) return "off";
  return level;
}
function implicitOptions(id, config) {
  if (id === "require-lock-timeout" && config.assumeLockTimeout) return { assumeLockTimeout: true };
  return {};
}

export { allRules as a, builtInRules as b, configureRules as c };
