/**
 * The databases a migration set can be written for. The rules are PostgreSQL rules: every other
 * database's set is skipped with a notice (its locks, rewrites and syntax are not Postgres's, so
 * Postgres findings on it would be wrong).
 */
export const DATABASES = ["postgresql", "mysql", "mariadb", "sqlite", "sqlserver", "oracle", "cockroachdb", "clickhouse", "mongodb"] as const;
export type Database = (typeof DATABASES)[number];

export const DATABASE_NAMES: Record<Database, string> = {
  postgresql: "PostgreSQL",
  mysql: "MySQL",
  mariadb: "MariaDB",
  sqlite: "SQLite",
  sqlserver: "SQL Server",
  oracle: "Oracle",
  cockroachdb: "CockroachDB",
  clickhouse: "ClickHouse",
  mongodb: "MongoDB",
};

/** Prisma's `provider` (in the datasource block and in `migration_lock.toml`). */
export const PRISMA_PROVIDERS: Record<string, Database> = {
  postgresql: "postgresql",
  postgres: "postgresql",
  mysql: "mysql",
  sqlite: "sqlite",
  sqlserver: "sqlserver",
  cockroachdb: "cockroachdb",
  mongodb: "mongodb",
};

/** drizzle-kit's `dialect` (config and journal; older journals say `pg`) and its older `driver` values. */
export const DRIZZLE_DIALECTS: Record<string, Database> = {
  postgresql: "postgresql",
  pg: "postgresql",
  "aws-data-api": "postgresql",
  pglite: "postgresql",
  mysql: "mysql",
  mysql2: "mysql",
  singlestore: "mysql",
  sqlite: "sqlite",
  turso: "sqlite",
  libsql: "sqlite",
  "better-sqlite": "sqlite",
  d1: "sqlite",
  "d1-http": "sqlite",
  expo: "sqlite",
  "durable-sqlite": "sqlite",
};

/** A knexfile's `client`. */
export const KNEX_CLIENTS: Record<string, Database> = {
  pg: "postgresql",
  postgres: "postgresql",
  postgresql: "postgresql",
  pgnative: "postgresql",
  "pg-native": "postgresql",
  mysql: "mysql",
  mysql2: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
  oracledb: "oracle",
  cockroachdb: "cockroachdb",
};

/** TypeORM's data source `type`. */
export const TYPEORM_TYPES: Record<string, Database> = {
  postgres: "postgresql",
  "aurora-postgres": "postgresql",
  mysql: "mysql",
  "aurora-mysql": "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  "better-sqlite3": "sqlite",
  sqljs: "sqlite",
  capacitor: "sqlite",
  cordova: "sqlite",
  expo: "sqlite",
  nativescript: "sqlite",
  "react-native": "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
  cockroachdb: "cockroachdb",
  mongodb: "mongodb",
};

/** Sequelize's `dialect`. */
export const SEQUELIZE_DIALECTS: Record<string, Database> = {
  postgres: "postgresql",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
};

/** MikroORM's driver packages (and the `type` of its v4 config). */
export const MIKRO_ORM_DRIVERS: Record<string, Database> = {
  postgresql: "postgresql",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  "better-sqlite": "sqlite",
  libsql: "sqlite",
  mssql: "sqlserver",
  mongodb: "mongodb",
};

/**
 * A Kysely dialect class, by the words of its name: Kysely's own (`PostgresDialect`,
 * `MysqlDialect`, `SqliteDialect`, `MssqlDialect`) and the community ones (`NeonDialect`,
 * `PostgresJSDialect`, `PlanetScaleDialect`, `LibsqlDialect`, `D1Dialect`, `BunSqliteDialect`, ...).
 */
export function kyselyDialectDatabase(className: string): Database | undefined {
  const name = className.replace(/Dialect$/, "").toLowerCase();
  if (/postgres|^pg|pglite|neon|supabase|electric/.test(name)) return "postgresql";
  if (/mysql|planetscale/.test(name)) return "mysql";
  if (/mariadb/.test(name)) return "mariadb";
  if (/sqlite|libsql|^d1$|turso|sqljs|wasqlite|expo/.test(name)) return "sqlite";
  if (/mssql|tedious/.test(name)) return "sqlserver";
  return undefined;
}

/** Database client packages in package.json. */
export const NPM_DRIVERS: Record<string, Database> = {
  pg: "postgresql",
  "pg-native": "postgresql",
  "pg-promise": "postgresql",
  postgres: "postgresql",
  slonik: "postgresql",
  "@neondatabase/serverless": "postgresql",
  "@vercel/postgres": "postgresql",
  "@electric-sql/pglite": "postgresql",
  "@databases/pg": "postgresql",
  mysql: "mysql",
  mysql2: "mysql",
  "@planetscale/database": "mysql",
  "@databases/mysql": "mysql",
  mariadb: "mariadb",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  sqlite: "sqlite",
  "@libsql/client": "sqlite",
  libsql: "sqlite",
  "sql.js": "sqlite",
  "@databases/sqlite": "sqlite",
  mssql: "sqlserver",
  tedious: "sqlserver",
  oracledb: "oracle",
  "@clickhouse/client": "clickhouse",
};

/** Database drivers in a go.mod (golang-migrate, goose and dbmate projects are often Go). */
export const GO_DRIVERS: Record<string, Database> = {
  "github.com/lib/pq": "postgresql",
  "github.com/jackc/pgx": "postgresql",
  "github.com/jackc/pgx/v4": "postgresql",
  "github.com/jackc/pgx/v5": "postgresql",
  "github.com/go-sql-driver/mysql": "mysql",
  "github.com/mattn/go-sqlite3": "sqlite",
  "modernc.org/sqlite": "sqlite",
  "github.com/glebarez/sqlite": "sqlite",
  "github.com/ncruces/go-sqlite3": "sqlite",
  "github.com/microsoft/go-mssqldb": "sqlserver",
  "github.com/denisenkom/go-mssqldb": "sqlserver",
  "github.com/ClickHouse/clickhouse-go": "clickhouse",
  "github.com/ClickHouse/clickhouse-go/v2": "clickhouse",
};

/**
 * A folder named after a database: projects that support several keep one migrations folder per
 * database (`migrations/mysql`, `db/postgresql/migrations`, `migrations/sqlite`, `mysqldb`), or name
 * the migrations folder after it (`migrations-sqlite` beside `migrations`, as wiki.js does).
 */
export function folderDatabase(segment: string): Database | undefined {
  const migrationsOf = /^(?:migrations?|migrate)[-_](.+)$|^(.+)[-_]migrations?$/i.exec(segment);
  const name = (migrationsOf ? (migrationsOf[1] ?? migrationsOf[2])! : segment).toLowerCase().replace(/[-_]?(db|database)$/, "");
  const byName: Record<string, Database> = {
    postgres: "postgresql",
    postgresql: "postgresql",
    pg: "postgresql",
    pgsql: "postgresql",
    mysql: "mysql",
    mariadb: "mariadb",
    maria: "mariadb",
    sqlite: "sqlite",
    sqlite3: "sqlite",
    mssql: "sqlserver",
    sqlserver: "sqlserver",
    oracle: "oracle",
    cockroach: "cockroachdb",
    cockroachdb: "cockroachdb",
    clickhouse: "clickhouse",
  };
  return byName[name];
}
