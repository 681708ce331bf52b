import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtCli, ROOT } from "../support/built-cli.js";
import { sarifSchemaErrors } from "../support/sarif-schema.js";
import { tempProject, tempRepo } from "../support/temp-project.js";

/** Regression tests for issue 10 (robustness), each through the built CLI as a user runs it. */

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: string;
}

function json(args: string[], cwd: string) {
  const result = builtCli(["--format", "json", ...args], { cwd });
  const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  return { ...result, findings, rules: findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`) };
}

const ADD_NOT_NULL = "ALTER TABLE users ADD COLUMN b int NOT NULL";

describe("empty migrations are no-ops in every input kind", () => {
  test("empty, blank, comment-only and BOM-only SQL files, in the history and checked, cost nothing else", () => {
    const { dir } = tempProject({
      "db/migrations/001_empty.sql": "",
      "db/migrations/002_blank.sql": "  \n\n",
      "db/migrations/003_comment.sql": "-- nothing yet\n/* still nothing */\n",
      "db/migrations/004_bom.sql": "\uFEFF",
      "db/migrations/005_bom_then_sql.sql": `\uFEFF${ADD_NOT_NULL};\n`,
      "db/migrations/006_up.sql": "",
      "db/migrations/007_dbmate.sql": "-- migrate:up\n\n-- migrate:down\n",
    });
    const { code, stderr, rules, findings } = json([], dir);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(rules).toEqual(["db/migrations/005_bom_then_sql.sql:1 require-default-for-not-null-column", "db/migrations/005_bom_then_sql.sql:1 require-lock-timeout"]);
    // The BOM is not part of the statement: the finding starts at ADD COLUMN, column 30 of the text after it.
    expect(findings[0]!.column).toBe(30);
    // Named alone, an empty file is checked and clean.
    expect(builtCli(["db/migrations/001_empty.sql"], { cwd: dir })).toMatchObject({ code: 0, stderr: "" });
  });

  test.each([
    ["knex", "migrations/20240101000000_a.js", `exports.up = async (knex) => {\n  await knex.raw("");\n  await knex.raw(\`${ADD_NOT_NULL}\`);\n};\nexports.down = async () => {};\n`, 3],
    [
      "typeorm",
      "src/migrations/1700000000000-A.ts",
      `import { MigrationInterface, QueryRunner } from "typeorm";\nexport class A1700000000000 implements MigrationInterface {\n  async up(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(\`\`);\n    await queryRunner.query(\`${ADD_NOT_NULL}\`);\n  }\n  async down(): Promise<void> {}\n}\n`,
      5,
    ],
    ["node-pg-migrate", "migrations/1700000000000_a.js", `exports.up = (pgm) => {\n  pgm.sql("");\n  pgm.sql("${ADD_NOT_NULL}");\n};\n`, 3],
    ["kysely", "migrations/2024_01_01_a.ts", `import { Kysely, sql } from "kysely";\nexport async function up(db: Kysely<any>): Promise<void> {\n  await sql\`\`.execute(db);\n  await sql\`${ADD_NOT_NULL}\`.execute(db);\n}\n`, 4],
    [
      "mikro-orm",
      "src/migrations/Migration20240101000000.ts",
      `import { Migration } from "@mikro-orm/migrations";\nexport class Migration20240101000000 extends Migration {\n  async up(): Promise<void> {\n    this.addSql("");\n    this.addSql("${ADD_NOT_NULL}");\n  }\n}\n`,
      5,
    ],
  ])("%s: an empty SQL string is skipped and the next statement is checked", (_tool, file, text, line) => {
    const { dir } = tempProject({ [file]: text });
    const { code, stderr, rules } = json([], dir);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(rules).toContain(`${file}:${line} require-default-for-not-null-column`);
    expect(rules.some((r) => r.includes("internal-error") || r.includes("parse-error"))).toBe(false);
  });

  test("an empty TS/JS file, or one whose up and down are empty, is no finding", () => {
    const { dir } = tempProject({
      "migrations/20240101000000_empty.js": "",
      "migrations/20240102000000_bom.js": "\uFEFF",
      "migrations/20240103000000_empty_up.js": "exports.up = async function () {};\nexports.down = async function () {};\n",
    });
    expect(json([], dir)).toMatchObject({ code: 0, findings: [] });
  });
});

