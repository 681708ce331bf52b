import type * as TS from "typescript";
import type { CodeMigrationTool, TransactionInfo } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import { transactionalOf } from "../core/transactions.js";
import type { TypeScriptApi } from "./compiler.js";
import type { MigrationShape } from "./entry-points.js";
import type { Direction, Entry } from "./extractor.js";
import { skipOuter, type StaticEvaluator } from "./static-values.js";

/** How a tool wraps a migration, and how one migration opts out. */
interface ToolTransactions {
  /** Whether `up`/`down` run in a transaction by default. */
  wraps: boolean;
  /** Whether, by default, every pending migration runs in that one transaction. */
  sharedAcrossPending: boolean;
  reason: string;
  optedOutReason: string;
  optOut: string;
}

const TOOLS: Record<CodeMigrationTool, ToolTransactions> = {
  typeorm: {
    wraps: true,
    sharedAcrossPending: true,
    reason: "TypeORM runs all pending migrations in one transaction (`migrationsTransactionMode` defaults to `all`)",
    optedOutReason:
      "the class sets `transaction = false`, which TypeORM honours when `migrationsTransactionMode` is `each` or `none` (with the default `all` it refuses to run)",
    optOut:
      "put the statement in a migration of its own whose class sets `transaction = false`, with `migrationsTransactionMode: 'each'` in the data source options (TypeORM ignores the flag under the default `all`)",
  },
  knex: {
    wraps: true,
    sharedAcrossPending: false,
    reason: "Knex runs each migration in a transaction",
    optedOutReason: "the migration exports `config = { transaction: false }`, so Knex runs it outside a transaction",
    optOut: "put the statement in a migration of its own that exports `config = { transaction: false }`",
  },
  sequelize: {
    wraps: false,
    sharedAcrossPending: false,
    reason: "Sequelize runs migrations outside a transaction unless the code opens one",
    optedOutReason: "Sequelize runs migrations outside a transaction unless the code opens one",
    optOut: "run it outside `sequelize.transaction(...)`, without a `transaction` option",
  },
  "mikro-orm": {
    wraps: true,
    sharedAcrossPending: true,
    reason: "MikroORM runs each migration in a transaction, inside one master transaction for all pending migrations (`allOrNothing` defaults to true)",
    optedOutReason: "the class overrides `isTransactional()` to return false, so MikroORM runs it outside a transaction",
    optOut: "put the statement in a migration of its own whose class overrides `isTransactional()` to return `false`",
  },
  kysely: {
    wraps: true,
    sharedAcrossPending: true,
    reason: "Kysely's Migrator runs all pending migrations in one transaction",
    optedOutReason: "Kysely's Migrator runs all pending migrations in one transaction",
    optOut:
      "Kysely has no per-migration opt-out: run it outside the Migrator, or create the Migrator with `disableTransactions: true` (which applies to every migration)",
  },
  "node-pg-migrate": {
    wraps: true,
    sharedAcrossPending: false,
    reason: "node-pg-migrate runs each migration in a transaction",
    optedOutReason: "the migration calls `pgm.noTransaction()`, so node-pg-migrate runs it outside a transaction",
    optOut: "put the statement in a migration of its own that calls `pgm.noTransaction()` first",
  },
};

/** Per-migration opt-outs written in the file itself (node-pg-migrate's `pgm.noTransaction()` is found by the reader). */
export function fileOptOuts(ts: TypeScriptApi, tool: CodeMigrationTool, shape: MigrationShape, evaluator: StaticEvaluator): Set<Direction> {
  const out = new Set<Direction>();
  if (tool === "knex") {
    const config = shape.exports.get("config");
    const value = config && evaluator.value(config);
    const transaction = value?.kind === "object" ? value.entries.get("transaction") : undefined;
    if (transaction?.kind === "boolean" && !transaction.value) (out.add("up"), out.add("down"));
  }
  for (const cls of shape.classes) {
    for (const member of cls.members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
      if (tool === "typeorm" && name === "transaction" && ts.isPropertyDeclaration(member) && member.initializer) {
        // TypeORM reverts with the mode's transaction regardless of the flag: only `up` opts out.
        if (skipOuter(ts, member.initializer).kind === ts.SyntaxKind.FalseKeyword) out.add("up");
      }
      if (tool === "mikro-orm" && name === "isTransactional" && returnsFalse(ts, member)) (out.add("up"), out.add("down"));
    }
  }
  return out;
}

