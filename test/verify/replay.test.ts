import path from "node:path";
import { describe, expect, test } from "vitest";
import { tempProject } from "../support/temp-project.js";
import { traceOf, verifyProject, VERIFY_FIXTURES } from "./support.js";

describe("verify on the embedded engine", () => {
  test("a foreign key to a table created later fails at the constraint's line, with the cause; locks and rewrites are traced", async () => {
    const cwd = path.join(VERIFY_FIXTURES, "forward-reference");
    const result = await verifyProject(cwd, { paths: ["migrations"] });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.file, f.line])).toEqual([["fails-on-empty-database", "error", "migrations/004_orders_coupon_fk.sql", 3]]);
    const message = result.findings[0]!.message;
    expect(message).toContain('relation "coupons" does not exist (SQLSTATE 42P01)');
    expect(message).toContain("`coupons` is created later, in 005_coupons.sql");
    expect(message).toContain("1 later migration was not replayed");
    expect(traceOf(result, "migrations/002_users_email_index.sql")).toEqual(["2: ShareLock users"]);
    const alter = result.trace.find((t) => t.file === "migrations/003_orders_total_bigint.sql")!;
    expect(alter.locks).toContainEqual({ table: "orders", mode: "AccessExclusiveLock" });
    expect(alter.rewrites).toEqual(["orders", "orders_pkey"]);
    expect(traceOf(result, "migrations/005_coupons.sql")).toEqual(["1: not replayed (an earlier migration failed)"]);
    expect(result.sets).toMatchObject([{ setId: "migrations", migrations: 5, replayed: 3, failure: { file: "migrations/004_orders_coupon_fk.sql", line: 3, code: "42P01" } }]);
  });

  test("a syntax error, an empty file, and a statement that never ends each end in a finding with file and line", async () => {
    const project = tempProject({
      "migrations/001_a.sql": "CREATE TABLE a (id int);\n",
      "migrations/002_empty.sql": "",
    });
    const run = (third: string) => {
      project.write({ "migrations/003_third.sql": `CREATE TABLE b (id int);\n\n${third}\n` });
      return verifyProject(project.dir, { paths: ["migrations"], config: { verify: { setup: [], statementTimeoutMs: 1500 } } });
    };
    const syntax = await run("CREAT TABLE c (id int);");
    expect(syntax.findings.map((f) => [f.file, f.line, f.severity])).toEqual([
      ["migrations/002_empty.sql", 1, "info"],
      ["migrations/003_third.sql", 3, "error"],
    ]);
    expect(syntax.findings[1]!.message).toContain('syntax error at or near "CREAT" (SQLSTATE 42601)');

    for (const endless of ["SELECT pg_sleep(86400);", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)\nSELECT count(*) FROM r;"]) {
      const result = await run(endless);
      const finding = result.findings.find((f) => f.severity === "error")!;
      expect([finding.file, finding.line]).toEqual(["migrations/003_third.sql", 3]);
      expect(finding.message).toContain("did not finish within 1.5 s (verify.statementTimeout)");
    }
  });

  test("contrib extensions load on CREATE EXTENSION; one the engine lacks is a warning naming it and how to declare it", async () => {
    const project = tempProject({
      "migrations/001_ext.sql": 'CREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE EXTENSION IF NOT EXISTS "uuid-ossp";\nCREATE TABLE t (id uuid DEFAULT uuid_generate_v4(), salt text DEFAULT gen_salt(\'bf\'));\n',
      "migrations/002_geo.sql": "CREATE EXTENSION postgis;\n",
    });
    const result = await verifyProject(project.dir, { paths: ["migrations"] });
    expect(result.findings.map((f) => [f.file, f.line, f.severity])).toEqual([["migrations/002_geo.sql", 1, "warning"]]);
    expect(result.findings[0]!.message).toContain("the extension `postgis` is not available");
    expect(result.findings[0]!.message).toContain("verify.setup");
    expect(result.sets[0]!.replayed).toBe(1);
  });

  test("objects the platform provides are declared in verify.setup files run before the first migration", async () => {
    const project = tempProject({
      "supabase/migrations/20240101000000_profiles.sql":
        "CREATE TABLE profiles (id uuid PRIMARY KEY REFERENCES auth.users (id));\nGRANT SELECT ON profiles TO authenticated;\n",
      "verify/supabase.sql": "CREATE SCHEMA auth;\nCREATE TABLE auth.users (id uuid PRIMARY KEY);\nCREATE ROLE authenticated;\n",
    });
    const without = await verifyProject(project.dir, { paths: ["supabase/migrations"] });
    expect(without.findings.map((f) => [f.line, f.severity])).toEqual([[1, "warning"]]);
    expect(without.findings[0]!.message).toContain("the `auth` schema is provided by Supabase");
    const withSetup = await verifyProject(project.dir, {
      paths: ["supabase/migrations"],
      config: { verify: { setup: [path.join(project.dir, "verify/supabase.sql")], statementTimeoutMs: 10_000 } },
    });
    expect(withSetup.findings).toEqual([]);
    expect(withSetup.sets[0]!.replayed).toBe(1);
  });

  test("transactions are the tool's: CONCURRENTLY fails inside Knex's default transaction and runs with its opt-out", async () => {
    const migration = (optOut: boolean) =>
      `${optOut ? "export const config = { transaction: false };\n\n" : ""}export async function up(knex) {\n  await knex.raw("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)");\n}\n\nexport async function down(knex) {\n  await knex.raw("DROP INDEX users_email_idx");\n}\n`;
    const users = `export async function up(knex) {\n  await knex.schema.createTable("users", (t) => {\n    t.increments("id");\n    t.string("email");\n  });\n}\n\nexport async function down(knex) {\n  await knex.schema.dropTable("users");\n}\n`;
    const project = tempProject({ "migrations/20240101000000_users.js": users, "migrations/20240102000000_index.js": migration(false) });
    const inTransaction = await verifyProject(project.dir, { paths: ["migrations"] });
    expect(inTransaction.findings.map((f) => [f.file, f.line])).toEqual([["migrations/20240102000000_index.js", 2]]);
    expect(inTransaction.findings[0]!.message).toContain("cannot run inside a transaction block (SQLSTATE 25001)");
    // The builder call replayed as the SQL Knex renders for it.
    expect(inTransaction.trace.find((t) => t.file === "migrations/20240101000000_users.js")).toMatchObject({ line: 2, statement: expect.stringContaining('CREATE TABLE "users"') });

    project.write({ "migrations/20240102000000_index.js": migration(true) });
    const optedOut = await verifyProject(project.dir, { paths: ["migrations"] });
    expect(optedOut.findings).toEqual([]);
    expect(optedOut.trace.find((t) => t.file === "migrations/20240102000000_index.js")).toMatchObject({ note: expect.stringContaining("outside a transaction") });
  });

  test("SQL built at run time is listed in the trace as not replayed, with the reason", async () => {
    const project = tempProject({
      "migrations/20240101000000_dynamic.js": `export async function up(knex) {\n  await knex.raw("CREATE TABLE t (id int)");\n  await knex.raw(process.env.EXTRA_SQL);\n}\n\nexport async function down(knex) {\n  await knex.raw("DROP TABLE t");\n}\n`,
    });
    const result = await verifyProject(project.dir, { paths: ["migrations"] });
    const skipped = result.trace.filter((t) => t.notReplayed);
    expect(skipped.map((t) => t.line)).toEqual([3]);
    expect(skipped[0]!.notReplayed).toMatch(/run time|could not/);
    expect(result.sets[0]!.replayed).toBe(1);
  });

  test("COPY from a program or a server file is listed as not replayed on the embedded engine, which has neither", async () => {
    const project = tempProject({ "migrations/001_copy.sql": "CREATE TABLE t (id int);\nCOPY t FROM PROGRAM 'cat /etc/hostname';\nCREATE INDEX t_id_idx ON t (id);\n" });
    const result = await verifyProject(project.dir, { paths: ["migrations"] });
    expect(result.findings).toEqual([]);
    expect(result.trace.map((t) => [t.line, t.notReplayed ?? "replayed"])).toEqual([
      [1, "replayed"],
      [2, "COPY ... PROGRAM runs a program, and the embedded engine has none"],
      [3, "replayed"],
    ]);
  });
});