describe("psql scripts, NUL bytes and unterminated comments", () => {
  const script = [
    "\\set ON_ERROR_STOP on",
    "\\connect app",
    "CREATE TABLE audit (id int);",
    "COPY audit (id) FROM stdin;",
    "1",
    "2",
    "\\.",
    `${ADD_NOT_NULL};`,
    "SELECT 1 \\gset",
    "ALTER TABLE users ALTER COLUMN id TYPE bigint;",
    "",
  ].join("\n");

  test("meta-commands and COPY data are not SQL; the statements after them are checked", () => {
    const { dir } = tempProject({ "db/migrations/001_script.sql": script });
    const { stderr, rules } = json([], dir);
    expect(stderr).toBe("");
    // An unknown runner may be psql: no finding about the script itself.
    expect(rules).toEqual([
      "db/migrations/001_script.sql:8 require-default-for-not-null-column",
      "db/migrations/001_script.sql:8 require-lock-timeout",
      "db/migrations/001_script.sql:10 no-column-type-change",
    ]);
  });

  test("under a runner that is not psql, the first psql-only line is one parse-error", () => {
    const { dir } = tempProject({ "db/migrations/20240101000000_script.up.sql": script });
    const { findings } = json([], dir);
    const errors = findings.filter((f) => f.ruleId === "parse-error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(errors[0]!.message).toContain("`\\set` (and 3 more psql-only lines in this file) runs only under psql, and golang-migrate sends the file");
    expect(findings.map((f) => f.line)).toEqual(expect.arrayContaining([8, 10]));
  });

  test("a NUL byte and an unterminated comment are errors at their line, and the rest is read", () => {
    const { dir } = tempProject({
      "db/migrations/001_nul.sql": `CREATE TABLE b (id int);\n\0\n${ADD_NOT_NULL};\n`,
      "db/migrations/002_comment.sql": `${ADD_NOT_NULL};\nSELECT 2 /* never closed\nDROP TABLE users;\n`,
    });
    const { code, findings } = json([], dir);
    expect(code).toBe(1);
    const at = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    expect(at).toContain("db/migrations/001_nul.sql:2:1 parse-error");
    expect(at).toContain("db/migrations/001_nul.sql:3:30 require-default-for-not-null-column");
    expect(at).toContain("db/migrations/002_comment.sql:2:10 parse-error");
    expect(findings.find((f) => f.file.endsWith("001_nul.sql") && f.ruleId === "parse-error")!.message).toContain("0x00");
    // Postgres quotes the rest of the file after an unterminated comment; the message keeps one line.
    expect(findings.find((f) => f.file.endsWith("002_comment.sql") && f.ruleId === "parse-error")!.message).not.toContain("\n");
  });
});

const PLUGIN = `
export default { rules: {
  throws: { id: "throws", description: "t", severity: "error", check() { throw new TypeError("boom"); } },
  rejects: { id: "rejects", description: "t", severity: "error", async check(ctx) { await null; throw new Error("late boom"); } },
  later: { id: "later", description: "t", severity: "warning", async check(ctx) { await new Promise((r) => setTimeout(r, 5)); for (const s of ctx.statements) ctx.report({ at: s, message: "seen late" }); } },
  sloppy: { id: "sloppy", description: "t", severity: "warning", check(ctx) { ctx.report({ at: 42, message: "x" }); ctx.report(null); ctx.report({ at: { line: "a", column: 2 }, message: {} }); } },
}};
`;

describe("containment: a failure costs one file or one rule, never the run", () => {
  test("plugin rules that throw, reject or report garbage become internal-error findings; everything else is reported; exit 2", () => {
    const { dir } = tempProject({
      "plugin.mjs": PLUGIN,
      ".migration-guardrc.json": JSON.stringify({
        plugins: { p: "./plugin.mjs" },
        rules: { "p/throws": "error", "p/rejects": "error", "p/later": "warning", "p/sloppy": "warning" },
      }),
      "migrations/001_a.sql": `${ADD_NOT_NULL};\n`,
    });
    const { code, stdout, stderr, findings } = json([], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("internal errors (see the report)");
    expect(stderr).not.toMatch(/\n\s+at /);
    const internal = findings.filter((f) => f.ruleId === "internal-error");
    expect(internal.map((f) => f.message.match(/Rule `([^`]+)`/)![1]).sort()).toEqual(["p/rejects", "p/sloppy", "p/throws"]);
    expect(internal.every((f) => f.file === "migrations/001_a.sql" && f.line === 1 && f.message.includes("--debug"))).toBe(true);
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["p/later", "require-default-for-not-null-column"]));
    expect(stdout).not.toMatch(/undefined|\[object Object\]|NaN/);
    const sarif = builtCli(["--format", "sarif"], { cwd: dir });
    expect(sarif.code).toBe(2);
    expect(sarifSchemaErrors(JSON.parse(sarif.stdout))).toEqual([]);
    // --debug prints the stack traces.
    expect(builtCli(["--debug"], { cwd: dir }).stderr).toContain("TypeError: boom");
  });

  test("deep nesting that overflows the TypeScript parser costs that migration, or that model file, only", () => {
    let templates = "x";
    for (let i = 0; i < 700; i++) templates = `\`\${${templates}}\``;
    let parens = "1";
    for (let i = 0; i < 1000; i++) parens = `(${parens})`;
    const { dir } = tempProject({
      "package.json": JSON.stringify({ dependencies: { typeorm: "*", knex: "*" } }),
      "migrations/20240101000000_templates.js": `exports.up = async (knex) => { const v = ${templates}; };\nexports.down = async () => {};\n`,
      "migrations/20240102000000_parens.js": `exports.up = async (knex) => { const v = ${parens}; };\nexports.down = async () => {};\n`,
      "migrations/20240103000000_drop.js": `exports.up = async (knex) => { await knex.raw("ALTER TABLE users DROP COLUMN email"); };\nexports.down = async () => {};\n`,
      "src/entities/User.ts": `import { Entity, Column } from "typeorm";\nconst deep = ${parens};\n@Entity("users") export class User { @Column() email: string; }\n`,
    });
    const whole = json([], dir);
    expect(whole.code).toBe(2);
    expect(whole.rules).toEqual(expect.arrayContaining(["migrations/20240101000000_templates.js:1 internal-error", "migrations/20240102000000_parens.js:1 internal-error"]));
    expect(whole.findings.find((f) => f.ruleId === "internal-error")!.message).toContain("nested too deeply");
    // The model file that cannot be read is named by the cross-check, not silently dropped.
    const drop = json(["migrations/20240103000000_drop.js"], dir);
    // The two unreadable migrations before it are history: still reported, as the model misses them.
    expect(drop.code).toBe(2);
    const crossCheck = drop.findings.find((f) => f.ruleId === "no-drop-mapped-column");
    expect(crossCheck?.message).toContain("could not read src/entities/User.ts:1");
  });

  test("a Prisma schema with a syntax error is named by the cross-check instead of dropping out", () => {
    const { dir } = tempProject({
      "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int    @id\n  email String\n',
      "prisma/migrations/20240101000000_drop/migration.sql": 'ALTER TABLE "User" DROP COLUMN "email";\n',
    });
    const { code, findings } = json(["prisma/migrations/20240101000000_drop/migration.sql"], dir);
    expect(code).toBe(1);
    const crossCheck = findings.find((f) => f.ruleId === "no-drop-mapped-column");
    expect(crossCheck?.message).toContain("could not read prisma/schema.prisma:6 (`model User` is never closed");
  });

  test("output cut short by a reader that stops (| head) ends quietly, without an EPIPE stack trace", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`migrations/${String(i).padStart(3, "0")}_x.sql`] = `${ADD_NOT_NULL};\nCREATE INDEX i${i} ON users (b);\n`;
    const { dir } = tempProject(files);
    const child = spawn(process.execPath, [path.join(ROOT, "dist", "cli.js")], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toContain("EPIPE");
    expect(code).not.toBeNull();
  });
});

describe("nothing found is not a pass", () => {
  test("a run that finds no migration says where it looked and how to point it at them, exit 2", () => {
    const { dir } = tempProject({ "db/changes/001.sql": `${ADD_NOT_NULL};\n` });
    const result = builtCli([], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no migrations found in");
    expect(result.stderr).toContain("migration-guard db/changes");
    expect(builtCli(["db/changes"], { cwd: dir }).code).toBe(1);
  });

  test("run from inside a migrations folder, it checks that folder", () => {
    const { dir } = tempProject({ "db/migrations/001.sql": `${ADD_NOT_NULL};\n`, "prisma/migrations/20240101000000_a/migration.sql": `${ADD_NOT_NULL};\n` });
    expect(json([], path.join(dir, "db/migrations")).rules).toEqual(["001.sql:1 require-default-for-not-null-column", "001.sql:1 require-lock-timeout"]);
    expect(json([], path.join(dir, "prisma/migrations")).rules).toContain("20240101000000_a/migration.sql:1 require-default-for-not-null-column");
  });

  test("a change set that touches no migration is a clearly worded success", () => {
    const repo = tempRepo({ "db/migrations/001.sql": "CREATE TABLE t (id int);\n", "README.md": "x\n" });
    repo.write({ "README.md": "y\n" });
    repo.git("add", "README.md");
    const staged = builtCli(["--staged"], { cwd: repo.dir });
    expect(staged).toMatchObject({ code: 0 });
    expect(staged.stderr).toContain("The staged changes touch no migration: nothing to check.");
    const base = builtCli(["--base", "main"], { cwd: repo.dir });
    expect(base.code).toBe(0);
    expect(base.stderr).toContain("The changes since main touch no migration");
  });
});

describe("messages that used to mislead", () => {
  test("--base outside a repository, with unrelated history, and empty", () => {
    const { dir } = tempProject({ "db/migrations/001.sql": "CREATE TABLE t (id int);\n" });
    expect(builtCli(["--base", "main"], { cwd: dir }).stderr).toContain("is not inside a git repository");
    expect(builtCli(["--base", ""], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining("--base needs a git ref") });
    const repo = tempRepo({ "db/migrations/001.sql": "CREATE TABLE t (id int);\n" });
    repo.git("checkout", "-q", "--orphan", "other");
    repo.git("commit", "-q", "-m", "unrelated");
    const unrelated = builtCli(["--base", "main"], { cwd: repo.dir });
    expect(unrelated.code).toBe(2);
    expect(unrelated.stderr).toContain('HEAD and "main" have no common ancestor');
  });

  test("--postgres-version takes a major version, as the config does", () => {
    const { dir } = tempProject({ "db/migrations/001.sql": "CREATE TABLE t (id int);\n" });
    const result = builtCli(["--postgres-version", "15.2"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the major version of 15.2 is 15");
    expect(builtCli(["--postgres-version", "15"], { cwd: dir }).code).toBe(0);
  });

  test("a newline in a file name does not split the stylish header", () => {
    const { dir } = tempProject({ "db/migrations/001_a\nb.sql": `${ADD_NOT_NULL};\n` });
    const { stdout } = builtCli([], { cwd: dir });
    expect(stdout).toContain("db/migrations/001_a\\nb.sql:1:30  error  require-default-for-not-null-column");
  });
});
