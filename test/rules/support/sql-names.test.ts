import { describe, expect, test } from "vitest";
import { sqlColumns, sqlName } from "../../../rules/support/sql-names.js";

describe("sqlName", () => {
  test("leaves names Postgres folds to themselves unquoted", () => {
    expect(sqlName("users")).toBe("users");
    expect(sqlName("order_items_2024")).toBe("order_items_2024");
  });

  test("quotes mixed case, reserved words and other characters", () => {
    expect(sqlName("User")).toBe('"User"');
    expect(sqlName("user")).toBe('"user"');
    expect(sqlName("order")).toBe('"order"');
    expect(sqlName("2fa_codes")).toBe('"2fa_codes"');
    expect(sqlName('say "hi"')).toBe('"say ""hi"""');
  });

  test("quotes each part of a schema-qualified name on its own", () => {
    expect(sqlName("billing.Invoice")).toBe('billing."Invoice"');
  });
});

describe("sqlColumns", () => {
  test("writes a parenthesized column list", () => {
    expect(sqlColumns(["tenant_id", "Email"])).toBe('(tenant_id, "Email")');
  });
});
