import * as crypto from "node:crypto";
import type { AppSchema } from "./app-schema.js";
import { DatabaseModel, type DatabaseState } from "./database-state.js";
import { compareFindings, type Finding, type Severity } from "./finding.js";
import type { MigrationHistory } from "./history.js";
import { compareSpans, type SourceSpan } from "./location.js";
import { locksOf } from "./locks.js";
import type { Migration } from "./migration.js";
import type { Operation } from "./operations.js";
import type { MigrationSetContext, ReportDescriptor, RuleContext, RuleDefinition, SetReportDescriptor, SuppressionOutcome } from "./rule.js";
import type { Statement } from "./statement.js";
import type { Suppression } from "./suppression.js";
import { tableOf } from "./operations.js";
import type { FindingSubject, TableCost, TableSizeAdvisor } from "./table-size.js";

/** A rule as configured for a run. */
export interface ConfiguredRule {
  /** The id findings carry: the rule's id, or `prefix/id` for a plugin rule. */
  id: string;
  rule: RuleDefinition<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A migration set: ordered migrations of one directory tree, and which of them are being checked. */
export interface MigrationSetInput {
  /**
   * In the order they run. May be produced lazily (a generator that reads and parses each file on
   * demand): the engine consumes it once, so each migration's AST can be freed after its turn.
   */
  migrations: Iterable<Migration>;
  /** Paths of the migrations to check; the others are history. */
  changeSet: ReadonlySet<string>;
  /**
   * True when the checked migrations ship together (a PR, a `--base` diff, files named on the
   * command line): a table one of them creates is new to the others. False when each is checked
   * on its own against the ones before it (linting a whole folder).
   */
  together: boolean;
  /** The set's directory, for set-level rules (`MigrationSetContext.setId`). */
  setId?: string;
  /** With a base to compare with: the set's migrations on the base and what the change set does to them. */
  history?: MigrationHistory;
}

export interface EngineOptions {
  rules: ConfiguredRule[];
  postgresVersion: number;
  schema?: AppSchema;
  baseSchema?: AppSchema;
  /** Every rule id that exists, enabled or not (to tell an unknown id in a suppression from a disabled one). */
  knownRuleIds: ReadonlySet<string>;
  /** How `down` findings are reported: as configured, capped at warning (default), or not at all. */
  downSeverity?: "same" | "warning" | "off";
  docsUrl?(ruleId: string): string | undefined;
  /** Weighs findings of rules that declare a `cost` by the size of their table (a stats snapshot). */
  tableSizes?: TableSizeAdvisor;
}

interface RawFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: SourceSpan;
  direction: "up" | "down";
  /** Lines a suppression comment may target to cover this finding. */
  anchors: number[];
  source?: string;
  /** The table the finding concerns, for rules with a `cost` when table sizes are known. */
  subject?: FindingSubject;
  cost?: TableCost;
}

/** Runs the rules over the change set of each migration set, folding history into the database state. */
export function runRules(sets: readonly MigrationSetInput[], options: EngineOptions): Finding[] {
  return finalize(
    sets.flatMap((set) => {
      const run = new SetRun(set, options);
      for (const migration of set.migrations as Iterable<Migration>) run.visit(migration);
      return run.finish();
    }),
  );
}

/**
 * The same, for migrations that arrive asynchronously (parsed on worker threads): each migration
 * is checked as soon as it arrives, while the next ones are still being parsed.
 */
export async function runRulesAsync(
  sets: readonly (Omit<MigrationSetInput, "migrations"> & { migrations: AsyncIterable<Migration> | Iterable<Migration> })[],
  options: EngineOptions,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const set of sets) {
    const run = new SetRun(set, options);
    for await (const migration of set.migrations) run.visit(migration);
    findings.push(...run.finish());
  }
  return finalize(findings);
}

/** A finding of a set-level rule, placed once its file's migration streams by. */
interface SetFinding {
  configured: ConfiguredRule;
  descriptor: SetReportDescriptor;
}

/**
 * One pass over a set's migrations, one migration at a time: set-level rules run first, as they
 * need only the set's history; each checked migration is then checked and settled in its turn,
 * with the set-level findings about it, and folded into the database state.
 */
class SetRun {
  private readonly pending: Map<string, SetFinding[]>;
  private readonly findings: Finding[] = [];
  private readonly db = new DatabaseModel();
  /** Earlier migrations of the change set whose tool runs every pending migration in one transaction. */
  private readonly shared: SharedTransaction = { operations: [], files: new Map() };

  constructor(
    private readonly set: Pick<MigrationSetInput, "changeSet" | "together" | "setId" | "history">,
    private readonly options: EngineOptions,
  ) {
    this.pending = checkSet(set, options);
  }

