import { beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import type { SqlMigrationTool } from "../../src/core/migration.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration, type AssumeTransaction } from "../../src/sql/sql-migration.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { runScenario, setOf } from "../support/scenario.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

function transactions(text: string, tool: SqlMigrationTool = "sql", assume: AssumeTransaction = "multi-statement") {
  const m = readSqlMigration({ path: "m/001.sql", text, tool, version: "001", setId: "m" }, assume);
  return { ids: m.statements.map((s) => s.transaction), info: m.transaction };
}

describe("a file sent to Postgres as one script (simple query protocol)", () => {
  test("the statements after COMMIT run in a new implicit transaction block, not outside one", () => {
    const { ids } = transactions("BEGIN;\nALTER TABLE t ADD a int;\nCOMMIT;\nALTER TABLE t ADD b int;\nALTER TABLE t ADD c int;\n");
    expect(ids).toEqual([0, 0, 0, 1, 1]);
    expect(transactions("BEGIN; SELECT 1; ROLLBACK; SELECT 2;", "prisma").ids).toEqual([0, 0, 0, 1]);
  });

  test("statements before a BEGIN join the block it opens (BEGIN turns the implicit block explicit)", () => {
    expect(transactions("ALTER TABLE t ADD a int;\nBEGIN;\nALTER TABLE t ADD b int;\nCOMMIT;\n").ids).toEqual([0, 0, 0, 0]);
  });

  test("a runner that sends each statement on its own (assumeTransaction: false) leaves them outside", () => {
    expect(transactions("BEGIN;\nSELECT 1;\nCOMMIT;\nSELECT 2;\n", "sql", false).ids).toEqual([0, 0, 0, null]);
  });

  test("each migration says whether its runner wraps it in a transaction of its own", () => {
    expect(transactions("SELECT 1; SELECT 2;").info.runnerWraps).toEqual({ up: false, down: false });
    expect(transactions("SELECT 1; SELECT 2;", "sql", true).info.runnerWraps).toEqual({ up: true, down: true });
    expect(transactions("SELECT 1; SELECT 2;", "drizzle").info.runnerWraps).toEqual({ up: true, down: true });
    expect(transactions("SELECT 1; SELECT 2;", "prisma").info.runnerWraps).toEqual({ up: false, down: false });
    expect(transactions("-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\nSELECT 2;\n", "dbmate").info.runnerWraps).toEqual({ up: false, down: true });
  });
});

async function findings(file: string, code: string, config: Partial<ResolvedConfig> = {}) {
  const files = new Map([[file, code]]);
  const { findings } = await runScenario({ set: setOf(files, file), files, checked: file, config: { ...DEFAULT_CONFIG, ...config } });
  return findings;
}

describe("no-concurrent-index-in-transaction names the setting that really applies", () => {
  const multi = "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n";
  test('default "multi-statement": the one-script reason', async () => {
    const [f] = (await findings("migrations/001.sql", multi)).filter((x) => x.ruleId === "no-concurrent-index-in-transaction");
    expect(f!.message).toContain('goes to Postgres as one script, which runs as one implicit transaction (setting `assumeTransaction: "multi-statement"`, the default)');
  });
  test("assumeTransaction: true on a multi-statement file: the runner's transaction, not the script", async () => {
    const [f] = (await findings("migrations/001.sql", multi, { assumeTransaction: true })).filter((x) => x.ruleId === "no-concurrent-index-in-transaction");
    expect(f!.message).toContain("the runner wraps each migration in a transaction (setting `assumeTransaction: true`)");
    expect(f!.message).not.toContain("one script");
    expect(f!.message).toContain("its per-migration opt-out");
  });
});

describe("no-unbalanced-transaction follows the tool's transaction", () => {
  test("a TypeORM migration that commits TypeORM's transaction names the shared transaction and the opt-out", async () => {
    const code = `import { MigrationInterface, QueryRunner } from "typeorm";
export class A1700000000001 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.commitTransaction();
    await queryRunner.query(\`CREATE INDEX CONCURRENTLY "IDX_a" ON "a" ("b")\`);
    await queryRunner.startTransaction();
  }
  public async down(): Promise<void> {}
}
`;
    const found = (await findings("src/migrations/1700000000001-A.ts", code)).filter((f) => f.ruleId === "no-unbalanced-transaction");
    expect(found.map((f) => f.line)).toEqual([4]);
    expect(found[0]!.message).toContain("commits the transaction TypeORM opened for the migration, and with it the migrations that ran before this one in the same deploy,");
    expect(found[0]!.message).toContain("transaction = false");
  });

  test("with assumeTransaction: true a plain SQL file's BEGIN nests in the runner's transaction", async () => {
    const found = (await findings("migrations/001.sql", "BEGIN;\nSELECT 1;\nCOMMIT;\n", { assumeTransaction: true })).filter((f) => f.ruleId === "no-unbalanced-transaction");
    expect(found.map((f) => f.line)).toEqual([1, 3]);
  });
});
