import { describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { runRules, type ConfiguredRule, type MigrationSetInput } from "../../src/core/engine.js";
import type { Migration } from "../../src/core/migration.js";
import { defineRule } from "../../src/core/rule.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { readSqlMigration } from "../../src/sql/sql-migration.js";

// Cases are built while the file is collected, before any hook runs: the parser loads first.
await loadSqlParser();

const migration = (path: string, text: string): Migration => readSqlMigration({ path, text, tool: "sql", version: path, setId: "m" });

/** A test rule that reports every create-index on a table that is not new, and what it saw. */
const seen: string[] = [];
const indexRule = defineRule({
  id: "index-on-existing",
  description: "test",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "create-index") continue;
      const columns = [...(ctx.stateBefore(op).table(op.table)?.columns.keys() ?? [])];
      seen.push(`${op.table}:${columns.join(",")}`);
      if (!ctx.isNewTable(op.table, op)) ctx.report({ at: op, message: `index on ${op.table}` });
    }
  },
});

const configured = (rule: ConfiguredRule["rule"], severity: ConfiguredRule["severity"] = "error"): ConfiguredRule => ({ id: rule.id, rule, severity, options: {} });
const builtIn = (id: string) => configured(builtInRules.find((r) => r.id === id)!, "warning");

function run(sets: MigrationSetInput[], rules: ConfiguredRule[] = [configured(indexRule)], downSeverity?: "same" | "warning" | "off") {
  return runRules(sets, {
    rules,
    postgresVersion: 15,
    knownRuleIds: new Set([...builtInRules.map((r) => r.id), indexRule.id]),
    ...(downSeverity ? { downSeverity } : {}),
  });
}

