import { describe, expect, test } from "vitest";
import { parseStatsSnapshot, serializeStatsSnapshot, STATS_FORMAT, type StatsSnapshot } from "../../src/stats/snapshot.js";

const GOOD: StatsSnapshot = {
  format: STATS_FORMAT,
  version: 1,
  takenAt: "2026-11-30T04:00:00.000Z",
  server: { version: "16.4", major: 16 },
  tables: [{ schema: "public", name: "events", rows: 10, heapBytes: 8192, totalBytes: 16384, indexes: [{ name: "events_pkey", columns: ["id"], unique: true, bytes: 8192 }] }],
};

describe("reading a stats snapshot file", () => {
  test("round-trips what `stats` writes", () => {
    expect(parseStatsSnapshot(serializeStatsSnapshot(GOOD), "stats.json")).toEqual(GOOD);
  });

  test("truncated JSON names the file and suggests a new snapshot", () => {
    const text = serializeStatsSnapshot(GOOD);
    expect(() => parseStatsSnapshot(text.slice(0, text.length / 2), "stats.json")).toThrow(/stats\.json is not a stats snapshot: it is not valid JSON .*is it truncated\?/);
  });

  test("another JSON file is not taken for a snapshot", () => {
    expect(() => parseStatsSnapshot('{"findings": []}', "findings.json")).toThrow(/findings\.json is not a stats snapshot \(it has no "format": "migration-guard-stats"\)/);
  });

  test("a newer format version asks for a newer migration-guard", () => {
    expect(() => parseStatsSnapshot(JSON.stringify({ ...GOOD, version: 2 }), "stats.json")).toThrow(/format version 2, newer than this migration-guard reads \(1\): update migration-guard/);
  });

  test("a malformed field names its path", () => {
    const bad = { ...GOOD, tables: [{ ...GOOD.tables[0], rows: "many" }] };
    expect(() => parseStatsSnapshot(JSON.stringify(bad), "stats.json")).toThrow(/stats\.json is not a valid stats snapshot: at tables\.0\.rows/);
  });
});
