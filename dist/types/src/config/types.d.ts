import type { SchemaOrm } from "../core/app-schema.js";
import type { RuleLevel } from "../core/finding.js";
import type { SqlMigrationTool } from "../core/migration.js";
import type { RuleDefinition } from "../core/rule.js";
import type { Database } from "../dialect/databases.js";
import type { ReadLimits } from "../safe-read.js";
import type { AssumeTransaction } from "../sql/sql-migration.js";
/** A rule's setting in config: a level, or a level with options. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];
/** A set of rules under a prefix: its rules are configured and reported as `prefix/rule-id`. */
export interface Plugin {
    rules: Record<string, RuleDefinition<any>>;
}
/** One place the app's mapping of tables and columns is read from. */
export interface SchemaSourceConfig {
    orm: SchemaOrm;
    /** Globs of the schema files (Prisma schemas, entity/model/table files), relative to the working directory once loaded. */
    include: string[];
    /** Globs of files to leave out. */
    exclude?: string[];
    /**
     * How the ORM derives names the code does not spell out. `snake_case`: TypeORM's
     * SnakeNamingStrategy, Drizzle's `casing: 'snake_case'`, Sequelize's `underscored: true`, MikroORM's
     * UnderscoreNamingStrategy. `default`: the ORM's default. When absent, detected from the ORM's config.
     */
    naming?: "snake_case" | "default";
}
/** A schema source as a config file writes it: a glob may stand for a list of one. */
export interface UserSchemaSource extends Omit<SchemaSourceConfig, "include" | "exclude"> {
    include: string | string[];
    exclude?: string | string[];
}
/** Where the application's mapping of tables and columns comes from. */
export interface SchemaConfig {
    /** Empty: detected from the repository's layout (Prisma schemas, files importing an ORM). */
    sources: SchemaSourceConfig[];
}
/**
 * How down-migration findings are reported: as configured, capped at warning (`"warn"` is the
 * same; statements that fail when they run stay errors), or (`"off"`, the default) only statements
 * that fail when they run (parse errors, ...).
 */
export type DownReporting = "same" | "warning" | "warn" | "off";
/** One entry of `migrations`: globs of migration files, grouped into a set per directory. */
export interface MigrationSetConfig {
    /** Globs relative to the config file's directory, e.g. `"db/migrations/*.sql"`. */
    files: string | string[];
    /** The tool that runs these migrations, when the layout does not tell (e.g. `"dbmate"`, `"goose"`). */
    tool?: SqlMigrationTool;
    /** Check only the migrations of this set whose version sorts after this one. */
    startAfter?: string | number;
    /**
     * The database these migrations run on, when detection gets it wrong (see the README's
     * "Databases"). A set for another database than `"postgresql"` is skipped with a notice.
     */
    dialect?: Database;
}
/**
 * The configuration a project writes: in `migration-guard.config.{ts,mts,js,mjs,cjs,json}`,
 * `.migration-guardrc.json`, or under `migrationGuard` in package.json. Every key is optional.
 */
