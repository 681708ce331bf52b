import type { TransactionInfo } from "./migration.js";
import type { Operation } from "./operations.js";
import type { Statement } from "./statement.js";
/**
 * Numbers the explicit transaction blocks (`BEGIN` ... `COMMIT`) of a migration's statements and
 * assigns each statement and operation the block it runs in. Returns false when there is no
 * explicit block, so the caller applies the tool's default instead.
 *
 * `oneScript`: the runner sends the file as one multi-statement query (simple query protocol).
 * Postgres then runs every statement outside an explicit block in an implicit transaction block
 * that lasts until the next BEGIN, COMMIT or ROLLBACK (checked on PostgreSQL 18.4), so the
 * statements before the first BEGIN and after each COMMIT/ROLLBACK are a transaction of their own.
 */
export declare function assignExplicitTransactions(statements: Statement[], operations: Operation[], oneScript?: boolean): boolean;
/** Puts every statement and operation of the given direction(s) into one transaction per direction. */
export declare function assignSingleTransaction(statements: Statement[], operations: Operation[], directions?: ("up" | "down")[]): void;
/**
 * Whether `up` (or, for a down file, which holds nothing else, `down`) runs in a transaction: all
 * of it, none of it, or part of it.
 */
export declare function transactionalOf(statements: Statement[], operations: Operation[], direction?: "up" | "down"): TransactionInfo["transactional"];
