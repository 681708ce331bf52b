/** The ORMs whose schema files migration-guard reads. */
export type SchemaOrm = "prisma" | "typeorm" | "drizzle" | "sequelize" | "mikro-orm";
/** Where the application maps a table or a column, read statically from its schema files. */
export interface MappingSite {
    /** Path relative to the working directory, `/` separators. */
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
    /** The table name in the database (canonical, as operations name it: `public.` dropped, other schemas kept). */
    name: string;
    site: MappingSite;
    columns: ReadonlyMap<string, MappedColumn>;
    /** The ORM whose schema maps it, when known. */
    orm?: SchemaOrm;
}
/** A schema file that could not be read (a syntax error): what it maps is unknown. */
export interface UnreadableModelFile {
    file: string;
    line: number;
    reason: string;
}
/** The application's mapping of tables and columns, from its ORM schema files. */
export interface AppSchema {
    /** The ORMs the mapping was read from, e.g. `["prisma"]`. */
    sources: SchemaOrm[];
    tables: ReadonlyMap<string, MappedTable>;
    /** Schema files that could not be read, so the mapping may miss what they declare. */
    unreadable?: readonly UnreadableModelFile[];
}
/** The mapping of `table.column` in `schema`, if the app maps it. */
export declare function mappedColumn(schema: AppSchema | undefined, table: string, column: string): MappedColumn | undefined;
/** `User.email (src/models/user.ts:12)`: how messages name the code that maps something. */
export declare function describeSite(site: MappingSite): string;
