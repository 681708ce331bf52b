import type { Migration, SqlMigrationTool, TransactionInfo, Uninspectable } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import { findSuppressions } from "../core/suppression.js";
import { assignExplicitTransactions, assignSingleTransaction, transactionalOf } from "../core/transactions.js";
import { substitutePlaceholders } from "./placeholders.js";
import { LineIndex } from "./positions.js";
import { blankPsqlParts, metaCommandName, psqlParts, type PsqlPart } from "./psql-script.js";
import { readSql } from "./read-sql.js";

/** `true`: always, `false`: never, `"multi-statement"`: when the file holds more than one statement. */
export type AssumeTransaction = boolean | "multi-statement";

export interface SqlMigrationSource {
  path: string;
  text: string;
  tool: SqlMigrationTool;
  version: string;
  setId: string;
  /** `down` for a down file: the whole text is the migration's down direction. */
  direction?: "up" | "down";
}

/** Reads a SQL migration file: statements, operations, suppressions and transaction context. */
export function readSqlMigration(source: SqlMigrationSource, assumeTransaction: AssumeTransaction = "multi-statement"): Migration {
  const lines = new LineIndex(source.text);
  const statements: Statement[] = [];
  const operations: Operation[] = [];
  const uninspectable: Uninspectable[] = [];
  const sections =
    source.direction === "down" ? [{ direction: "down" as const, start: 0, end: source.text.length, transactional: true }] : sectionsOf(source.tool, source.text);
  let psqlOnly: { part: PsqlPart; direction: "up" | "down"; count: number } | undefined;
  for (const section of sections) {
    const written = source.text.slice(section.start, section.end);
    // psql's own lines are not SQL: blanked, so the statements around them are read as written.
    const parts = psqlParts(written);
    const sectionText = blankPsqlParts(written, parts);
    if (parts[0]) {
      const part = { ...parts[0], start: parts[0].start + section.start, end: parts[0].end + section.start };
      psqlOnly = psqlOnly ? { ...psqlOnly, count: psqlOnly.count + parts.length } : { part, direction: section.direction, count: parts.length };
    }
    const rendered = substitutePlaceholders(sectionText);
    const read = readSql(rendered?.text ?? sectionText, {
      lines,
      toFileOffset: rendered ? (offset) => rendered.toOriginal(offset) + section.start : (offset) => offset + section.start,
      direction: section.direction,
      firstIndex: statements.length,
    });
    statements.push(...read.statements);
    operations.push(...read.operations);
    uninspectable.push(...read.uninspectable);
  }
  if (psqlOnly && source.tool !== "sql") insertInOrder(statements, psqlOnlyStatement(source, lines, psqlOnly));
  const transaction =
    source.tool === "dbmate" || source.tool === "goose"
      ? assignSectionTransactions(source.tool, sections, statements, operations)
      : assignTransactions(source.tool, statements, operations, assumeTransaction, source.direction ?? "up");
  return {
    path: source.path,
    version: source.version,
    setId: source.setId,
    tool: source.tool,
    language: "sql",
    text: source.text,
    statements,
    operations,
    transaction,
    suppressions: findSuppressions(source.text),
    uninspectable,
    dependencies: [],
    ...(source.tool === "dbmate" || source.tool === "goose" ? { hasDown: statements.some((s) => s.direction === "down") } : {}),
  };
}

const RUNNERS: Record<Exclude<SqlMigrationTool, "sql">, string> = {
  prisma: "Prisma Migrate",
  drizzle: "drizzle-kit's migrator",
  supabase: "the Supabase CLI",
  "golang-migrate": "golang-migrate",
  dbmate: "dbmate",
  goose: "goose",
};

/**
 * A tool other than psql sends psql's meta-commands and COPY data to Postgres as SQL, which
 * rejects them: one error for the file, at its first psql-only line.
 */
