import { describe, expect, test } from "vitest";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import { lint } from "../../src/lint.js";
import { STATS_FORMAT, STATS_VERSION, type StatsSnapshot, type TableStats } from "../../src/stats/snapshot.js";
import { tempProject } from "../support/temp-project.js";

/** The engine and the advisor together: a change set, a snapshot, and what each finding becomes. */

const HISTORY = `CREATE TABLE events (id bigint PRIMARY KEY, kind text, payload text);
CREATE TABLE settings (id int PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, total int);
CREATE TABLE measurements (id bigint, taken date) PARTITION BY RANGE (taken);
`;

function table(name: string, rows: number | null, totalBytes = (rows ?? 0) * 100, extra: Partial<TableStats> = {}): TableStats {
  return { schema: "public", name, rows, heapBytes: totalBytes, totalBytes, indexes: [], ...extra };
}

function snapshot(tables: TableStats[], major = 16): StatsSnapshot {
  return { format: STATS_FORMAT, version: STATS_VERSION, takenAt: "2026-11-30T04:00:00.000Z", server: { version: `${major}.4`, major }, tables };
}

const SIZES = snapshot([
  table("events", 41_000_000, 18 * 1024 ** 3),
  table("settings", 300, 48 * 1024),
  table("orders", 250_000, 40 * 1024 ** 2),
  table("measurements", 0, 0, { partitions: ["public.measurements_2025", "public.measurements_2026"] }),
  table("measurements_2025", 3_000_000, 300 * 1024 ** 2, { partitionOf: "public.measurements" }),
  table("measurements_2026", 2_000_000, 200 * 1024 ** 2, { partitionOf: "public.measurements" }),
]);

async function lintChange(change: string, stats?: StatsSnapshot, config: ResolvedConfig = DEFAULT_CONFIG) {
  const project = tempProject({ "db/migrations/001_init.sql": HISTORY, "db/migrations/002_change.sql": change });
  return lint({ cwd: project.dir, paths: ["db/migrations/002_change.sql"], config, ...(stats ? { stats } : {}) });
}

const byRule = <F extends { ruleId: string }>(findings: F[], id: string): F[] => findings.filter((f) => f.ruleId === id);

