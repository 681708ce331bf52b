import * as crypto from 'node:crypto';
import { D as DatabaseModel } from './read-migration-CjfDTWsU.js';
import { t as tableOf, b as locksOf } from './rule-Cnc1Aa19.js';
import path from 'node:path';

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
    try {
      rule.check(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, migration.path, error);
    }
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
    try {
      rule.checkSet(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, setId, error);
    }
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
    ...variant ? { variant } : {}
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
    const mode = options.downSeverity ?? "warning";
    if (mode === "off") return [];
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

class UsageError extends Error {
  name = "UsageError";
}

function closest(input, candidates) {
  const list = [...candidates];
  let best;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== void 0 && bestDistance <= Math.max(2, Math.floor(input.length / 4))) return best;
  const lower = input.toLowerCase();
  return lower.length >= 3 ? list.find((c) => c.toLowerCase().startsWith(lower)) : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

//#region src/storages/globalConfig/globalConfig.ts
const DEFAULT_CONFIG$1 = {
	lang: void 0,
	message: void 0,
	abortEarly: void 0,
	abortPipeEarly: void 0
};
/**
* Returns the global configuration.
*
* @param config The config to merge.
*
* @returns The configuration.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalConfig(config$1) {
	return DEFAULT_CONFIG$1;
}

//#endregion
//#region src/storages/globalMessage/globalMessage.ts
let store$3;
/**
* Returns a global error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalMessage(lang) {
	return store$3?.get(lang);
}

//#endregion
//#region src/storages/schemaMessage/schemaMessage.ts
let store$2;
/**
* Returns a schema error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSchemaMessage(lang) {
	return store$2?.get(lang);
}

//#endregion
//#region src/storages/specificMessage/specificMessage.ts
let store$1;
/**
* Returns a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSpecificMessage(reference, lang) {
	return store$1?.get(reference)?.get(lang);
}

//#endregion
//#region src/utils/_stringify/_stringify.ts
/**
* Stringifies an unknown input to a literal or type string.
*
* @param input The unknown input.
*
* @returns A literal or type string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _stringify(input) {
	const type = typeof input;
	if (type === "string") return `"${input}"`;
	if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
	if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
	return type;
}

//#endregion
//#region src/utils/_addIssue/_addIssue.ts
/**
* Adds an issue to the dataset.
*
* @param context The issue context.
* @param label The issue label.
* @param dataset The input dataset.
* @param config The configuration.
* @param other The optional props.
*
* @internal
*/
function _addIssue(context, label, dataset, config$1, other) {
	const input = other && "input" in other ? other.input : dataset.value;
	const expected = other?.expected ?? context.expects ?? null;
	const received = other?.received ?? /* @__PURE__ */ _stringify(input);
	const issue = {
		kind: context.kind,
		type: context.type,
		input,
		expected,
		received,
		message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
		requirement: context.requirement,
		path: other?.path,
		issues: other?.issues,
		lang: config$1.lang,
		abortEarly: config$1.abortEarly,
		abortPipeEarly: config$1.abortPipeEarly
	};
	const isSchema = context.kind === "schema";
	const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
	if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
	if (isSchema) dataset.typed = false;
	if (dataset.issues) dataset.issues.push(issue);
	else dataset.issues = [issue];
}

//#endregion
//#region src/utils/_isSameValueZero/_isSameValueZero.ts
/**
* Compares two values using the SameValueZero algorithm, which treats `NaN`
* as equal to itself unlike `===`.
*
* @param value1 The first value.
* @param value2 The second value.
*
* @returns Whether the values are equal.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isSameValueZero(value1, value2) {
	return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}

//#endregion
//#region src/utils/_isValidObjectKey/_isValidObjectKey.ts
/**
* Disallows inherited object properties and prevents object prototype
* pollution by disallowing certain keys.
*
* @param object The object to check.
* @param key The key to check.
*
* @returns Whether the key is allowed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValidObjectKey(object$1, key) {
	return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}

//#endregion
//#region src/utils/_joinExpects/_joinExpects.ts
/**
* Joins multiple `expects` values with the given separator.
*
* @param values The `expects` values.
* @param separator The separator.
*
* @returns The joined `expects` property.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _joinExpects(values$1, separator) {
	const list = [...new Set(values$1)];
	if (list.length > 1) return `(${list.join(` ${separator} `)})`;
	return list[0] ?? "never";
}

//#endregion
//#region src/utils/_standardSchema/_standardSchema.ts
/**
* Eagerly creates and attaches the Standard Schema properties of a schema.
*
* Hint: The contextual `this` type includes the standard properties that are
* attached before the schema is returned.
*
* @param schema The schema to attach standard properties to.
*
* @returns The schema with standard properties attached.
*
* @internal
*/
function _standardSchema(schema) {
	schema["~standard"] = {
		version: 1,
		vendor: "valibot",
		validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
	};
	return schema;
}