function psqlOnlyStatement(
  source: SqlMigrationSource,
  lines: LineIndex,
  found: { part: PsqlPart; direction: "up" | "down"; count: number },
): Statement {
  const { part, direction, count } = found;
  const start = lines.position(part.start);
  const written = source.text.slice(part.start, part.end).replace(/\s+$/, "");
  const end = lines.position(part.start + written.length);
  const what =
    part.kind === "meta-command" ? `the psql meta-command \`${metaCommandName(source.text, part)}\`` : "the data rows of a COPY ... FROM stdin";
  const more = count > 1 ? ` (and ${count - 1} more psql-only ${count > 2 ? "lines" : "line"} in this file)` : "";
  const runner = RUNNERS[source.tool as Exclude<SqlMigrationTool, "sql">];
  return {
    index: 0,
    sql: written,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    direction,
    transaction: null,
    error: {
      message: `syntax error at or near "${written.slice(0, 1)}": ${what}${more} runs only under psql, and ${runner} sends the file to Postgres as SQL`,
      span: { line: start.line, column: start.column, endLine: start.line, endColumn: start.column },
    },
  };
}

/** Inserts a statement where its position puts it, and renumbers them all. */
function insertInOrder(statements: Statement[], statement: Statement): void {
  const at = statements.findIndex((s) => s.line > statement.line || (s.line === statement.line && s.column > statement.column));
  statements.splice(at < 0 ? statements.length : at, 0, statement);
  statements.forEach((s, i) => (s.index = i));
}

function assignTransactions(
  tool: SqlMigrationTool,
  statements: Statement[],
  operations: Operation[],
  assumeTransaction: AssumeTransaction,
  /** The direction the file holds: a down file's transaction is described by its own statements. */
  direction: "up" | "down",
): TransactionInfo {
  const count = statements.length;
  const runnerWraps = tool === "drizzle" || (tool !== "prisma" && assumeTransaction === true);
  const wrapped = { runnerWraps: { up: runnerWraps, down: runnerWraps } };
  // Prisma and a multi-statement file of an unknown runner go to Postgres as one script.
  const oneScript = tool === "prisma" || (tool !== "drizzle" && assumeTransaction === "multi-statement");
  if (assignExplicitTransactions(statements, operations, oneScript)) {
    return {
      transactional: transactionalOf(statements, operations, direction),
      reason: oneScript
        ? "the file opens a transaction with BEGIN, and the statements outside BEGIN ... COMMIT of a script sent as one query run in an implicit transaction"
        : "the file opens a transaction with BEGIN",
      optOut: "move the statement out of the BEGIN ... COMMIT block, into a migration of its own",
      ...wrapped,
    };
  }
  switch (tool) {
    case "prisma":
      if (count > 1) assignSingleTransaction(statements, operations);
      return {
        ...wrapped,
        transactional: transactionalOf(statements, operations, direction),
        reason:
          count > 1
            ? "Prisma sends a migration.sql with several statements as one script, which Postgres runs as one implicit transaction"
            : "Prisma runs a migration.sql with a single statement outside a transaction",
        optOut: "put the statement alone in a migration.sql of its own (Prisma runs a single-statement file outside a transaction)",
      };
    case "drizzle":
      assignSingleTransaction(statements, operations);
      return {
        ...wrapped,
        transactional: transactionalOf(statements, operations, direction),
        reason: "drizzle-kit's migrator runs all pending migrations in one transaction",
        sharedAcrossPending: true,
        optOut:
          "drizzle-kit cannot run a migration outside its transaction: run the statement separately (a script or a custom migration step) and keep it out of the drizzle folder",
      };
    default: {
      const wraps = assumeTransaction === true || (assumeTransaction === "multi-statement" && count > 1);
      if (wraps) assignSingleTransaction(statements, operations);
      return {
        ...wrapped,
        transactional: transactionalOf(statements, operations, direction),
        ...defaultSqlTransaction(assumeTransaction, count),
      };
    }
  }
}

