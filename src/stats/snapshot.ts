import * as v from "valibot";
import { UsageError } from "../errors.js";

/**
 * A stats snapshot: the size of every user table and index of one database, as `migration-guard
 * stats` reads it from the catalog. It holds names and numbers only — no rows, no credentials, no
 * host or database name — so it can be committed or passed between CI jobs.
 */
export interface StatsSnapshot {
  format: typeof STATS_FORMAT;
  version: typeof STATS_VERSION;
  /** When it was taken (ISO 8601): sizes drift, and messages say how old their numbers are. */
  takenAt: string;
  server: { version: string; major: number };
  tables: TableStats[];
}

export interface TableStats {
  schema: string;
  name: string;
  /** The planner's estimate (`reltuples`); null when the table was never vacuumed or analyzed. */
  rows: number | null;
  /** The main fork's size in bytes (`pg_relation_size`). */
  heapBytes: number;
  /** With indexes and TOAST (`pg_total_relation_size`). */
  totalBytes: number;
  /** `schema.name` of the partitioned table this is a partition of. */
  partitionOf?: string;
  /** `schema.name` of each partition, for a partitioned table. */
  partitions?: string[];
  indexes: IndexStats[];
}

export interface IndexStats {
  name: string;
  /** Column names, or the expression for an expression column. */
  columns: string[];
  unique: boolean;
  bytes: number;
}

export const STATS_FORMAT = "migration-guard-stats";
export const STATS_VERSION = 1;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const indexSchema = v.object({ name: v.string(), columns: v.array(v.string()), unique: v.boolean(), bytes: count });
const tableSchema = v.object({
  schema: v.string(),
  name: v.string(),
  rows: v.nullable(v.pipe(v.number(), v.minValue(0))),
  heapBytes: count,
  totalBytes: count,
  partitionOf: v.optional(v.string()),
  partitions: v.optional(v.array(v.string())),
  indexes: v.array(indexSchema),
});
const snapshotSchema = v.object({
  format: v.literal(STATS_FORMAT),
  version: v.literal(STATS_VERSION),
  takenAt: v.pipe(v.string(), v.isoTimestamp()),
  server: v.object({ version: v.string(), major: v.pipe(v.number(), v.integer(), v.minValue(9)) }),
  tables: v.array(tableSchema),
});

/** Reads a snapshot file's text; every problem is a UsageError naming the file and what is wrong. */
export function parseStatsSnapshot(text: string, file: string): StatsSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file} is not a stats snapshot: it is not valid JSON (${reason}); is it truncated? Take a new one with \`migration-guard stats\`.`);
  }
  if (!data || typeof data !== "object" || (data as { format?: unknown }).format !== STATS_FORMAT) {
    throw new UsageError(`${file} is not a stats snapshot (it has no "format": "${STATS_FORMAT}"): take one with \`migration-guard stats --database-url <url> --output ${file}\`.`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version > STATS_VERSION) {
    throw new UsageError(`${file} is a stats snapshot of format version ${version}, newer than this migration-guard reads (${STATS_VERSION}): update migration-guard, or take the snapshot with this version.`);
  }
  const result = v.safeParse(snapshotSchema, data);
  if (!result.success) {
    const issue = result.issues[0]!;
    const where = v.getDotPath(issue) ?? "(top level)";
    throw new UsageError(`${file} is not a valid stats snapshot: at ${where}, ${issue.message}. Take a new one with \`migration-guard stats\`.`);
  }
  return result.output as StatsSnapshot;
}

export function serializeStatsSnapshot(snapshot: StatsSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
