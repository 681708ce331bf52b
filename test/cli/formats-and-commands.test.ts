import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { cli as runCli } from "../support/cli-io.js";
import { sarifSchemaErrors } from "../support/sarif-schema.js";
import { tempProject } from "../support/temp-project.js";

const tempDir = (files: Record<string, string> = {}) => tempProject(files).dir;
/** The CLI in-process in `cwd`, as a shell would run `migration-guard ...args` there. */
const run = (cwd: string, ...args: string[]) => runCli(args, { cwd });


const USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";
// lock_timeout is set so that only the findings these tests are about appear.
const INDEX = [
  "SET lock_timeout = '5s';",
  "-- migration-guard-ignore require-concurrent-index",
  "CREATE INDEX users_email_idx ON users (email);",
  "CREATE INDEX users_email_lower_idx ON users (lower(email));",
  "",
].join("\n");

const project = (files: Record<string, string> = {}) =>
  tempDir({ "db/migrations/001_users.sql": USERS, "db/migrations/002_index.sql": INDEX, ...files });

describe("migration-guard [paths]", () => {
  test("stylish output, exit 1 on an error finding", async () => {
    const result = await run(project());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("db/migrations/002_index.sql:2:1  warning  require-suppression-reason");
    expect(result.stdout).toContain("db/migrations/002_index.sql:4:1  error  require-concurrent-index");
    expect(result.stdout).toContain("✖ 2 problems (1 error, 1 warning) in 1 file · checked 2 migrations");
    expect(result.stderr).toBe("");
  });

  test("exit 0 when nothing is found", async () => {
    const result = await run(tempDir({ "migrations/001.sql": USERS }));
    expect(result).toEqual({ code: 0, stdout: "✔ No problems found · checked 1 migration\n", stderr: "" });
  });

  test("--quiet reports errors only", async () => {
    const result = await run(project(), "--quiet", "--format", "json");
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["require-concurrent-index"]);
  });

  test("--max-warnings fails a run with too many warnings", async () => {
    const dir = project({ ".migration-guardrc.json": JSON.stringify({ rules: { "require-concurrent-index": "warning" } }) });
    expect((await run(dir, "--max-warnings", "2")).code).toBe(0);
    const over = await run(dir, "--max-warnings", "1");
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("migration-guard: 2 warnings, more than --max-warnings 1 allows.\n");
    expect((await run(dir, "--max-warnings", "x")).code).toBe(2);
  });

  test.each([
    ["json", (out: string) => expect(JSON.parse(out).summary).toMatchObject({ errors: 1, warnings: 1, checkedMigrations: 2 })],
    ["sarif", (out: string) => expect(sarifSchemaErrors(JSON.parse(out))).toEqual([])],
    ["github", (out: string) => expect(out).toMatch(/^::error file=db\/migrations\/002_index\.sql,line=4,col=1,endLine=4,title=migration-guard%3A require-concurrent-index::CREATE INDEX/)],
    ["markdown", (out: string) => expect(out).toContain("| ❌ | `db/migrations/002_index.sql:4` | [`require-concurrent-index`](")],
  ])("--format %s", async (format, check) => {
    const result = await run(project(), "--format", format);
    expect(result.code).toBe(1);
    check(result.stdout);
  });

  test("an unknown format is a usage error", async () => {
    const result = await run(project(), "--format", "xml");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are stylish, json, sarif, github, markdown");
  });

  test("--output-file writes the report there, creating its folder", async () => {
    const dir = project();
    const result = await run(dir, "--format", "sarif", "--output-file", "reports/migrations.sarif");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const log = JSON.parse(readFileSync(path.join(dir, "reports/migrations.sarif"), "utf8"));
    expect(log.runs[0].results).toHaveLength(2);
    const stylish = await run(dir, "--output-file", "report.txt");
    expect(readFileSync(path.join(dir, "report.txt"), "utf8")).not.toContain("\u001b[");
    expect(stylish.stdout).toBe("");
  });

  test("a config problem exits 2 naming the key and what it accepts", async () => {
    const result = await run(project({ "migration-guard.config.json": JSON.stringify({ rules: { "require-concurrent-index": "warn" } }) }));
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: 'migration-guard: migration-guard.config.json: rules["require-concurrent-index"] must be "off", "info", "warning" or "error", or [level, { options }]; got "warn" (did you mean "warning"?)\n',
    });
  });

  test("config levels, requireSuppressionReason and --config apply", async () => {
    const dir = project({
      "strict.json": JSON.stringify({ requireSuppressionReason: false, rules: { "require-concurrent-index": "off" } }),
    });
    const result = await run(dir, "--config", "strict.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No problems found");
  });

  test("--postgres-version overrides the config", async () => {
    const dir = project({
      "migration-guard.config.mjs": `export default {
  postgresVersion: 10,
  plugins: { probe: { rules: { version: { id: "version", description: "Reports the version rules see.", severity: "info",
    check(ctx) { ctx.report({ at: ctx.statements[0], message: "Postgres " + ctx.postgresVersion }); } } } } },
};`,
    });
    const messages = async (...args: string[]) => JSON.parse((await run(dir, "--format", "json", ...args)).stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "probe/version").map((f: { message: string }) => f.message);
    expect(await messages()).toEqual(["Postgres 10", "Postgres 10"]);
    expect(await messages("--postgres-version", "16")).toEqual(["Postgres 16", "Postgres 16"]);
    expect((await run(dir, "--postgres-version", "8")).code).toBe(2);
  });

  test("--staged with file arguments (lint-staged, pre-commit) checks those staged migrations only", async () => {
    const repo = tempProject({ "db/migrations/001_users.sql": USERS, "db/migrations/002_index.sql": INDEX, "db/migrations/003_other.sql": "SET lock_timeout = '5s';\nCREATE INDEX users_id_idx ON users (id);\n" });
    const dir = repo.dir;
    repo.git("init", "-q");
    repo.git("add", "db/migrations/001_users.sql");
    repo.git("commit", "-q", "-m", "users");
    repo.git("add", "db/migrations/002_index.sql", "db/migrations/003_other.sql");
    const result = await run(dir, "--staged", "--format", "json", path.join(dir, "db/migrations/003_other.sql"), "README.md");
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(["db/migrations/003_other.sql:2"]);
    const all = await run(dir, "--staged", "--format", "json");
    expect(JSON.parse(all.stdout).summary.checkedMigrations).toBe(2);
    expect((await run(dir, "--staged", "--base", "main")).code).toBe(2);
  });
});