  visit(migration: Migration): void {
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

  finish(): Finding[] {
    this.options.tableSizes?.setDone(this.db);
    // Files that are not (or no longer) migrations of the set: a deleted migration, for one.
    for (const [file, list] of this.pending) {
      for (const { configured, descriptor } of list) {
        this.findings.push(...toFinding(toRawFinding(configured, { ...descriptor, at: descriptor.at ?? FIRST_LINE }), file, this.options));
      }
    }
    return this.findings;
  }
}

/** Operations of earlier migrations that run in the transaction a migration shares with them. */
interface SharedTransaction {
  operations: Operation[];
  files: Map<Operation, string>;
}

/** The operations of a migration that run in the transaction its tool shares across pending migrations: its first `up` transaction. */
function sharedPart(migration: Migration): Operation[] {
  const first = migration.operations.find((op) => op.direction === "up" && op.transaction !== null)?.transaction;
  return first === undefined ? [] : migration.operations.filter((op) => op.direction === "up" && op.transaction === first);
}

function checkMigration(migration: Migration, database: DatabaseModel, options: EngineOptions, shared: SharedTransaction): RawFinding[] {
  const timeline = new Timeline(migration.operations, database, migration.path);
  const raw: RawFinding[] = [];
  const ownShared = migration.transaction.sharedAcrossPending ? new Set(sharedPart(migration)) : undefined;
  const earlierInTransaction = (op: Operation): readonly Operation[] => {
    const index = migration.operations.indexOf(op);
    if (op.transaction === null || index < 0) return [];
    const own = migration.operations.slice(0, index).filter((o) => o.transaction === op.transaction && o.direction === op.direction);
    return ownShared?.has(op) ? [...shared.operations, ...own] : own;
  };
  const fileOf = (op: Operation) => shared.files.get(op) ?? migration.path;
  const stateBefore = (op: Operation) => timeline.before(op);
  const isNewTable = (table: string, at: Operation) => timeline.isNewTable(table, at);
  const locks = (op: Operation) => (lockNeedsState(op) ? locksOf(op, timeline.before(op)) : locksOf(op));
  for (const configured of options.rules) {
    const { rule } = configured;
    if (!rule.check) continue;
    // A plain object literal per rule: V8 builds these far faster than copies of a shared object.
    const ctx: RuleContext<Record<string, unknown>> = {
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
      report: (d) => raw.push(weighable(toRawFinding(configured, d), configured, d, options, timeline, migration)),
    };
    try {
      rule.check(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, migration.path, error);
    }
  }
  return raw;
}

/** A rule's options (its defaults under the configured ones), merged once per run. */
const mergedOptions = new WeakMap<ConfiguredRule, Record<string, unknown>>();
function ruleOptions(configured: ConfiguredRule): Record<string, unknown> {
  const known = mergedOptions.get(configured);
  if (known) return known;
  const merged: Record<string, unknown> = { ...configured.rule.defaultOptions, ...configured.options };
  mergedOptions.set(configured, merged);
  return merged;
}

/** Runs the set-level hooks; their findings by the file they belong to. */
function checkSet(set: Pick<MigrationSetInput, "changeSet" | "setId" | "history">, options: EngineOptions): Map<string, SetFinding[]> {
  const found = new Map<string, SetFinding[]>();
  const setId = set.setId ?? "";
  for (const configured of options.rules) {
    const { rule } = configured;
    if (!rule.checkSet) continue;
    const ctx: MigrationSetContext<Record<string, unknown>> = {
      setId,
      changeSet: set.changeSet,
      ...(set.history ? { history: set.history } : {}),
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.baseSchema ? { baseSchema: options.baseSchema } : {}),
      options: { ...rule.defaultOptions, ...configured.options },
      postgresVersion: options.postgresVersion,
      report: (descriptor) => found.set(descriptor.file, [...(found.get(descriptor.file) ?? []), { configured, descriptor }]),
    };
    try {
      rule.checkSet(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, setId, error);
    }
  }
  return found;
}

/**
 * Where a finding about a whole migration points: its first `up` statement, or the first `up`
 * builder call of a TS/JS migration when that comes earlier (builder operations have no statement).
 */
function firstStatement(migration: Migration): Statement | Operation | SourceSpan {
  const statement = migration.statements.find((s) => s.direction === "up");
  const call = migration.operations.find((o) => o.direction === "up" && !o.statement);
  if (call && (!statement || compareSpans(call.span, statement) < 0)) return call;
  return statement ?? migration.statements[0] ?? FIRST_LINE;
}

const FIRST_LINE: SourceSpan = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Applies the migration's suppression comments to its findings and, for a migration of the change
 * set, runs the rules about the comments themselves.
 */
