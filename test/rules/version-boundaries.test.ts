import { beforeAll, describe, expect, test } from "vitest";
import { builtInRules } from "../../rules/index.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { runRules } from "../../src/core/engine.js";
import { readMigration } from "../../src/lint.js";
import { loadSqlParser } from "../../src/sql/parse.js";

beforeAll(loadSqlParser);

const HISTORY = "CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');\nCREATE INDEX events_id_idx ON events_2023 (id);\n";

/** The messages of one rule on `statement`, against a history that has the tables, on `version`. */
function messages(ruleId: string, statement: string, version: number): string[] {
  const rule = builtInRules.find((r) => r.id === ruleId)!;
  const read = (path: string, text: string, v: string) => readMigration({ path, text, version: v, setId: "migrations", setTool: "sql" }, DEFAULT_CONFIG);
  const history = read("migrations/001_init.sql", HISTORY, "001");
  const change = read("migrations/002_change.sql", statement, "002");
  const findings = runRules([{ migrations: [history, change], changeSet: new Set([change.path]), together: true }], {
    rules: [{ id: rule.id, rule, severity: "warning", options: {} }],
    postgresVersion: version,
    knownRuleIds: new Set([rule.id]),
  });
  return findings.map((f) => f.message);
}

/**
 * Rules whose answer depends on the Postgres version, at the first version that changes it and the
 * one before: an off-by-one in a version check would be a wrong finding for everyone on that release.
 */
describe("version-gated advice, at the boundary", () => {
  test("DETACH PARTITION CONCURRENTLY exists from 14: reported on 14, not on 13", () => {
    const statement = "ALTER TABLE events DETACH PARTITION events_2023;";
    expect(messages("require-concurrent-detach-partition", statement, 14)).toHaveLength(1);
    expect(messages("require-concurrent-detach-partition", statement, 13)).toEqual([]);
  });

  test("REINDEX CONCURRENTLY exists from 12: advised on 12, replaced by the rebuild recipe on 11", () => {
    const statement = "REINDEX INDEX events_id_idx;";
    expect(messages("no-blocking-maintenance", statement, 12)[0]).toContain("Use REINDEX INDEX CONCURRENTLY instead.");
    expect(messages("no-blocking-maintenance", statement, 11)[0]).toContain("PostgreSQL 11 has no REINDEX CONCURRENTLY");
  });
});
