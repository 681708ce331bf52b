import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { runRules, type ConfiguredRule } from "../../src/core/engine.js";
import { defineRule } from "../../src/core/rule.js";
import { readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { firstChangedLine } from "../../src/core/history.js";

// Cases are built while the file is collected, before any hook runs: the parser loads first.
await loadSqlParser();

function migration(path: string, text: string) {
  return readMigration({ path, text, version: path.split("/").pop()!.slice(0, 3), setId: "migrations", setTool: "sql" }, DEFAULT_CONFIG);
}

/** Reports every change the history lists, on the changed file. */
const listChanges = defineRule({
  id: "list-changes",
  description: "test rule",
  severity: "error",
  checkSet(ctx) {
    for (const change of ctx.history?.changes ?? []) {
      ctx.report({ file: change.path, message: `${ctx.setId}: ${change.status} (base has ${ctx.history!.base.length})` });
    }
  },
});

function configured(...rules: ReturnType<typeof defineRule>[]): ConfiguredRule[] {
  return rules.map((rule) => ({ id: rule.id, rule, severity: "error", options: {} }));
}

describe("checkSet", () => {
  const history = migration("migrations/001_init.sql", "CREATE TABLE users (id int);\n");
  const edited = migration("migrations/002_edit.sql", "-- migration-guard-ignore-file list-changes: reviewed\nALTER TABLE users ADD COLUMN a int;\n");
  const added = migration("migrations/003_add.sql", "-- A new column.\nALTER TABLE users ADD COLUMN b int;\n");

  test("runs once per set with the history; a finding lands on its migration's first statement, or line 1 of a deleted file", () => {
    function* lazily() {
      yield history;
      yield edited;
      yield added;
    }
    const findings = runRules(
      [
        {
          migrations: lazily(),
          changeSet: new Set([edited.path, added.path]),
          together: true,
          setId: "migrations",
          history: {
            base: [{ path: "migrations/001_init.sql", version: "001" }, { path: "migrations/002_edit.sql", version: "002" }, { path: "migrations/000_gone.sql", version: "000" }],
            changes: [
              { path: "migrations/002_edit.sql", status: "modified", version: "002", firstChangedLine: 2 },
              { path: "migrations/003_add.sql", status: "added", version: "003" },
              { path: "migrations/000_gone.sql", status: "deleted", version: "000" },
            ],
          },
        },
      ],
      { rules: configured(listChanges), postgresVersion: 15, knownRuleIds: new Set(["list-changes"]) },
    );
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ["migrations/000_gone.sql", 1, "migrations: deleted (base has 3)"],
      ["migrations/003_add.sql", 2, "migrations: added (base has 3)"],
    ]);
  });

  test("without a base there is no history", () => {
    const findings = runRules([{ migrations: [history, added], changeSet: new Set([added.path]), together: true }], {
      rules: configured(listChanges),
      postgresVersion: 15,
      knownRuleIds: new Set(["list-changes"]),
    });
    expect(findings).toEqual([]);
  });

  test("a crash is an internal-error finding on the set, naming the rule", () => {
    const crashing = defineRule({
      id: "crashes",
      description: "test rule",
      severity: "error",
      checkSet() {
        throw new Error("boom");
      },
    });
    const findings = runRules([{ migrations: [history], changeSet: new Set(), together: true, setId: "db/migrations" }], {
      rules: configured(crashing),
      postgresVersion: 15,
      knownRuleIds: new Set(["crashes"]),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "internal-error", file: "db/migrations", line: 1 });
    expect(findings[0]!.message).toContain("Rule `crashes` crashed on this migration (boom)");
  });
});

describe("firstChangedLine", () => {
  test("finds the first differing line", () => {
    expect(firstChangedLine("a\nb\nc\n", "a\nB\nc\n")).toBe(2);
    expect(firstChangedLine("a\nb\n", "a\nb\nc\n")).toBe(3);
    expect(firstChangedLine("a\nb\nc\n", "a\nb\n")).toBe(3);
    expect(firstChangedLine("a\r\nb", "a\nb")).toBe(1);
    expect(firstChangedLine("same", "same")).toBeUndefined();
  });
});