//#endregion
//#region src/utils/getDotPath/getDotPath.ts
/* @__NO_SIDE_EFFECTS__ */
function getDotPath(issue) {
	if (issue.path) {
		let key = "";
		for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
		else key += item.key;
		else return null;
		return key;
	}
	return null;
}
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp regex. Allows a
* space as a date/time separator and an optional space before the UTC offset.
*/
const ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

//#endregion
//#region src/actions/check/check.ts
/* @__NO_SIDE_EFFECTS__ */
function check(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: check,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/integer/integer.ts
/* @__NO_SIDE_EFFECTS__ */
function integer(message$1) {
	return {
		kind: "validation",
		type: "integer",
		reference: integer,
		async: false,
		expects: null,
		requirement: Number.isInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimestamp/isoTimestamp.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimestamp(message$1) {
	return {
		kind: "validation",
		type: "iso_timestamp",
		reference: isoTimestamp,
		async: false,
		expects: null,
		requirement: ISO_TIMESTAMP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxValue/maxValue.ts
/* @__NO_SIDE_EFFECTS__ */
function maxValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_value",
		reference: maxValue,
		async: false,
		expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minValue/minValue.ts
/* @__NO_SIDE_EFFECTS__ */
function minValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_value",
		reference: minValue,
		async: false,
		expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/getFallback/getFallback.ts
/**
* Returns the fallback value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The output dataset if available.
* @param config The config if available.
*
* @returns The fallback value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallback(schema, dataset, config$1) {
	return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}

//#endregion
//#region src/methods/getDefault/getDefault.ts
/**
* Returns the default value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The input dataset if available.
* @param config The config if available.
*
* @returns The default value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefault(schema, dataset, config$1) {
	return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}

//#endregion
//#region src/schemas/array/array.ts
/* @__NO_SIDE_EFFECTS__ */
function array(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: array,
		expects: "Array",
		async: false,
		item,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/boolean/boolean.ts
/* @__NO_SIDE_EFFECTS__ */
function boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: boolean,
		expects: "boolean",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "boolean") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/custom.ts
/* @__NO_SIDE_EFFECTS__ */
function custom(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: custom,
		expects: "unknown",
		async: false,
		check: check$1,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazy.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazy(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazy,
		expects: "unknown",
		async: false,
		getter,
		"~run"(dataset, config$1) {
			return this.getter(dataset.value)["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/literal/literal.ts
/* @__NO_SIDE_EFFECTS__ */
function literal(literal_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "literal",
		reference: literal,
		expects: /* @__PURE__ */ _stringify(literal_),
		async: false,
		literal: literal_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nullable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullable,
		expects: `(${wrapped.expects} | null)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/number/number.ts
/* @__NO_SIDE_EFFECTS__ */
function number(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "number",
		reference: number,
		expects: "number",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/object.ts
/* @__NO_SIDE_EFFECTS__ */
function object(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: object,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/optional/optional.ts
/* @__NO_SIDE_EFFECTS__ */
function optional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optional,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/picklist/picklist.ts
/* @__NO_SIDE_EFFECTS__ */
function picklist(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "picklist",
		reference: picklist,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/record.ts
/* @__NO_SIDE_EFFECTS__ */
function record(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: record,
		expects: "Object",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
					const entryValue = input[entryKey];
					const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObject.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/string/string.ts
/* @__NO_SIDE_EFFECTS__ */
function string(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "string",
		reference: string,
		expects: "string",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "string") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/union/utils/_subIssues/_subIssues.ts
/**
* Returns the sub issues of the provided datasets for the union issue.
*
* @param datasets The datasets.
*
* @returns The sub issues.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _subIssues(datasets) {
	let issues;
	if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
	else issues = dataset.issues;
	return issues;
}

//#endregion
//#region src/schemas/union/union.ts
/* @__NO_SIDE_EFFECTS__ */
function union(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: union,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/unknown/unknown.ts
/**
* Creates a unknown schema.
*
* @returns A unknown schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unknown() {
	return _standardSchema({
		kind: "schema",
		type: "unknown",
		reference: unknown,
		expects: "unknown",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/pipe/pipe.ts
/* @__NO_SIDE_EFFECTS__ */
function pipe(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		"~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/safeParse/safeParse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
function safeParse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig());
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

const DATABASES = ["postgresql", "mysql", "mariadb", "sqlite", "sqlserver", "oracle", "cockroachdb", "clickhouse", "mongodb"];
const DATABASE_NAMES = {
  postgresql: "PostgreSQL",
  mysql: "MySQL",
  mariadb: "MariaDB",
  sqlite: "SQLite",
  sqlserver: "SQL Server",
  oracle: "Oracle",
  cockroachdb: "CockroachDB",
  clickhouse: "ClickHouse",
  mongodb: "MongoDB"
};
const PRISMA_PROVIDERS = {
  postgresql: "postgresql",
  postgres: "postgresql",
  mysql: "mysql",
  sqlite: "sqlite",
  sqlserver: "sqlserver",
  cockroachdb: "cockroachdb",
  mongodb: "mongodb"
};
const DRIZZLE_DIALECTS = {
  postgresql: "postgresql",
  pg: "postgresql",
  "aws-data-api": "postgresql",
  pglite: "postgresql",
  mysql: "mysql",
  mysql2: "mysql",
  singlestore: "mysql",
  sqlite: "sqlite",
  turso: "sqlite",
  libsql: "sqlite",
  "better-sqlite": "sqlite",
  d1: "sqlite",
  "d1-http": "sqlite",
  expo: "sqlite",
  "durable-sqlite": "sqlite"
};
const KNEX_CLIENTS = {
  pg: "postgresql",
  postgres: "postgresql",
  postgresql: "postgresql",
  pgnative: "postgresql",
  "pg-native": "postgresql",
  mysql: "mysql",
  mysql2: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
  oracledb: "oracle",
  cockroachdb: "cockroachdb"
};
const TYPEORM_TYPES = {
  postgres: "postgresql",
  "aurora-postgres": "postgresql",
  mysql: "mysql",
  "aurora-mysql": "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  "better-sqlite3": "sqlite",
  sqljs: "sqlite",
  capacitor: "sqlite",
  cordova: "sqlite",
  expo: "sqlite",
  nativescript: "sqlite",
  "react-native": "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
  cockroachdb: "cockroachdb",
  mongodb: "mongodb"
};
const SEQUELIZE_DIALECTS = {
  postgres: "postgresql",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  mssql: "sqlserver",
  oracle: "oracle"
};
const MIKRO_ORM_DRIVERS = {
  postgresql: "postgresql",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  "better-sqlite": "sqlite",
  libsql: "sqlite",
  mssql: "sqlserver",
  mongodb: "mongodb"
};
function kyselyDialectDatabase(className) {
  const name = className.replace(/Dialect$/, "").toLowerCase();
  if (/postgres|^pg|pglite|neon|supabase|electric/.test(name)) return "postgresql";
  if (/mysql|planetscale/.test(name)) return "mysql";
  if (/mariadb/.test(name)) return "mariadb";
  if (/sqlite|libsql|^d1$|turso|sqljs|wasqlite|expo/.test(name)) return "sqlite";
  if (/mssql|tedious/.test(name)) return "sqlserver";
  return void 0;
}
const NPM_DRIVERS = {
  pg: "postgresql",
  "pg-native": "postgresql",
  "pg-promise": "postgresql",
  postgres: "postgresql",
  slonik: "postgresql",
  "@neondatabase/serverless": "postgresql",
  "@vercel/postgres": "postgresql",
  "@electric-sql/pglite": "postgresql",
  "@databases/pg": "postgresql",
  mysql: "mysql",
  mysql2: "mysql",
  "@planetscale/database": "mysql",
  "@databases/mysql": "mysql",
  mariadb: "mariadb",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  sqlite: "sqlite",
  "@libsql/client": "sqlite",
  libsql: "sqlite",
  "sql.js": "sqlite",
  "@databases/sqlite": "sqlite",
  mssql: "sqlserver",
  tedious: "sqlserver",
  oracledb: "oracle",
  "@clickhouse/client": "clickhouse"
};
const GO_DRIVERS = {
  "github.com/lib/pq": "postgresql",
  "github.com/jackc/pgx": "postgresql",
  "github.com/jackc/pgx/v4": "postgresql",
  "github.com/jackc/pgx/v5": "postgresql",
  "github.com/go-sql-driver/mysql": "mysql",
  "github.com/mattn/go-sqlite3": "sqlite",
  "modernc.org/sqlite": "sqlite",
  "github.com/glebarez/sqlite": "sqlite",
  "github.com/ncruces/go-sqlite3": "sqlite",
  "github.com/microsoft/go-mssqldb": "sqlserver",
  "github.com/denisenkom/go-mssqldb": "sqlserver",
  "github.com/ClickHouse/clickhouse-go": "clickhouse",
  "github.com/ClickHouse/clickhouse-go/v2": "clickhouse"
};
function folderDatabase(segment) {
  const name = segment.toLowerCase().replace(/[-_]?(db|database)$/, "");
  const byName = {
    postgres: "postgresql",
    postgresql: "postgresql",
    pg: "postgresql",
    pgsql: "postgresql",
    mysql: "mysql",
    mariadb: "mariadb",
    maria: "mariadb",
    sqlite: "sqlite",
    sqlite3: "sqlite",
    mssql: "sqlserver",
    sqlserver: "sqlserver",
    oracle: "oracle",
    cockroach: "cockroachdb",
    cockroachdb: "cockroachdb",
    clickhouse: "clickhouse"
  };
  return byName[name];
}

const RULE_LEVELS = ["off", "info", "warning", "error"];
const SQL_MIGRATION_TOOLS = ["sql", "prisma", "drizzle", "supabase", "golang-migrate", "dbmate", "goose"];
const LEVELS_TEXT = `"off", "info", "warning" or "error"`;
const PG_VERSION = "a Postgres major version from 9 to 19, e.g. 15";
const TOOLS_TEXT = SQL_MIGRATION_TOOLS.map((t) => `"${t}"`).join(", ");
const level = picklist(RULE_LEVELS, `a level: ${LEVELS_TEXT}`);
const options = record(string(), unknown(), "an object of options");
const SETTING_TEXT = `${LEVELS_TEXT}, or [level, { options }]`;
const ruleSetting = byShape({
  array: union([strictTuple([level]), strictTuple([level, options])], SETTING_TEXT),
  other: picklist(RULE_LEVELS, SETTING_TEXT)
});
const globs = union([string(), array(string())], "a glob or an array of globs");
const VERSION_TEXT = 'a migration version, e.g. "20240101000000" or 42';
const version = union([string(), pipe(number(), integer(VERSION_TEXT))], VERSION_TEXT);
const DIALECT_TEXT = `one of ${DATABASES.map((d) => `"${d}"`).join(", ")}`;
const dialect = picklist(DATABASES, DIALECT_TEXT);
const migrationSet = byShape({
  object: strictObject(
    {
      files: globs,
      tool: optional(picklist(SQL_MIGRATION_TOOLS, `one of ${TOOLS_TEXT}`)),
      startAfter: optional(version),
      dialect: optional(dialect)
    },
    (issue) => unknownKeyMessage(issue, ["files", "tool", "startAfter", "dialect"])
  ),
  other: string('a glob, or { files: glob | globs, tool?, startAfter?, dialect? } (e.g. { files: "db/*.sql", tool: "dbmate" })')
});
const SCHEMA_ORMS = ["prisma", "typeorm", "drizzle", "sequelize", "mikro-orm"];
const SCHEMA_SOURCE_KEYS = ["orm", "include", "exclude", "naming"];
const schemaSource = strictObject(
  {
    orm: picklist(SCHEMA_ORMS, `one of ${SCHEMA_ORMS.map((o) => `"${o}"`).join(", ")}`),
    include: globs,
    exclude: optional(globs),
    naming: optional(picklist(["snake_case", "default"], '"snake_case" or "default"'))
  },
  (issue) => issue.path?.length ? unknownKeyMessage(issue, SCHEMA_SOURCE_KEYS) : "a schema source { orm, include, exclude?, naming? }"
);
const appSchema = byShape({
  object: strictObject(
    { sources: array(schemaSource, "an array of schema sources") },
    (issue) => issue.path?.length ? unknownKeyMessage(issue, ["sources"]) : "an object"
  ),
  other: literal(false, "false (no cross-check with the app's models), or { sources: [{ orm, include, exclude?, naming? }] }")
});
const ROWS_TEXT = "a number of rows, e.g. 10000";
const rows = pipe(number(ROWS_TEXT), integer(ROWS_TEXT), minValue(0, ROWS_TEXT));
const STATS_KEYS = ["file", "small", "large"];
const statsSetting = byShape({
  object: pipe(
    strictObject(
      { file: optional(string("a path to a stats snapshot, relative to the config file")), small: optional(rows), large: optional(rows) },
      (issue) => issue.path?.length ? unknownKeyMessage(issue, STATS_KEYS) : "an object"
    ),
    check((s) => s.small === void 0 || s.large === void 0 || s.small <= s.large, "small must not be larger than large")
  ),
  other: string("a path to a stats snapshot, or { file?, small?, large? } (row counts, e.g. { small: 10000, large: 1000000 })")
});
const plugin = custom(
  (input) => typeof input === "string" || isPlainObject(input) && "rules" in input,
  'a package name or a path relative to the config file (e.g. "./migration-rules/index.js"), or, in a JS/TS config, a plugin object { rules: { "rule-id": rule } }'
);
const CONFIG_KEYS = [
  "$schema",
  "postgresVersion",
  "migrations",
  "schema",
  "assumeTransaction",
  "assumeLockTimeout",
  "rules",
  "plugins",
  "ignore",
  "startAfter",
  "requireSuppressionReason",
  "down",
  "stats",
  "dialect"
];
const configSchema = strictObject(
  {
    $schema: optional(string("a URL or path of the config's JSON schema")),
    postgresVersion: optional(
      pipe(number(PG_VERSION), integer(PG_VERSION), minValue(9, PG_VERSION), maxValue(19, PG_VERSION))
    ),
    migrations: optional(array(migrationSet, "an array of migration sets")),
    schema: optional(appSchema),
    assumeTransaction: optional(union([boolean(), literal("multi-statement")], 'true, false or "multi-statement"')),
    assumeLockTimeout: optional(boolean("true or false")),
    rules: optional(record(string(), ruleSetting, "an object of rule settings by rule id")),
    plugins: optional(record(string(), plugin, "an object of plugins by prefix")),
    ignore: optional(globs),
    startAfter: optional(version),
    dialect: optional(dialect),
    requireSuppressionReason: optional(boolean("true or false")),
    down: optional(picklist(["same", "warning", "off"], '"same" (as configured), "warning" (errors become warnings) or "off"')),
    stats: optional(statsSetting)
  },
  (issue) => issue.path?.length ? unknownKeyMessage(issue, CONFIG_KEYS) : "an object of settings"
);
function byShape(schemas) {
  return lazy((input) => Array.isArray(input) ? schemas.array ?? schemas.other : isPlainObject(input) ? schemas.object ?? schemas.other : schemas.other);
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unknownKeyMessage(issue, allowed) {
  const key = issue.path?.[issue.path.length - 1]?.key;
  return `unknown key ${JSON.stringify(key)}; allowed keys: ${allowed.join(", ")}`;
}
class ConfigError extends UsageError {
  name = "ConfigError";
}
function validateConfig(data, source) {
  if (!isPlainObject(data)) throw new ConfigError(`${source}: the config must be an object of settings, got ${describeValue(data)}`);
  const result = safeParse(configSchema, data);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => describeIssue(issue));
  throw new ConfigError(
    problems.length === 1 ? `${source}: ${problems[0]}` : `${source} has ${problems.length} problems:
${problems.map((p) => `  - ${p}`).join("\n")}`
  );
}
function describeIssue(issue) {
  const keys = (issue.path ?? []).map((item) => item.key);
  const where = keyPath(keys);
  if (issue.message.startsWith("unknown key")) {
    const parent = keyPath(keys.slice(0, -1));
    return parent ? `${parent}: ${issue.message}` : issue.message;
  }
  if (!where) return `the config must be ${issue.message}, got ${describeValue(issue.input)}`;
  return `${where} must be ${issue.message}; got ${describeValue(issue.input)}${suggestion(issue)}`;
}
function suggestion(issue) {
  if (typeof issue.input !== "string") return "";
  const choices = [...issue.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const guess = closest(issue.input, choices);
  return guess && guess !== issue.input ? ` (did you mean "${guess}"?)` : "";
}
function keyPath(keys) {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += out ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
  }
  return out;
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array ${truncate(safeJson(value))}`;
  if (value !== null && typeof value === "object") return `an object ${truncate(safeJson(value))}`;
  return truncate(safeJson(value));
}
function safeJson(value) {
  try {
    return JSON.stringify(value, (_key, item) => typeof item === "function" ? "[function]" : item) ?? String(value);
  } catch {
    return String(value);
  }
}
function truncate(text) {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const DEFAULT_CONFIG = {
  postgresVersion: 15,
  assumeTransaction: "multi-statement",
  assumeLockTimeout: false,
  requireSuppressionReason: true,
  rules: {},
  plugins: {},
  ignore: [],
  down: "warning",
  schema: { sources: [] },
  stats: { small: 1e4, large: 1e6 }
};

function resolveConfig(user, plugins, rootDir, source) {
  const config = {
    ...DEFAULT_CONFIG,
    rules: { ...user.rules ?? {} },
    plugins,
    ignore: listOf(user.ignore),
    rootDir,
    ...source ? { source } : {}
  };
  if (user.postgresVersion !== void 0) {
    config.postgresVersion = user.postgresVersion;
    config.postgresVersionSet = true;
  }
  if (user.stats !== void 0) {
    const setting = typeof user.stats === "string" ? { file: user.stats } : user.stats;
    config.stats = {
      small: setting.small ?? DEFAULT_CONFIG.stats.small,
      large: setting.large ?? DEFAULT_CONFIG.stats.large,
      ...setting.file !== void 0 ? { file: path.resolve(rootDir, setting.file) } : {}
    };
  }
  if (user.assumeTransaction !== void 0) config.assumeTransaction = user.assumeTransaction;
  if (user.assumeLockTimeout !== void 0) config.assumeLockTimeout = user.assumeLockTimeout;
  if (user.requireSuppressionReason !== void 0) config.requireSuppressionReason = user.requireSuppressionReason;
  if (user.down !== void 0) config.down = user.down;
  if (user.startAfter !== void 0) config.startAfter = String(user.startAfter);
  if (user.dialect !== void 0) config.dialect = user.dialect;
  if (user.schema !== void 0) {
    config.schema = user.schema === false ? false : {
      sources: user.schema.sources.map((source2) => ({
        orm: source2.orm,
        include: listOf(source2.include),
        ...source2.exclude !== void 0 ? { exclude: listOf(source2.exclude) } : {},
        ...source2.naming ? { naming: source2.naming } : {}
      }))
    };
  }
  if (user.migrations) {
    config.migrations = user.migrations.map((entry) => {
      if (typeof entry === "string") return { files: [entry] };
      return {
        files: listOf(entry.files),
        ...entry.tool ? { tool: entry.tool } : {},
        ...entry.startAfter !== void 0 ? { startAfter: String(entry.startAfter) } : {},
        ...entry.dialect ? { dialect: entry.dialect } : {}
      };
    });
  }
  return config;
}
function listOf(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}

export { nullable as A, boolean as B, ConfigError as C, DATABASE_NAMES as D, GO_DRIVERS as G, KNEX_CLIENTS as K, MIKRO_ORM_DRIVERS as M, NPM_DRIVERS as N, PRISMA_PROVIDERS as P, RuleCrash as R, SEVERITY_RANK as S, TYPEORM_TYPES as T, UsageError as U, DEFAULT_CONFIG as a, RULE_LEVELS as b, closest as c, describeValue as d, DRIZZLE_DIALECTS as e, kyselyDialectDatabase as f, SEQUELIZE_DIALECTS as g, folderDatabase as h, isPlainObject as i, runRulesAsync as j, keyPath as k, runRules as l, getDotPath as m, array as n, object as o, pipe as p, string as q, resolveConfig as r, safeParse as s, literal as t, minValue as u, validateConfig as v, integer as w, number as x, isoTimestamp as y, optional as z };