function returnsFalse(ts: TypeScriptApi, member: TS.ClassElement): boolean {
  let body: TS.Node | undefined;
  if (ts.isMethodDeclaration(member)) body = member.body;
  else if (ts.isPropertyDeclaration(member) && member.initializer) {
    const init = skipOuter(ts, member.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) body = init.body;
  }
  if (!body) return false;
  if (ts.isBlock(body)) {
    const ret = body.statements.find(ts.isReturnStatement);
    return ret?.expression !== undefined && skipOuter(ts, ret.expression).kind === ts.SyntaxKind.FalseKeyword;
  }
  return ts.isExpression(body) && skipOuter(ts, body).kind === ts.SyntaxKind.FalseKeyword;
}

/**
 * Numbers the transactions a code migration runs in and assigns each statement and operation its
 * transaction. The tool's default applies unless the migration opts out; transaction boundaries
 * the code sets itself (`queryRunner.commitTransaction()`, raw `COMMIT`/`BEGIN`) move it; with
 * Sequelize each call is in the transaction it passes, if any.
 */
export function assignCodeTransactions(tool: CodeMigrationTool, entries: readonly Entry[], optOuts: ReadonlySet<Direction>): TransactionInfo {
  const config = TOOLS[tool];
  let next = 0;
  const keys = new Map<string, number>();
  for (const direction of ["up", "down"] as const) {
    let current: number | null = config.wraps && !optOuts.has(direction) ? next++ : null;
    for (const entry of entries) {
      if (entry.direction !== direction) continue;
      if (entry.boundary) {
        // The boundary's own operation belongs to the transaction it opens or closes.
        if (entry.boundary === "begin") current = current ?? next++;
        for (const op of entry.operations) op.transaction = current;
        if (entry.boundary !== "begin") current = null;
        continue;
      }
      if (entry.transactionKey !== undefined) {
        const key = entry.transactionKey;
        const index = key === null ? null : (keys.get(`${direction}:${key}`) ?? next++);
        if (key !== null) keys.set(`${direction}:${key}`, index!);
        for (const s of entry.statements) s.transaction = index;
        for (const op of entry.operations) op.transaction = index;
        continue;
      }
      for (const s of entry.statements) {
        const action = transactionAction(entry.operations, s);
        if (action === "begin") current = current ?? next++;
        s.transaction = current;
        if (action === "commit" || action === "rollback") current = null;
      }
      for (const op of entry.operations) op.transaction = op.statement ? op.statement.transaction : current;
    }
  }
  const statements = entries.flatMap((e) => e.statements);
  const operations = entries.flatMap((e) => e.operations);
  const optedOut = optOuts.has("up");
  return {
    transactional: transactionalOf(statements, operations),
    reason: optedOut ? config.optedOutReason : config.reason,
    optOut: config.optOut,
    runnerWraps: { up: config.wraps && !optOuts.has("up"), down: config.wraps && !optOuts.has("down") },
    ...(config.sharedAcrossPending && config.wraps && !optedOut ? { sharedAcrossPending: true } : {}),
  };
}

function transactionAction(operations: readonly Operation[], statement: Statement): "begin" | "commit" | "rollback" | undefined {
  for (const op of operations) {
    if (op.statement !== statement || op.kind !== "transaction") continue;
    if (op.action === "begin") return "begin";
    if (op.action === "commit" || op.action === "prepare") return "commit";
    if (op.action === "rollback") return "rollback";
  }
  return undefined;
}
