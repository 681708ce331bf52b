import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { RealPostgres } from "../support/real-postgres.js";
import { tempProject } from "../support/temp-project.js";

/**
 * `migration-guard stats` against a real PostgreSQL server with tables of known sizes, read by a
 * role that may not write anything, and `lint` weighing the same pull request with and without
 * the snapshot, through the built CLI.
 */

const SCHEMA = `
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload text);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE settings (id int PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, total int);
CREATE TABLE measurements (id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO events SELECT g, 'kind' || (g % 7), repeat('x', 50) FROM generate_series(1, 20000) g;
INSERT INTO settings SELECT g, 'name' || g FROM generate_series(1, 50) g;
INSERT INTO orders SELECT g, g FROM generate_series(1, 2000) g;
INSERT INTO measurements SELECT g, DATE '2025-06-01' + (g % 400) FROM generate_series(1, 12000) g;
ANALYZE;
CREATE ROLE reader LOGIN PASSWORD 'readerpass';
`;

// The history as the migrations wrote it, and a pull request that indexes three tables.
const HISTORY = `CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload text);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE settings (id int PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, total int);
`;
const PR = `CREATE INDEX events_payload_idx ON events (payload);
CREATE INDEX settings_name_idx ON settings (name);
CREATE INDEX orders_total_idx ON orders (total);
`;
const CONFIG = JSON.stringify({ stats: { file: "stats.json", small: 100, large: 10_000 } });

const server = new RealPostgres();

beforeAll(async () => {
  await server.start();
  await server.sql("postgres", "CREATE DATABASE shop");
  await server.sql("shop", SCHEMA);
}, 180_000);

afterAll(async () => {
  await server.stop();
});

function project(files: Record<string, string> = {}) {
  return tempProject({ "db/migrations/001_init.sql": HISTORY, "db/migrations/002_indexes.sql": PR, ...files });
}

interface SnapshotFile {
  server: { major: number };
  tables: { schema: string; name: string; rows: number | null; totalBytes: number; partitionOf?: string; partitions?: string[]; indexes: { name: string; columns: string[]; unique: boolean }[] }[];
}

describe("migration-guard stats", () => {
  test("a role that can write nothing takes the snapshot: every table and index, sizes, no credentials", async () => {
    const [privileges] = await server.sql("shop", "SELECT has_table_privilege('reader', 'events', 'INSERT') AS ins, has_table_privilege('reader', 'events', 'SELECT') AS sel");
    expect(privileges!.rows[0]).toEqual({ ins: false, sel: false });
    const p = project();
    const run = builtCli(["stats", "--database-url", server.url("shop", "reader", "readerpass"), "--output", "stats.json"], { cwd: p.dir });
    expect(run.stderr).toContain("wrote stats.json (6 tables, 4 indexes");
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(p.dir, "stats.json"), "utf8");
    for (const secret of ["readerpass", "reader", "127.0.0.1", String(server.port), "shop", "superpass"]) expect(text).not.toContain(secret);
    const snapshot = JSON.parse(text) as SnapshotFile;
    expect(snapshot.server.major).toBeGreaterThanOrEqual(14);
    const events = snapshot.tables.find((t) => t.name === "events")!;
    expect(events.rows).toBe(20_000);
    expect(events.totalBytes).toBeGreaterThan(1_000_000);
    expect(events.indexes.map((i) => [i.name, i.columns, i.unique])).toEqual([
      ["events_kind_idx", ["kind"], false],
      ["events_pkey", ["id"], true],
    ]);
    expect(snapshot.tables.find((t) => t.name === "settings")!.rows).toBe(50);
    const parent = snapshot.tables.find((t) => t.name === "measurements")!;
    expect(parent.partitions).toEqual(["public.measurements_2025", "public.measurements_2026"]);
    expect(snapshot.tables.find((t) => t.name === "measurements_2025")!.partitionOf).toBe("public.measurements");
  });

  test("the snapshot changed nothing in the database", async () => {
    const count = async () => (await server.sql("shop", "SELECT (SELECT count(*) FROM pg_class) AS relations, (SELECT count(*) FROM events) AS events"))[0]!.rows[0];
    const before = await count();
    const p = project();
    expect(builtCli(["stats", "--database-url", server.url("shop")], { cwd: p.dir }).code).toBe(0);
    expect(await count()).toEqual(before);
  });

  test("unreachable server, wrong password, unknown database: exit 2, a clear message, nothing written", async () => {
    const p = project();
    const cases: [string, RegExp][] = [
      [`postgresql://reader:readerpass@127.0.0.1:1/shop`, /nothing accepts connections at 127\.0\.0\.1:1/],
      [server.url("shop", "reader", "wrong"), /rejected the credentials: password authentication failed for user "reader"/],
      [server.url("nope"), /has no such database: database "nope" does not exist/],
    ];
    for (const [url, message] of cases) {
      const run = builtCli(["stats", "--database-url", url, "--output", "stats.json"], { cwd: p.dir });
      expect(run.code, url).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain("Nothing was written.");
      expect(run.stderr).not.toContain("wrong");
      expect(existsSync(path.join(p.dir, "stats.json"))).toBe(false);
    }
  });
});

