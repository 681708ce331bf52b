import * as crypto from 'node:crypto';
import { D as DatabaseModel } from './read-migration-DmXnXnoF.js';
import { R as REPORT_REQUEST, d as describeError, r as recordStack, I as INTERNAL_ERROR } from './compiler-CkYlFMWm.js';
import { b as locksOf } from './locks-Fx4bbqIT.js';
import { t as tableOf } from './operations-RGWoK5XR.js';

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
  return (a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId);
}

class StateHistory {
  constructor(operations, base, path) {
    this.operations = operations;
    this.base = base;
    this.path = path;
  }
  operations;
  base;
  path;
  tables = new History();
  indexes = new History();
  enums = new History();
  /** Names of the indexes that were on each table at some point: the candidates of `indexesOf`. */
  indexNamesByTable = /* @__PURE__ */ new Map();
  applied = 0;
  /** The state before operation `index` runs. */
  before(index) {
    while (this.applied < index) this.applyNext();
    return this.viewAt(index);
  }
  applyNext() {
    const step = new DatabaseModel(this.viewAt(this.applied));
    step.apply(this.operations[this.applied], { migration: this.path, inChangeSet: true });
    this.applied++;
    const changes = step.ownChanges();
    for (const [name, value] of changes.tables) this.tables.set(name, this.applied, value);
    for (const [name, value] of changes.enums) this.enums.set(name, this.applied, value);
    for (const [name, value] of changes.indexes) {
      this.indexes.set(name, this.applied, value);
      if (!value) continue;
      const names = this.indexNamesByTable.get(value.table) ?? /* @__PURE__ */ new Set();
      names.add(name);
      this.indexNamesByTable.set(value.table, names);
    }
  }
  /** The state after the first `applied` operations. */
  viewAt(applied) {
    const { base, tables, indexes, enums } = this;
    const table = (name) => orBase(tables.at(name, applied), () => base.table(name));
    const index = (name) => orBase(indexes.at(name, applied), () => base.index(name));
    return {
      table,
      index,
      enumType: (name) => orBase(enums.at(name, applied), () => base.enumType(name)),
      tables: () => merged(base.tables(), tables.names(), table),
      indexes: () => merged(base.indexes(), indexes.names(), index),
      indexesOf: (tableName) => {
        const candidates = /* @__PURE__ */ new Set([...base.indexesOf(tableName).map((i) => i.name), ...this.indexNamesByTable.get(tableName) ?? []]);
        return [...candidates].flatMap((name) => {
          const found = index(name);
          return found && found.table === tableName ? [found] : [];
        });
      }
    };
  }
}
function orBase(entry, fromBase) {
  if (entry === void 0) return fromBase();
  return entry ?? void 0;
}
function merged(fromBase, changed, lookup) {
  const names = /* @__PURE__ */ new Set([...fromBase.map((t) => t.name), ...changed]);
  return [...names].flatMap((name) => {
    const found = lookup(name);
    return found ? [found] : [];
  });
}
class History {
  byName = /* @__PURE__ */ new Map();
  set(name, at, value) {
    const entry = this.byName.get(name);
    if (!entry) {
      this.byName.set(name, { at: [at], values: [value] });
      return;
    }
    entry.at.push(at);
    entry.values.push(value);
  }
  /** The value after `applied` operations; undefined when nothing was recorded by then. */
  at(name, applied) {
    const entry = this.byName.get(name);
    if (!entry) return void 0;
    let lo = 0;
    let hi = entry.at.length - 1;
    if (entry.at[0] > applied) return void 0;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (entry.at[mid] <= applied) lo = mid;
      else hi = mid - 1;
    }
    return entry.values[lo];
  }
  names() {
    return this.byName.keys();
  }
}

function compareSpans(a, b) {
  return a.line - b.line || a.column - b.column;
}

