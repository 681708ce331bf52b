import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtCli, ROOT } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

const CLEAN = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";
const NOBODY = 65534;

/**
 * Runs the built CLI as a user who cannot read what chmod forbids: as root (CI), the user nobody,
 * since root reads every folder whatever its mode.
 */
function cliAsUnprivileged(args: string[], cwd: string) {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: cwd },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("input the run cannot use is reported, not passed over", () => {
  test("a migrations subfolder that cannot be listed is a warning naming it; the other migrations are checked", () => {
    const project = tempProject({ "db/migrations/001_index.sql": CLEAN, "db/migrations/archive/000_old.sql": "CREATE INDEX a ON b (c);\n" });
    // mkdtemp makes the project private to its owner: the other user needs to enter it.
    chmodSync(project.dir, 0o755);
    for (const dir of ["db", "db/migrations"]) chmodSync(path.join(project.dir, dir), 0o755);
    chmodSync(path.join(project.dir, "db/migrations/001_index.sql"), 0o644);
    chmodSync(path.join(project.dir, "db/migrations/archive"), 0o000);
    try {
      const { code, stdout } = cliAsUnprivileged(["--format", "json"], project.dir);
      const report = JSON.parse(stdout) as { findings: { ruleId: string; severity: string; file: string; message: string }[]; summary: { migrations?: number } };
      expect(report.findings).toEqual([
        expect.objectContaining({
          ruleId: "parse-error",
          severity: "warning",
          file: "db/migrations/archive",
          message: "Not read: the folder db/migrations/archive/ could not be listed (permission denied). Migrations in it, if there are any, were neither checked nor counted in the history.",
        }),
      ]);
      expect(code).toBe(0);
    } finally {
      chmodSync(path.join(project.dir, "db/migrations/archive"), 0o755);
    }
  });

  test("a package.json with the migrationGuard key that is not valid JSON: a config error at its line and column, exit 2", () => {
    const project = tempProject({
      "package.json": '{\n  "name": "app",\n  "migrationGuard": { "rules": { "require-lock-timeout": "off" }, }\n}\n',
      "db/migrations/001_index.sql": "CREATE INDEX users_email_idx ON users (email);\n",
    });
    const { code, stdout, stderr } = builtCli([], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^migration-guard: package\.json:3:67 is not valid JSON: /);
  });

  test("a malformed package.json without our key is not ours: the run goes on without a config", () => {
    const project = tempProject({ "package.json": '{\n  "name": "app",,\n}\n', "db/migrations/001_index.sql": CLEAN });
    const { code, stdout } = builtCli(["--format", "json"], { cwd: project.dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([]);
  });

  test("a TypeScript config with a syntax error is not loaded: its file, line and column, exit 2", () => {
    const project = tempProject({
      // TS's error recovery would read this as other keys than the user wrote.
      "migration-guard.config.ts": 'export default {\n  rules: { "require-concurrent-index": "off" ,,\n  postgresVersion: 14,\n};\n',
      "db/migrations/001_index.sql": "CREATE INDEX users_email_idx ON users (email);\n",
    });
    const { code, stdout, stderr } = builtCli([], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const config = path.join(project.dir, "migration-guard.config.ts");
    expect(stderr).toBe(`migration-guard: Could not load the config ${config}: ${config}:2:47: Property assignment expected.\n`);
  });

  test("a plugin rule in TypeScript with a syntax error: the same", () => {
    const project = tempProject({
      "migration-guard.config.ts": 'import rule from "./rules/no-x.ts";\nexport default { plugins: { local: { rules: { "no-x": rule } } } };\n',
      "rules/no-x.ts": "export default { meta: { type: 'problem' }, create() { return {} } ]\n",
      "db/migrations/001_index.sql": CLEAN,
    });
    const { code, stderr } = builtCli([], { cwd: project.dir });
    expect(code).toBe(2);
    expect(stderr).toContain(`${path.join(project.dir, "rules/no-x.ts")}:1:`);
  });
});
