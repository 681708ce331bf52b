import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { fixtureCases, runFixtureCase } from "../support/fixture-cases.js";

beforeAll(loadSqlParser);

/**
 * What the fixture tests cannot see: the severity of each finding and that its message names the
 * model that maps the column or table, with file and line. One row per bad fixture case.
 */
const EXPECTED: Record<string, Record<string, { severity: "error" | "warning"; site: string }[]>> = {
  "no-drop-mapped-column": {
    prisma: [{ severity: "error", site: "User.displayName (prisma/schema.prisma:13)" }],
    drizzle: [{ severity: "error", site: "users.displayName (src/db/schema.ts:6)" }],
    sql: [
      { severity: "error", site: "User.displayName (src/entities/user.entity.ts:13)" },
      { severity: "error", site: "User.displayName (src/entities/user.entity.ts:13)" },
    ],
    sequelize: [{ severity: "error", site: "User.displayName (src/models/user.js:9)" }],
    "sequelize-cli": [
      { severity: "error", site: "Invoice.dueOn (models/invoice.js:18)" },
      { severity: "error", site: "Customer.email (models/customer.js:7)" },
      { severity: "error", site: "Customer.hasMany(Invoice) (models/customer.js:12)" },
    ],
    "sequelize-cli-esm": [
      { severity: "error", site: "Invoice.totalCents (models/invoice.js:12)" },
      { severity: "error", site: "Payment.amountCents (models/payment.js:5)" },
    ],
    "mikro-orm": [{ severity: "error", site: "User.displayName (src/entities/User.ts:13)" }],
    "prisma-removed-in-change-set": [{ severity: "warning", site: "User.displayName (prisma/schema.prisma:13)" }],
    "sequelize-removed-in-change-set": [{ severity: "warning", site: "User.displayName (src/models/user.js:9)" }],
  },
  "no-rename-mapped-column": {
    prisma: [{ severity: "error", site: "User.displayName (prisma/schema.prisma:13)" }],
    drizzle: [{ severity: "error", site: "users.displayName (src/db/schema.ts:6)" }],
    sql: [{ severity: "error", site: "User.displayName (src/entities/user.entity.ts:13)" }],
    sequelize: [{ severity: "error", site: "User.displayName (src/models/user.js:9)" }],
    "mikro-orm": [{ severity: "error", site: "User.displayName (src/entities/User.ts:13)" }],
    "sql-renamed-in-change-set": [{ severity: "error", site: "User.displayName (src/entities/user.entity.ts:13)" }],
  },
  "no-drop-mapped-table": {
    prisma: [
      { severity: "error", site: "Post (prisma/schema.prisma:20)" },
      { severity: "error", site: "Post (prisma/schema.prisma:20)" },
    ],
    drizzle: [
      { severity: "error", site: "posts (src/db/schema.ts:10)" },
      { severity: "error", site: "posts (src/db/schema.ts:10)" },
    ],
    sql: [
      { severity: "error", site: "Post (src/entities/post.entity.ts:5)" },
      { severity: "error", site: "Post (src/entities/post.entity.ts:5)" },
    ],
    sequelize: [
      { severity: "error", site: "Post (src/models/post.js:5)" },
      { severity: "error", site: "Post (src/models/post.js:5)" },
    ],
    "mikro-orm": [
      { severity: "error", site: "Post (src/entities/Post.ts:5)" },
      { severity: "error", site: "Post (src/entities/Post.ts:5)" },
    ],
    "drizzle-removed-in-change-set": [{ severity: "warning", site: "auditLog (src/db/schema.ts:17)" }],
  },
};

describe.each(Object.entries(EXPECTED))("%s", (ruleId, byKind) => {
  test.each(Object.entries(byKind))("%s: severity and the mapping's file:line", async (kind, expected) => {
    const cases = (await fixtureCases(ruleId)).filter((c) => c.kind === kind && c.expectation === "bad");
    expect(cases.length).toBeGreaterThan(0);
    const actual = [];
    for (const c of cases) actual.push(...(await runFixtureCase(c)).findings.filter((f) => f.ruleId === ruleId));
    expect(actual.map((f) => f.severity)).toEqual(expected.map((e) => e.severity));
    actual.forEach((f, i) => expect(f.message).toContain(expected[i]!.site));
  });
});