describe("findings weighed by the size of their table", () => {
  test("without a snapshot, every index build is an error and no message has sizes", async () => {
    const result = await lintChange("CREATE INDEX a ON events (kind);\nCREATE INDEX b ON settings (name);\nCREATE INDEX c ON orders (total);\n");
    expect(byRule(result.findings, "require-concurrent-index").map((f) => f.severity)).toEqual(["error", "error", "error"]);
    expect(result.findings.some((f) => f.message.includes("rows"))).toBe(false);
    expect(result.tables).toBeUndefined();
  });

  test("small table: a note with its size; large: an error with size and duration; between: unchanged level", async () => {
    const result = await lintChange("CREATE INDEX a ON events (kind);\nCREATE INDEX b ON settings (name);\nCREATE INDEX c ON orders (total);\n", SIZES);
    const [events, settings, orders] = byRule(result.findings, "require-concurrent-index");
    expect(events!.severity).toBe("error");
    expect(events!.message).toContain("`events`: ~41 M rows, 18 GB (stats of 2026-11-30): the index build blocks every write to it for roughly 2 min");
    expect(events!.message).toContain("at or above stats.large (1,000,000 rows), so reported as an error");
    expect(settings!.severity).toBe("info");
    expect(settings!.message).toContain("`settings`: ~300 rows, 48 kB (stats of 2026-11-30): the index build blocks every write to it for under a second; below stats.small (10,000 rows), so reported as a note");
    expect(orders!.severity).toBe("error");
    expect(orders!.message).toContain("`orders`: ~250 k rows, 40 MB (stats of 2026-11-30): the index build blocks every write to it for under a second.");
    expect(result.tables).toEqual([
      { table: "events", rows: 41_000_000, totalBytes: 18 * 1024 ** 3 },
      { table: "orders", rows: 250_000, totalBytes: 40 * 1024 ** 2 },
      { table: "settings", rows: 300, totalBytes: 48 * 1024 },
    ]);
  });

  test("a warning-level rule is raised to an error on a large table", async () => {
    const plain = await lintChange("UPDATE events SET kind = 'x';\n");
    const weighed = await lintChange("UPDATE events SET kind = 'x';\n", SIZES);
    expect(byRule(plain.findings, "no-unbatched-backfill")[0]!.severity).toBe("warning");
    const backfill = byRule(weighed.findings, "no-unbatched-backfill")[0]!;
    expect(backfill.severity).toBe("error");
    expect(backfill.message).toContain("the update holds its row locks (and every lock its transaction took) for roughly 17 min");
  });

  test("rules whose cost does not grow with the table keep their level and text", async () => {
    const plain = await lintChange("ALTER TABLE settings ADD COLUMN note json;\n");
    const weighed = await lintChange("ALTER TABLE settings ADD COLUMN note json;\n", SIZES);
    const strip = (fs: { ruleId: string; severity: string; message: string }[]) => fs.map((f) => [f.ruleId, f.severity, f.message]);
    expect(strip(weighed.findings)).toEqual(strip(plain.findings));
  });

  test("a table renamed earlier in the change set is weighed under its production name", async () => {
    const result = await lintChange("ALTER TABLE events RENAME TO events_v2;\nALTER TABLE events_v2 ALTER COLUMN kind TYPE varchar(10);\n", SIZES);
    const rewrite = byRule(result.findings, "no-column-type-change")[0]!;
    expect(rewrite.severity).toBe("error");
    expect(rewrite.message).toContain("`events`: ~41 M rows");
    expect(rewrite.message).toContain("the rewrite blocks every read and write of it for roughly 7 min");
  });

  test("a partitioned table counts the rows of its partitions", async () => {
    const result = await lintChange("ALTER TABLE measurements ALTER COLUMN taken SET NOT NULL;\n", SIZES);
    const scan = byRule(result.findings, "no-set-not-null")[0]!;
    expect(scan.message).toContain("`measurements`: ~5 M rows");
    expect(scan.severity).toBe("error");
  });

  test("a table the snapshot lacks but the history creates counts as new; one neither knows keeps its level", async () => {
    const partial = snapshot([table("events", 41_000_000)]);
    const result = await lintChange("CREATE INDEX b ON settings (name);\nCREATE INDEX x ON unknown_table (y);\n", partial);
    const [settings, unknown] = byRule(result.findings, "require-concurrent-index");
    expect(settings!.severity).toBe("info");
    expect(settings!.message).toContain("`settings` is not in the stats snapshot of 2026-11-30, and the migration history creates it: counted as new since the snapshot");
    expect(unknown!.severity).toBe("error");
    expect(unknown!.message).not.toContain("stats");
  });

  test("a table without a row estimate keeps its level and says how to get one", async () => {
    const unanalyzed = snapshot([table("events", null, 8192), table("settings", 300)]);
    const result = await lintChange("CREATE INDEX a ON events (kind);\n", unanalyzed);
    const finding = byRule(result.findings, "require-concurrent-index")[0]!;
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("`events`: rows not estimated yet, 8 kB (stats of 2026-11-30): run ANALYZE on it");
  });

  test("thresholds come from the config's stats.small and stats.large", async () => {
    const config = { ...DEFAULT_CONFIG, stats: { small: 1_000, large: 100_000 } };
    const result = await lintChange("CREATE INDEX c ON orders (total);\n", SIZES, config);
    const finding = byRule(result.findings, "require-concurrent-index")[0]!;
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("at or above stats.large (100,000 rows)");
  });

  test("a snapshot of another database (none of the history's tables) is refused", async () => {
    const other = snapshot([table("invoices", 10), table("customers", 10)]);
    await expect(lintChange("CREATE INDEX a ON events (kind);\n", other)).rejects.toThrow(
      /The stats snapshot has none of the 4 tables the migration history creates \(`events`, `settings`, `orders`, …\): it seems to be of another database/,
    );
  });
});
