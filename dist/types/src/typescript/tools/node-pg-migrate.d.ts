import type { ToolReader } from "../extractor.js";
/**
 * node-pg-migrate migrations: `up(pgm)` with `pgm.sql(...)` and the MigrationBuilder's methods,
 * modelled with the SQL node-pg-migrate generates (its default `id` shorthand, generated index
 * and constraint names, dollar-quoted string defaults).
 */
export declare const nodePgMigrateReader: ToolReader;
