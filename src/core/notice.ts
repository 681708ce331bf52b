/**
 * Something a run tells the user that is not a finding: it points at no problem in a migration,
 * but changes what the report means (a set that was not checked, and why). Every output format
 * shows notices, so a skipped set is never mistaken for a clean one.
 */
export interface Notice {
  /**
   * `skipped-set`: a migration set written for another database than PostgreSQL. `skipped-files`:
   * the migrations of a PostgreSQL set whose file names say they are for another database
   * (`x.mysql.up.sql` beside `x.postgres.up.sql`, as gobuffalo/pop projects keep them).
   */
  kind: "skipped-set" | "skipped-files";
  /** One sentence or two, complete on its own. */
  message: string;
  /** The set's directory, relative to the working directory. */
  set: string;
  /** The database the set is for, by name ("MySQL"). */
  database: string;
  /** How many of the set's (or the files') migrations would have been checked. */
  migrations: number;
  /** Where the project says which database it is, when a file says it. */
  file?: string;
  line?: number;
}
