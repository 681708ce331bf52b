import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { splitStatements, splitWithFallbackLexer } from "../../src/sql/split.js";

beforeAll(loadSqlParser);

const texts = (sql: string, split = splitStatements) => split(sql).map((r) => sql.slice(r.start, r.end));

describe.each([
  ["Postgres scanner", splitStatements],
  ["fallback lexer", splitWithFallbackLexer],
])("splitting with the %s", (_name, split) => {
  test("splits at top-level semicolons and drops comment-only chunks", () => {
    expect(texts("SELECT 1; -- note; still a comment\n/* a ; b */ SELECT 2;\n;\n-- end", split)).toEqual(["SELECT 1", "SELECT 2"]);
  });

  test("keeps semicolons inside strings, quoted identifiers and dollar quotes", () => {
    const sql = `SELECT 'a;b', "x;y" FROM t; DO $fn$ BEGIN PERFORM 1; END $fn$; SELECT $$;$$`;
    expect(texts(sql, split)).toEqual([`SELECT 'a;b', "x;y" FROM t`, "DO $fn$ BEGIN PERFORM 1; END $fn$", "SELECT $$;$$"]);
  });

  test("keeps BEGIN ATOMIC function bodies (with CASE ... END inside) in one statement", () => {
    const sql = "CREATE FUNCTION f(i int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END; SELECT 2; END; SELECT 3";
    expect(texts(sql, split)).toEqual([
      "CREATE FUNCTION f(i int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END; SELECT 2; END",
      "SELECT 3",
    ]);
  });

  test("a plain BEGIN; ... COMMIT; transaction is three statements around the body", () => {
    expect(texts("BEGIN;\nALTER TABLE t ADD COLUMN a int;\nCOMMIT;", split)).toEqual(["BEGIN", "ALTER TABLE t ADD COLUMN a int", "COMMIT"]);
  });

  test("counts offsets in UTF-16 code units across multi-byte text", () => {
    const sql = "SELECT 'é😀'; SELECT 2";
    const ranges = split(sql);
    expect(sql.slice(ranges[1]!.start, ranges[1]!.end)).toBe("SELECT 2");
  });
});

describe("when the scanner rejects the text", () => {
  test("an unterminated string runs to the end, as it does for Postgres, and earlier statements survive", () => {
    const sql = "ALTER TABLE t ADD COLUMN a int;\nUPDATE t SET a = 'x WHERE id = 1;\nSELECT 1;";
    expect(texts(sql)).toEqual(["ALTER TABLE t ADD COLUMN a int", "UPDATE t SET a = 'x WHERE id = 1;\nSELECT 1;"]);
  });

  test("E'' strings honour backslash escapes", () => {
    expect(texts("SELECT E'it\\'s; fine'; SELECT 'unterminated", splitWithFallbackLexer)).toEqual([
      "SELECT E'it\\'s; fine'",
      "SELECT 'unterminated",
    ]);
  });
});
