/**
 * The public API: what custom rules, plugins and configs import from "migration-guard".
 * The built-in rules in rules/ use nothing else. Everything exported here is covered by semver.
 * The RuleTester is in "migration-guard/testing" (src/testing/index.ts): it carries the whole
 * pipeline, which a config importing defineConfig should not have to load.
 */
export { defineRule } from "./core/rule.js";
export { defineConfig } from "./config/define-config.js";
export type { UserConfig, RuleSetting, Plugin, MigrationSetConfig, DownReporting } from "./config/types.js";
export type { Database } from "./dialect/databases.js";
export type { RuleDefinition, RuleContext, ReportDescriptor, ReportTarget, SuppressionContext, SuppressionOutcome, MigrationSetContext, SetReportDescriptor, } from "./core/rule.js";
export type { MigrationChange, BaseMigration, MigrationHistory } from "./core/history.js";
export type { Finding, Severity, RuleLevel } from "./core/finding.js";
export type { SourceSpan } from "./core/location.js";
export type { Statement } from "./core/statement.js";
export type * from "./core/operations.js";
export { tableOf } from "./core/operations.js";
export type { TypeSpec, ValueExpr, Volatility } from "./core/sql-values.js";
export type { Migration, MigrationTool, SqlMigrationTool, CodeMigrationTool, TransactionInfo, Uninspectable, AppDependency } from "./core/migration.js";
export type { AssumeTransaction } from "./sql/sql-migration.js";
export type { DatabaseState, TableState, ColumnState, ConstraintState, IndexState, EnumState, FunctionState, Origin } from "./core/database-state.js";
export type { AppSchema, MappedTable, MappedColumn, MappingSite, SchemaOrm } from "./core/app-schema.js";
export { mappedColumn, describeSite } from "./core/app-schema.js";
export { compareVersions } from "./discover/versions.js";
export type { Suppression } from "./core/suppression.js";
export { locksOf, lockAtLeast, lockImpact, type TableLock } from "./core/locks.js";
