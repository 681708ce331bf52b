import { afterEach, describe, expect, it, test } from "vitest";
import { defineRule } from "../../src/index.js";
import { RuleTester } from "../../src/testing/index.js";

/** Flags DROP TABLE; option `allow` lists tables that may go. */
const noDropTable = defineRule<{ allow: string[] }>({
  id: "no-drop-table",
  description: "DROP TABLE.",
  severity: "warning",
  defaultOptions: { allow: [] },
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-table" || ctx.options.allow.includes(op.table)) continue;
      const known = ctx.database.table(op.table) ? "existing" : "unknown";
      ctx.report({ at: op, message: `Dropping ${known} table ${op.table} on Postgres ${ctx.postgresVersion}.` });
    }
  },
});

RuleTester.describe = describe;
RuleTester.it = it;

// The tester used the way rule authors use it: each case becomes a vitest test.
new RuleTester({ postgresVersion: 14 }).run("team/no-drop-table", noDropTable, {
  valid: [
    "CREATE TABLE users (id bigint);",
    { name: "an allowed table", code: "DROP TABLE tmp_import;", options: { allow: ["tmp_import"] } },
    { name: "a suppressed drop", code: "-- migration-guard-ignore team/no-drop-table: emptied last release\nDROP TABLE users;" },
  ],
  invalid: [
    {
      code: "\n\nDROP TABLE users;",
      history: "CREATE TABLE users (id bigint);",
      errors: [{ line: 3, column: 1, severity: "warning", message: "Dropping existing table users on Postgres 14." }],
    },
    { name: "case config", code: "DROP TABLE a;\nDROP TABLE b;", config: { postgresVersion: 11 }, errors: [{ line: 1, message: /Postgres 11/ }, { line: 2 }] },
    { name: "a count of findings", code: "DROP TABLE a, b;", errors: 2 },
    {
      name: "a Knex migration",
      filename: "migrations/20240101120000_drop_users.ts",
      history: "CREATE TABLE users (id bigint);",
      code: [
        'import type { Knex } from "knex";',
        "",
        "export async function up(knex: Knex): Promise<void> {",
        '  await knex.schema.dropTable("users");',
        "}",
        "",
        "export async function down(knex: Knex): Promise<void> {",
        '  await knex.schema.createTable("users", (t) => t.bigInteger("id"));',
        "}",
        "",
      ].join("\n"),
      errors: [{ line: 4, message: "Dropping existing table users on Postgres 14." }],
    },
  ],
});

describe("RuleTester reports what is wrong with a case", () => {
  const saved = { describe: RuleTester.describe, it: RuleTester.it };
  afterEach(() => Object.assign(RuleTester, saved));

  /** Runs the tester with stand-in describe/it and returns each case's outcome. */
  async function outcomes(cases: Parameters<RuleTester["run"]>[2]): Promise<string[]> {
    const tests: Array<[string, () => Promise<void>]> = [];
    RuleTester.describe = (_name, fn) => fn();
    RuleTester.it = (name, fn) => tests.push([name, fn]);
    new RuleTester().run("no-drop-table", noDropTable, cases);
    return Promise.all(tests.map(([name, fn]) => fn().then(() => `${name}: ok`, (e: Error) => `${name}: ${e.message}`)));
  }

  test("a valid case the rule reports on", async () => {
    expect(await outcomes({ valid: ["DROP TABLE users;"], invalid: [] })).toEqual([
      "DROP TABLE users;: no-drop-table must not report on this migration, but did:\n  line 1, column 1 (warning): Dropping unknown table users on Postgres 15.",
    ]);
  });

  test("an invalid case reported on other lines, or not at all", async () => {
    const [wrongLine, nothing] = await outcomes({
      valid: [],
      invalid: [
        { code: "SELECT 1;\nDROP TABLE users;", errors: [{ line: 1 }] },
        { code: "SELECT 1;", errors: [{ line: 1 }] },
      ],
    });
    expect(wrongLine).toContain("no-drop-table must report on line(s) 1, but reported:\n  line 2, column 1 (warning): Dropping unknown table users on Postgres 15.");
    expect(nothing).toContain("no-drop-table must report on line(s) 1, but reported:\n  nothing");
  });

  test("a message, column, severity or count that differs", async () => {
    const results = await outcomes({
      valid: [],
      invalid: [
        { name: "message", code: "DROP TABLE users;", errors: [{ line: 1, message: "Dropping users." }] },
        { name: "pattern", code: "DROP TABLE users;", errors: [{ line: 1, message: /existing/ }] },
        { name: "column", code: "  DROP TABLE users;", errors: [{ line: 1, column: 1 }] },
        { name: "severity", code: "DROP TABLE users;", errors: [{ line: 1, severity: "error" }] },
        { name: "count", code: "DROP TABLE users;", errors: 2 },
      ],
    });
    expect(results.map((r) => r.split("\n")[0])).toEqual([
      "message: finding on line 1: message",
      "pattern: finding on line 1: message",
      "column: finding on line 1: column",
      "severity: finding on line 1: severity",
      "count: no-drop-table must report 2 finding(s), but reported 1:",
    ]);
  });

  test("SQL that Postgres rejects, and files that are no migration", async () => {
    const [rejected, other] = await outcomes({
      valid: ["DROP TABEL users;", { code: "DROP TABLE users;", filename: "migrations/001.txt" }],
      invalid: [],
    });
    expect(rejected).toContain('RuleTester: Postgres rejects a statement of this case, so the rule cannot see it:\n  migrations/002_test.sql:1: syntax error at or near "TABEL"');
    expect(other).toContain("RuleTester: migrations/001.txt: a migration is a .sql file or a TS/JS file (.ts, .js, .mjs, ...).");
  });

  test("an invalid case must expect something", async () => {
    expect(await outcomes({ valid: [], invalid: [{ code: "DROP TABLE users;", errors: [] }] })).toEqual([
      "DROP TABLE users;: an invalid case lists at least one expected finding (or use `valid`)",
    ]);
  });

  test("a malformed rule is refused before any case runs", () => {
    expect(() => new RuleTester().run("x", { ...noDropTable, id: "No Drop" }, { valid: [], invalid: [] })).toThrow('Rule id "No Drop" must be lower-case');
  });

  test("without describe/it it says how to provide them", () => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    expect((globalThis as { describe?: unknown }).describe).toBeUndefined();
    expect(() => new RuleTester().run("x", noDropTable, { valid: [], invalid: [] })).toThrow(
      'RuleTester needs your test framework\'s describe and it: set `RuleTester.describe = describe; RuleTester.it = it;` (imported from "vitest" or "node:test") before calling run().',
    );
  });

  test("lint() returns the findings for assertions of your own", async () => {
    const findings = await new RuleTester().lint("team/no-drop-table", noDropTable, { code: "DROP TABLE a;" });
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([["team/no-drop-table", 1, "warning"]]);
  });
});
