import { existsSync, readdirSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { SqlMigrationTool } from "../core/migration.js";
import { IGNORED_DIRECTORIES } from "../discover/conventions.js";
import { toPosix } from "../discover/find-migrations.js";
import { folderDatabase, type Database } from "./databases.js";
import {
  drizzleConfigDialects,
  drizzleJournalDialect,
  goModDrivers,
  knexClients,
  kyselyDialects,
  mikroOrmConfigDrivers,
  packageSignals,
  prismaProviders,
  sequelizeDialects,
  typeormTypes,
  type DialectSignal,
  type PackageSignals,
} from "./signals.js";

/** The database a migration set runs on, and what says so. */
export interface DialectVerdict {
  database: Database;
  /** `config`: the set's (or the config's) `dialect`; `detected`: the project's files; `default`: nothing said, so PostgreSQL. */
  by: "config" | "detected" | "default";
  /** With `detected`: the signals of the first level that had any (see `detectDialect`). */
  signals: DialectSignal[];
  /** The databases those signals name (more than one when they disagree and none is PostgreSQL). */
  databases: Database[];
}

export interface DialectSetInput {
  /** Relative to the working directory. */
  dir: string;
  tool: SqlMigrationTool;
  /** The set's own `dialect` from the config. */
  dialect?: Database;
}

/**
 * Decides each set's database from what the project says, read statically (never loading or
 * running its code). The first of these that says anything decides:
 *
 * 1. the `dialect` of the set's config entry, then the config's top-level `dialect`;
 * 2. the set's own files: Prisma's `migration_lock.toml` provider, drizzle-kit's `meta/_journal.json`
 *    dialect; a Supabase project's migrations are PostgreSQL;
 * 3. a folder on the set's path named after a database (`migrations/mysql`, `db/postgresql/migrations`);
 * 4. the migration tool's config, from the set's folder up to its package: a Prisma schema's datasource
 *    `provider`, a drizzle config's `dialect`/`driver`, a knexfile's `client`, TypeORM's data source
 *    `type` (ormconfig, `new DataSource`, `TypeOrmModule.forRoot`), MikroORM's driver package or config,
 *    Sequelize's `dialect` (sequelize-cli's config.json, `new Sequelize`), a Kysely dialect class;
 * 5. the database drivers the package depends on (package.json; go.mod).
 *
 * Within one step, signals can disagree (a knexfile with SQLite for development and `pg` for
 * production, a package with several drivers): when any names PostgreSQL, the set is PostgreSQL
 * and is checked, so a Postgres set is never skipped because of a test database. Nothing at all:
 * PostgreSQL.
 */
export class DialectDetector {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly scans = new Map<string, Promise<DialectSignal[]>>();
  /** What each folder's files say, by folder and kind of set: many sets share their parent folders. */
  private readonly byFolder = new Map<string, Promise<DialectSignal[]>>();

  constructor(
    private readonly cwd: string,
    private readonly configDialect?: Database,
  ) {}

  async detect(set: DialectSetInput): Promise<DialectVerdict> {
    const configured = set.dialect ?? this.configDialect;
    if (configured) return { database: configured, by: "config", signals: [], databases: [configured] };
    const absolute = path.resolve(this.cwd, set.dir);
    const root = repositoryRoot(absolute, path.resolve(this.cwd));
    const dirs = ancestors(absolute, root);
    const levels = [
      () => this.setFiles(set, absolute),
      () => Promise.resolve(folderSignals(absolute, root, this.cwd)),
      () => this.firstWith(dirs, (dir) => this.remembered(`tool\0${toolKind(set.tool)}\0${set.tool === "prisma" && dir === absolute ? path.dirname(dir) : dir}`, () => this.toolConfigs(set.tool, dir, absolute))),
      () => this.firstWith(dirs, (dir) => this.remembered(`drivers\0${dir}`, () => this.drivers(dir))),
    ];
    for (const level of levels) {
      const signals = await level();
      if (signals.length > 0) return decide(signals);
    }
    return { database: "postgresql", by: "default", signals: [], databases: ["postgresql"] };
  }

  private async setFiles(set: DialectSetInput, absolute: string): Promise<DialectSignal[]> {
    if (set.tool === "supabase") return [{ database: "postgresql", what: "a Supabase project", file: set.dir, line: 1, folder: true }];
    const lock = path.join(absolute, "migration_lock.toml");
    const journal = path.join(absolute, "meta", "_journal.json");
    return [
      ...prismaProviders((await this.text(lock)) ?? "", this.relative(lock), true),
      ...drizzleJournalDialect((await this.text(journal)) ?? "", this.relative(journal)),
    ];
  }

  /** The tool's own config in `dir`; for TS/JS and plain SQL sets, every ORM's that is there. */
  private async toolConfigs(tool: SqlMigrationTool, dir: string, setDir: string): Promise<DialectSignal[]> {
    if (tool === "prisma") {
      const near = dir === setDir ? path.dirname(setDir) : dir;
      return this.read(filesIn(near, ["", "schema", "prisma", "prisma/schema"], /\.prisma$/), prismaProviders);
    }
    const drizzle = await this.read(filesIn(dir, [""], /^drizzle(\.[\w-]+)?\.config\.([cm]?[jt]s|json)$/), drizzleConfigDialects);
    // A drizzle-kit folder without its journal yet is not recognized as drizzle's: its config counts with the others.
    if (tool === "drizzle") return drizzle;
    const found = [
      ...drizzle,
      ...(await this.read(filesIn(dir, [""], /^knexfile\.[cm]?[jt]s$/), knexClients)),
      ...(await this.read(filesIn(dir, [""], /^ormconfig\.([cm]?[jt]s|json|ya?ml|env)$/), typeormTypes)),
      ...(await this.read(filesIn(dir, ["", "src"], /^mikro-orm\.config\.[cm]?[jt]s$/), mikroOrmConfigDrivers)),
      ...(await this.read(await this.sequelizeConfigFiles(dir), sequelizeDialects)),
    ];
    const manifest = await this.packageAt(dir);
    if (manifest) found.push(...manifest.mikroOrm);
    // The app's code is read only when no config file said: in a large app that is thousands of files.
    if (manifest && found.length === 0) found.push(...(await this.scanSources(dir, manifest.names)));
    return found;
  }

  /** sequelize-cli's config: where `.sequelizerc` points, else `config/config.json`. */
  private async sequelizeConfigFiles(dir: string): Promise<string[]> {
    const rc = await this.text(path.join(dir, ".sequelizerc"));
    const pointed = rc ? /["']?config["']?\s*:\s*path\.(?:resolve|join)\(([^)]*)\)/.exec(rc)?.[1] : undefined;
    const parts = pointed ? [...pointed.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!) : [];
    const candidates = parts.length > 0 ? [path.join(dir, ...parts)] : ["config/config.json", "config/config.js", "config/database.json", "db/config.json"].map((f) => path.join(dir, f));
    return candidates.filter((f) => existsSync(f));
  }

  /**
   * The app's own code that sets up the ORM: `new DataSource({ type })`, `new SqliteDialect(`,
   * `new Sequelize({ dialect })`, `knex({ client })`. Only looked for when the package depends on
   * that ORM, when no config file in the folder said which database, and never in tests, which
   * often run on another database than production.
   */
  private scanSources(dir: string, dependencies: Set<string>): Promise<DialectSignal[]> {
    const readers: Array<{ id: string; gate: (text: string) => boolean; read: (text: string, file: string) => DialectSignal[] }> = [];
    const has = (pattern: RegExp) => (text: string) => pattern.test(text);
    if (dependencies.has("typeorm") || dependencies.has("@nestjs/typeorm")) readers.push({ id: "typeorm", gate: has(/\bDataSource\b|\bcreateConnection\b|TypeOrmModule|ConnectionOptions/), read: typeormTypes });
    if (dependencies.has("kysely")) readers.push({ id: "kysely", gate: has(/Dialect\s*\(/), read: kyselyDialects });
    if (dependencies.has("sequelize") || dependencies.has("sequelize-typescript")) readers.push({ id: "sequelize", gate: has(/\bnew\s+Sequelize\b/), read: sequelizeDialects });
    if (dependencies.has("knex")) readers.push({ id: "knex", gate: (text) => /["']knex["'/]/.test(text) && /\bclient\s*:/.test(text), read: knexClients });
    if (readers.length === 0) return Promise.resolve([]);
    const key = `${dir}\0${readers.map((r) => r.id).join(",")}`;
    let scan = this.scans.get(key);
    if (!scan) {
      scan = (async () => {
        const files = await glob(SOURCE_GLOB, { cwd: dir, ignore: NOT_APP_SETUP, absolute: true, followSymbolicLinks: false });
        const found: DialectSignal[] = [];
        for (const file of files.sort().slice(0, MAX_SCANNED_FILES)) {
          const text = await this.text(file, MAX_SCANNED_BYTES);
          if (!text) continue;
          for (const reader of readers) if (reader.gate(text)) found.push(...reader.read(text, this.relative(file)));
        }
        return found;
      })();
      this.scans.set(key, scan);
    }
    return scan;
  }

  private async drivers(dir: string): Promise<DialectSignal[]> {
    const manifest = await this.packageAt(dir);
    const goMod = path.join(dir, "go.mod");
    return [...(manifest?.drivers ?? []), ...goModDrivers((await this.text(goMod)) ?? "", this.relative(goMod))];
  }

  private async packageAt(dir: string): Promise<PackageSignals | undefined> {
    const file = path.join(dir, "package.json");
    const text = await this.text(file);
    return text === undefined ? undefined : packageSignals(text, this.relative(file));
  }

  private remembered(key: string, compute: () => Promise<DialectSignal[]>): Promise<DialectSignal[]> {
    let signals = this.byFolder.get(key);
    if (!signals) {
      signals = compute();
      this.byFolder.set(key, signals);
    }
    return signals;
  }

  private async firstWith(dirs: string[], signalsIn: (dir: string) => Promise<DialectSignal[]>): Promise<DialectSignal[]> {
    for (const dir of dirs) {
      const signals = await signalsIn(dir);
      if (signals.length > 0) return signals;
    }
    return [];
  }

  private async read(files: string[], reader: (text: string, file: string) => DialectSignal[]): Promise<DialectSignal[]> {
    const found: DialectSignal[] = [];
    for (const file of files.sort()) {
      const text = await this.text(file);
      if (text !== undefined) found.push(...reader(text, this.relative(file)));
    }
    return found;
  }

  /** A file's text; undefined when it is missing, unreadable or (for scanned sources) too large to be a config. */
  private text(file: string, maxBytes = Infinity): Promise<string | undefined> {
    let text = this.texts.get(file);
    if (!text) {
      text = (async () => {
        try {
          if (maxBytes !== Infinity && (await stat(file)).size > maxBytes) return undefined;
          return await readFile(file, "utf8");
        } catch {
          return undefined;
        }
      })();
      this.texts.set(file, text);
    }
    return text;
  }

  private relative(file: string): string {
    return toPosix(path.relative(this.cwd, file));
  }
}

const SOURCE_GLOB = "**/*.{ts,mts,cts,js,mjs,cjs}";
const NOT_APP_SETUP = [
  ...IGNORED_DIRECTORIES.map((d) => `**/${d}/**`),
  "**/{test,tests,__tests__,spec,specs,e2e,fixtures,__fixtures__,__mocks__,examples,example,migrations,migration}/**",
  "**/*.{test,spec,e2e-spec}.*",
  "**/*.d.ts",
];
const MAX_SCANNED_FILES = 5_000;
const MAX_SCANNED_BYTES = 256 * 1024;

function toolKind(tool: SqlMigrationTool): string {
  return tool === "prisma" || tool === "drizzle" ? tool : "other";
}

function decide(signals: DialectSignal[]): DialectVerdict {
  const postgres = signals.filter((s) => s.database === "postgresql");
  if (postgres.length > 0) return { database: "postgresql", by: "detected", signals: postgres, databases: ["postgresql"] };
  const databases = [...new Set(signals.map((s) => s.database))];
  return { database: databases[0]!, by: "detected", signals, databases };
}

/** Database names among the folders from the repository root down to the set. */
function folderSignals(setDir: string, root: string, cwd: string): DialectSignal[] {
  const segments = toPosix(path.relative(root, setDir)).split("/").filter(Boolean);
  const found: DialectSignal[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const database = folderDatabase(segments[i]!);
    if (!database) continue;
    const folder = path.join(root, ...segments.slice(0, i + 1));
    found.push({ database, what: `the folder name "${segments[i]}"`, file: toPosix(path.relative(cwd, folder)) || ".", line: 1, folder: true });
    break;
  }
  return found;
}

/** The set's directory and its parents up to the repository root (or the working directory when there is no repository). */
function ancestors(from: string, root: string): string[] {
  const dirs: string[] = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return dirs;
}

/**
 * Where to stop looking upward: the enclosing git repository's root; without one, the working
 * directory (or the set itself when it lies outside it), so files of unrelated parent folders never count.
 */
function repositoryRoot(setDir: string, cwd: string): string {
  for (let dir = setDir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const inside = !path.relative(cwd, setDir).startsWith("..");
  return inside ? cwd : setDir;
}

/** The files directly in `dir`'s listed subfolders whose names match: configs sit at known places, so no folder is crawled. */
function filesIn(dir: string, subfolders: string[], name: RegExp): string[] {
  return subfolders.flatMap((sub) => {
    const folder = path.join(dir, sub);
    try {
      return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && name.test(entry.name))
        .map((entry) => path.join(folder, entry.name));
    } catch {
      return [];
    }
  });
}
