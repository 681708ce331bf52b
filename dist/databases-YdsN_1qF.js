const DATABASES = ["postgresql", "mysql", "mariadb", "sqlite", "sqlserver", "oracle", "cockroachdb", "clickhouse", "mongodb"];
const DATABASE_NAMES = {
  postgresql: "PostgreSQL",
  mysql: "MySQL",
  mariadb: "MariaDB",
  sqlite: "SQLite",
  sqlserver: "SQL Server",
  oracle: "Oracle",
  cockroachdb: "CockroachDB",
  clickhouse: "ClickHouse",
  mongodb: "MongoDB"
};
const PRISMA_PROVIDERS = {
  postgresql: "postgresql",
  postgres: "postgresql",
  mysql: "mysql",
  sqlite: "sqlite",
  sqlserver: "sqlserver",
  cockroachdb: "cockroachdb",
  mongodb: "mongodb"
};
const DRIZZLE_DIALECTS = {
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
  "durable-sqlite": "sqlite"
};
const KNEX_CLIENTS = {
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
  cockroachdb: "cockroachdb"
};
const TYPEORM_TYPES = {
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
  mongodb: "mongodb"
};
const SEQUELIZE_DIALECTS = {
  postgres: "postgresql",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  mssql: "sqlserver",
  oracle: "oracle"
};
const MIKRO_ORM_DRIVERS = {
  postgresql: "postgresql",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  "better-sqlite": "sqlite",
  libsql: "sqlite",
  mssql: "sqlserver",
  mongodb: "mongodb"
};
function kyselyDialectDatabase(className) {
  const name = className.replace(/Dialect$/, "").toLowerCase();
  if (/postgres|^pg|pglite|neon|supabase|electric/.test(name)) return "postgresql";
  if (/mysql|planetscale/.test(name)) return "mysql";
  if (/mariadb/.test(name)) return "mariadb";
  if (/sqlite|libsql|^d1$|turso|sqljs|wasqlite|expo/.test(name)) return "sqlite";
  if (/mssql|tedious/.test(name)) return "sqlserver";
  return void 0;
}
const NPM_DRIVERS = {
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
  "@clickhouse/client": "clickhouse"
};
const GO_DRIVERS = {
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
  "github.com/ClickHouse/clickhouse-go/v2": "clickhouse"
};
function folderDatabase(segment) {
  const migrationsOf = /^(?:migrations?|migrate)[-_](.+)$|^(.+)[-_]migrations?$/i.exec(segment);
  const name = (migrationsOf ? migrationsOf[1] ?? migrationsOf[2] : segment).toLowerCase().replace(/[-_]?(db|database)$/, "");
  const byName = {
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
    clickhouse: "clickhouse"
  };
  return byName[name];
}

export { DATABASE_NAMES as D, GO_DRIVERS as G, KNEX_CLIENTS as K, MIKRO_ORM_DRIVERS as M, NPM_DRIVERS as N, PRISMA_PROVIDERS as P, SEQUELIZE_DIALECTS as S, TYPEORM_TYPES as T, DRIZZLE_DIALECTS as a, DATABASES as b, folderDatabase as f, kyselyDialectDatabase as k };
