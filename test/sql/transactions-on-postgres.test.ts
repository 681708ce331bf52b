import { afterAll, beforeAll, describe, expect, test } from "vitest";
import pg from "pg";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import { lint } from "../../src/lint.js";
import { RealPostgres } from "../support/real-postgres.js";
import { tempProject } from "../support/temp-project.js";

/**
 * The transaction model checked against a real PostgreSQL: each script is run the two ways
 * runners send a file — as one multi-statement query (the simple query protocol: Prisma before
 * 7.4, golang-migrate, a plain runner) and statement by statement (psql -f) — and whether
 * Postgres rejects its CONCURRENTLY statement must be exactly whether migration-guard reports it
 * (`no-concurrent-index-in-transaction`) under the matching setting.
 */

const SETUP = "CREATE TABLE t (id int PRIMARY KEY, v int);\nINSERT INTO t SELECT g, g FROM generate_series(1, 10) g;\n";

const SCRIPTS: Record<string, string> = {
  "BEGIN ... COMMIT, then CONCURRENTLY": "BEGIN;\nUPDATE t SET v = v + 1;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n",
  "BEGIN ... ROLLBACK, then CONCURRENTLY": "BEGIN;\nUPDATE t SET v = v + 1;\nROLLBACK;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n",
  "START TRANSACTION ... END, then CONCURRENTLY": "START TRANSACTION;\nUPDATE t SET v = v + 1;\nEND;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n",
  "BEGIN ... ABORT, then CONCURRENTLY": "BEGIN;\nUPDATE t SET v = v + 1;\nABORT;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n",
  "a statement, then CONCURRENTLY": "SELECT 1;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n",
  "CONCURRENTLY alone": "CREATE INDEX CONCURRENTLY t_v ON t (v);\n",
  "CONCURRENTLY, then BEGIN ... COMMIT": "CREATE INDEX CONCURRENTLY t_v ON t (v);\nBEGIN;\nUPDATE t SET v = v + 1;\nCOMMIT;\n",
  "CONCURRENTLY inside BEGIN ... COMMIT": "BEGIN;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\nCOMMIT;\n",
  "SAVEPOINT and RELEASE in a block, then CONCURRENTLY": "BEGIN;\nSAVEPOINT s;\nUPDATE t SET v = 0;\nROLLBACK TO SAVEPOINT s;\nRELEASE SAVEPOINT s;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n",
};

const server = new RealPostgres();
let database = 0;

beforeAll(async () => {
  await server.start();
}, 180_000);

afterAll(async () => {
  await server.stop();
});

/** Whether Postgres rejects the script with "cannot run inside a transaction block" when sent this way. */
async function rejectedByPostgres(script: string, mode: "one query" | "statement by statement"): Promise<boolean> {
  const name = `t${database++}`;
  await server.sql("postgres", `CREATE DATABASE ${name}`);
  await server.sql(name, SETUP);
  const client = new pg.Client({ connectionString: server.url(name) });
  await client.connect();
  try {
    // Without parameters node-postgres sends the text as one Query message: the simple protocol.
    const parts = mode === "one query" ? [script] : script.split(/(?<=;)\n/).filter((s) => s.trim());
    for (const part of parts) await client.query(part);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/cannot run inside a transaction block/.test(message)) return true;
    throw error;
  } finally {
    await client.end();
  }
}

async function reportedByMigrationGuard(script: string, assumeTransaction: ResolvedConfig["assumeTransaction"]): Promise<boolean> {
  const project = tempProject({ "db/migrations/001_t.sql": SETUP, "db/migrations/002_script.sql": script });
  const result = await lint({ cwd: project.dir, paths: ["db/migrations/002_script.sql"], config: { ...DEFAULT_CONFIG, assumeTransaction } });
  return result.findings.some((f) => f.ruleId === "no-concurrent-index-in-transaction");
}

describe.each(Object.entries(SCRIPTS))("%s", (_name, script) => {
  test("sent as one query: reported exactly when Postgres rejects it (assumeTransaction: multi-statement)", async () => {
    expect(await reportedByMigrationGuard(script, "multi-statement")).toBe(await rejectedByPostgres(script, "one query"));
  });

  test("run statement by statement: reported exactly when Postgres rejects it (assumeTransaction: false)", async () => {
    expect(await reportedByMigrationGuard(script, false)).toBe(await rejectedByPostgres(script, "statement by statement"));
  });
});
