import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startRealPostgres, type StartedPostgres as RealPostgres } from "../support/real-postgres.js";
import { tempProject } from "../support/temp-project.js";
import { traceOf, verifyProject, VERIFY_FIXTURES } from "./support.js";

let server: RealPostgres;

beforeAll(async () => {
  server = await startRealPostgres();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

async function rows<T>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.url.replace(/\/postgres$/, `/${database}`) });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const databases = () => rows<{ datname: string }>("postgres", "select datname from pg_database order by datname").then((r) => r.map((d) => d.datname));

describe("verify --database-url on a real PostgreSQL server", () => {
  test("replays in a scratch database that is dropped afterwards; the named database is never written to", async () => {
    const before = await databases();
    const tablesBefore = await rows("postgres", "select relname from pg_class where relnamespace = 'public'::regnamespace");
    const cwd = path.join(VERIFY_FIXTURES, "forward-reference");
    const result = await verifyProject(cwd, { paths: ["migrations"], databaseUrl: server.url });
    expect(result.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([["fails-on-empty-database", "migrations/004_orders_coupon_fk.sql", 3]]);
    expect(result.findings[0]!.message).toContain("`coupons` is created later, in 005_coupons.sql");
    expect(traceOf(result, "migrations/002_users_email_index.sql")).toEqual(["2: ShareLock users"]);
    expect(result.sets[0]!.engine).toMatch(/^PostgreSQL 18\.\d+ .*\(scratch database migration_guard_verify_\w+\)$/);
    expect(await databases()).toEqual(before);
    expect(await rows("postgres", "select relname from pg_class where relnamespace = 'public'::regnamespace")).toEqual(tablesBefore);
  });

  test("statements that reach outside the database are refused before anything runs", async () => {
    const project = tempProject({
      "migrations/001_ok.sql": "CREATE TABLE marker_table (id int);\n",
      "migrations/002_escape.sql": [
        "COPY marker_table FROM PROGRAM 'id';",
        "SELECT pg_read_file('/etc/passwd');",
        "ALTER SYSTEM SET work_mem = '1GB';",
        "CREATE ROLE intruder SUPERUSER;",
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpython3u AS 'import os';",
        "COPY marker_table TO '/tmp/out.csv';",
        "",
      ].join("\n"),
    });
    const before = await databases();
    const result = await verifyProject(project.dir, { paths: ["migrations"], databaseUrl: server.url });
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([1, 2, 3, 4, 5, 6].map((line) => ["no-reach-outside-database", line]));
    expect(result.findings[0]!.message).toContain("Not replayed on a real server: COPY ... PROGRAM runs a program on the database server");
    expect(result.sets[0]!.replayed).toBe(0);
    // Nothing ran: no scratch database was even created, and no role.
    expect(await databases()).toEqual(before);
    expect(await rows("postgres", "select rolname from pg_roles where rolname = 'intruder'")).toEqual([]);
  });

  test("the server's statement_timeout stops a statement that never ends", async () => {
    const project = tempProject({ "migrations/001_sleep.sql": "CREATE TABLE a (id int);\nSELECT pg_sleep(86400);\n" });
    const result = await verifyProject(project.dir, {
      paths: ["migrations"],
      databaseUrl: server.url,
      config: { verify: { setup: [], statementTimeoutMs: 1000 } },
    });
    expect(result.findings.map((f) => [f.file, f.line])).toEqual([["migrations/001_sleep.sql", 2]]);
    expect(result.findings[0]!.message).toContain("did not finish within 1 s");
  });
});
