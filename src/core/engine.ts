import * as crypto from "node:crypto";
import type { AppSchema } from "./app-schema.js";
import { DatabaseModel, type DatabaseState } from "./database-state.js";
import { StateHistory } from "./state-history.js";
import { compareFindings, SEVERITY_RANK, type Finding, type Severity } from "./finding.js";
import { describeError, INTERNAL_ERROR, recordStack, REPORT_REQUEST } from "./internal-error.js";
import type { MigrationHistory } from "./history.js";
import { compareSpans, type SourceSpan } from "./location.js";
import { locksOf } from "./locks.js";
import type { Migration } from "./migration.js";
import type { Operation } from "./operations.js";
import type { MigrationSetContext, ReportDescriptor, RuleContext, RuleDefinition, SetReportDescriptor, SuppressionOutcome } from "./rule.js";
import type { Statement, StatementVariant } from "./statement.js";
import type { Suppression } from "./suppression.js";
import { tableOf } from "./operations.js";
import type { FindingSubject, TableCost, TableSizeAdvisor } from "./table-size.js";
import { collapseVariants, dropRepeats } from "./variants.js";

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
  /**
   * How `down` findings are reported: as configured, capped at warning (except those of rules about
   * statements that fail when they run), or (default) only those of such rules.
   */
  downSeverity?: "same" | "warning" | "off";
  docsUrl?(ruleId: string): string | undefined;
  /** Weighs findings of rules that declare a `cost` by the size of their table (a stats snapshot). */
  tableSizes?: TableSizeAdvisor;
  /** With `TIMING=1`: receives each rule's time per call. */
  ruleTimes?: { addRule(ruleId: string, ms: number): void };
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
  variant?: StatementVariant;
  /** From a rule whose findings count in down migrations whatever `down` says. */
  alwaysInDown: boolean;
  /** For an internal error: what was thrown, for its stack trace under --debug. */
  error?: unknown;
}

