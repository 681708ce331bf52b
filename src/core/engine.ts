import { createHash } from "node:crypto";
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
}

/** Runs the rules over the change set of each migration set, folding history into the database state. */
export function runRules(sets: readonly MigrationSetInput[], options: EngineOptions): Finding[] {
  return finalize(sets.flatMap((set) => runSet(set, options)));
}

/** A finding of a set-level rule, placed once its file's migration streams by. */
interface SetFinding {
  configured: ConfiguredRule;
  descriptor: SetReportDescriptor;
}

/**
 * One pass over the set's migrations (which may be read lazily): set-level rules run first, as
 * they need only the set's history; each checked migration is then checked and settled in its
 * turn, with the set-level findings about it.
 */
function runSet(set: MigrationSetInput, options: EngineOptions): Finding[] {
  const pending = checkSet(set, options);
  const findings: Finding[] = [];
  const db = new DatabaseModel();
  for (const migration of set.migrations) {
    const inChangeSet = set.changeSet.has(migration.path);
    const fromSet = pending.get(migration.path) ?? [];
    pending.delete(migration.path);
    if (inChangeSet || fromSet.length > 0) {
      const raw = inChangeSet ? checkMigration(migration, db, options) : [];
      const start = firstStatement(migration);
      for (const { configured, descriptor } of fromSet) raw.push(toRawFinding(configured, { ...descriptor, at: descriptor.at ?? start }));
      findings.push(...settle(migration, raw, inChangeSet, options));
    }
    const newToProduction = set.together && inChangeSet;
    for (const op of migration.operations) db.apply(op, { migration: migration.path, inChangeSet: newToProduction });
  }
  // Files that are not (or no longer) migrations of the set: a deleted migration, for one.
  for (const [file, list] of pending) {
    for (const { configured, descriptor } of list) findings.push(...toFinding(toRawFinding(configured, { ...descriptor, at: descriptor.at ?? FIRST_LINE }), file, options));
  }
  return findings;
}

function checkMigration(migration: Migration, database: DatabaseModel, options: EngineOptions): RawFinding[] {
  const timeline = new Timeline(migration.operations, database, migration.path);
  const raw: RawFinding[] = [];
  for (const configured of options.rules) {
    const { rule } = configured;
    if (!rule.check) continue;
    const ctx: RuleContext<Record<string, unknown>> = {
      migration,
      statements: migration.statements,
      operations: migration.operations,
      database,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.baseSchema ? { baseSchema: options.baseSchema } : {}),
      options: { ...rule.defaultOptions, ...configured.options },
      postgresVersion: options.postgresVersion,
      stateBefore: (op) => timeline.before(op),
      isNewTable: (table, at) => timeline.before(at).table(table)?.origin.createdInChangeSet === true,
      locksOf: (op) => locksOf(op, timeline.before(op)),
      report: (d) => raw.push(toRawFinding(configured, d)),
    };
    try {
      rule.check(ctx);
    } catch (error) {
      throw new RuleCrash(configured.id, migration.path, error);
    }
  }
  return raw;
}

/** Runs the set-level hooks; their findings by the file they belong to. */
function checkSet(set: MigrationSetInput, options: EngineOptions): Map<string, SetFinding[]> {
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

function toFinding(raw: RawFinding, file: string, options: EngineOptions): Finding[] {
  let severity = raw.severity;
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
      message: raw.message,
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
    f.fingerprint = createHash("sha256").update(`${basis}\0${occurrence}`).digest("hex").slice(0, 16);
  }
  return findings;
}

/**
 * The database before each operation of one migration, built on first use. Each snapshot is an
 * overlay holding only what this migration changed so far.
 */
class Timeline {
  private snapshots: Map<Operation, DatabaseState> | undefined;

  constructor(
    private readonly operations: readonly Operation[],
    private readonly base: DatabaseState,
    private readonly path: string,
  ) {}

  before(op: Operation): DatabaseState {
    if (!this.snapshots) {
      this.snapshots = new Map();
      const overlay = new DatabaseModel(this.base);
      for (const each of this.operations) {
        this.snapshots.set(each, overlay.snapshot());
        overlay.apply(each, { migration: this.path, inChangeSet: true });
      }
    }
    return this.snapshots.get(op) ?? this.base;
  }
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

