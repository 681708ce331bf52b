import type { SourceSpan } from "../core/location.js";
import type { DoStmt } from "@pgsql/types";
import type { Uninspectable } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import { extractContext, statementOperations } from "./operations/index.js";
import { as } from "./ast.js";
import { doBlockContents } from "./do-blocks.js";
import { attachLazyAst, parseSqlLazily } from "./parse.js";
import type { LineIndex } from "./positions.js";

/** Where a piece of SQL text sits: a whole `.sql` file, or a string inside a TS/JS migration. */
export interface SqlOrigin {
  /** Lines of the file the SQL is in. */
  lines: LineIndex;
  /** Maps an offset in the SQL text to an offset in the file; identity for a `.sql` file. */
  toFileOffset?: (offset: number) => number;
  direction: "up" | "down";
  /** Index the first statement gets (statements are numbered across the whole migration). */
  firstIndex: number;
  /** For SQL passed to a call in a TS/JS migration: the call's span. */
  callSpan?: SourceSpan;
}

export interface ReadSqlResult {
  statements: Statement[];
  operations: Operation[];
  /** Statements that parsed but that migration-guard failed to analyze (a bug to report, never silence). */
  uninspectable: Uninspectable[];
}

/** Parses SQL text into statements with file positions, and the operations they perform. */
export function readSql(text: string, origin: SqlOrigin): ReadSqlResult {
  const toFile = origin.toFileOffset ?? ((o: number) => o);
  const at = (offset: number) => origin.lines.position(toFile(offset));
  const statements: Statement[] = [];
  const operations: Operation[] = [];
  const uninspectable: Uninspectable[] = [];
  // Statement by statement: only the tree being read is alive, however long the file.
  for (const parsed of parseSqlLazily(text)) {
    const start = at(parsed.start);
    const end = at(parsed.end);
    const statement: Statement = {
      index: origin.firstIndex + statements.length,
      sql: text.slice(parsed.start, parsed.end),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      direction: origin.direction,
      transaction: null,
      ...(origin.callSpan ? { callSpan: origin.callSpan } : {}),
    };
    if (parsed.error) {
      const errorAt = at(parsed.error.offset);
      statement.error = {
        message: parsed.error.message,
        span: { line: errorAt.line, column: errorAt.column, endLine: errorAt.line, endColumn: errorAt.column },
      };
    }
    if (parsed.ast) {
      if (parsed.nodeType) statement.nodeType = parsed.nodeType;
      attachLazyAst(statement);
    }
    statements.push(statement);
    if (!parsed.ast) continue;
    const spanFrom = (offset: number) => {
      const p = at(offset);
      return { line: p.line, column: p.column, endLine: end.line, endColumn: end.column };
    };
    const ctx = extractContext(
      statement,
      (location) => spanFrom(parsed.offsetOf(location)),
      (offset) => spanFrom(parsed.start + offset),
      (location) => {
        const p = at(parsed.offsetOf(location));
        if (p.line === end.line) return { line: p.line, column: p.column, endLine: end.line, endColumn: end.column };
        const lineEnd = origin.lines.lineText(p.line).replace(/[\s,]+$/, "").length + 1;
        return { line: p.line, column: p.column, endLine: p.line, endColumn: Math.max(lineEnd, p.column) };
      },
    );
    try {
      operations.push(...statementOperations(parsed.ast, ctx));
      const doStmt = as(parsed.ast, "DoStmt");
      if (doStmt) {
        const inner = readDoBlock(doStmt, statement.sql, parsed.start, origin, origin.firstIndex + statements.length);
        statements.push(...inner.statements);
        operations.push(...inner.operations);
        uninspectable.push(...inner.uninspectable);
      }
    } catch (error) {
      uninspectable.push({
        span: { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn },
        reason: `migration-guard failed to analyze this ${parsed.nodeType ?? ""} statement (${error instanceof Error ? error.message : String(error)}); please report it`,
        direction: origin.direction,
      });
    }
  }
  return { statements, operations, uninspectable };
}

/** The statements a DO block runs, analyzed like any others and located in the file. */
function readDoBlock(stmt: DoStmt, sql: string, start: number, origin: SqlOrigin, firstIndex: number): ReadSqlResult {
  const toFile = origin.toFileOffset ?? ((o: number) => o);
  const contents = doBlockContents(sql, stmt);
  const result: ReadSqlResult = { statements: [], operations: [], uninspectable: [] };
  for (const embedded of contents.statements) {
    const inner = readSql(embedded.sql, {
      ...origin,
      toFileOffset: (o) => toFile(start + embedded.offset + o),
      firstIndex: firstIndex + result.statements.length,
    });
    result.statements.push(...inner.statements);
    result.operations.push(...inner.operations);
    result.uninspectable.push(...inner.uninspectable);
  }
  for (const problem of contents.unreadable) {
    const p = origin.lines.position(toFile(start + problem.offset));
    result.uninspectable.push({ span: { line: p.line, column: p.column, endLine: p.line, endColumn: p.column }, reason: problem.reason, direction: origin.direction });
  }
  return result;
}
