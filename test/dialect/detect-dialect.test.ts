import { describe, expect, test } from "vitest";
import type { SqlMigrationTool } from "../../src/core/migration.js";
import { folderDatabase, type Database } from "../../src/dialect/databases.js";
import { DialectDetector } from "../../src/dialect/detect-dialect.js";
import { tempProject } from "../support/temp-project.js";

/** Each project is its own git repository, so nothing above it (this repository's files) counts. */
function project(files: Record<string, string>) {
  const p = tempProject({ ".git/HEAD": "ref: refs/heads/main\n", ...files });
  return p;
}

async function detect(files: Record<string, string>, dir: string, tool: SqlMigrationTool = "sql", options: { dialect?: Database; configDialect?: Database } = {}) {
  const { dir: cwd } = project(files);
  return new DialectDetector(cwd, options.configDialect).detect({ dir, tool, ...(options.dialect ? { dialect: options.dialect } : {}) });
}

const pkg = (dependencies: Record<string, string>, devDependencies: Record<string, string> = {}) => JSON.stringify({ name: "app", dependencies, devDependencies }, null, 2);

describe("what each tool says", () => {
  test("Prisma: the migrations' lock file, then the schema's datasource (not the generator's provider)", async () => {
    const schema = 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url = "file:dev.db"\n}\n';
    const withLock = await detect({ "prisma/schema.prisma": schema, "prisma/migrations/migration_lock.toml": 'provider = "mysql"\n', "prisma/migrations/1_init/migration.sql": "" }, "prisma/migrations", "prisma");
    expect(withLock).toMatchObject({ database: "mysql", by: "detected", signals: [{ what: 'provider = "mysql"', file: "prisma/migrations/migration_lock.toml", line: 1 }] });
    const schemaOnly = await detect({ "prisma/schema.prisma": schema, "prisma/migrations/1_init/migration.sql": "" }, "prisma/migrations", "prisma");
    expect(schemaOnly).toMatchObject({ database: "sqlite", signals: [{ what: 'provider = "sqlite"', file: "prisma/schema.prisma", line: 6 }] });
    const postgres = await detect({ "prisma/migrations/migration_lock.toml": 'provider = "postgresql"\n', "package.json": pkg({ mysql2: "3" }) }, "prisma/migrations", "prisma");
    expect(postgres.database).toBe("postgresql");
  });

  test("drizzle-kit: the journal's dialect, else drizzle.config's dialect or older driver", async () => {
    const journal = await detect({ "drizzle/meta/_journal.json": '{\n  "version": "7",\n  "dialect": "sqlite",\n  "entries": []\n}\n' }, "drizzle", "drizzle");
    expect(journal).toMatchObject({ database: "sqlite", signals: [{ file: "drizzle/meta/_journal.json", line: 3 }] });
    const config = await detect({ "drizzle.config.ts": 'export default {\n  out: "./drizzle",\n  dialect: "turso",\n};\n' }, "drizzle", "drizzle");
    expect(config).toMatchObject({ database: "sqlite", signals: [{ what: 'dialect: "turso"', file: "drizzle.config.ts", line: 3 }] });
    const older = await detect({ "packages/db/drizzle.config.js": 'module.exports = { driver: "mysql2", out: "./migrations" };\n' }, "packages/db/migrations", "drizzle");
    expect(older.database).toBe("mysql");
  });

  test("Knex: the knexfile's clients; Postgres in any environment makes a Postgres set", async () => {
    const sqlite = await detect({ "knexfile.js": 'module.exports = { development: { client: "sqlite3" }, production: { client: "better-sqlite3" } };\n' }, "migrations");
    expect(sqlite.database).toBe("sqlite");
    const mixed = await detect({ "knexfile.ts": 'export default {\n  development: { client: "sqlite3" },\n  production: { client: "pg" },\n};\n' }, "migrations");
    expect(mixed).toMatchObject({ database: "postgresql", signals: [{ what: 'client: "pg"', line: 3 }] });
    const inCode = await detect({ "package.json": pkg({ knex: "3" }), "server/db.js": 'const knex = require("knex");\nmodule.exports = knex({ client: "mysql2", connection: {} });\n' }, "db/knex_migrations");
    expect(inCode).toMatchObject({ database: "mysql", signals: [{ file: "server/db.js", line: 2 }] });
  });

  test("Knex: the clients the app's code sets decide over the drivers package.json lists (uptime-kuma: pg is a monitor's driver)", async () => {
    const database = [
      'const knex = require("knex");',
      'const Dialect = require("knex/lib/dialects/sqlite3/index.js");',
      "const sqlite = { client: Dialect, connection: { filename: 'kuma.db' } };",
      'const mariadb = { client: "mysql2", connection: { host: "db" } };',
      "",
    ].join("\n");
    const verdict = await detect({ "package.json": pkg({ knex: "3", pg: "8", mysql2: "3", "@louislam/sqlite3": "15" }), "server/database.js": database }, "db/knex_migrations");
    expect(verdict.database).not.toBe("postgresql");
    expect(verdict.signals.map((s) => `${s.file}:${s.line}`).sort()).toEqual(["server/database.js:2", "server/database.js:4"]);
  });

  test("TypeORM: the data source's type, in app code or ormconfig; test setups do not count", async () => {
    const dataSource = 'import { DataSource } from "typeorm";\nexport default new DataSource({\n  type: "mariadb",\n  migrations: ["src/migrations/*.ts"],\n});\n';
    const app = await detect({ "package.json": pkg({ typeorm: "0.3" }), "src/data-source.ts": dataSource, "test/setup.ts": 'import { DataSource } from "typeorm";\nnew DataSource({ type: "postgres" });\n' }, "src/migrations");
    expect(app).toMatchObject({ database: "mariadb", signals: [{ file: "src/data-source.ts", line: 3 }] });
    const onlyTests = await detect({ "package.json": pkg({ typeorm: "0.3", pg: "8" }), "src/app.spec.ts": 'new DataSource({ type: "sqlite" });\n' }, "src/migrations");
    expect(onlyTests.database).toBe("postgresql");
    const ormconfig = await detect({ "ormconfig.json": '{ "type": "mysql", "migrations": ["migration/*.js"] }\n' }, "migration");
    expect(ormconfig.database).toBe("mysql");
    const env = await detect({ "ormconfig.env": "TYPEORM_CONNECTION = mssql\n" }, "src/migrations");
    expect(env.database).toBe("sqlserver");
    const nest = await detect({ "package.json": pkg({ "@nestjs/typeorm": "10", typeorm: "0.3" }), "src/app.module.ts": "TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL })\n" }, "src/migrations");
    expect(nest.database).toBe("postgresql");
  });

  test("MikroORM: its driver package, or what its config imports", async () => {
    expect((await detect({ "package.json": pkg({ "@mikro-orm/core": "6", "@mikro-orm/mysql": "6" }) }, "src/migrations")).database).toBe("mysql");
    expect((await detect({ "src/mikro-orm.config.ts": "import { defineConfig } from '@mikro-orm/sqlite';\nexport default defineConfig({});\n" }, "src/migrations")).database).toBe("sqlite");
  });

  test("Sequelize: sequelize-cli's config (where .sequelizerc points), or new Sequelize({ dialect })", async () => {
    const cli = await detect({ "config/config.json": JSON.stringify({ development: { dialect: "mysql" }, test: { dialect: "sqlite" } }, null, 2) }, "migrations");
    expect(cli).toMatchObject({ database: "mysql", databases: ["mysql", "sqlite"] });
    const rc = await detect({ ".sequelizerc": "const path = require('path');\nmodule.exports = { 'config': path.resolve('db', 'database.json') };\n", "db/database.json": '{ "production": { "dialect": "mariadb" } }' }, "db/migrations");
    expect(rc.database).toBe("mariadb");
    const code = await detect({ "package.json": pkg({ sequelize: "6" }), "src/db.js": "const sequelize = new Sequelize(url, { dialect: 'postgres' });\n" }, "migrations");
    expect(code.database).toBe("postgresql");
  });

  test("Kysely: the dialect class the app instantiates", async () => {
    const sqlite = await detect({ "package.json": pkg({ kysely: "0.27" }), "src/db.ts": "const dialect = new SqliteDialect({ database });\n" }, "src/migrations");
    expect(sqlite).toMatchObject({ database: "sqlite", signals: [{ what: "new SqliteDialect(" }] });
    const planetscale = await detect({ "package.json": pkg({ kysely: "0.27" }), "src/db.ts": "new Kysely({ dialect: new PlanetScaleDialect({ url }) });\n" }, "migrations");
    expect(planetscale.database).toBe("mysql");
    const neon = await detect({ "package.json": pkg({ kysely: "0.27", "better-sqlite3": "11" }), "src/db.ts": "new Kysely({ dialect: new NeonDialect({ connectionString }) });\n" }, "migrations");
    expect(neon.database).toBe("postgresql");
  });
});

