/** What Postgres said when it rejected a statement. */
export interface DatabaseError {
  message: string;
  /** The SQLSTATE, e.g. `42P01`. */
  code?: string;
  /** 1-based character position in the statement that Postgres points at. */
  position?: number;
  detail?: string;
  hint?: string;
}

/** The statement ran longer than the per-statement timeout; the database is gone with it. */
export class StatementTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`did not finish within ${formatSeconds(timeoutMs)}`);
  }
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export type ExecOutcome = { ok: true } | { ok: false; error: DatabaseError };

/**
 * A throwaway database the migrations replay into: the embedded engine, or a scratch database on
 * the user's server. Both speak the simple query protocol a migration runner uses.
 */
export interface ScratchDatabase {
  readonly engine: "embedded" | "server";
  /** A one-line description for the trace and messages, e.g. `PostgreSQL 18.6 (PGlite 0.5.16)`. */
  readonly description: string;
  /** Runs one statement of a migration. Rejects with StatementTimeout when it runs too long. */
  exec(sql: string): Promise<ExecOutcome>;
  /** Reads rows (observation queries of our own). */
  query<Row>(sql: string): Promise<Row[]>;
  /** Ends and discards the database. */
  close(): Promise<void>;
}
