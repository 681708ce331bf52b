import { compareSpans, type SourceSpan } from "../core/location.js";
import type { Migration } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";

/** One thing to send to the database, in the order the tool sends it. */
export interface SqlStep {
  kind: "sql";
  sql: string;
  /** Where a finding about it points: the statement, or the builder call. */
  span: SourceSpan;
  /** The SQL statement (absent for SQL rendered from a builder call). */
  statement?: Statement;
  /** The operations it performs, for explaining a failure. */
  operations: Operation[];
  /**
   * The transaction it runs in, as a key unique within the set: statements with the same key run
   * in one transaction; null runs on its own. The keys come from the same model `lint` uses.
   */
  transaction: string | null;
}

/** A transaction boundary the migration writes itself (BEGIN/COMMIT are implied by the keys). */
export interface ControlStep {
  kind: "control";
  action: "rollback" | "savepoint" | "release" | "rollback-to" | "begin" | "commit" | "prepare";
  sql: string;
  span: SourceSpan;
  transaction: string | null;
}

/** A part of the migration that cannot be replayed, with the reason; it is listed in the trace. */
export interface SkippedStep {
  kind: "skipped";
  span: SourceSpan;
  reason: string;
  sql?: string;
}

export type ReplayStep = SqlStep | ControlStep | SkippedStep;

export interface MigrationPlan {
  migration: Migration;
  steps: ReplayStep[];
}

/**
 * The steps of a migration's `up`, in the order its tool runs them: SQL statements as written
 * (SQL files, raw SQL in TS/JS), the SQL a builder call renders to, and the parts that could not be
 * resolved statically, which are never run and never silently dropped.
 */
export function planMigration(migration: Migration): MigrationPlan {
  const allUp = migration.statements.filter((s) => s.direction === "up");
  // The statements inside a DO block are modelled for the rules, but the DO block runs them.
  const upStatements = allUp.filter((s) => !allUp.some((outer) => outer !== s && encloses(outer, s))).sort((a, b) => a.index - b.index);
  const upOperations = migration.operations.filter((o) => o.direction === "up");
  const opsOf = new Map<Statement, Operation[]>();
  const runBy = (statement: Statement) => upStatements.find((outer) => outer === statement || encloses(outer, statement)) ?? statement;
  for (const op of upOperations) {
    if (!op.statement) continue;
    const outer = runBy(op.statement);
    opsOf.set(outer, [...(opsOf.get(outer) ?? []), op]);
  }
  const unresolved = migration.uninspectable.filter((u) => u.direction === "up" && u.kind === undefined);

  const steps: ReplayStep[] = [];
  const emitted = new Set<Statement>();
  let nextStatement = 0;
  const emitStatement = (statement: Statement) => {
    if (emitted.has(statement)) return;
    emitted.add(statement);
    steps.push(statementStep(migration, statement, opsOf.get(statement) ?? [], unresolved));
  };
  // Statements without operations (a parse error) keep their place by index among the others.
  const emitUpTo = (index: number) => {
    while (nextStatement < upStatements.length && upStatements[nextStatement]!.index <= index) emitStatement(upStatements[nextStatement++]!);
  };
  for (const op of upOperations) {
    if (op.statement) {
      emitUpTo(runBy(op.statement).index);
    } else if (op.generatedSql !== undefined) {
      steps.push({
        kind: "sql",
        sql: op.generatedSql,
        span: op.span,
        operations: upOperations.filter((o) => o.span === op.span && !o.statement),
        transaction: transactionKey(migration, op.transaction),
      });
    }
  }
  emitUpTo(Number.POSITIVE_INFINITY);

  // What could not be resolved goes where it is in the file, so the trace reads in order. Inside
  // a statement that runs (dynamic EXECUTE in a DO block), Postgres runs it with the statement.
  const covered = (span: SourceSpan) => steps.some((s) => (s.kind === "skipped" && s.span === span) || (s.kind === "sql" && s.statement && encloses(s.statement, span)));
  for (const part of unresolved) {
    if (covered(part.span)) continue;
    const skipped: SkippedStep = { kind: "skipped", span: part.span, reason: part.reason };
    const at = steps.findIndex((s) => compareSpans(s.span, part.span) > 0);
    if (at < 0) steps.push(skipped);
    else steps.splice(at, 0, skipped);
  }
  return { migration, steps };
}

function encloses(outer: SourceSpan, inner: SourceSpan): boolean {
  const startsBefore = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
  const endsAfter = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endColumn >= inner.endColumn);
  const same = outer.line === inner.line && outer.column === inner.column && outer.endLine === inner.endLine && outer.endColumn === inner.endColumn;
  return startsBefore && endsAfter && !same;
}

function statementStep(migration: Migration, statement: Statement, operations: Operation[], unresolved: Migration["uninspectable"]): ReplayStep {
  const within = unresolved.find((u) => u.span.line <= statement.line && u.span.endLine >= statement.endLine);
  if (within) return { kind: "skipped", span: within.span, reason: within.reason, sql: statement.sql };
  const control = operations.find((o) => o.kind === "transaction");
  const transaction = transactionKey(migration, statement.transaction);
  if (control?.kind === "transaction") return { kind: "control", action: control.action, sql: statement.sql, span: statement, transaction };
  return { kind: "sql", sql: statement.sql, span: statement, statement, operations, transaction };
}

/**
 * Tools that run every pending migration in one transaction (drizzle-kit, Kysely, TypeORM's and
 * MikroORM's defaults) share one key across the set; the others have one per migration and block.
 */
function transactionKey(migration: Migration, index: number | null): string | null {
  if (index === null) return null;
  return migration.transaction.sharedAcrossPending ? `pending#${index}` : `${migration.path}#${index}`;
}