function collapseVariants(findings) {
  const groups = /* @__PURE__ */ new Map();
  const result = [];
  for (const f of findings) {
    if (!f.variant || f.variant.count < 2) {
      result.push(f);
      continue;
    }
    const key = `${f.ruleId}\0${f.variant.group}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      groups.set(key, [f]);
      result.push(f);
    }
  }
  for (const group of groups.values()) {
    const first = group[0];
    const labels = [...new Set(group.map((f) => f.variant.label))];
    if (labels.length < first.variant.count) first.message = `${first.message} (Only when ${labels.join(", or when ")}.)`;
  }
  return result;
}
function dropRepeats(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.direction}\0${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runRules(sets, options) {
  return finalize(
    sets.flatMap((set) => {
      const run = new SetRun(set, options, false);
      for (const migration of set.migrations) void run.visit(migration);
      return run.finish();
    })
  );
}
async function runRulesAsync(sets, options) {
  const findings = [];
  for (const set of sets) {
    const run = new SetRun(set, options, true);
    for await (const migration of set.migrations) await run.visit(migration);
    findings.push(...run.finish());
  }
  return finalize(findings);
}
class SetRun {
  constructor(set, options, awaits) {
    this.set = set;
    this.options = options;
    this.awaits = awaits;
    const { found, failures } = checkSet(set, options);
    this.pending = found;
    this.findings.push(...failures.flatMap((f) => toFinding(f, set.setId || ".", options)));
  }
  set;
  options;
  awaits;
  pending;
  findings = [];
  db = new DatabaseModel();
  /** Earlier migrations of the change set whose tool runs every pending migration in one transaction. */
  shared = { operations: [], files: /* @__PURE__ */ new Map() };
  /** Checks one migration and folds it into the model; a promise when an asynchronous rule must be waited for. */
  visit(migration) {
    const inChangeSet = this.set.changeSet.has(migration.path);
    const fromSet = this.pending.get(migration.path) ?? [];
    this.pending.delete(migration.path);
    if (!inChangeSet && fromSet.length === 0) return this.fold(migration, inChangeSet);
    const { raw, waiting } = inChangeSet ? checkMigration(migration, this.db, this.options, this.shared, this.awaits) : { raw: [], waiting: [] };
    const settleAndFold = () => {
      const start = firstStatement(migration);
      for (const { configured, descriptor } of fromSet) raw.push(reportedFinding(configured, { ...descriptor, at: descriptor.at ?? start }, start));
      this.findings.push(...settle(migration, raw, inChangeSet, this.options));
      this.fold(migration, inChangeSet);
    };
    if (waiting.length === 0) return settleAndFold();
    return Promise.all(waiting).then(settleAndFold);
  }
  /** Folds a migration into the database model; an operation the model fails on is an internal error, and the rest still folds. */
  fold(migration, inChangeSet) {
    if (migration.downOf !== void 0) return;
    const { set } = this;
    const newToProduction = set.together && inChangeSet;
    let failed = false;
    for (const op of migration.operations) {
      try {
        this.db.apply(op, { migration: migration.path, inChangeSet: newToProduction });
      } catch (error) {
        if (failed) continue;
        failed = true;
        const message = `migration-guard failed to model this statement (${describeError(error)}), so later migrations are checked against an incomplete model of the database. ${REPORT_REQUEST}`;
        this.findings.push(...toFinding(internalRaw(op.span, message, error), migration.path, this.options));
      }
    }
    if (inChangeSet && this.options.tableSizes) noteTouchedTables(migration, this.db, this.options.tableSizes);
    if (newToProduction && migration.transaction.sharedAcrossPending) {
      for (const op of sharedPart(migration)) {
        this.shared.operations.push(op);
        this.shared.files.set(op, migration.path);
      }
    }
  }
  finish() {
    this.options.tableSizes?.setDone(this.db);
    for (const [file, list] of this.pending) {
      for (const { configured, descriptor } of list) {
        this.findings.push(...toFinding(toRawFinding(configured, { ...descriptor, at: descriptor.at ?? FIRST_LINE }), file, this.options));
      }
    }
    return this.findings;
  }
}
function sharedPart(migration) {
  const first = migration.operations.find((op) => op.direction === "up" && op.transaction !== null)?.transaction;
  return first === void 0 ? [] : migration.operations.filter((op) => op.direction === "up" && op.transaction === first);
}
function checkMigration(migration, database, options, shared, awaits) {
  const timeline = new Timeline(migration.operations, database, migration.path, migration.downOf);
  const raw = [];
  const waiting = [];
  const start = firstStatement(migration);
  const malformed = /* @__PURE__ */ new Set();
  const ownShared = migration.transaction.sharedAcrossPending ? new Set(sharedPart(migration)) : void 0;
  const earlierInTransaction = (op) => {
    const own = timeline.earlierInTransaction(op);
    return ownShared?.has(op) ? [...shared.operations, ...own] : own;
  };
  const fileOf = (op) => shared.files.get(op) ?? migration.path;
  const stateBefore = (op) => timeline.before(op);
  const isNewTable = (table, at) => timeline.isNewTable(table, at);
  const locks = (op) => lockNeedsState(op) ? locksOf(op, timeline.before(op)) : locksOf(op);
  for (const configured of options.rules) {
    const { rule } = configured;
    if (!rule.check) continue;
    const ctx = {
      migration,
      statements: migration.statements,
      operations: migration.operations,
      database,
      schema: options.schema,
      baseSchema: options.baseSchema,
      options: ruleOptions(configured),
      postgresVersion: options.postgresVersion,
      stateBefore,
      isNewTable,
      locksOf: locks,
      earlierInTransaction,
      fileOf,
      report: (d) => {
        const finding = reportedFinding(configured, d, start);
        if (finding.ruleId === INTERNAL_ERROR && malformed.has(configured.id)) return;
        if (finding.ruleId === INTERNAL_ERROR) malformed.add(configured.id);
        raw.push(finding.ruleId === INTERNAL_ERROR ? finding : weighable(finding, configured, d, options, timeline, migration));
      }
    };
    const started = options.ruleTimes ? performance.now() : 0;
    const crashed = (error) => void raw.push(ruleCrashFinding(configured.id, start, error));
    try {
      const result = rule.check(ctx);
      if (isThenable(result)) {
        const settled = Promise.resolve(result).then(() => void 0, crashed);
        if (awaits) waiting.push(settled);
        else crashed(new Error("check() returned a Promise, and this entry point runs rules synchronously (the CLI and the Action wait for asynchronous rules)"));
      }
    } catch (error) {
      crashed(error);
    }
    options.ruleTimes?.addRule(configured.id, performance.now() - started);
  }
  return { raw, waiting };
}
function isThenable(value) {
  return typeof value === "object" && value !== null && typeof value.then === "function";
}
function ruleCrashFinding(ruleId, at, error) {
  const span = "kind" in at && "span" in at ? at.span : at;
  const message = `Rule \`${ruleId}\` crashed on this migration (${describeError(error)}), so it did not check it; every other rule did. ${REPORT_REQUEST}`;
  return internalRaw(span, message, error);
}
function internalRaw(span, message, error) {
  const at = { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
  return { ruleId: INTERNAL_ERROR, severity: "error", message, span: at, direction: "up", anchors: [], alwaysInDown: true, ...error !== void 0 ? { error } : {} };
}
const mergedOptions = /* @__PURE__ */ new WeakMap();
function ruleOptions(configured) {
  const known = mergedOptions.get(configured);
  if (known) return known;
  const merged = { ...configured.rule.defaultOptions, ...configured.options };
  mergedOptions.set(configured, merged);
  return merged;
}
function checkSet(set, options) {
  const found = /* @__PURE__ */ new Map();
  const failures = [];
  const setId = set.setId ?? "";
  for (const configured of options.rules) {
    const { rule } = configured;
    if (!rule.checkSet) continue;
    const ctx = {
      setId,
      changeSet: set.changeSet,
      ...set.history ? { history: set.history } : {},
      ...options.schema ? { schema: options.schema } : {},
      ...options.baseSchema ? { baseSchema: options.baseSchema } : {},
      options: { ...rule.defaultOptions, ...configured.options },
      postgresVersion: options.postgresVersion,
      report: (descriptor) => {
        if (typeof descriptor?.file !== "string" || descriptor.file === "") {
          failures.push(ruleCrashFinding(configured.id, FIRST_LINE, new Error(`checkSet reported a finding without a file (${describeError(descriptor)})`)));
          return;
        }
        found.set(descriptor.file, [...found.get(descriptor.file) ?? [], { configured, descriptor }]);
      }
    };
    const started = options.ruleTimes ? performance.now() : 0;
    try {
      const result = rule.checkSet(ctx);
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => void 0);
        throw new Error("checkSet() returned a Promise: set-level checks run synchronously");
      }
    } catch (error) {
      failures.push(ruleCrashFinding(configured.id, FIRST_LINE, error));
    }
    options.ruleTimes?.addRule(configured.id, performance.now() - started);
  }
  return { found, failures };
}
function firstStatement(migration) {
  const statement = migration.statements.find((s) => s.direction === "up");
  const call = migration.operations.find((o) => o.direction === "up" && !o.statement);
  if (call && (!statement || compareSpans(call.span, statement) < 0)) return call;
  return statement ?? migration.statements[0] ?? FIRST_LINE;
}
const FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function settle(migration, raw, inChangeSet, options) {
  const { outcomes, covered } = applySuppressions(raw, migration.suppressions);
  for (const configured of inChangeSet ? options.rules : []) {
    if (!configured.rule.checkSuppressions) continue;
    const start = firstStatement(migration);
    try {
      const result = configured.rule.checkSuppressions({
        migration,
        outcomes,
        knownRuleIds: options.knownRuleIds,
        enabledRuleIds: new Set(options.rules.map((r) => r.id)),
        options: { ...configured.rule.defaultOptions, ...configured.options },
        report: (d) => raw.push(reportedFinding(configured, d, start))
      });
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => void 0);
        throw new Error("checkSuppressions() returned a Promise: it runs synchronously");
      }
    } catch (error) {
      raw.push(ruleCrashFinding(configured.id, start, error));
    }
  }
  const isDown = migration.downOf !== void 0;
  return dropRepeats(collapseVariants(raw.filter((f) => !covered.has(f)))).flatMap((f) => toFinding(isDown ? { ...f, direction: "down" } : f, migration.path, options));
}
function applySuppressions(raw, suppressions) {
  const covered = /* @__PURE__ */ new Set();
  const outcomes = suppressions.map((s) => ({ suppression: s, suppressed: new Map(s.ruleIds.map((id) => [id, 0])) }));
  for (const finding of raw) {
    for (const outcome of outcomes) {
      const s = outcome.suppression;
      if (!s.ruleIds.includes(finding.ruleId)) continue;
      if (s.scope === "statement" && !finding.anchors.includes(s.targetLine)) continue;
      outcome.suppressed.set(finding.ruleId, (outcome.suppressed.get(finding.ruleId) ?? 0) + 1);
      covered.add(finding);
    }
  }
  return { outcomes, covered };
}
function reportedFinding(configured, d, start) {
  const problem = descriptorProblem(d);
  if (!problem) return toRawFinding(configured, d);
  const span = "kind" in start && "span" in start ? start.span : start;
  const whose = configured.id.includes("/") ? "its plugin's authors" : "us";
  const message = `Rule \`${configured.id}\` reported a finding that cannot be shown: ctx.report() was given ${problem}. That finding is lost; please report it to ${whose} (run again with --debug for the stack trace).`;
  return internalRaw(span, message, new Error(`ctx.report() was given ${problem}`));
}
function descriptorProblem(d) {
  if (typeof d !== "object" || d === null) return `${d === null ? "null" : typeof d} instead of { at, message }`;
  const { at, message, severity } = d;
  if (typeof message !== "string" || message.trim() === "") return "no message (a non-empty string)";
  if (severity !== void 0 && !(severity in SEVERITY_RANK)) return `an unknown severity ${JSON.stringify(severity)} (use "error", "warning" or "info")`;
  if (typeof at !== "object" || at === null) return `\`at: ${String(at)}\`, which is not a statement, an operation or a span`;
  const span = "span" in at && typeof at.span === "object" ? at.span : at;
  if (!isPosition(span)) return "an `at` without a valid line and column";
  return void 0;
}
function isPosition(span) {
  if (typeof span !== "object" || span === null) return false;
  const { line, column } = span;
  return Number.isInteger(line) && Number.isInteger(column) && line >= 1 && column >= 1;
}
function toRawFinding(configured, d) {
  const { span, direction, anchors, source, variant } = describeTarget(d.at);
  return {
    ruleId: configured.id,
    severity: d.severity ?? configured.severity,
    message: d.message,
    span,
    direction,
    anchors,
    ...source !== void 0 ? { source } : {},
    ...variant ? { variant } : {},
    alwaysInDown: configured.rule.alwaysInDown === true
  };
}
function describeTarget(at) {
  if ("span" in at && !("transaction" in at)) {
    const { span: span2, direction } = at;
    return { span: wholeSpan(span2), direction: direction === "down" ? "down" : "up", anchors: [span2.line] };
  }
  if ("kind" in at && "span" in at) {
    const op = at;
    const statement = op.statement;
    const anchors = [op.span.line];
    if (op.callSpan) anchors.push(op.callSpan.line);
    if (op.callSites) anchors.push(...op.callSites);
    if (statement) anchors.push(statement.line);
    if (statement?.callSpan) anchors.push(statement.callSpan.line);
    if (statement?.callSites) anchors.push(...statement.callSites);
    const source = statement?.sql ?? op.call;
    return { span: op.span, direction: op.direction, anchors, ...source !== void 0 ? { source } : {}, ...statement?.variant ? { variant: statement.variant } : {} };
  }
  if ("sql" in at) {
    const statement = at;
    const anchors = [statement.line];
    if (statement.callSpan) anchors.push(statement.callSpan.line);
    if (statement.callSites) anchors.push(...statement.callSites);
    const span2 = { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn };
    return { span: span2, direction: statement.direction, anchors, source: statement.sql, ...statement.variant ? { variant: statement.variant } : {} };
  }
  const span = at;
  return { span: wholeSpan(span), direction: "up", anchors: [span.line] };
}
function wholeSpan(span) {
  const { line, column, endLine, endColumn } = span;
  const endsAfter = Number.isInteger(endLine) && Number.isInteger(endColumn) && (endLine > line || endLine === line && endColumn >= column);
  return endsAfter ? { line, column, endLine, endColumn } : { line, column, endLine: line, endColumn: column };
}
function weighable(raw, configured, d, options, timeline, migration) {
  const cost = d.cost !== void 0 ? d.cost : configured.rule.cost;
  if (!cost || !options.tableSizes) return raw;
  const op = operationOf(d.at, migration);
  const table = op ? tableOf(op) : void 0;
  if (!op || !table) return raw;
  const state = timeline.before(op).table(table);
  const subject = { table: state?.origin.productionName ?? table, isNew: timeline.isNewTable(table, op), createdByHistory: state?.origin.createdIn !== void 0 };
  return { ...raw, cost, subject };
}
function operationOf(at, migration) {
  if ("kind" in at && "span" in at && "direction" in at && "transaction" in at) return at;
  if ("sql" in at) return migration.operations.find((op) => op.statement === at && tableOf(op) !== void 0);
  return void 0;
}
function noteTouchedTables(migration, db, advisor) {
  for (const op of migration.operations) {
    const name = op.direction === "up" ? op.kind === "rename-table" ? op.newName : tableOf(op) : void 0;
    if (!name) continue;
    const state = db.table(name);
    advisor.touched({ table: state?.origin.productionName ?? name, isNew: state?.origin.createdInChangeSet ?? false });
  }
}
function toFinding(raw, file, options) {
  let severity = raw.severity;
  let message = raw.message;
  if (raw.subject && raw.cost && options.tableSizes) {
    const weighed = options.tableSizes.weigh({ ruleId: raw.ruleId, cost: raw.cost, severity, message, subject: raw.subject });
    if (weighed) ({ severity, message } = weighed);
  }
  if (raw.direction === "down") {
    const mode = options.downSeverity ?? "off";
    if (mode === "off" && !raw.alwaysInDown) return [];
    if (mode === "warning" && severity === "error" && !raw.alwaysInDown) severity = "warning";
  }
  const docsUrl = options.docsUrl?.(raw.ruleId);
  const finding = {
    ruleId: raw.ruleId,
    severity,
    message,
    file,
    ...raw.span,
    direction: raw.direction,
    ...docsUrl ? { docsUrl } : {},
    fingerprint: "",
    ...raw.source !== void 0 ? { source: raw.source } : {}
  };
  if (raw.error !== void 0) recordStack(finding, raw.error);
  return [finding];
}
function finalize(findings) {
  findings.sort(compareFindings);
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const basis = `${f.ruleId}\0${f.file}\0${f.direction}\0${(f.source ?? f.message).replace(/\s+/g, " ").trim()}`;
    const occurrence = seen.get(basis) ?? 0;
    seen.set(basis, occurrence + 1);
    f.fingerprint = fingerprintOf(`${basis}\0${occurrence}`);
  }
  return findings;
}
class Timeline {
  constructor(operations, base, path, undoes) {
    this.operations = operations;
    this.base = base;
    this.undoes = undoes;
    operations.forEach((op, i) => this.positions.set(op, i));
    this.history = new StateHistory(operations, base, path);
  }
  operations;
  base;
  undoes;
  positions = /* @__PURE__ */ new Map();
  history;
  events;
  /**
   * For `earlierInTransaction`: each operation's transaction group (same transaction and
   * direction, in order) and its place in it, indexed once instead of scanned per call.
   */
  groups;
  /** The state before `op`. */
  before(op) {
    const index = this.positions.get(op);
    if (index === void 0 || index === 0) return this.base;
    return this.history.before(index);
  }
  /** The operations of this migration before `op` in its transaction (same direction), in order. */
  earlierInTransaction(op) {
    if (op.transaction === null) return [];
    this.groups ??= this.groupByTransaction();
    const found = this.groups.get(op);
    return found ? found.group.slice(0, found.at) : [];
  }
  groupByTransaction() {
    const groups = /* @__PURE__ */ new Map();
    const byKey = /* @__PURE__ */ new Map();
    for (const op of this.operations) {
      if (op.transaction === null) continue;
      const key = `${op.direction}:${op.transaction}`;
      const group = byKey.get(key) ?? [];
      byKey.set(key, group);
      groups.set(op, { group, at: group.length });
      group.push(op);
    }
    return groups;
  }
  /**
   * Whether `table` is new to production at `at`: created by an earlier migration of the change
   * set, or earlier in this one. Answered from the creations and drops of this migration, without
   * building a snapshot (every rule asks this for nearly every operation).
   */
  isNewTable(table, at) {
    return this.newAt(table, this.positions.get(at) ?? 0, at.direction);
  }
  newAt(table, index, direction) {
    const last = this.lastEvent(table, index, direction);
    if (last) return last.kind === "created";
    const origin = this.base.table(table)?.origin;
    return origin?.createdInChangeSet === true || this.undoes !== void 0 && origin?.createdIn !== void 0 && sameMigration(origin.createdIn, this.undoes);
  }
  /**
   * The last creation, drop or rename of `table` that runs before the operation at `index`. An `up`
   * operation sees the `up` events before it. A `down` runs after the whole `up`, so it sees the
   * `down` events before it, or else the last `up` event wherever `up` sits in the file: a table
   * the rollback creates again is as new as one the `up` creates.
   */
  lastEvent(table, index, direction) {
    const events = this.tableEvents().get(table) ?? [];
    let last;
    for (const e of events) if (e.direction === direction && e.index < index) last = e;
    if (last || direction === "up") return last;
    for (const e of events) if (e.direction === "up") last = e;
    return last;
  }
  /** The tables this migration creates, drops or renames, in order. */
  tableEvents() {
    if (this.events) return this.events;
    this.events = /* @__PURE__ */ new Map();
    const note = (table, kind, index, direction) => {
      const list = this.events.get(table) ?? [];
      list.push({ kind, index, direction });
      this.events.set(table, list);
    };
    for (const direction of ["up", "down"]) {
      this.operations.forEach((op, i) => {
        if (op.direction !== direction) return;
        if (op.kind === "create-table") {
          const exists = this.existsAt(op.table, i, direction);
          if (!(op.ifNotExists && exists)) note(op.table, "created", i, direction);
        } else if (op.kind === "drop-table") {
          note(op.table, "dropped", i, direction);
        } else if (op.kind === "rename-table") {
          const wasNew = this.newAt(op.table, i, direction);
          note(op.table, "dropped", i, direction);
          note(op.newName, wasNew ? "created" : "renamed-existing", i, direction);
        }
      });
    }
    return this.events;
  }
  existsAt(table, index, direction) {
    const last = this.lastEvent(table, index, direction);
    if (last) return last.kind !== "dropped";
    return this.base.table(table) !== void 0;
  }
}
function sameMigration(a, b) {
  const stem = (file) => {
    const slash = file.lastIndexOf("/");
    const dot = file.indexOf(".", slash + 1);
    return dot < 0 ? file : file.slice(0, dot);
  };
  return a === b || stem(a) === stem(b);
}
function lockNeedsState(op) {
  return op.kind === "drop-index" && op.table === void 0 || op.kind === "rename-index" || op.kind === "reindex";
}
const oneShot = crypto.hash;
function fingerprintOf(basis) {
  const digest = oneShot ? oneShot("sha256", basis, "hex") : crypto.createHash("sha256").update(basis).digest("hex");
  return digest.slice(0, 16);
}

export { SEVERITY_RANK as S, runRulesAsync as a, compareSpans as b, compareFindings as c, runRules as r };
