/**
 * The public API: what custom rules, plugins and configs import from "migration-guard".
 * The built-in rules in rules/ use nothing else.
 */
export { defineRule } from "./core/rule.js";
export type {
  RuleDefinition,
  RuleContext,
  ReportDescriptor,
  ReportTarget,
  SuppressionContext,
  SuppressionOutcome,
  MigrationSetContext,
  SetReportDescriptor,
} from "./core/rule.js";
export type { MigrationChange, BaseMigration, MigrationHistory } from "./core/history.js";
export type { Finding, Severity, RuleLevel } from "./core/finding.js";
export type { SourceSpan } from "./core/location.js";
export type { Statement } from "./core/statement.js";
export type * from "./core/operations.js";
export { tableOf } from "./core/operations.js";
export type { TypeSpec, ValueExpr, Volatility } from "./core/sql-values.js";
export type { Migration, MigrationTool, TransactionInfo, Uninspectable, AppDependency } from "./core/migration.js";
export type { DatabaseState, TableState, ColumnState, ConstraintState, IndexState, EnumState, Origin } from "./core/database-state.js";
export type { AppSchema, MappedTable, MappedColumn, MappingSite, SchemaOrm } from "./core/app-schema.js";
export { mappedColumn, describeSite } from "./core/app-schema.js";
export { compareVersions } from "./discover/versions.js";
export type { Suppression } from "./core/suppression.js";
export { locksOf, lockAtLeast, lockImpact, type TableLock } from "./core/locks.js";
