import { type ToolReader } from "../extractor.js";
/**
 * Kysely migrations: `up(db: Kysely<any>)` with `db.schema` builders (each chain runs at its
 * `.execute()`), `sql` tagged templates run with `.execute(db)`, and data changes through
 * `insertInto`/`updateTable`/`deleteFrom`. Kysely has no concurrent index builder and runs all
 * pending migrations in one transaction.
 */
export declare const kyselyReader: ToolReader;
