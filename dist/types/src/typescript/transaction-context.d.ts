import type { CodeMigrationTool, TransactionInfo } from "../core/migration.js";
import type { TypeScriptApi } from "./compiler.js";
import type { MigrationShape } from "./entry-points.js";
import type { Direction, Entry } from "./extractor.js";
import { type StaticEvaluator } from "./static-values.js";
/** Per-migration opt-outs written in the file itself (node-pg-migrate's `pgm.noTransaction()` is found by the reader). */
export declare function fileOptOuts(ts: TypeScriptApi, tool: CodeMigrationTool, shape: MigrationShape, evaluator: StaticEvaluator): Set<Direction>;
/**
 * Numbers the transactions a code migration runs in and assigns each statement and operation its
 * transaction. The tool's default applies unless the migration opts out; transaction boundaries
 * the code sets itself (`queryRunner.commitTransaction()`, raw `COMMIT`/`BEGIN`) move it; with
 * Sequelize each call is in the transaction it passes, if any.
 */
export declare function assignCodeTransactions(tool: CodeMigrationTool, entries: readonly Entry[], optOuts: ReadonlySet<Direction>): TransactionInfo;
