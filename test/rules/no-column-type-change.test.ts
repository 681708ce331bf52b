import { beforeAll, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { analyze, readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";

beforeAll(loadSqlParser);

/**
 * Builders such as TypeORM's changeColumn re-create a column to change its type. No SQL form says
 * that, so this marks the operation the way a builder extractor would.
 */
test("a type change that re-creates the column is reported as data loss, even for a widening", () => {
  const read = (path: string, text: string, version: string) =>
    readMigration({ path, text, version, setId: "migrations", setTool: "sql" }, DEFAULT_CONFIG);
  const history = read("migrations/001_init.sql", "CREATE TABLE users (id bigserial PRIMARY KEY, name varchar(50));", "001");
  const change = read("migrations/002_change.sql", "ALTER TABLE users ALTER COLUMN name TYPE varchar(100);", "002");
  for (const op of change.operations) if (op.kind === "alter-column-type") op.recreatesColumn = true;

  const { findings } = analyze([{ migrations: [history, change], changeSet: new Set([change.path]), together: true }], DEFAULT_CONFIG);
  const messages = findings.filter((f) => f.ruleId === "no-column-type-change").map((f) => f.message);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toContain("by dropping the column and adding it again: every value in it is lost");
});
