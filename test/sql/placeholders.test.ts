import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { substitutePlaceholders } from "../../src/sql/placeholders.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

beforeAll(loadSqlParser);

describe("template placeholders", () => {
  test("Go templates and Flyway placeholders become identifiers named after them", () => {
    expect(substitutePlaceholders('CREATE TABLE {{ index .Options "Namespace" }}.users (id int);')!.text).toBe("CREATE TABLE namespace.users (id int);");
    expect(substitutePlaceholders("ALTER TABLE ${schema}.orders ADD COLUMN x int; -- ${flyway:defaultSchema}")!.text).toBe(
      "ALTER TABLE schema.orders ADD COLUMN x int; -- defaultschema",
    );
    expect(substitutePlaceholders("SELECT $1, $$body$$")).toBeUndefined();
  });

  test("offsets after a placeholder map back to the original text", () => {
    const original = '-- x\nCREATE INDEX i ON {{ index .Options "Namespace" }}.users (email);\nSELEC 1;';
    const rendered = substitutePlaceholders(original)!;
    const at = rendered.text.indexOf("users");
    expect(original.slice(rendered.toOriginal(at), rendered.toOriginal(at) + 5)).toBe("users");
    expect(rendered.toOriginal(rendered.text.indexOf("namespace") + 3)).toBe(original.indexOf("{{"));
  });

  test("a templated migration parses, with findings at the original positions", () => {
    const m = readSqlMigration({
      path: "m.up.sql",
      version: "1",
      setId: "m",
      tool: "golang-migrate",
      text: 'CREATE TABLE IF NOT EXISTS {{ index .Options "Namespace" }}.users (id uuid);\n  CREATE INDEX users_id ON {{ index .Options "Namespace" }}.users (id);\nSELEC 1;',
    });
    expect(m.statements.map((s) => [s.line, s.column, s.error?.span.column])).toEqual([
      [1, 1, undefined],
      [2, 3, undefined],
      [3, 1, 1],
    ]);
    expect(m.operations.map((o) => ("table" in o ? o.table : ""))).toEqual(["namespace.users", "namespace.users"]);
  });
});
