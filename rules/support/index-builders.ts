import type { Migration, Operation } from "../../src/index.js";

/**
 * How to ask the migration's own tool for a concurrent index build or drop, when the operation
 * came from a builder call rather than SQL. Tools without the option need raw SQL.
 */
const CONCURRENT_OPTION: Partial<Record<Migration["tool"], { create: string; drop: string }>> = {
  typeorm: { create: "give the `TableIndex` `isConcurrent: true`", drop: "give the `TableIndex` `isConcurrent: true`" },
  sequelize: { create: "pass `{ concurrently: true }` to `addIndex`", drop: "pass `{ concurrently: true }` to `removeIndex`" },
  "node-pg-migrate": { create: "pass `{ concurrently: true }` to `pgm.createIndex`", drop: "pass `{ concurrently: true }` to `pgm.dropIndex`" },
  knex: { create: "Knex's index builder has no such option: write it with `knex.raw(...)`", drop: "write it with `knex.raw(...)`" },
  kysely: { create: "Kysely's index builder has no such option: write it with sql`...`.execute(db)", drop: "write it with sql`...`.execute(db)" },
};

/** ` In <tool>: <how>.` for a builder operation, or nothing for SQL. */
export function concurrentIndexHint(migration: Readonly<Migration>, op: Operation, action: "create" | "drop"): string {
  if (op.statement || !op.call) return "";
  const option = CONCURRENT_OPTION[migration.tool];
  return option ? ` In ${toolName(migration.tool)}, ${option[action]}.` : "";
}

function toolName(tool: Migration["tool"]): string {
  return tool === "typeorm" ? "TypeORM" : tool === "node-pg-migrate" ? "node-pg-migrate" : tool[0]!.toUpperCase() + tool.slice(1);
}