describe("migration-guard explain", () => {
  test("prints the rule's doc page", async () => {
    const result = await run(tempDir(), "explain", "require-concurrent-index");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync("docs/rules/require-concurrent-index.md", "utf8").replace(/^<!--.*-->\n/gm, ""));
  });

  test("an unknown rule suggests the closest", async () => {
    const result = await run(tempDir(), "explain", "require-concurent-index");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: 'migration-guard: There is no rule "require-concurent-index". Did you mean "require-concurrent-index"? `migration-guard rules` lists them all.\n',
    });
  });

  test("a plugin rule: its description and docs link", async () => {
    const dir = tempDir({
      "migration-guard.config.mjs": `export default { plugins: { team: { rules: { "no-x": { id: "no-x", description: "Flags x.", severity: "warning", docsUrl: "https://wiki.example/no-x", check() {} } } } } };`,
    });
    const result = await run(dir, "explain", "team/no-x");
    expect(result.stdout).toBe("# team/no-x\n\n**Default severity:** warning\n\nFlags x.\n\nDocs: https://wiki.example/no-x\n");
  });
});

describe("migration-guard rules", () => {
  test("lists every rule with its configured level and one line", async () => {
    const dir = tempDir({
      "migration-guard.config.mjs": `export default {
  requireSuppressionReason: false,
  plugins: { team: { rules: { "no-x": { id: "no-x", description: "Flags x.", severity: "warning", check() {} } } } },
  rules: { "require-concurrent-index": "warning" },
};`,
    });
    const result = await run(dir, "rules");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^\d+ rules \(levels from migration-guard\.config\.mjs\):$/);
    const rows = lines.filter((l) => l.startsWith("  "));
    expect(rows).toHaveLength(Number.parseInt(lines[0]!, 10));
    // Columns are aligned: level, id, description.
    expect(new Set(rows.map((r) => r.indexOf(r.trim().split(/\s+/)[1]!))).size).toBe(1);
    const row = (id: string) => rows.find((r) => r.trim().split(/\s+/)[1] === id)?.trim().replace(/\s+/g, " ");
    expect(row("parse-error")).toBe("error parse-error A statement that Postgres rejects: it fails when the migration runs, and no other rule could check it.");
    expect(row("require-concurrent-index")).toBe("warning require-concurrent-index CREATE INDEX without CONCURRENTLY on an existing table blocks writes until the index is built.");
    expect(row("require-suppression-reason")).toBe("off require-suppression-reason A migration-guard-ignore comment without a reason after a colon.");
    expect(rows[rows.length - 1]!.trim().replace(/\s+/g, " ")).toBe("warning team/no-x Flags x.");
    expect(lines.slice(-2)).toEqual(["`migration-guard explain <rule-id>` prints a rule's documentation.", ""]);
  });
});

