import type { AppSchema } from "./app-schema.js";
import { type Finding, type Severity } from "./finding.js";
import type { MigrationHistory } from "./history.js";
import type { Migration } from "./migration.js";
import type { RuleDefinition } from "./rule.js";
import type { TableSizeAdvisor } from "./table-size.js";
/** A rule as configured for a run. */
export interface ConfiguredRule {
    /** The id findings carry: the rule's id, or `prefix/id` for a plugin rule. */
    id: string;
    rule: RuleDefinition<any>;
    severity: Severity;
    options: Record<string, unknown>;
}
/** A migration set: ordered migrations of one directory tree, and which of them are being checked. */
export interface MigrationSetInput {
    /**
     * In the order they run. May be produced lazily (a generator that reads and parses each file on
     * demand): the engine consumes it once, so each migration's AST can be freed after its turn.
     */
    migrations: Iterable<Migration>;
    /** Paths of the migrations to check; the others are history. */
    changeSet: ReadonlySet<string>;
    /**
     * True when the checked migrations ship together (a PR, a `--base` diff, files named on the
     * command line): a table one of them creates is new to the others. False when each is checked
     * on its own against the ones before it (linting a whole folder).
     */
    together: boolean;
    /** The set's directory, for set-level rules (`MigrationSetContext.setId`). */
    setId?: string;
    /** With a base to compare with: the set's migrations on the base and what the change set does to them. */
    history?: MigrationHistory;
}
export interface EngineOptions {
    rules: ConfiguredRule[];
    postgresVersion: number;
    schema?: AppSchema;
    baseSchema?: AppSchema;
    /** Every rule id that exists, enabled or not (to tell an unknown id in a suppression from a disabled one). */
    knownRuleIds: ReadonlySet<string>;
    /**
     * How `down` findings are reported: as configured, capped at warning (except those of rules about
     * statements that fail when they run), or (default) only those of such rules.
     */
    downSeverity?: "same" | "warning" | "off";
    docsUrl?(ruleId: string): string | undefined;
    /** Weighs findings of rules that declare a `cost` by the size of their table (a stats snapshot). */
    tableSizes?: TableSizeAdvisor;
    /** With `TIMING=1`: receives each rule's time per call. */
    ruleTimes?: {
        addRule(ruleId: string, ms: number): void;
    };
}
/** Runs the rules over the change set of each migration set, folding history into the database state. */
export declare function runRules(sets: readonly MigrationSetInput[], options: EngineOptions): Finding[];
/**
 * The same, for migrations that arrive asynchronously (parsed on worker threads): each migration
 * is checked as soon as it arrives, while the next ones are still being parsed.
 */
export declare function runRulesAsync(sets: readonly (Omit<MigrationSetInput, "migrations"> & {
    migrations: AsyncIterable<Migration> | Iterable<Migration>;
})[], options: EngineOptions): Promise<Finding[]>;
