import type { SourceSpan } from "./location.js";
import type { Operation } from "./operations.js";
import type { ReplayOutcome } from "./replay.js";
import type { Statement } from "./statement.js";
import type { Suppression } from "./suppression.js";
export type SqlMigrationTool = "sql" | "prisma" | "drizzle" | "supabase" | "golang-migrate" | "dbmate" | "goose";
export type CodeMigrationTool = "typeorm" | "knex" | "sequelize" | "mikro-orm" | "kysely" | "node-pg-migrate";
/** `unknown`: a TS/JS file in a migrations folder that no supported tool's migration shape matches. */
export type MigrationTool = SqlMigrationTool | CodeMigrationTool | "unknown";
/** How the migration's statements are wrapped in transactions, and why we believe so. */
export interface TransactionInfo {
    /** `true`: all of `up` runs in one transaction; `false`: none of it; `partial`: some statements. */
    transactional: boolean | "partial";
    /** One sentence a message can quote, e.g. "Knex runs each migration in a transaction". */
    reason: string;
    /** How to run this migration outside a transaction with its tool, for messages. */
    optOut?: string;
    /**
     * True when the tool runs every pending migration in one transaction (drizzle-kit, Kysely,
     * TypeORM's default `migrationsTransactionMode: 'all'`, MikroORM's default `allOrNothing`): the
     * migrations of one deploy then share this migration's transaction.
     */
    sharedAcrossPending?: boolean;
    /**
     * Per direction: true when the runner itself opens a transaction around the migration (Knex,
     * TypeORM, dbmate, ...), so a BEGIN in the migration nests in it and a COMMIT ends it early.
     * False for a file the runner sends as is, where BEGIN/COMMIT are the migration's own business.
     */
    runnerWraps?: {
        up: boolean;
        down: boolean;
    };
}
/** Something in a migration that no rule could look into, e.g. SQL built at run time. */
export interface Uninspectable {
    span: SourceSpan;
    /** What could not be resolved and why, e.g. "the SQL passed to queryRunner.query is built at run time". */
    reason: string;
    direction: "up" | "down";
    /**
     * Absent for a call or value that could not be resolved. `unrecognized-tool`: the file has an
     * `up` but no supported tool's shape; `not-a-migration`: a TS/JS file in a migrations folder
     * without any `up` (usually a helper module).
     */
    kind?: "unrecognized-tool" | "not-a-migration";
}
/** A dependency of a code migration on something outside the database's history. */
export interface AppDependency {
    span: SourceSpan;
    kind: "import" | "orm-data-api" | "process" | "network-client";
    /** What it depends on, e.g. `../src/entities/User` or `getRepository(User)`. */
    name: string;
    /** Why it is a problem, for the message. */
    detail: string;
    direction: "up" | "down";
}
export interface Migration {
    /** Path relative to the working directory, with `/` separators. */
    path: string;
    /** The sort key within its set (timestamp or version prefix, else the file name). */
    version: string;
    /** The migration set (directory tree) it belongs to. */
    setId: string;
    tool: MigrationTool;
    language: "sql" | "typescript" | "javascript";
    text: string;
    statements: Statement[];
    operations: Operation[];
    transaction: TransactionInfo;
    suppressions: Suppression[];
    uninspectable: Uninspectable[];
    dependencies: AppDependency[];
    /**
     * True when the migration has a `down` that undoes something (for `require-reversible`): a
     * TS/JS `down` with a body, a dbmate/goose down section with statements, a down file beside a
     * SQL migration. Absent when the tool or set has no notion of down migrations.
     */
    hasDown?: boolean;
    /**
     * A down file (`x.down.sql`, Diesel's `down.sql`): the path of the up migration it undoes. Every
     * statement in it is `down`; the engine checks it right after that migration and never folds it
     * into the model of the database.
     */
    downOf?: string;
    /** TS/JS: the `down` function, or `up` when there is no `down` (where a finding about reversal points). */
    downSpan?: SourceSpan;
    /** Set by `verify`: what replaying it on an empty database showed. */
    replay?: ReplayOutcome;
}