function settle(migration: Migration, raw: RawFinding[], inChangeSet: boolean, options: EngineOptions): Finding[] {
  const { outcomes, covered } = applySuppressions(raw, migration.suppressions);
  for (const configured of inChangeSet ? options.rules : []) {
    if (!configured.rule.checkSuppressions) continue;
    configured.rule.checkSuppressions({
      migration,
      outcomes,
      knownRuleIds: options.knownRuleIds,
      enabledRuleIds: new Set(options.rules.map((r) => r.id)),
      options: { ...configured.rule.defaultOptions, ...configured.options },
      report: (d) => raw.push(toRawFinding(configured, d)),
    });
  }
  return raw.filter((f) => !covered.has(f)).flatMap((f) => toFinding(f, migration.path, options));
}

/** Matches findings with suppression comments; `covered` are the findings to drop. */
function applySuppressions(
  raw: readonly RawFinding[],
  suppressions: readonly Suppression[],
): { outcomes: SuppressionOutcome[]; covered: Set<RawFinding> } {
  const covered = new Set<RawFinding>();
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

function toRawFinding(configured: ConfiguredRule, d: ReportDescriptor): RawFinding {
  const { span, direction, anchors, source } = describeTarget(d.at);
  return {
    ruleId: configured.id,
    severity: d.severity ?? configured.severity,
    message: d.message,
    span,
    direction,
    anchors,
    ...(source !== undefined ? { source } : {}),
  };
}

function describeTarget(at: ReportDescriptor["at"]): Pick<RawFinding, "span" | "direction" | "anchors" | "source"> {
  if ("span" in at && !("transaction" in at)) {
    // An uninspectable call or an app dependency: its own place and direction.
    const { span, direction } = at as { span: SourceSpan; direction: "up" | "down" };
    return { span: { ...span }, direction, anchors: [span.line] };
  }
  if ("kind" in at && "span" in at) {
    const op = at as Operation;
    const statement = op.statement;
    const anchors = [op.span.line];
    if (op.callSpan) anchors.push(op.callSpan.line);
    if (statement) anchors.push(statement.line);
    if (statement?.callSpan) anchors.push(statement.callSpan.line);
    const source = statement?.sql ?? op.call;
    return { span: op.span, direction: op.direction, anchors, ...(source !== undefined ? { source } : {}) };
  }
  if ("sql" in at) {
    const statement = at as Statement;
    const anchors = [statement.line];
    if (statement.callSpan) anchors.push(statement.callSpan.line);
    const span = { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn };
    return { span, direction: statement.direction, anchors, source: statement.sql };
  }
  const span = at as SourceSpan;
  return {
    span: { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn },
    direction: "up",
    anchors: [span.line],
  };
}

/** Attaches the table a finding concerns, when its rule declares a cost and table sizes are known. */
function weighable(raw: RawFinding, configured: ConfiguredRule, d: ReportDescriptor, options: EngineOptions, timeline: Timeline, migration: Migration): RawFinding {
  const cost = d.cost !== undefined ? d.cost : configured.rule.cost;
  if (!cost || !options.tableSizes) return raw;
  const op = operationOf(d.at, migration);
  const table = op ? tableOf(op) : undefined;
  if (!op || !table) return raw;
  const state = timeline.before(op).table(table);
  const subject = { table: state?.origin.productionName ?? table, isNew: timeline.isNewTable(table, op), createdByHistory: state?.origin.createdIn !== undefined };
  return { ...raw, cost, subject };
}

/** The operation a report target stands for: itself, or the first operation of a statement that names a table. */
function operationOf(at: ReportDescriptor["at"], migration: Migration): Operation | undefined {
  if ("kind" in at && "span" in at && "direction" in at && "transaction" in at) return at as Operation;
  if ("sql" in at) return migration.operations.find((op) => op.statement === at && tableOf(op) !== undefined);
  return undefined;
}

/** Tells the advisor which production tables a checked migration touches (after folding it in). */
function noteTouchedTables(migration: Migration, db: DatabaseState, advisor: TableSizeAdvisor): void {
  for (const op of migration.operations) {
    const name = op.direction === "up" ? (op.kind === "rename-table" ? op.newName : tableOf(op)) : undefined;
    if (!name) continue;
    const state = db.table(name);
    advisor.touched({ table: state?.origin.productionName ?? name, isNew: state?.origin.createdInChangeSet ?? false });
  }
}

function toFinding(raw: RawFinding, file: string, options: EngineOptions): Finding[] {
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
      ...(docsUrl ? { docsUrl } : {}),
      fingerprint: "",
      ...(raw.source !== undefined ? { source: raw.source } : {}),
    },
  ];
}