describe("lint with and without the snapshot", () => {
  let snapshotText = "";

  beforeAll(() => {
    const p = project();
    const run = builtCli(["stats", "--database-url", server.url("shop", "reader", "readerpass")], { cwd: p.dir });
    expect(run.code).toBe(0);
    snapshotText = run.stdout;
  });

  type Json = { findings: { ruleId: string; severity: string; line: number; message: string }[]; tables?: { table: string; rows: number }[] };
  const indexFindings = (stdout: string) => (JSON.parse(stdout) as Json).findings.filter((f) => f.ruleId === "require-concurrent-index");

  test("without it every index build is an error; with it the small table's is a note and the large one's carries its size", () => {
    const p = project({ "migration-guard.config.json": JSON.stringify({}) });
    const plain = builtCli(["db/migrations/002_indexes.sql", "--format", "json"], { cwd: p.dir });
    expect(plain.code).toBe(1);
    expect(indexFindings(plain.stdout).map((f) => [f.line, f.severity])).toEqual([[1, "error"], [2, "error"], [3, "error"]]);

    p.write({ "stats.json": snapshotText, "migration-guard.config.json": CONFIG });
    const weighed = builtCli(["db/migrations/002_indexes.sql", "--format", "json"], { cwd: p.dir });
    expect(weighed.code).toBe(1);
    const [events, settings, orders] = indexFindings(weighed.stdout);
    expect([events!.severity, settings!.severity, orders!.severity]).toEqual(["error", "info", "error"]);
    expect(events!.message).toMatch(/`events`: ~20 k rows, [\d.]+ MB \(stats of \d{4}-\d\d-\d\d\): the index build blocks every write to it for under a second; at or above stats\.large \(10,000 rows\)/);
    expect(settings!.message).toContain("`settings`: ~50 rows");
    expect(settings!.message).toContain("below stats.small (100 rows), so reported as a note");
    expect(orders!.message).toContain("`orders`: ~2,000 rows");
    expect((JSON.parse(weighed.stdout) as Json).tables!.map((t) => [t.table, t.rows])).toEqual([["events", 20_000], ["orders", 2_000], ["settings", 50]]);

    const stylish = builtCli(["db/migrations/002_indexes.sql"], { cwd: p.dir });
    expect(stylish.stdout).toContain("Largest tables these migrations touch (stats snapshot): `events` ~20 k rows");
  });

  test("a pull request that only indexes the small table passes with the snapshot and fails without", () => {
    const p = project({ "db/migrations/002_indexes.sql": "CREATE INDEX settings_name_idx ON settings (name);\n", "stats.json": snapshotText });
    expect(builtCli(["db/migrations/002_indexes.sql"], { cwd: p.dir }).code).toBe(1);
    const weighed = builtCli(["db/migrations/002_indexes.sql", "--stats", "stats.json"], { cwd: p.dir });
    expect(weighed.stdout).toContain("info  require-concurrent-index");
    expect(weighed.code).toBe(0);
  });

  test("--database-url takes the snapshot and weighs in one step", () => {
    const p = project({ "migration-guard.config.json": JSON.stringify({ stats: { small: 100, large: 10_000 } }) });
    const run = builtCli(["db/migrations/002_indexes.sql", "--format", "json", "--database-url", server.url("shop", "reader", "readerpass")], { cwd: p.dir });
    expect(indexFindings(run.stdout).map((f) => f.severity)).toEqual(["error", "info", "error"]);
  });

  test("the snapshot's server version is the Postgres version when none is set", () => {
    const major = (JSON.parse(snapshotText) as SnapshotFile).server.major;
    // ADD COLUMN with a constant default rewrites before 11 only: taken as the server's version, 11+.
    const p = project({ "db/migrations/002_indexes.sql": "ALTER TABLE orders ADD COLUMN state text DEFAULT 'new';\n", "stats.json": snapshotText });
    const pinned = builtCli(["db/migrations/002_indexes.sql", "--format", "json", "--postgres-version", "10", "--stats", "stats.json"], { cwd: p.dir });
    expect((JSON.parse(pinned.stdout) as Json).findings.map((f) => f.ruleId)).toContain("no-volatile-default");
    const fromSnapshot = builtCli(["db/migrations/002_indexes.sql", "--format", "json", "--stats", "stats.json"], { cwd: p.dir });
    expect(major).toBeGreaterThanOrEqual(11);
    expect((JSON.parse(fromSnapshot.stdout) as Json).findings.map((f) => f.ruleId)).not.toContain("no-volatile-default");
  });

  test("a bad snapshot is exit 2 with a message naming the problem, and no report is written", () => {
    const p = project();
    const another = snapshotText.replace(/"name": "(events|settings|orders)"/g, '"name": "other_$1"');
    const newer = snapshotText.replace('"version": 1', '"version": 7');
    const cases: [string, RegExp][] = [
      [another, /none of the 3 tables the migration history creates \(`events`, `settings`, `orders`\): it seems to be of another database/],
      [snapshotText.slice(0, 200), /stats\.json is not a stats snapshot: it is not valid JSON .*truncated/],
      ["{}", /stats\.json is not a stats snapshot \(it has no "format"/],
      [newer, /format version 7, newer than this migration-guard reads \(1\)/],
      [snapshotText.replace(/"rows": 50/, '"rows": "fifty"'), /stats\.json is not a valid stats snapshot: at tables\.\d+\.rows/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(path.join(p.dir, "stats.json"), text);
      const run = builtCli(["db/migrations/002_indexes.sql", "--stats", "stats.json", "--output-file", "report.txt"], { cwd: p.dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(existsSync(path.join(p.dir, "report.txt"))).toBe(false);
    }
    const missing = builtCli(["db/migrations/002_indexes.sql", "--stats", "missing.json"], { cwd: p.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("The stats snapshot missing.json does not exist: take one with `migration-guard stats --database-url <url> --output missing.json`");
  });
});
