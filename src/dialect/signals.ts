import {
  DRIZZLE_DIALECTS,
  GO_DRIVERS,
  KNEX_CLIENTS,
  kyselyDialectDatabase,
  MIKRO_ORM_DRIVERS,
  NPM_DRIVERS,
  PRISMA_PROVIDERS,
  SEQUELIZE_DIALECTS,
  TYPEORM_TYPES,
  type Database,
} from "./databases.js";

/** One thing in the project that says which database a set runs on, and where it says it. */
export interface DialectSignal {
  database: Database;
  /** As a user recognizes it: `provider = "mysql"`, `client: 'mysql2'`, `new SqliteDialect(`. */
  what: string;
  /** Relative to the working directory. */
  file: string;
  line: number;
  /** `file` is a folder (its name says it), not a file to point at. */
  folder?: boolean;
}

/**
 * Readers of the files that name a database. Each takes a file's text and returns what it says,
 * read statically: configs are matched, never loaded or run. Only values a tool documents are
 * recognized; anything else (an environment variable, a computed value) says nothing.
 */

/** `provider = "mysql"` in a Prisma schema's datasource block, or in `migration_lock.toml`. */
export function prismaProviders(text: string, file: string, lockFile = false): DialectSignal[] {
  const blocks = lockFile ? [{ body: text, offset: 0 }] : [...text.matchAll(/^\s*datasource\s+\w+\s*\{([^}]*)\}/gm)].map((m) => ({ body: m[1]!, offset: m.index! + m[0].indexOf(m[1]!) }));
  return blocks.flatMap(({ body, offset }) =>
    valuesOf(body, /^[ \t]*provider\s*=\s*"([\w-]+)"/gm, PRISMA_PROVIDERS).map((v) => signal(v.database, `provider = "${v.value}"`, text, file, offset + v.index)),
  );
}

/** drizzle-kit's `meta/_journal.json`: `"dialect": "postgresql"` (older journals: `"pg"`). */
export function drizzleJournalDialect(text: string, file: string): DialectSignal[] {
  return valuesOf(text, /"dialect"\s*:\s*"([\w-]+)"/g, DRIZZLE_DIALECTS).map((v) => signal(v.database, `"dialect": "${v.value}"`, text, file, v.index));
}

