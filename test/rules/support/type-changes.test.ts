import { describe, expect, test } from "vitest";
import { canBeRewriteFreeTarget, isUtcTimeZone, typeChange } from "../../../rules/support/type-changes.js";
import { typeSpec } from "../../../src/core/sql-values.js";

/** `"varchar(20)"` / `"numeric(10,2)"` / `"text[]"` → TypeSpec. */
function t(written: string) {
  const m = /^([a-z ]+?)(?:\(([\d,]+)\))?(\[\])?$/.exec(written)!;
  const modifiers = m[2] ? m[2].split(",").map(Number) : [];
  return typeSpec(m[1]!, modifiers, m[3] !== undefined);
}

const change = (from: string, to: string, pg = 16) => typeChange(t(from), t(to), pg).kind;

describe("typeChange", () => {
  test.each([
    ["varchar(20)", "varchar(50)"],
    ["varchar(20)", "varchar"],
    ["character varying(20)", "text"],
    ["varchar", "text"],
    ["text", "varchar"],
    ["numeric(10,2)", "numeric(12,2)"],
    ["numeric(10,2)", "numeric"],
    ["numeric(10)", "numeric(12,0)"],
    ["bit varying(8)", "bit varying(16)"],
    ["varbit(8)", "varbit"],
    ["cidr", "inet"],
    ["timestamp(3)", "timestamp(6)"],
    ["timestamptz(0)", "timestamptz"],
    ["time(2)", "time(4)"],
  ])("%s → %s needs no rewrite", (from, to) => {
    expect(change(from, to)).toBe("no-rewrite");
  });

  test.each([
    ["integer", "bigint"],
    ["smallint", "integer"],
    ["varchar(50)", "varchar(20)"],
    ["varchar", "varchar(20)"],
    ["text", "varchar(255)"],
    ["text", "char(10)"],
    ["char(10)", "char(20)"],
    ["char(10)", "text"],
    ["numeric(10,2)", "numeric(10,3)"],
    ["numeric(10,2)", "numeric(8,2)"],
    ["numeric", "numeric(10,2)"],
    ["inet", "cidr"],
    ["timestamp", "timestamp(3)"],
    ["text", "jsonb"],
    ["json", "jsonb"],
    ["varchar(20)[]", "varchar(50)[]"],
    ["varchar[]", "text[]"],
    ["text", "text[]"],
    ["integer", "numeric"],
  ])("%s → %s rewrites the table", (from, to) => {
    expect(change(from, to)).toBe("rewrite");
  });

  test.each([
    ["varchar(20)", "character varying(20)"],
    ["int", "integer"],
    ["numeric(10)", "numeric(10,0)"],
    ["timestamp(6)", "timestamp"],
    ["text[]", "text[]"],
  ])("%s → %s is no change", (from, to) => {
    expect(change(from, to)).toBe("same");
  });

  test("timestamp ↔ timestamptz is rewrite-free on Postgres 12+ only, and only in a UTC session", () => {
    expect(change("timestamp", "timestamptz", 12)).toBe("no-rewrite-if-utc");
    expect(change("timestamptz", "timestamp", 16)).toBe("no-rewrite-if-utc");
    expect(change("timestamp(3)", "timestamptz(3)", 16)).toBe("no-rewrite-if-utc");
    expect(change("timestamp", "timestamptz", 11)).toBe("rewrite");
    expect(change("timestamp", "timestamptz(3)", 16)).toBe("rewrite");
  });
});

describe("canBeRewriteFreeTarget", () => {
  test.each(["varchar(255)", "text", "numeric(12,2)", "inet", "timestamptz", "bit varying(4)"])("%s could be a widening", (to) => {
    expect(canBeRewriteFreeTarget(t(to))).toBe(true);
  });
  test.each(["bigint", "jsonb", "uuid", "text[]", "cidr", "char(10)"])("%s never is", (to) => {
    expect(canBeRewriteFreeTarget(t(to))).toBe(false);
  });
});

describe("isUtcTimeZone", () => {
  test.each(["UTC", "utc", "Etc/UTC", "GMT", "0", "'+00:00'::interval"])("%s is UTC", (v) => expect(isUtcTimeZone(v)).toBe(true));
  test.each(["Europe/Berlin", "America/New_York", "+02:00", "localtime"])("%s is not", (v) => expect(isUtcTimeZone(v)).toBe(false));
});