describe("drivers, folders and precedence", () => {
  test("drivers in package.json: runtime dependencies only (a devDependency is most often the tests' database)", async () => {
    expect((await detect({ "package.json": pkg({ mysql2: "3" }) }, "migrations")).database).toBe("mysql");
    expect((await detect({ "package.json": pkg({ pg: "8" }, { "better-sqlite3": "11" }) }, "migrations")).database).toBe("postgresql");
    expect(await detect({ "package.json": pkg({ express: "4" }, { sqlite3: "5" }) }, "migrations")).toMatchObject({ database: "postgresql", by: "default" });
    expect((await detect({ "package.json": pkg({ pg: "8", mysql2: "3" }) }, "migrations")).database).toBe("postgresql");
  });

  test("a monorepo package's own manifest first, then the repository root's", async () => {
    const files = { "package.json": pkg({ mysql2: "3" }), "packages/api/package.json": pkg({ pg: "8" }), "packages/legacy/package.json": pkg({ lodash: "4" }) };
    expect((await detect(files, "packages/api/migrations")).database).toBe("postgresql");
    expect((await detect(files, "packages/legacy/migrations")).database).toBe("mysql");
  });

  test("go.mod drivers for Go projects", async () => {
    const goMod = "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-sql-driver/mysql v1.8.1\n\tgithub.com/golang-migrate/migrate/v4 v4.17.0\n)\n";
    expect(await detect({ "go.mod": goMod }, "db/migrations", "golang-migrate")).toMatchObject({ database: "mysql", signals: [{ what: "the github.com/go-sql-driver/mysql module", line: 6 }] });
  });

  test("a folder named after a database beats the project's drivers", async () => {
    const files = { "package.json": pkg({ pg: "8", mysql2: "3", sqlite3: "5" }) };
    expect((await detect(files, "migrations/mysql")).database).toBe("mysql");
    expect((await detect(files, "src/databases/sqlite/migrations")).database).toBe("sqlite");
    expect((await detect(files, "db/postgresdb/migrations")).database).toBe("postgresql");
    expect((await detect(files, "db/migrations")).database).toBe("postgresql");
  });

  test("the tool's config beats the drivers; the set's own files beat the tool's config", async () => {
    const files = { "package.json": pkg({ pg: "8" }), "knexfile.js": "module.exports = { client: 'mysql' };\n" };
    expect((await detect(files, "migrations")).database).toBe("mysql");
    const prisma = { "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n', "prisma/migrations/migration_lock.toml": 'provider = "sqlite"\n' };
    expect((await detect(prisma, "prisma/migrations", "prisma")).database).toBe("sqlite");
  });

  test("Supabase migrations are PostgreSQL whatever the drivers say", async () => {
    expect((await detect({ "package.json": pkg({ mysql2: "3" }) }, "supabase/migrations", "supabase")).database).toBe("postgresql");
  });

  test("the config's dialect overrides detection: the set's own, then the top-level one", async () => {
    const files = { "package.json": pkg({ mysql2: "3" }) };
    expect(await detect(files, "migrations", "sql", { dialect: "postgresql" })).toMatchObject({ database: "postgresql", by: "config" });
    expect(await detect(files, "migrations", "sql", { configDialect: "postgresql" })).toMatchObject({ database: "postgresql", by: "config" });
    expect(await detect({}, "migrations", "sql", { dialect: "sqlite", configDialect: "postgresql" })).toMatchObject({ database: "sqlite", by: "config" });
  });

  test("nothing says: PostgreSQL by default; values a tool does not document say nothing", async () => {
    expect(await detect({ "package.json": pkg({ express: "4" }) }, "migrations")).toMatchObject({ database: "postgresql", by: "default" });
    expect((await detect({ "knexfile.js": "module.exports = { client: process.env.DB_CLIENT };\n" }, "migrations")).by).toBe("default");
    expect((await detect({ "package.json": "{ not json" }, "migrations")).by).toBe("default");
  });

  test("files above the repository root never count", async () => {
    const outer = tempProject({ "package.json": pkg({ mysql2: "3" }) });
    outer.write({ "app/.git/HEAD": "ref: refs/heads/main\n", "app/migrations/001.sql": "SELECT 1;\n" });
    const verdict = await new DialectDetector(`${outer.dir}/app`).detect({ dir: "migrations", tool: "sql" });
    expect(verdict.by).toBe("default");
  });
});

describe("a migrations folder named after its database", () => {
  test.each([
    ["migrations-sqlite", "sqlite"],
    ["sqlite_migrations", "sqlite"],
    ["migrations_mysql", "mysql"],
    ["pg-migrations", "postgresql"],
  ] as const)("%s is %s", (folder, database) => {
    expect(folderDatabase(folder)).toBe(database);
  });

  test.each(["migrations", "knex_migrations", "db_migrations", "migrate"])("%s names no database", (folder) => {
    expect(folderDatabase(folder)).toBeUndefined();
  });
});