/** `drizzle.config.*`: `dialect: "sqlite"`, or an older config's `driver: "mysql2"`. */
export function drizzleConfigDialects(text: string, file: string): DialectSignal[] {
  const found: DialectSignal[] = [];
  for (const match of text.matchAll(/["']?\b(dialect|driver)["']?\s*:\s*["']([\w-]+)["']/g)) {
    const [, key, value] = match;
    if (hasOwn(DRIZZLE_DIALECTS, value!)) found.push(signal(DRIZZLE_DIALECTS[value!]!, `${key}: "${value}"`, text, file, match.index!));
  }
  return found;
}

/** A knexfile's `client: 'mysql2'` (one per environment), or a Knex dialect module required by path. */
export function knexClients(text: string, file: string): DialectSignal[] {
  const clients = valuesOf(text, /["']?\bclient["']?\s*:\s*["']([\w-]+)["']/g, KNEX_CLIENTS).map((v) => signal(v.database, `client: "${v.value}"`, text, file, v.index));
  const modules = valuesOf(text, /["']knex\/lib\/dialects\/([\w-]+)/g, KNEX_CLIENTS).map((v) => signal(v.database, `knex/lib/dialects/${v.value}`, text, file, v.index));
  return [...clients, ...modules];
}

/**
 * TypeORM's `type: "mysql"`: in a `new DataSource({...})`, `DataSourceOptions`, NestJS's
 * `TypeOrmModule.forRoot`, an ormconfig (JSON, JS/TS, YAML), or `TYPEORM_CONNECTION` in `ormconfig.env`.
 */
export function typeormTypes(text: string, file: string): DialectSignal[] {
  const fromOptions = valuesOf(text, /["']?\btype["']?\s*:\s*["']?([\w-]+)["']?/g, TYPEORM_TYPES);
  const fromEnv = valuesOf(text, /^\s*TYPEORM_CONNECTION\s*=\s*["']?([\w-]+)/gm, TYPEORM_TYPES);
  return [...fromOptions.map((v) => signal(v.database, `type: "${v.value}"`, text, file, v.index)), ...fromEnv.map((v) => signal(v.database, `TYPEORM_CONNECTION=${v.value}`, text, file, v.index))];
}

/** Sequelize's `dialect: "mysql"`: in sequelize-cli's `config/config.json` (per environment) or `new Sequelize({...})`. */
export function sequelizeDialects(text: string, file: string): DialectSignal[] {
  return valuesOf(text, /["']?\bdialect["']?\s*:\s*["']([\w-]+)["']/g, SEQUELIZE_DIALECTS).map((v) => signal(v.database, `dialect: "${v.value}"`, text, file, v.index));
}

/** MikroORM's config: the driver package it imports (`defineConfig` from `@mikro-orm/mysql`), or a v4 `type: 'mysql'`. */
export function mikroOrmConfigDrivers(text: string, file: string): DialectSignal[] {
  const imports = valuesOf(text, /["']@mikro-orm\/([\w-]+)["']/g, MIKRO_ORM_DRIVERS).map((v) => signal(v.database, `"@mikro-orm/${v.value}"`, text, file, v.index));
  const types = valuesOf(text, /\btype\s*:\s*["']([\w-]+)["']/g, MIKRO_ORM_DRIVERS).map((v) => signal(v.database, `type: "${v.value}"`, text, file, v.index));
  return [...imports, ...types];
}

/** A Kysely dialect instance: `new SqliteDialect(`, `new PostgresDialect(`, `new PlanetScaleDialect(`. */
export function kyselyDialects(text: string, file: string): DialectSignal[] {
  const found: DialectSignal[] = [];
  for (const match of text.matchAll(/\bnew\s+([A-Z]\w*Dialect)\s*\(/g)) {
    const database = kyselyDialectDatabase(match[1]!);
    if (database) found.push(signal(database, `new ${match[1]}(`, text, file, match.index!));
  }
  return found;
}

export interface PackageSignals {
  /** MikroORM driver packages (`@mikro-orm/mysql`): the tool's own word on the database. */
  mikroOrm: DialectSignal[];
  /**
   * Client packages (`pg`, `mysql2`, `better-sqlite3`) in `dependencies` (and optional ones): what
   * the app runs with. `devDependencies` do not count: a SQLite package there is most often the
   * tests' database, and skipping a Postgres set because of it would pass it unchecked.
   */
  drivers: DialectSignal[];
  /** Every dependency name, for what else to look at (`typeorm`, `kysely`, `sequelize`, ...). */
  names: Set<string>;
}

/** What a package.json's dependencies say. A file that is not JSON says nothing. */
export function packageSignals(text: string, file: string): PackageSignals {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { mikroOrm: [], drivers: [], names: new Set() };
  }
  const section = (key: string): string[] => {
    const value = (data as Record<string, unknown> | null)?.[key];
    return value && typeof value === "object" ? Object.keys(value) : [];
  };
  const at = (name: string) => signalAtKey(text, file, name);
  const dependencies = section("dependencies");
  const development = section("devDependencies");
  const all = [...dependencies, ...development, ...section("peerDependencies"), ...section("optionalDependencies")];
  const mikroOrm = all.flatMap((name) => {
    const driver = /^@mikro-orm\/([\w-]+)$/.exec(name)?.[1];
    const database = driver ? MIKRO_ORM_DRIVERS[driver] : undefined;
    return database ? [at(name)(database, `the ${name} package`)] : [];
  });
  const driversIn = (names: string[]) => names.flatMap((name) => (hasOwn(NPM_DRIVERS, name) ? [at(name)(NPM_DRIVERS[name]!, `the ${name} package`)] : []));
  const runtime = driversIn(dependencies);
  return { mikroOrm, drivers: [...runtime, ...driversIn(section("optionalDependencies"))], names: new Set(all) };
}

/** The database drivers a go.mod requires. */
export function goModDrivers(text: string, file: string): DialectSignal[] {
  const found: DialectSignal[] = [];
  for (const match of text.matchAll(/^\s*(?:require\s+)?([\w.\-/]+)\s+v[\w.\-+]+/gm)) {
    const module = match[1]!;
    if (hasOwn(GO_DRIVERS, module)) found.push(signal(GO_DRIVERS[module]!, `the ${module} module`, text, file, match.index! + match[0].indexOf(module)));
  }
  return found;
}

interface FoundValue {
  database: Database;
  value: string;
  index: number;
}

function valuesOf(text: string, pattern: RegExp, known: Record<string, Database>): FoundValue[] {
  const found: FoundValue[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[1]!;
    if (hasOwn(known, value)) found.push({ database: known[value]!, value, index: match.index! + match[0].indexOf(value) });
  }
  return found;
}

function signalAtKey(text: string, file: string, key: string) {
  const index = Math.max(0, text.indexOf(`"${key}"`));
  return (database: Database, what: string) => signal(database, what, text, file, index);
}

function signal(database: Database, what: string, text: string, file: string, index: number): DialectSignal {
  return { database, what, file, line: lineAt(text, index) };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function hasOwn(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
