import type { ToolReader } from "../extractor.js";
/**
 * Knex migrations: `knex.raw`, `knex.schema.*` with the table builder callbacks, and query builder
 * data changes. Builder calls are modelled with the SQL Knex's Postgres dialect generates
 * (pg-columncompiler, pg-tablecompiler), including its generated index and constraint names.
 */
export declare const knexReader: ToolReader;
