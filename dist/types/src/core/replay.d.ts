import type { SourceSpan } from "./location.js";
/**
 * What replaying a migration on an empty database showed (`migration-guard verify`), attached to
 * the migration so that rules report it like any other fact of the model: with the configured
 * level, suppression comments and the same output formats. Absent when the migration was not replayed.
 */
export interface ReplayOutcome {
    /** The statement Postgres rejected (or that ran out of time); the set's replay stopped there. */
    failure?: ReplayFailure;
    /** Statements refused before anything ran, because they reach outside the scratch database. */
    refused: RefusedStatement[];
    /** True when the migration has nothing to run. */
    empty: boolean;
}
export interface ReplayFailure {
    span: SourceSpan;
    /** Postgres's message, or what stopped the statement (the timeout). */
    message: string;
    /** The SQLSTATE, e.g. `42P01`. */
    code?: string;
    /** The likely cause in plain words, when the history shows it (e.g. "`coupons` is created later, in 005_coupons.sql"). */
    cause?: string;
    /**
     * `missing-from-environment`: something the platform or a hand-made setup provides (an extension
     * the engine does not ship, Supabase's `auth` schema, a role): the history may be fine.
     */
    kind: "rejected" | "timeout" | "missing-from-environment";
    /** Migrations of the set after this one, which were not replayed. */
    notReplayed: number;
    /** The engine it ran on, e.g. `PostgreSQL 18.6 (PGlite 0.5.16)`. */
    engine: string;
}
export interface RefusedStatement {
    span: SourceSpan;
    /** What it would reach, e.g. "COPY ... PROGRAM runs a program on the database server". */
    reason: string;
}
