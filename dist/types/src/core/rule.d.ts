import type { AppSchema } from "./app-schema.js";
import type { DatabaseState } from "./database-state.js";
import type { RuleLevel, Severity } from "./finding.js";
import type { MigrationHistory } from "./history.js";
import type { SourceSpan } from "./location.js";
import type { TableLock } from "./locks.js";
import type { AppDependency, Migration, Uninspectable } from "./migration.js";
import type { Operation } from "./operations.js";
import type { Statement } from "./statement.js";
import type { Suppression } from "./suppression.js";
import type { TableCost } from "./table-size.js";
/**
 * What a rule reports on: a statement, an operation, something of the migration that has its own
 * place and direction (an uninspectable call, an app dependency), or a span of the file (`up`).
 */
export type ReportTarget = Statement | Operation | Uninspectable | AppDependency | SourceSpan;
export interface ReportDescriptor {
    at: ReportTarget;
    message: string;
    /** Overrides the configured severity for this one finding (e.g. a softer case of the rule). */
    severity?: Severity;
    /** Overrides the rule's `cost` for this one finding; `null`: this finding does not grow with the table. */
    cost?: TableCost | null;
}
/** Everything a rule can see of one migration, and the one way it can act: `report`. */
export interface RuleContext<Options = Record<string, unknown>> {
    readonly migration: Readonly<Migration>;
    readonly statements: readonly Statement[];
    readonly operations: readonly Operation[];
    /** The database as the migrations before this one leave it. */
    readonly database: DatabaseState;
    /** The application's mapping of tables and columns at the head of the change set, when known. */
    readonly schema?: AppSchema;
    /** The same mapping at the base of the change set, when a base is known. */
    readonly baseSchema?: AppSchema;
    readonly options: Options;
    /** The Postgres major version migrations run on (`--postgres-version`, default 15). */
    readonly postgresVersion: number;
    /** The database just before `op` runs, including the effects of earlier operations of this migration. */
    stateBefore(op: Operation): DatabaseState;
    /**
     * True when `table` does not exist in production yet: created earlier in this migration (before
     * `at`) or by another migration of the change set. Tables the history never mentions count as existing.
     */
    isNewTable(table: string, at: Operation): boolean;
    /** The table locks `op` takes. */
    locksOf(op: Operation): TableLock[];
    /**
     * The operations that run before `op` in the same transaction, in order: earlier in this
     * migration, and, when the tool runs every pending migration in one transaction
     * (`migration.transaction.sharedAcrossPending`), those of earlier migrations of the change set.
     * Empty when `op` runs outside a transaction.
     */
    earlierInTransaction(op: Operation): readonly Operation[];
    /** The migration file an operation belongs to: this migration's, or an earlier one's of the change set. */
    fileOf(op: Operation): string;
    report(descriptor: ReportDescriptor): void;
}
/** A suppression comment of the migration, with what it suppressed. */
export interface SuppressionOutcome {
    suppression: Suppression;
    /** For each rule id it names: how many findings it suppressed. */
    suppressed: ReadonlyMap<string, number>;
}
export interface SuppressionContext<Options = Record<string, unknown>> {
    readonly migration: Readonly<Migration>;
    readonly outcomes: readonly SuppressionOutcome[];
    /** Every rule id known (built-in and plugins), enabled or not. */
    readonly knownRuleIds: ReadonlySet<string>;
    /** Rule ids that ran on this migration. */
    readonly enabledRuleIds: ReadonlySet<string>;
    readonly options: Options;
    report(descriptor: ReportDescriptor): void;
}
export interface SetReportDescriptor {
    /** The migration file the finding belongs to; for a deleted migration, the path it had. */
    file: string;
    /** Where in the file; defaults to its first statement (its first line for a deleted file). */
    at?: ReportTarget;
    message: string;
    /** Overrides the configured severity for this one finding. */
    severity?: Severity;
}
/**
 * Everything a rule can see of one migration set (one directory of migrations) as a whole: for
 * rules about the history rather than one file's statements, such as a migration edited after it
 * shipped or deleted (a deleted file has no Migration a `check` could run on). It runs before the
 * set's migrations are read, so it sees paths and versions, not statements; a finding on a
 * migration of the set is placed at that migration's first statement unless `at` says otherwise,
 * and that migration's suppression comments apply to it.
 */
export interface MigrationSetContext<Options = Record<string, unknown>> {
    /** The set's directory, relative to the working directory. */
    readonly setId: string;
    /** Paths of the migrations being checked. */
    readonly changeSet: ReadonlySet<string>;
    /**
     * With a base to compare with (`--base`, a pull request): the base's migrations of this set and
     * what the change set does to them. Absent otherwise, so history rules stay quiet.
     */
    readonly history?: MigrationHistory;
    readonly schema?: AppSchema;
    readonly baseSchema?: AppSchema;
    readonly options: Options;
    readonly postgresVersion: number;
    report(descriptor: SetReportDescriptor): void;
}
export interface RuleDefinition<Options = Record<string, unknown>> {
    /** Lower-case words joined by `-`; plugin rules are referenced as `prefix/id` in config. */
    id: string;
    /** One line: what the rule flags. */
    description: string;
    /** Default level; config can change it. */
    severity: RuleLevel;
    docsUrl?: string;
    /**
     * The work a finding of this rule does on every row of its table while it holds its lock. With a
     * stats snapshot (`--stats`), such findings are weighed by the table's size: a note on a small
     * table, an error on a large one, with the size and a duration estimate in the message.
     */
    cost?: TableCost;
    /** Option defaults; configured options are merged over them. */
    defaultOptions?: Options;
    /**
     * True when the rule's findings count in down migrations too, where the rules about risky but
     * working DDL are quiet unless the config's `down` asks for them: statements that fail when they
     * run (rejected, or impossible where they run), and code no rule could check.
     */
    alwaysInDown?: boolean;
    /** Runs once per migration of the change set. */
    check?(ctx: RuleContext<Options>): void;
    /** Runs once per migration set: for rules about the set's history as a whole. */
    checkSet?(ctx: MigrationSetContext<Options>): void;
    /** Runs after suppression comments are applied, for rules about the comments themselves. */
    checkSuppressions?(ctx: SuppressionContext<Options>): void;
}
/** Declares a rule. The built-in rules use exactly this; so can yours. */
export declare function defineRule<Options = Record<string, unknown>>(rule: RuleDefinition<Options>): RuleDefinition<Options>;
