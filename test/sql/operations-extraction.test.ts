import { beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import type { Operation } from "../../src/core/operations.js";
import { readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";

beforeAll(loadSqlParser);

function operations(sql: string): Operation[] {
  return readMigration({ path: "migrations/001.sql", text: sql, version: "001", setId: "migrations", setTool: "sql" }, DEFAULT_CONFIG)
    .operations;
}

describe("ALTER TABLE sub-commands without an operation of their own", () => {
  test("a column sub-command names its column", () => {
    const [op] = operations("ALTER TABLE orders ALTER COLUMN total SET EXPRESSION AS (price * qty);");
    expect(op).toMatchObject({ kind: "alter-table-other", table: "orders", action: "AT_SetExpression", column: "total", rewrites: true });
  });

  test("a table sub-command names no column, even when the command has a name (here the tablespace)", () => {
    const [op] = operations("ALTER TABLE orders SET TABLESPACE fast_ssd;");
    expect(op).toMatchObject({ kind: "alter-table-other", action: "AT_SetTableSpace", rewrites: true });
    expect(op).not.toHaveProperty("column");
  });
});

describe("default volatility", () => {
  const volatilityOf = (expr: string) => {
    const [op] = operations(`ALTER TABLE t ADD COLUMN c timestamptz DEFAULT ${expr};`);
    return op?.kind === "add-column" ? op.column.default?.volatility : undefined;
  };

  test("the usual UTC timestamp defaults are stable, not unknown", () => {
    expect(volatilityOf("timezone('utc', now())")).toBe("stable");
    expect(volatilityOf("(now() AT TIME ZONE 'utc')")).toBe("stable");
    expect(volatilityOf("date_trunc('day', now())")).toBe("stable");
  });

  test("a volatile call anywhere makes the whole default volatile", () => {
    expect(volatilityOf("now() + random() * interval '1 day'")).toBe("volatile");
  });
});