describe("migration-guard init", () => {
  test("writes the detected migration sets, tools, schema sources and Postgres version", async () => {
    const dir = tempDir({
      "package.json": JSON.stringify({ dependencies: { "@prisma/client": "6" } }),
      "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int    @id\n  email String\n}\n',
      "prisma/migrations/migration_lock.toml": 'provider = "postgresql"\n',
      "prisma/migrations/20240101000000_init/migration.sql": USERS,
      "db/migrations/20240101_a.sql": "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n",
      "db/migrations/20240102_b.sql": "-- migrate:up\nCREATE TABLE b (id int);\n-- migrate:down\nDROP TABLE b;\n",
      "docker-compose.yml": "services:\n  db:\n    image: postgres:16-alpine\n",
    });
    const result = await run(dir, "init");
    expect(result.code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(dir, "migration-guard.config.json"), "utf8"));
    expect(config).toEqual({
      postgresVersion: 16,
      migrations: [
        { files: "db/migrations/*.sql", tool: "dbmate" },
        { files: "prisma/migrations/*/migration.sql", tool: "prisma" },
      ],
      schema: { sources: [{ orm: "prisma", include: ["prisma/*.prisma"] }] },
      rules: {},
    });
    expect(result.stdout).toContain("Wrote migration-guard.config.json.");
    expect(result.stdout).toContain("  db/migrations/*.sql  dbmate, 2 migrations");
    // The written config is valid and finds the same migrations.
    const lint = await run(dir, "--format", "json");
    expect(JSON.parse(lint.stdout).summary.checkedMigrations).toBe(3);
  });

  test("globs exclude down migrations of golang-migrate sets", async () => {
    const dir = tempDir({
      "migrations/000001_users.up.sql": USERS,
      "migrations/000001_users.down.sql": "DROP TABLE users;\n",
    });
    await run(dir, "init");
    expect(JSON.parse(readFileSync(path.join(dir, "migration-guard.config.json"), "utf8")).migrations).toEqual([
      { files: "migrations/*.up.sql", tool: "golang-migrate" },
    ]);
  });

  test("--type ts writes a typed config; an existing config is kept unless --force", async () => {
    const dir = tempDir({ "migrations/001.sql": USERS });
    expect((await run(dir, "init", "--type", "ts")).code).toBe(0);
    expect(readFileSync(path.join(dir, "migration-guard.config.ts"), "utf8")).toBe(
      'import { defineConfig } from "migration-guard";\n\nexport default defineConfig({\n  postgresVersion: 15,\n  migrations: [\n    {\n      files: "migrations/*.sql",\n      tool: "sql"\n    }\n  ],\n  rules: {}\n});\n',
    );
    const again = await run(dir, "init");
    expect(again).toMatchObject({ code: 2, stderr: "migration-guard: migration-guard.config.ts exists already; run with --force to replace it.\n" });
    expect(existsSync(path.join(dir, "migration-guard.config.json"))).toBe(false);
    expect((await run(dir, "init", "--force")).code).toBe(0);
  });

  test("a project without migrations gets a config and a hint", async () => {
    const dir = tempDir({});
    const result = await run(dir, "init");
    expect(result.stdout).toContain("No migrations found in conventional folders");
  });
});

describe("help and version", () => {
  test("--help lists the commands and options", async () => {
    const result = await run(tempDir(), "--help");
    expect(result.code).toBe(0);
    for (const text of ["explain", "rules", "init", "--format", "--output-file", "--max-warnings", "--quiet", "--staged", "--config"]) expect(result.stdout).toContain(text);
  });
});