/** Runs the rules over the change set of each migration set, folding history into the database state. */
export function runRules(sets: readonly MigrationSetInput[], options: EngineOptions): Finding[] {
  return finalize(
    sets.flatMap((set) => {
      const run = new SetRun(set, options, false);
      for (const migration of set.migrations as Iterable<Migration>) void run.visit(migration);
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
    const run = new SetRun(set, options, true);
    for await (const migration of set.migrations) await run.visit(migration);
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
    /** Whether the caller awaits `visit`, so asynchronous rules can be waited for. */
    private readonly awaits: boolean,
  ) {
    const { found, failures } = checkSet(set, options);
    this.pending = found;
    this.findings.push(...failures.flatMap((f) => toFinding(f, set.setId || ".", options)));
  }

  /** Checks one migration and folds it into the model; a promise when an asynchronous rule must be waited for. */
  visit(migration: Migration): void | Promise<void> {
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
  private fold(migration: Migration, inChangeSet: boolean): void {
    // A down file undoes its migration: the history the next migrations see is the forward one.
    if (migration.downOf !== undefined) return;
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

function checkMigration(
  migration: Migration,
  database: DatabaseModel,
  options: EngineOptions,
  shared: SharedTransaction,
  awaits: boolean,
): { raw: RawFinding[]; waiting: Promise<void>[] } {
  const timeline = new Timeline(migration.operations, database, migration.path, migration.downOf);
  const raw: RawFinding[] = [];
  const waiting: Promise<void>[] = [];
  const start = firstStatement(migration);
  const malformed = new Set<string>();
  const ownShared = migration.transaction.sharedAcrossPending ? new Set(sharedPart(migration)) : undefined;
  const earlierInTransaction = (op: Operation): readonly Operation[] => {
    const own = timeline.earlierInTransaction(op);
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
      report: (d) => {
        const finding = reportedFinding(configured, d, start);
        // One malformed report per rule and migration says enough.
        if (finding.ruleId === INTERNAL_ERROR && malformed.has(configured.id)) return;
        if (finding.ruleId === INTERNAL_ERROR) malformed.add(configured.id);
        raw.push(finding.ruleId === INTERNAL_ERROR ? finding : weighable(finding, configured, d, options, timeline, migration));
      },
    };
    const started = options.ruleTimes ? performance.now() : 0;
    const crashed = (error: unknown): void => void raw.push(ruleCrashFinding(configured.id, start, error));
    try {
      const result: unknown = rule.check(ctx);
      if (isThenable(result)) {
        // A rejection is contained like a throw; without a caller that waits, it can only be reported.
        const settled = Promise.resolve(result).then(() => undefined, crashed);
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

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/** A rule that threw or rejected: an internal error at the migration's start, naming the rule. */
function ruleCrashFinding(ruleId: string, at: Statement | Operation | SourceSpan, error: unknown): RawFinding {
  const span = "kind" in at && "span" in at ? at.span : (at as SourceSpan);
  const message = `Rule \`${ruleId}\` crashed on this migration (${describeError(error)}), so it did not check it; every other rule did. ${REPORT_REQUEST}`;
  return internalRaw(span, message, error);
}

function internalRaw(span: SourceSpan, message: string, error?: unknown): RawFinding {
  const at = { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
  return { ruleId: INTERNAL_ERROR, severity: "error", message, span: at, direction: "up", anchors: [], alwaysInDown: true, ...(error !== undefined ? { error } : {}) };
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
function checkSet(
  set: Pick<MigrationSetInput, "changeSet" | "setId" | "history">,
  options: EngineOptions,
): { found: Map<string, SetFinding[]>; failures: RawFinding[] } {
  const found = new Map<string, SetFinding[]>();
  const failures: RawFinding[] = [];
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
      report: (descriptor) => {
        if (typeof descriptor?.file !== "string" || descriptor.file === "") {
          failures.push(ruleCrashFinding(configured.id, FIRST_LINE, new Error(`checkSet reported a finding without a file (${describeError(descriptor)})`)));
          return;
        }
        found.set(descriptor.file, [...(found.get(descriptor.file) ?? []), { configured, descriptor }]);
      },
    };
    const started = options.ruleTimes ? performance.now() : 0;
    try {
      const result: unknown = rule.checkSet(ctx);
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => undefined);
        throw new Error("checkSet() returned a Promise: set-level checks run synchronously");
      }
    } catch (error) {
      failures.push(ruleCrashFinding(configured.id, FIRST_LINE, error));
    }
    options.ruleTimes?.addRule(configured.id, performance.now() - started);
  }
  return { found, failures };
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
    const start = firstStatement(migration);
    try {
      const result: unknown = configured.rule.checkSuppressions({
        migration,
        outcomes,
        knownRuleIds: options.knownRuleIds,
        enabledRuleIds: new Set(options.rules.map((r) => r.id)),
        options: { ...configured.rule.defaultOptions, ...configured.options },
        report: (d) => raw.push(reportedFinding(configured, d, start)),
      });
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => undefined);
        throw new Error("checkSuppressions() returned a Promise: it runs synchronously");
      }
    } catch (error) {
      raw.push(ruleCrashFinding(configured.id, start, error));
    }
  }
  // Everything in a down file is the down migration, its suppression comments included.
  const isDown = migration.downOf !== undefined;
  return dropRepeats(collapseVariants(raw.filter((f) => !covered.has(f)))).flatMap((f) => toFinding(isDown ? { ...f, direction: "down" } : f, migration.path, options));
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

/**
 * A finding a rule reported, checked first: a descriptor without a usable place or message (a
 * plugin's `report({ at: 42 })`, `report(null)`) becomes an internal error naming the rule, at the
 * migration's start, instead of a crash or a finding full of `undefined`.
 */
function reportedFinding(configured: ConfiguredRule, d: ReportDescriptor, start: Statement | Operation | SourceSpan): RawFinding {
  const problem = descriptorProblem(d);
  if (!problem) return toRawFinding(configured, d);
  const span = "kind" in start && "span" in start ? start.span : (start as SourceSpan);
  const whose = configured.id.includes("/") ? "its plugin's authors" : "us";
  const message = `Rule \`${configured.id}\` reported a finding that cannot be shown: ctx.report() was given ${problem}. That finding is lost; please report it to ${whose} (run again with --debug for the stack trace).`;
  return internalRaw(span, message, new Error(`ctx.report() was given ${problem}`));
}

function descriptorProblem(d: unknown): string | undefined {
  if (typeof d !== "object" || d === null) return `${d === null ? "null" : typeof d} instead of { at, message }`;
  const { at, message, severity } = d as Partial<ReportDescriptor>;
  if (typeof message !== "string" || message.trim() === "") return "no message (a non-empty string)";
  if (severity !== undefined && !(severity in SEVERITY_RANK)) return `an unknown severity ${JSON.stringify(severity)} (use "error", "warning" or "info")`;
  if (typeof at !== "object" || at === null) return `\`at: ${String(at)}\`, which is not a statement, an operation or a span`;
  const span = "span" in at && typeof at.span === "object" ? at.span : at;
  if (!isPosition(span)) return "an `at` without a valid line and column";
  return undefined;
}

function isPosition(span: unknown): boolean {
  if (typeof span !== "object" || span === null) return false;
  const { line, column } = span as Partial<SourceSpan>;
  return Number.isInteger(line) && Number.isInteger(column) && line! >= 1 && column! >= 1;
}

function toRawFinding(configured: ConfiguredRule, d: ReportDescriptor): RawFinding {
  const { span, direction, anchors, source, variant } = describeTarget(d.at);
  return {
    ruleId: configured.id,
    severity: d.severity ?? configured.severity,
    message: d.message,
    span,
    direction,
    anchors,
    ...(source !== undefined ? { source } : {}),
    ...(variant ? { variant } : {}),
    alwaysInDown: configured.rule.alwaysInDown === true,
  };
}

function describeTarget(at: ReportDescriptor["at"]): Pick<RawFinding, "span" | "direction" | "anchors" | "source" | "variant"> {
  if ("span" in at && !("transaction" in at)) {
    // An uninspectable call or an app dependency: its own place and direction.
    const { span, direction } = at as { span: SourceSpan; direction: "up" | "down" };
    return { span: wholeSpan(span), direction: direction === "down" ? "down" : "up", anchors: [span.line] };
  }
  if ("kind" in at && "span" in at) {
    const op = at as Operation;
    const statement = op.statement;
    const anchors = [op.span.line];
    if (op.callSpan) anchors.push(op.callSpan.line);
    if (op.callSites) anchors.push(...op.callSites);
    if (statement) anchors.push(statement.line);
    if (statement?.callSpan) anchors.push(statement.callSpan.line);
    if (statement?.callSites) anchors.push(...statement.callSites);
    const source = statement?.sql ?? op.call;
    return { span: op.span, direction: op.direction, anchors, ...(source !== undefined ? { source } : {}), ...(statement?.variant ? { variant: statement.variant } : {}) };
  }
  if ("sql" in at) {
    const statement = at as Statement;
    const anchors = [statement.line];
    if (statement.callSpan) anchors.push(statement.callSpan.line);
    if (statement.callSites) anchors.push(...statement.callSites);
    const span = { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn };
    return { span, direction: statement.direction, anchors, source: statement.sql, ...(statement.variant ? { variant: statement.variant } : {}) };
  }
  const span = at as SourceSpan;
  return { span: wholeSpan(span), direction: "up", anchors: [span.line] };
}

/** A span whose end is missing or before its start ends where it starts. */
function wholeSpan(span: SourceSpan): SourceSpan {
  const { line, column, endLine, endColumn } = span;
  const endsAfter = Number.isInteger(endLine) && Number.isInteger(endColumn) && (endLine > line || (endLine === line && endColumn >= column));
  return endsAfter ? { line, column, endLine, endColumn } : { line, column, endLine: line, endColumn: column };
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
    const mode = options.downSeverity ?? "off";
    // A rollback that fails when it runs is worth knowing about even when risky DDL in it is not,
    // and as much when risky DDL is opted in: opting in never makes a failure a mere warning.
    if (mode === "off" && !raw.alwaysInDown) return [];
    if (mode === "warning" && severity === "error" && !raw.alwaysInDown) severity = "warning";
  }
  const docsUrl = options.docsUrl?.(raw.ruleId);
  const finding: Finding = {
    ruleId: raw.ruleId,
    severity,
    message,
    file,
    ...raw.span,
    direction: raw.direction,
    ...(docsUrl ? { docsUrl } : {}),
    fingerprint: "",
    ...(raw.source !== undefined ? { source: raw.source } : {}),
  };
  if (raw.error !== undefined) recordStack(finding, raw.error);
  return [finding];
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

/** The database before each operation of one migration, and which tables are new at each. */
class Timeline {
  private readonly positions = new Map<Operation, number>();
  private readonly history: StateHistory;
  private events: Map<string, TableEvent[]> | undefined;
  /**
   * For `earlierInTransaction`: each operation's transaction group (same transaction and
   * direction, in order) and its place in it, indexed once instead of scanned per call.
   */
  private groups: Map<Operation, { group: Operation[]; at: number }> | undefined;

  constructor(
    private readonly operations: readonly Operation[],
    private readonly base: DatabaseState,
    path: string,
    /**
     * For a down file: the migration it undoes, already folded into `base`. A table that migration
     * (or another file of it, see sameMigration) created is as new to the down file as to a down
     * section in the same file.
     */
    private readonly undoes?: string,
  ) {
    operations.forEach((op, i) => this.positions.set(op, i));
    this.history = new StateHistory(operations, base, path);
  }

  /** The state before `op`. */
  before(op: Operation): DatabaseState {
    const index = this.positions.get(op);
    if (index === undefined || index === 0) return this.base;
    return this.history.before(index);
  }

  /** The operations of this migration before `op` in its transaction (same direction), in order. */
  earlierInTransaction(op: Operation): Operation[] {
    if (op.transaction === null) return [];
    this.groups ??= this.groupByTransaction();
    const found = this.groups.get(op);
    return found ? found.group.slice(0, found.at) : [];
  }

  private groupByTransaction(): Map<Operation, { group: Operation[]; at: number }> {
    const groups = new Map<Operation, { group: Operation[]; at: number }>();
    const byKey = new Map<string, Operation[]>();
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
  isNewTable(table: string, at: Operation): boolean {
    return this.newAt(table, this.positions.get(at) ?? 0, at.direction);
  }

  private newAt(table: string, index: number, direction: Operation["direction"]): boolean {
    const last = this.lastEvent(table, index, direction);
    if (last) return last.kind === "created";
    const origin = this.base.table(table)?.origin;
    return origin?.createdInChangeSet === true || (this.undoes !== undefined && origin?.createdIn !== undefined && sameMigration(origin.createdIn, this.undoes));
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

/**
 * Whether two files are parts of one migration: the same file, or files of one folder that share
 * the name before the first dot (pop splits a migration by database and transaction mode:
 * `x.autocommit.up.sql` runs beside `x.postgres.up.sql`).
 */
function sameMigration(a: string, b: string): boolean {
  const stem = (file: string) => {
    const slash = file.lastIndexOf("/");
    const dot = file.indexOf(".", slash + 1);
    return dot < 0 ? file : file.slice(0, dot);
  };
  return a === b || stem(a) === stem(b);
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

/** 16 hex digits of SHA-256; the one-shot `crypto.hash` (Node 20.12+) is much cheaper per call. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
function fingerprintOf(basis: string): string {
  const digest = oneShot ? oneShot("sha256", basis, "hex") : crypto.createHash("sha256").update(basis).digest("hex");
  return digest.slice(0, 16);
}
