/**
 * What a change set does to the migration history, compared with its base (the branch a pull
 * request merges into, or `--base`). Migrations that exist on the base may have run in production:
 * their files are history and must not change.
 */
/** How a migration file of the change set differs from the base. */
export interface MigrationChange {
    /** The file's path now; for a deleted file, the path it had. */
    path: string;
    status: "added" | "modified" | "renamed" | "deleted";
    /** For a rename: the path on the base. */
    previousPath?: string;
    /** The version its name carries (a deleted file's: the version it had). */
    version: string;
    /** For a modified file: the first line (1-based) that differs from the base's content. */
    firstChangedLine?: number;
}
/** A migration file as it exists on the base. */
export interface BaseMigration {
    path: string;
    version: string;
}
/** One migration set's history on the base, and what the change set does to it. */
export interface MigrationHistory {
    /** The base's migrations of the set, in the order they run. */
    base: readonly BaseMigration[];
    /** The set's migration files the change set adds, modifies, renames or deletes. */
    changes: readonly MigrationChange[];
}
/** The first line (1-based) where `after` differs from `before`; undefined when they are equal. */
export declare function firstChangedLine(before: string, after: string): number | undefined;
