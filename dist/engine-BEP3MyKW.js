import * as crypto from 'node:crypto';
import { D as DatabaseModel } from './database-state-BwWN6H5o.js';
import { b as locksOf } from './locks-BZkzKF1c.js';
import { t as tableOf } from './operations-RGWoK5XR.js';

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
  return (a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId);
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
      const run = new SetRun(set, options);
      for (const migration of set.migrations) run.visit(migration);
      return run.finish();
    })
  );
}
async function runRulesAsync(sets, options) {
  const findings = [];
  for (const set of sets) {
    const run = new SetRun(set, options);
    for await (const migration of set.migrations) run.visit(migration);
    findings.push(...run.finish());
  }
  return finalize(findings);
}
class SetRun {
  constructor(set, options) {
    this.set = set;
    this.options = options;
    this.pending = checkSet(set, options);
  }
  set;
  options;
  pending;
  findings = [];
  db = new DatabaseModel();
  /** Earlier migrations of the change set whose tool runs every pending migration in one transaction. */
  shared = { operations: [], files: /* @__PURE__ */ new Map() };
  visit(migration) {
    const { set, options } = this;
    const inChangeSet = set.changeSet.has(migration.path);
    const fromSet = this.pending.get(migration.path) ?? [];
    this.pending.delete(migration.path);
    if (inChangeSet || fromSet.length > 0) {
      const raw = inChangeSet ? checkMigration(migration, this.db, options, this.shared) : [];
      const start = firstStatement(migration);
      for (const { configured, descriptor } of fromSet) raw.push(toRawFinding(configured, { ...descriptor, at: descriptor.at ?? start }));
      this.findings.push(...settle(migration, raw, inChangeSet, options));
    }
    const newToProduction = set.together && inChangeSet;
    for (const op of migration.operations) this.db.apply(op, { migration: migration.path, inChangeSet: newToProduction });
    if (inChangeSet && options.tableSizes) noteTouchedTables(migration, this.db, options.tableSizes);
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
function checkMigration(migration, database, options, shared) {
  const timeline = new Timeline(migration.operations, database, migration.path);
  const raw = [];
  const ownShared = migration.transaction.sharedAcrossPending ? new Set(sharedPart(migration)) : void 0;
  const earlierInTransaction = (op) => {
    const index = migration.operations.indexOf(op);
    if (op.transaction === null || index < 0) return [];
    const own = migration.operations.slice(0, index).filter((o) => o.transaction === op.transaction && o.direction === op.direction);
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
      report: (d) => raw.push(weighable(toRawFinding(configured, d), configured, d, options, timeline, migration))
    };
    const started = options.ruleTimes ? performance.now() : 0;
    try {
      rule.check(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, migration.path, error);
    }
    options.ruleTimes?.addRule(configured.id, performance.now() - started);
  }
  return raw;
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
      report: (descriptor) => found.set(descriptor.file, [...found.get(descriptor.file) ?? [], { configured, descriptor }])
    };
    const started = options.ruleTimes ? performance.now() : 0;
    try {
      rule.checkSet(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, setId, error);
    }
    options.ruleTimes?.addRule(configured.id, performance.now() - started);
  }
  return found;
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
    configured.rule.checkSuppressions({
      migration,
      outcomes,
      knownRuleIds: options.knownRuleIds,
      enabledRuleIds: new Set(options.rules.map((r) => r.id)),
      options: { ...configured.rule.defaultOptions, ...configured.options },
      report: (d) => raw.push(toRawFinding(configured, d))
    });
  }
  return dropRepeats(collapseVariants(raw.filter((f) => !covered.has(f)))).flatMap((f) => toFinding(f, migration.path, options));
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
    return { span: { ...span2 }, direction, anchors: [span2.line] };
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
  return {
    span: { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn },
    direction: "up",
    anchors: [span.line]
  };
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
    if (mode === "warning" && severity === "error") severity = "warning";
  }
  const docsUrl = options.docsUrl?.(raw.ruleId);
  return [
    {
      ruleId: raw.ruleId,
      severity,
      message,
      file,
      ...raw.span,
      direction: raw.direction,
      ...docsUrl ? { docsUrl } : {},
      fingerprint: "",
      ...raw.source !== void 0 ? { source: raw.source } : {}
    }
  ];
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
  constructor(operations, base, path) {
    this.operations = operations;
    this.base = base;
    this.path = path;
    operations.forEach((op, i) => this.positions.set(op, i));
  }
  operations;
  base;
  path;
  positions = /* @__PURE__ */ new Map();
  /** Snapshots by operation index, built only for the operations rules ask about. */
  snapshots = /* @__PURE__ */ new Map();
  events;
  /** The state before `op`: replayed from the nearest earlier snapshot, or from the base. */
  before(op) {
    const index = this.positions.get(op);
    if (index === void 0 || index === 0) return this.base;
    const cached = this.snapshots.get(index);
    if (cached) return cached;
    let from = -1;
    for (const i of this.snapshots.keys()) if (i < index && i > from) from = i;
    const model = from >= 0 ? this.snapshots.get(from).snapshot() : new DatabaseModel(this.base);
    for (let i = Math.max(from, 0); i < index; i++) model.apply(this.operations[i], { migration: this.path, inChangeSet: true });
    this.snapshots.set(index, model);
    return model;
  }
  /**
   * Whether `table` is new to production at `at`: created by an earlier migration of the change
   * set, or earlier in this one. Answered from the creations and drops of this migration, without
   * building a snapshot (every rule asks this for nearly every operation).
   */
  isNewTable(table, at) {
    return this.newAt(table, this.positions.get(at) ?? 0);
  }
  newAt(table, index) {
    const events = this.tableEvents().get(table);
    let last;
    for (const e of events ?? []) if (e.index < index) last = e;
    if (last) return last.kind === "created";
    return this.base.table(table)?.origin.createdInChangeSet === true;
  }
  /** The tables this migration creates, drops or renames, in order. */
  tableEvents() {
    if (this.events) return this.events;
    this.events = /* @__PURE__ */ new Map();
    const note = (table, kind, index) => {
      const list = this.events.get(table) ?? [];
      list.push({ kind, index });
      this.events.set(table, list);
    };
    this.operations.forEach((op, i) => {
      if (op.direction !== "up") return;
      if (op.kind === "create-table") {
        const exists = this.existsAt(op.table, i);
        if (!(op.ifNotExists && exists)) note(op.table, "created", i);
      } else if (op.kind === "drop-table") {
        note(op.table, "dropped", i);
      } else if (op.kind === "rename-table") {
        const wasNew = this.newAt(op.table, i);
        note(op.table, "dropped", i);
        note(op.newName, wasNew ? "created" : "renamed-existing", i);
      }
    });
    return this.events;
  }
  existsAt(table, index) {
    let last;
    for (const e of this.events?.get(table) ?? []) if (e.index < index) last = e;
    if (last) return last.kind !== "dropped";
    return this.base.table(table) !== void 0;
  }
}
function lockNeedsState(op) {
  return op.kind === "drop-index" && op.table === void 0 || op.kind === "rename-index" || op.kind === "reindex";
}
class RuleCrash extends Error {
  constructor(ruleId, file, cause) {
    super(`Rule "${ruleId}" crashed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.ruleId = ruleId;
    this.file = file;
    this.cause = cause;
    this.name = "RuleCrash";
  }
  ruleId;
  file;
  cause;
}
const oneShot = crypto.hash;
function fingerprintOf(basis) {
  const digest = oneShot ? oneShot("sha256", basis, "hex") : crypto.createHash("sha256").update(basis).digest("hex");
  return digest.slice(0, 16);
}

const engine = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  RuleCrash,
  runRules,
  runRulesAsync
}, Symbol.toStringTag, { value: 'Module' }));

export { RuleCrash as R, SEVERITY_RANK as S, runRulesAsync as a, engine as e, runRules as r };
