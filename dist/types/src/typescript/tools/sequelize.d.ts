import type { ToolReader } from "../extractor.js";
/**
 * Sequelize migrations (sequelize-cli's `up(queryInterface, Sequelize)` and umzug's
 * `up({ context })`): `queryInterface.sequelize.query(sql)` and the QueryInterface methods,
 * modelled with the SQL Sequelize v6's Postgres query generator writes. Sequelize opens no
 * transaction: a call runs in one only when it passes `{ transaction }`.
 */
export declare const sequelizeReader: ToolReader;
