import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { LineIndex } from "../../src/sql/positions.js";
import { readSql } from "../../src/sql/read-sql.js";

beforeAll(loadSqlParser);

const read = (sql: string) => readSql(sql, { lines: new LineIndex(sql), direction: "up", firstIndex: 0 });

describe("DO blocks", () => {
  test("the statements a DO block runs become operations at their own lines (drizzle-kit's foreign keys)", () => {
    const sql = `ALTER TABLE "posts" ADD COLUMN "author_id" integer;--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`;
    const { statements, operations, uninspectable } = read(sql);
    expect(operations.map((o) => [o.kind, o.span.line, o.span.column])).toEqual([
      ["add-column", 1, 32],
      ["other", 2, 1],
      ["add-constraint", 3, 26],
    ]);
    expect(statements.map((s) => [s.index, s.line, s.nodeType])).toEqual([
      [0, 1, "AlterTableStmt"],
      [1, 2, "DoStmt"],
      [2, 3, "AlterTableStmt"],
    ]);
    expect(uninspectable).toEqual([]);
  });

  test("nested IF blocks, EXECUTE of a constant string, and EXECUTE of SQL built at run time", () => {
    const sql = `DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'users_email_idx') THEN
    CREATE INDEX users_email_idx ON users (email);
  END IF;
  EXECUTE 'ALTER TABLE users ADD COLUMN note text';
  EXECUTE format('ALTER TABLE %I ADD COLUMN note text', 'orders');
END
$do$;`;
    const { operations, uninspectable } = read(sql);
    expect(operations.map((o) => [o.kind, o.span.line])).toEqual([
      ["other", 1],
      ["create-index", 4],
      ["add-column", 6],
    ]);
    expect(uninspectable).toEqual([expect.objectContaining({ span: expect.objectContaining({ line: 7 }), reason: expect.stringContaining("built at run time") })]);
  });

  test("a body the PL/pgSQL parser rejects is reported as unreadable, not skipped", () => {
    const { uninspectable } = read("DO $$ BEGIN IF true THEN SELECT 1; END; $$;");
    expect(uninspectable).toEqual([expect.objectContaining({ reason: expect.stringContaining("could not be read") })]);
  });

  test("function bodies are only defined, not run, so their statements are not operations", () => {
    const { operations } = read("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX i ON t (a); END $$;");
    expect(operations.map((o) => o.kind)).toEqual(["other"]);
  });
});
