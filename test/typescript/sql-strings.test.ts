import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { read, summary } from "./read.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

const typeorm = (up: string) => `import { MigrationInterface, QueryRunner } from "typeorm";
export class M1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }
  public async down(): Promise<void> {}
}
`;

describe("SQL in strings and templates, at their lines in the file", () => {
  test("each statement of a multi-line template starts on its own line", () => {
    const m = read(
      "src/migrations/1.ts",
      typeorm(`    await queryRunner.query(\`
      ALTER TABLE "users" ADD "nickname" text;

      CREATE INDEX "IDX_n" ON "users" ("nickname");
      UPDATE "users" SET "nickname" = ''
        WHERE "id" = 1
    \`);`),
    );
    expect(m.statements.map((s) => [s.line, s.column, s.callSpan?.line])).toEqual([
      [5, 7, 4],
      [7, 7, 4],
      [8, 7, 4],
    ]);
    expect(summary(m)).toEqual(["add-column users nickname:text @5", "create-index users IDX_n(nickname) @7", "data-change users update bounded (nickname) @8"]);
  });

  test("an escaped newline in a single-quoted string stays on the line of the string", () => {
    const m = read("src/migrations/1.ts", typeorm(`    await queryRunner.query('SELECT 1;\\nCREATE INDEX "i" ON "t" ("c")');`));
    expect(m.statements.map((s) => [s.line, s.column])).toEqual([
      [4, 30],
      [4, 41],
    ]);
  });

  test("a parse error points at the offending token, through escapes and non-ASCII text", () => {
    const m = read("src/migrations/1.ts", typeorm(`    await queryRunner.query("SELECT 'é' \\x46RM t");`));
    const error = m.statements[0]!.error!;
    expect(error.message).toMatch(/syntax error/);
    // Postgres reads `FRM` (written `\x46RM`) as a column alias and stops at `t`: its column in the
    // file counts the escape's four characters, and é as one.
    expect([error.span.line, error.span.column]).toEqual([4, 48]);
  });

  test("SQL through constants and concatenation maps substituted parts to where they are used", () => {
    const m = read(
      "src/migrations/1.ts",
      typeorm(`    const table = "orders";
    const sql = "CREATE INDEX ON " + table
      + " (user_id)";
    await queryRunner.query(sql);`),
    );
    expect(summary(m)).toEqual(["create-index orders orders_user_id_idx(user_id) @5"]);
  });

  test("a run-time value the SQL still parses with is checked under a placeholder; one it does not is uninspectable", () => {
    const m = read(
      "src/migrations/1.ts",
      typeorm(`    for (const table of await queryRunner.getTables()) {
      await queryRunner.query(\`CREATE INDEX ON \${table} (created_at)\`);
      await queryRunner.query(\`\${table.ddl}\`);
      await queryRunner.query(\`CREATE \${table.unique} INDEX ON x (a)\`);
    }`),
    );
    expect(summary(m)).toEqual(["create-index ${table} ${table}_created_at_idx(created_at) @5"]);
    expect(m.uninspectable.map((u) => [u.span.line, u.reason])).toEqual([
      [6, "the SQL passed to `queryRunner.query` is built from `table.ddl`, known only at run time"],
      [7, "the SQL passed to `queryRunner.query` depends on `table.unique`, known only at run time"],
    ]);
  });
});
