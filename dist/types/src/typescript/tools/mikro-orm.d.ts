import type { ToolReader } from "../extractor.js";
/**
 * MikroORM migrations: a class extending `Migration` whose `up()` queues SQL with `this.addSql()`
 * (run after `up()` returns, in order) or runs it at once with `this.execute()`. MikroORM 5/6
 * also accept a Knex query built from `this.getKnex()`, read like a Knex migration's.
 */
export declare const mikroOrmReader: ToolReader;