describe("the engine", () => {
  const create = migration("001.sql", "CREATE TABLE t (a int);");
  const index = migration("002.sql", "CREATE INDEX t_a ON t (a);");

  test("a table created by another migration of a change set that ships together is new", () => {
    expect(run([{ migrations: [create, index], changeSet: new Set(["001.sql", "002.sql"]), together: true }])).toEqual([]);
  });

  test("linting a folder checks each migration against the ones before it: the table exists by then", () => {
    const findings = run([{ migrations: [create, index], changeSet: new Set(["001.sql", "002.sql"]), together: false }]);
    expect(findings.map((f) => [f.file, f.line])).toEqual([["002.sql", 1]]);
  });

  test("history is folded before the change set; stateBefore includes earlier operations of the migration", () => {
    seen.length = 0;
    const m = migration("002.sql", "ALTER TABLE t ADD COLUMN b int;\nCREATE INDEX t_b ON t (b);");
    run([{ migrations: [create, m], changeSet: new Set(["002.sql"]), together: true }]);
    expect(seen).toEqual(["t:a,b"]);
  });

  test("a table the down section creates again is new there; one it only uses is not", () => {
    const history = readSqlMigration({ path: "001.sql", version: "001", setId: "m", tool: "dbmate", text: "-- migrate:up\nCREATE TABLE old_t (id int, c int);\nCREATE TABLE kept (c int);\n-- migrate:down\nDROP TABLE kept;\nDROP TABLE old_t;\n" });
    const text = [
      "-- migrate:up",
      "DROP TABLE old_t;",
      "CREATE INDEX up_new ON old_t (c);",
      "-- migrate:down",
      "CREATE INDEX down_existing ON kept (c);",
      "CREATE TABLE old_t (id int, c int);",
      "CREATE INDEX down_new ON old_t (c);",
      "DROP TABLE old_t;",
      "CREATE INDEX down_dropped_again ON old_t (c);",
      "",
    ].join("\n");
    const change = readSqlMigration({ path: "002.sql", version: "002", setId: "m", tool: "dbmate", text });
    const sets = [{ migrations: [history, change], changeSet: new Set(["002.sql"]), together: true }];
    // up_new: the table was just dropped in up, so it is not new (Postgres rejects the index anyway).
    // down_dropped_again: after the down's DROP the table is not the one it created.
    expect(run(sets, undefined, "same").map((f) => [f.direction, f.line])).toEqual([
      ["up", 3],
      ["down", 5],
      ["down", 9],
    ]);
  });

  test("a suppression above a multi-line statement covers findings that point inside it", () => {
    const m = migration(
      "002.sql",
      "-- migration-guard-ignore index-on-existing: reviewed\nCREATE INDEX t_a\n  ON t (a);\nCREATE INDEX t_b ON t (b);",
    );
    const findings = run([{ migrations: [m], changeSet: new Set(["002.sql"]), together: true }], [configured(indexRule), builtIn("unused-suppression")]);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([["index-on-existing", 4]]);
  });

  test("unused and unknown suppressions are reported; suppressions of rules that did not run are not", () => {
    const m = migration(
      "002.sql",
      "-- migration-guard-ignore index-on-existing: nothing here\nSELECT 1;\n-- migration-guard-ignore no-such-rule: typo\nSELECT 2;\n-- migration-guard-ignore parse-error: a rule this run has off\nSELECT 3;",
    );
    const findings = run([{ migrations: [m], changeSet: new Set(["002.sql"]), together: true }], [configured(indexRule), builtIn("unused-suppression")]);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ["unused-suppression", 1],
      ["unused-suppression", 3],
    ]);
  });

  test("fingerprints do not change when lines are added above the finding", () => {
    const before = run([{ migrations: [index], changeSet: new Set(["002.sql"]), together: true }]);
    const shifted = migration("002.sql", "-- a new comment\n\nCREATE INDEX t_a ON t (a);");
    const after = run([{ migrations: [shifted], changeSet: new Set(["002.sql"]), together: true }]);
    expect(after[0]!.line).toBe(3);
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
  });

  test("down findings: by default only statements that fail; capped at warning or kept on request", () => {
    const down = readSqlMigration({ path: "002.sql", version: "002", setId: "m", tool: "dbmate", text: "-- migrate:up\nSELECT 1;\n-- migrate:down\nCREATE INDEX t_a ON t (a);\n" });
    const sets = [{ migrations: [down], changeSet: new Set(["002.sql"]), together: true }];
    expect(run(sets)).toEqual([]);
    expect(run(sets, undefined, "off")).toEqual([]);
    expect(run(sets, undefined, "warning").map((f) => [f.severity, f.direction, f.line])).toEqual([["warning", "down", 4]]);
    expect(run(sets, undefined, "same").map((f) => f.severity)).toEqual(["error"]);
    // A rollback that cannot run is reported whatever the setting.
    const failing = defineRule({ ...indexRule, id: "fails-here", alwaysInDown: true });
    expect(run(sets, [configured(failing)]).map((f) => [f.ruleId, f.severity, f.direction])).toEqual([["fails-here", "error", "down"]]);
    // Opting in to the other rules does not make it a warning.
    expect(run(sets, [configured(failing)], "warning").map((f) => [f.ruleId, f.severity, f.direction])).toEqual([["fails-here", "error", "down"]]);
  });

  test("a rule that throws becomes an internal-error finding and the other rules still run", () => {
    const broken = defineRule({
      id: "broken",
      description: "test",
      severity: "error",
      check() {
        throw new Error("boom");
      },
    });
    const findings = run([{ migrations: [index], changeSet: new Set(["002.sql"]), together: true }], [configured(broken), configured(indexRule)]);
    const crash = findings.find((f) => f.ruleId === "internal-error");
    expect(crash).toMatchObject({ file: "002.sql", line: 1, severity: "error" });
    expect(crash?.message).toContain("Rule `broken` crashed on this migration (boom)");
    // The other rule still ran.
    expect(findings.some((f) => f.ruleId === "index-on-existing")).toBe(true);
  });
});