export interface UserConfig {
    /** For editors: the JSON schema of this file. Ignored by migration-guard. */
    $schema?: string;
    /** The Postgres major version the migrations run on (default 15). */
    postgresVersion?: number;
    /**
     * Where the migrations are, when they are not in a conventional folder (`migrations/`,
     * `prisma/migrations/`, `drizzle/`, ...) or the tool cannot be detected. A string is
     * shorthand for `{ files: string }`. When given, only these files are migrations.
     */
    migrations?: Array<string | MigrationSetConfig>;
    /**
     * The application's schema sources (ORM models) the migrations are cross-checked with; empty
     * `sources` (the default): detected from the layout; `false`: no cross-check.
     */
    schema?: {
        sources: UserSchemaSource[];
    } | false;
    /** Whether a plain `.sql` file without BEGIN runs in a transaction (default: when it holds several statements). */
    assumeTransaction?: AssumeTransaction;
    /** The migration runner sets `lock_timeout` itself, so migrations need not. */
    assumeLockTimeout?: boolean;
    /** By rule id (`prefix/id` for plugin rules): `"off"`, `"info"`, `"warning"`, `"error"`, or `[level, options]`. */
    rules?: Record<string, RuleSetting>;
    /**
     * Rule sets by prefix. In a JS/TS config a plugin object (`{ rules: { "no-x": rule } }`);
     * anywhere, a package name or a path relative to the config file of a module exporting one.
     */
    plugins?: Record<string, Plugin | string>;
    /** Globs (relative to the config file) of migrations never checked; they still count as history. */
    ignore?: string | string[];
    /** Check only migrations whose version sorts after this one (older ones are history). */
    startAfter?: string | number;
    /**
     * The database every migration set runs on (a set's own `dialect` wins), instead of detecting it
     * from the project's ORM config and drivers. Sets for another database than `"postgresql"` are skipped.
     */
    dialect?: Database;
    /** Report `migration-guard-ignore` comments without a reason (default true). */
    requireSuppressionReason?: boolean;
    /**
     * How findings in down migrations are reported. Default `"off"`: only statements that fail when
     * they run; `"warn"` (or `"warning"`): every rule, errors as warnings (but for statements that
     * fail when they run); `"same"`: as configured.
     */
    down?: DownReporting;
    /**
     * A stats snapshot of the production database (`migration-guard stats`), so findings are weighed
     * by the size of their table. A string is the snapshot's path (relative to the config file);
     * `small`/`large` are row counts (defaults 10,000 and 1,000,000): below `small` a finding is a
     * note, from `large` on an error.
     */
    stats?: string | StatsSetting;
    /** Largest file that is read, e.g. `"10MB"` (the default) or a number of bytes; a larger one is reported, not read. */
    maxFileSize?: string | number;
    /** Most that one run reads in all, e.g. `"256MB"` (the default); files past it are reported, not read. */
    maxTotalSize?: string | number;
    /** `migration-guard verify`: how the migrations are replayed. */
    verify?: UserVerifyConfig;
}
export interface StatsSetting {
    file?: string;
    small?: number;
    large?: number;
}
/** `verify` settings as a config file writes them. */
export interface UserVerifyConfig {
    /**
     * Replay on a scratch database of this server instead of the embedded engine; `env:NAME` reads
     * the URL from an environment variable (keep credentials out of the repository).
     */
    databaseUrl?: string;
    /** SQL files (relative to the config file) run before the first migration of each set: what the platform provides. */
    setup?: string | string[];
    /** Milliseconds one statement may run before the replay stops there (default 10000). */
    statementTimeout?: number;
}
export interface VerifyConfig {
    databaseUrl?: string;
    /** Absolute paths. */
    setup: string[];
    statementTimeoutMs: number;
}
/** A `migrations` entry after validation. */
export interface ResolvedMigrationSet {
    files: string[];
    tool?: SqlMigrationTool;
    startAfter?: string;
    dialect?: Database;
}
/** Configuration after validation, plugin loading and defaults. */
export interface ResolvedConfig {
    postgresVersion: number;
    assumeTransaction: AssumeTransaction;
    assumeLockTimeout: boolean;
    requireSuppressionReason: boolean;
    rules: Record<string, RuleSetting>;
    plugins: Record<string, Plugin>;
    /** Globs of files never linted, relative to `rootDir`. */
    ignore: string[];
    /** How `down` findings are reported. */
    down: Exclude<DownReporting, "warn">;
    /** Configured migration sets; absent: found by convention. */
    migrations?: ResolvedMigrationSet[];
    /** Check only migrations whose version sorts after this one. */
    startAfter?: string;
    /** The database of every set without its own `dialect`; absent: detected per set. */
    dialect?: Database;
    /** The app schema the migrations are cross-checked with; `false` turns the cross-check off. Globs relative to the working directory. */
    schema: SchemaConfig | false;
    /** The stats snapshot to weigh findings with (absolute path; absent: none) and the size thresholds in rows. */
    stats: {
        file?: string;
        small: number;
        large: number;
    };
    /** Whether `postgresVersion` was set (config, flag or input) rather than defaulted: a snapshot's server version applies otherwise. */
    postgresVersionSet?: boolean;
    /** The directory globs in the config are relative to: the config file's; absent: the working directory. */
    rootDir?: string;
    /** Where the config was loaded from, for messages. */
    source?: string;
    /** Size limits on what a run reads; absent: DEFAULT_READ_LIMITS. */
    readLimits?: ReadLimits;
    verify: VerifyConfig;
}
export declare const DEFAULT_CONFIG: ResolvedConfig;
