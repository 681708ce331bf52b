import type { DoStmt } from "@pgsql/types";
import { pgQuery } from "./pg-query.js";
import { as } from "./ast.js";

/** A SQL statement inside a DO block, with its UTF-16 offset into the DO statement's text. */
export interface EmbeddedStatement {
  sql: string;
  offset: number;
}

export interface DoBlockContents {
  statements: EmbeddedStatement[];
  /** What could not be looked into: dynamic EXECUTE, or a body the PL/pgSQL parser rejects. */
  unreadable: { offset: number; reason: string }[];
}

/**
 * The SQL a `DO` block runs. A DO block executes at once (unlike a function body, which is only
 * defined), and tools write real DDL in them: drizzle-kit wrapped every foreign key in
 * `DO $$ BEGIN ALTER TABLE ... EXCEPTION WHEN duplicate_object THEN null; END $$`. The body is
 * parsed with the PL/pgSQL grammar; plain SQL statements and EXECUTE of a constant string are
 * returned for analysis, EXECUTE of SQL built at run time is reported as unreadable.
 */
export function doBlockContents(statementSql: string, stmt: DoStmt): DoBlockContents {
  let body: string | undefined;
  let language = "plpgsql";
  for (const arg of stmt.args ?? []) {
    const def = as(arg, "DefElem");
    const value = as(def?.arg, "String")?.sval;
    if (def?.defname === "as") body = value;
    if (def?.defname === "language" && value) language = value.toLowerCase();
  }
  if (body === undefined || language !== "plpgsql") return { statements: [], unreadable: [] };
  const bodyOffset = locateBody(statementSql, body);
  if (bodyOffset === undefined) {
    return { statements: [], unreadable: [{ offset: 0, reason: "the DO block's body is a quoted string with escapes, so the statements inside it could not be located" }] };
  }
  const tag = uniqueTag(body);
  let tree: unknown;
  try {
    tree = pgQuery().parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`);
  } catch (error) {
    return {
      statements: [],
      unreadable: [{ offset: bodyOffset, reason: `the PL/pgSQL of this DO block could not be read (${(error as Error).message}), so the statements inside it were not checked` }],
    };
  }
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  const contents: DoBlockContents = { statements: [], unreadable: [] };
  visitStatements(tree, (kind, node) => {
    const lineno = typeof node["lineno"] === "number" ? node["lineno"] : 1;
    const lineStart = lineStarts[Math.max(0, lineno - 1)] ?? 0;
    const query = queryOf(node[kind === "execsql" ? "sqlstmt" : "query"]);
    if (query === undefined) return;
    if (kind === "execsql") {
      const at = body.indexOf(query, lineStart);
      contents.statements.push({ sql: query, offset: bodyOffset + (at >= 0 ? at : lineStart) });
      return;
    }
    const literal = /^\s*'((?:[^']|'')*)'\s*$/.exec(query);
    const at = body.indexOf(query.trim(), lineStart);
    const offset = bodyOffset + (at >= 0 ? at : lineStart);
    if (literal) contents.statements.push({ sql: literal[1]!.replace(/''/g, "'"), offset: offset + 1 });
    else contents.unreadable.push({ offset, reason: "EXECUTE in this DO block runs SQL built at run time, which no rule can check" });
  });
  return contents;
}

/** The offset of the body in the statement text: after `$tag$`, or inside a plain quoted string. */
function locateBody(statementSql: string, body: string): number | undefined {
  const dollar = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/g;
  for (const match of statementSql.matchAll(dollar)) {
    const start = match.index + match[0].length;
    if (statementSql.startsWith(body, start) && statementSql.startsWith(match[0], start + body.length)) return start;
  }
  const quoted = statementSql.indexOf(`'${body}'`);
  return quoted >= 0 ? quoted + 1 : undefined;
}

function uniqueTag(body: string): string {
  let tag = "$migration_guard$";
  while (body.includes(tag)) tag = `$${tag.slice(1, -1)}_$`;
  return tag;
}

function queryOf(expr: unknown): string | undefined {
  const query = (expr as { PLpgSQL_expr?: { query?: string } } | undefined)?.PLpgSQL_expr?.query;
  return typeof query === "string" ? query : undefined;
}

/** Visits the SQL-running statements of a PL/pgSQL tree in source order. */
function visitStatements(node: unknown, visit: (kind: "execsql" | "dynexecute", node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visitStatements(item, visit);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "PLpgSQL_stmt_execsql") visit("execsql", value as Record<string, unknown>);
    else if (key === "PLpgSQL_stmt_dynexecute") visit("dynexecute", value as Record<string, unknown>);
    else visitStatements(value, visit);
  }
}