/**
 * Why a plain SQL migration of an unknown runner is (or is not) in a transaction, naming the
 * `assumeTransaction` value that decides it, and how to get the statement out of it.
 */
function defaultSqlTransaction(assumeTransaction: AssumeTransaction, count: number): Pick<TransactionInfo, "reason" | "optOut"> {
  if (assumeTransaction === true) {
    return {
      reason: "the runner wraps each migration in a transaction (setting `assumeTransaction: true`)",
      optOut:
        "put the statement in a migration your runner runs outside a transaction (its per-migration opt-out), or set `assumeTransaction: \"multi-statement\"` if the runner sends each file as it is",
    };
  }
  const alone = "put the statement alone in a migration file of its own, without BEGIN/COMMIT";
  if (assumeTransaction === "multi-statement" && count > 1) {
    return {
      reason:
        "a file with several statements goes to Postgres as one script, which runs as one implicit transaction (setting `assumeTransaction: \"multi-statement\"`, the default)",
      optOut: alone,
    };
  }
  return {
    reason:
      assumeTransaction === false
        ? "the runner sends each statement on its own, outside a transaction (setting `assumeTransaction: false`)"
        : "the file holds a single statement and no BEGIN, so it runs outside a transaction",
    optOut: alone,
  };
}

interface Section {
  direction: "up" | "down";
  start: number;
  end: number;
  /** False when the section's marker opts out of the tool's transaction. */
  transactional: boolean;
}

const DBMATE_MARKER = /^--\s*migrate:(up|down)\b(.*)$/gim;
const GOOSE_MARKER = /^--\s*\+goose\s+(up|down)\b.*$/gim;

/**
 * The up and down parts of a file. dbmate and goose keep both directions in one file, split by
 * marker comments; other tools have a file per direction, so the whole text is `up`.
 */
function sectionsOf(tool: SqlMigrationTool, text: string): Section[] {
  const marker = tool === "dbmate" ? DBMATE_MARKER : tool === "goose" ? GOOSE_MARKER : undefined;
  if (!marker) return [{ direction: "up", start: 0, end: text.length, transactional: true }];
  const gooseNoTransaction = tool === "goose" && /^--\s*\+goose\s+NO\s+TRANSACTION/im.test(text);
  const sections: Section[] = [];
  for (const match of text.matchAll(marker)) {
    const direction = match[1]!.toLowerCase() === "down" ? "down" : "up";
    const options = tool === "dbmate" ? (match[2] ?? "") : "";
    const start = match.index + match[0].length;
    const previous = sections[sections.length - 1];
    if (previous) previous.end = match.index;
    sections.push({
      direction,
      start,
      end: text.length,
      transactional: !gooseNoTransaction && !/transaction:\s*false/i.test(options),
    });
  }
  return sections.length > 0 ? sections : [{ direction: "up", start: 0, end: text.length, transactional: true }];
}

function assignSectionTransactions(
  tool: "dbmate" | "goose",
  sections: Section[],
  statements: Statement[],
  operations: Operation[],
): TransactionInfo {
  const name = tool === "dbmate" ? "dbmate" : "goose";
  if (!assignExplicitTransactions(statements, operations)) {
    const wrapped = sections.filter((s) => s.transactional).map((s) => s.direction);
    assignSingleTransaction(statements, operations, wrapped);
  }
  const transactional = transactionalOf(statements, operations);
  const wraps = (direction: "up" | "down") => sections.some((s) => s.direction === direction && s.transactional);
  return {
    transactional,
    runnerWraps: { up: wraps("up"), down: wraps("down") },
    reason: transactional ? `${name} runs each migration in a transaction` : `the file opts out of ${name}'s transaction`,
    optOut:
      tool === "dbmate"
        ? "put the statement in a migration of its own whose marker reads `-- migrate:up transaction:false`"
        : "put the statement in a migration of its own with a `-- +goose NO TRANSACTION` line",
  };
}