/** Sorts findings and gives each a fingerprint that survives unrelated edits to the file. */
function finalize(findings: Finding[]): Finding[] {
  findings.sort(compareFindings);
  const seen = new Map<string, number>();
  for (const f of findings) {
    const basis = `${f.ruleId}\0${f.file}\0${f.direction}\0${(f.source ?? f.message).replace(/\s+/g, " ").trim()}`;
    const occurrence = seen.get(basis) ?? 0;
    seen.set(basis, occurrence + 1);
    f.fingerprint = fingerprintOf(`${basis}\0${occurrence}`);
  }
  return findings;
}

/**
 * The database before each operation of one migration, built on first use. Each snapshot is an
 * overlay holding only what this migration changed so far.
 */
class Timeline {
  private readonly positions = new Map<Operation, number>();
  /** Snapshots by operation index, built only for the operations rules ask about. */
  private readonly snapshots = new Map<number, DatabaseModel>();
  private events: Map<string, TableEvent[]> | undefined;

  constructor(
    private readonly operations: readonly Operation[],
    private readonly base: DatabaseState,
    private readonly path: string,
  ) {
    operations.forEach((op, i) => this.positions.set(op, i));
  }

  /** The state before `op`: replayed from the nearest earlier snapshot, or from the base. */
  before(op: Operation): DatabaseState {
    const index = this.positions.get(op);
    if (index === undefined || index === 0) return this.base;
    const cached = this.snapshots.get(index);
    if (cached) return cached;
    let from = -1;
    for (const i of this.snapshots.keys()) if (i < index && i > from) from = i;
    const model = from >= 0 ? this.snapshots.get(from)!.snapshot() : new DatabaseModel(this.base);
    for (let i = Math.max(from, 0); i < index; i++) model.apply(this.operations[i]!, { migration: this.path, inChangeSet: true });
    this.snapshots.set(index, model);
    return model;
  }

  /**
   * Whether `table` is new to production at `at`: created by an earlier migration of the change
   * set, or earlier in this one. Answered from the creations and drops of this migration, without
   * building a snapshot (every rule asks this for nearly every operation).
   */
  isNewTable(table: string, at: Operation): boolean {
    return this.newAt(table, this.positions.get(at) ?? 0, at.direction);
  }

  private newAt(table: string, index: number, direction: Operation["direction"]): boolean {
    const last = this.lastEvent(table, index, direction);
    if (last) return last.kind === "created";
    return this.base.table(table)?.origin.createdInChangeSet === true;
  }

  /**
   * The last creation, drop or rename of `table` that runs before the operation at `index`. An `up`
   * operation sees the `up` events before it. A `down` runs after the whole `up`, so it sees the
   * `down` events before it, or else the last `up` event wherever `up` sits in the file: a table
   * the rollback creates again is as new as one the `up` creates.
   */
  private lastEvent(table: string, index: number, direction: Operation["direction"]): TableEvent | undefined {
    const events = this.tableEvents().get(table) ?? [];
    let last: TableEvent | undefined;
    for (const e of events) if (e.direction === direction && e.index < index) last = e;
    if (last || direction === "up") return last;
    for (const e of events) if (e.direction === "up") last = e;
    return last;
  }

  /** The tables this migration creates, drops or renames, in order. */
  private tableEvents(): Map<string, TableEvent[]> {
    if (this.events) return this.events;
    this.events = new Map();
    const note = (table: string, kind: TableEvent["kind"], index: number, direction: Operation["direction"]) => {
      const list = this.events!.get(table) ?? [];
      list.push({ kind, index, direction });
      this.events!.set(table, list);
    };
    // Every `up` event first: a `down` operation's answer depends on the whole `up`.
    for (const direction of ["up", "down"] as const) {
      this.operations.forEach((op, i) => {
        if (op.direction !== direction) return;
        if (op.kind === "create-table") {
          // CREATE TABLE IF NOT EXISTS of a table production already has creates nothing.
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

  private existsAt(table: string, index: number, direction: Operation["direction"]): boolean {
    const last = this.lastEvent(table, index, direction);
    if (last) return last.kind !== "dropped";
    return this.base.table(table) !== undefined;
  }
}

interface TableEvent {
  /** `renamed-existing`: an existing table now under this name, still existing in production. */
  kind: "created" | "dropped" | "renamed-existing";
  index: number;
  direction: Operation["direction"];
}

/** Lock modes that need the database state: an index's table is only known from the history. */
function lockNeedsState(op: Operation): boolean {
  return (op.kind === "drop-index" && op.table === undefined) || op.kind === "rename-index" || op.kind === "reindex";
}

/** A rule threw: the run stops with a message naming the rule and the file. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`Rule "${ruleId}" crashed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "RuleCrash";
  }
}


/** 16 hex digits of SHA-256; the one-shot `crypto.hash` (Node 20.12+) is much cheaper per call. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
function fingerprintOf(basis: string): string {
  const digest = oneShot ? oneShot("sha256", basis, "hex") : crypto.createHash("sha256").update(basis).digest("hex");
  return digest.slice(0, 16);
}
