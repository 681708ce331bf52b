import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser, parseSql } from "../../src/sql/parse.js";
import { LineIndex } from "../../src/sql/positions.js";
import { readSql } from "../../src/sql/read-sql.js";

beforeAll(loadSqlParser);

function statementsOf(text: string) {
  return readSql(text, { lines: new LineIndex(text), direction: "up", firstIndex: 0 }).statements;
}

describe("parsing SQL into statements", () => {
  test("a valid file is parsed in one call, with each statement starting at its first token", () => {
    const parsed = parseSql("-- header\n\nCREATE TABLE a (id int);\n  /* note */ CREATE INDEX i ON a (id);");
    expect(parsed.map((p) => p.nodeType)).toEqual(["CreateStmt", "IndexStmt"]);
    const text = "-- header\n\nCREATE TABLE a (id int);\n  /* note */ CREATE INDEX i ON a (id);";
    expect(parsed.map((p) => text.slice(p.start, p.end))).toEqual(["CREATE TABLE a (id int)", "CREATE INDEX i ON a (id)"]);
  });

  test("a text large enough to be parsed in chunks ends each statement where a whole-text parse does", () => {
    // Over the chunking threshold (256 KB); each statement has a space before its semicolon.
    const statement = "ALTER TABLE t ALTER COLUMN c SET NOT NULL ;\n";
    const text = statement.repeat(Math.ceil((300 * 1024) / statement.length));
    const parsed = parseSql(text);
    expect(parsed.length).toBe(text.length / statement.length);
    const ends = new Set(parsed.map((p) => text.slice(p.start, p.end)));
    expect([...ends]).toEqual(["ALTER TABLE t ALTER COLUMN c SET NOT NULL"]);
  });

  test("a rejected statement becomes an error at Postgres's position; the others are still parsed", () => {
    const text = "CREATE TABLE a (id int);\nALTER TABLE a ADD COLUM b int;\nCREATE INDEX i ON a (id);";
    const statements = statementsOf(text);
    expect(statements.map((s) => s.nodeType ?? "error")).toEqual(["CreateStmt", "error", "IndexStmt"]);
    // Postgres reads `COLUM` as the column name and `b` as its type, so `int` is where it stops.
    expect(statements[1]!.error).toMatchObject({ message: 'syntax error at or near "int"', span: { line: 2, column: 27 } });
  });

  test("multi-byte text does not shift lines or columns (AST offsets are bytes, error cursors are characters)", () => {
    const text = "COMMENT ON TABLE a IS 'Zürich 😀 café';\nSELECT 'ü' FRM a;\nCREATE INDEX i ON a (id);";
    const statements = statementsOf(text);
    expect(statements.map((s) => [s.line, s.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(statements[1]!.error!.span).toMatchObject({ line: 2, column: 16 });
  });

  test("statement spans end at the last token, before the semicolon", () => {
    const [s] = statementsOf("  ALTER TABLE a\n    ADD COLUMN b int;  ");
    expect(s).toMatchObject({ line: 1, column: 3, endLine: 2, endColumn: 21, sql: "ALTER TABLE a\n    ADD COLUMN b int" });
  });

  test("the AST is available on demand, with locations relative to the statement's text", () => {
    const [, index] = statementsOf("SELECT 1;\nCREATE INDEX i ON users (email);");
    const node = index!.ast as { IndexStmt: { relation: { relname: string; location: number } } };
    expect(node.IndexStmt.relation.relname).toBe("users");
    expect(index!.sql.slice(node.IndexStmt.relation.location)).toMatch(/^users/);
    expect(Object.keys(index!)).not.toContain("ast");
  });

  test("Prisma's warning header and Drizzle's breakpoints are comments", () => {
    const text = "/*\n  Warnings:\n\n  - You are about to drop the column `x`.\n*/\nALTER TABLE \"A\" DROP COLUMN \"x\";--> statement-breakpoint\nALTER TABLE \"A\" ADD COLUMN \"y\" int;";
    expect(statementsOf(text).map((s) => [s.line, s.nodeType])).toEqual([
      [6, "AlterTableStmt"],
      [7, "AlterTableStmt"],
    ]);
  });
});

test("a CREATE TABLE column's span covers its own line, not the rest of the statement", async () => {
  const text = "CREATE TABLE t (\n  id bigint PRIMARY KEY,\n  payload json NOT NULL,\n  note text\n);";
  const { operations } = readSql(text, { lines: new LineIndex(text), direction: "up", firstIndex: 0 });
  const table = operations[0] as { columns: { name: string; span?: unknown }[] };
  expect(table.columns.find((c) => c.name === "payload")!.span).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 24 });
});
