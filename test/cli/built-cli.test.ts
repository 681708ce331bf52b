import path from "node:path";
import { describe, expect, test } from "vitest";
import { builtCli, ROOT } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

interface JsonOutput {
  findings: { ruleId: string; file: string; line: number; fingerprint: string }[];
  summary: { checkedMigrations: number };
}

describe("the built CLI (node dist/cli.js)", () => {
  test("finds the demo project's migrations by convention and reports exact locations", () => {
    const { code, stdout, stderr } = builtCli(["--format", "json"], { cwd: path.join(ROOT, "fixtures/demo") });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as JsonOutput;
    expect(output.summary.checkedMigrations).toBeGreaterThanOrEqual(6);
    expect(output.findings).toContainEqual(
      expect.objectContaining({ ruleId: "require-concurrent-index", file: "db/migrations/0003_order_lookup.sql", line: 2 }),
    );
    expect(output.findings.filter((f) => f.file.endsWith("0006_users_email_unique.sql"))).toEqual([]);
  });

  test("prints stylish output without colors when stdout is not a terminal", () => {
    const { stdout } = builtCli([], { cwd: path.join(ROOT, "fixtures/demo") });
    expect(stdout).toContain("db/migrations/0003_order_lookup.sql:2:1  error  require-concurrent-index");
    expect(stdout).not.toContain("\u001b[");
  });

  test("large runs parse on worker threads and give exactly the in-process results", () => {
    const files: Record<string, string> = { "db/migrations/00000_init.sql": "CREATE TABLE t (id bigserial PRIMARY KEY, a int);\n" };
    for (let i = 1; i <= 450; i++) {
      const n = String(i).padStart(5, "0");
      files[`db/migrations/${n}_change.sql`] =
        i % 3 === 0 ? `CREATE INDEX t_a_${i} ON t (a);\n` : i % 3 === 1 ? `ALTER TABLE t ADD COLUMN c${i} text;\nSELEC ${i};\n` : `-- é ${i}\nCREATE INDEX CONCURRENTLY t_b_${i} ON t (a);\n`;
    }
    const { dir } = tempProject(files);
    const threaded = builtCli(["--format", "json"], { cwd: dir, env: { MIGRATION_GUARD_THREADS: "2" } });
    const inProcess = builtCli(["--format", "json"], { cwd: dir, env: { MIGRATION_GUARD_THREADS: "1" } });
    expect(threaded.stderr).toBe("");
    expect(threaded.code).toBe(1);
    expect((JSON.parse(threaded.stdout) as JsonOutput).summary.checkedMigrations).toBe(451);
    expect(threaded.stdout).toBe(inProcess.stdout);
  });

  test("a rule that crashes on one file of a threaded run is an internal-error there; the run finishes and exits 2", () => {
    const files: Record<string, string> = {
      "migration-guard.config.mjs": `export default {
  plugins: { team: { rules: { fragile: { id: "fragile", description: "crashes on one file", severity: "error",
    check(ctx) { if (ctx.migration.path.endsWith("00300_change.sql")) throw new Error("cannot handle this"); } } } } },
};
`,
    };
    for (let i = 0; i <= 450; i++) files[`db/migrations/${String(i).padStart(5, "0")}_change.sql`] = `ALTER TABLE t ADD COLUMN c${i} text;\n`;
    const { dir } = tempProject(files);
    // A thread left running would keep the process alive: the test would hit its timeout.
    const { code, stdout, stderr } = builtCli([], { cwd: dir, env: { MIGRATION_GUARD_THREADS: "2" } });
    expect(code).toBe(2);
    expect(stderr).toContain("1 internal error (see the report)");
    expect(stdout).toContain("db/migrations/00300_change.sql:1:1  error  internal-error");
    expect(stdout).toContain("Rule `team/fragile` crashed on this migration (cannot handle this)");
    // The other 450 migrations were still checked.
    expect(stdout).toContain("checked 451 migrations");
  });

  test("exit 2 with a one-line message for a missing path", () => {
    const { code, stdout, stderr } = builtCli(["does/not/exist.sql"], { cwd: ROOT });
    expect([code, stdout, stderr]).toEqual([2, "", "migration-guard: No such file or directory: does/not/exist.sql\n"]);
  });
});
