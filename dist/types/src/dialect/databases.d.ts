/**
 * The databases a migration set can be written for. The rules are PostgreSQL rules: every other
 * database's set is skipped with a notice (its locks, rewrites and syntax are not Postgres's, so
 * Postgres findings on it would be wrong).
 */
export declare const DATABASES: readonly ["postgresql", "mysql", "mariadb", "sqlite", "sqlserver", "oracle", "cockroachdb", "clickhouse", "mongodb"];
export type Database = (typeof DATABASES)[number];
export declare const DATABASE_NAMES: Record<Database, string>;
/** Prisma's `provider` (in the datasource block and in `migration_lock.toml`). */
export declare const PRISMA_PROVIDERS: Record<string, Database>;
/** drizzle-kit's `dialect` (config and journal; older journals say `pg`) and its older `driver` values. */
export declare const DRIZZLE_DIALECTS: Record<string, Database>;
/** A knexfile's `client`. */
export declare const KNEX_CLIENTS: Record<string, Database>;
/** TypeORM's data source `type`. */
export declare const TYPEORM_TYPES: Record<string, Database>;
/** Sequelize's `dialect`. */
export declare const SEQUELIZE_DIALECTS: Record<string, Database>;
/** MikroORM's driver packages (and the `type` of its v4 config). */
export declare const MIKRO_ORM_DRIVERS: Record<string, Database>;
/**
 * A Kysely dialect class, by the words of its name: Kysely's own (`PostgresDialect`,
 * `MysqlDialect`, `SqliteDialect`, `MssqlDialect`) and the community ones (`NeonDialect`,
 * `PostgresJSDialect`, `PlanetScaleDialect`, `LibsqlDialect`, `D1Dialect`, `BunSqliteDialect`, ...).
 */
export declare function kyselyDialectDatabase(className: string): Database | undefined;
/** Database client packages in package.json. */
export declare const NPM_DRIVERS: Record<string, Database>;
/** Database drivers in a go.mod (golang-migrate, goose and dbmate projects are often Go). */
export declare const GO_DRIVERS: Record<string, Database>;
/**
 * A folder named after a database: projects that support several keep one migrations folder per
 * database (`migrations/mysql`, `db/postgresql/migrations`, `migrations/sqlite`, `mysqldb`), or name
 * the migrations folder after it (`migrations-sqlite` beside `migrations`, as wiki.js does).
 */
export declare function folderDatabase(segment: string): Database | undefined;
