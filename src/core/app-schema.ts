/** Where the application maps a table or a column, read statically from its schema files. */
export interface MappingSite {
  file: string;
  line: number;
  /** The model or field name in the app's code, e.g. `User` or `User.email`. */
  name: string;
}

export interface MappedColumn {
  /** The column name in the database. */
  name: string;
  site: MappingSite;
}

export interface MappedTable {
  /** The table name in the database (canonical, as operations name it). */
  name: string;
  site: MappingSite;
  columns: ReadonlyMap<string, MappedColumn>;
}

/** The application's mapping of tables and columns, from its ORM schema files. */
export interface AppSchema {
  /** The ORMs the mapping was read from, e.g. `["prisma"]`. */
  sources: string[];
  tables: ReadonlyMap<string, MappedTable>;
}
