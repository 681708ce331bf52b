import type { ToolReader } from "../extractor.js";
/**
 * TypeORM migrations: `queryRunner.query(sql)` and the QueryRunner's schema methods, which are
 * modelled with the SQL TypeORM's Postgres driver generates (PostgresQueryRunner), including the
 * names its DefaultNamingStrategy gives constraints and indexes.
 */
export declare const typeormReader: ToolReader;
