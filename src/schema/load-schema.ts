import path from "node:path";
import picomatch from "picomatch";
import type { AppSchema, SchemaOrm } from "../core/app-schema.js";
import { describeError } from "../core/internal-error.js";
import type { SchemaConfig, SchemaSourceConfig } from "../config/types.js";
import { detectDrizzleSettings, readDrizzleSchema } from "./drizzle.js";
import { isConventionalCodeMigration } from "../discover/conventions.js";
import type { SchemaFiles } from "./files.js";
import { detectMikroOrmSettings, readMikroOrmSchema } from "./mikro-orm.js";
import { findPrismaSchemas, readPrismaSchema } from "./prisma.js";
import { SchemaBuilder } from "./schema-builder.js";
import { detectSequelizeSettings, readSequelizeSchema } from "./sequelize.js";
import { loadTypeScript, TsProject, type ParseCache } from "./ts-project.js";
import { detectTypeormSettings, readTypeormSchema } from "./typeorm.js";

type CodeOrm = Exclude<SchemaOrm, "prisma">;

/** The modules whose import marks a file as belonging to an ORM (its models, or its config). */
const ORM_MODULES: Record<CodeOrm, RegExp> = {
  typeorm: /^(typeorm|typeorm-naming-strategies|@nestjs\/typeorm)$/,
  drizzle: /^(drizzle-orm|drizzle-kit)(\/|$)/,
  sequelize: /^(sequelize|sequelize-typescript|@sequelize\/core)$/,
  "mikro-orm": /^@mikro-orm\//,
};

/**
 * What the text of a file that declares models (or associations) must contain for each ORM's
 * reader to find one: the decorators, classes and calls it looks for. Drizzle has none: a table
 * can be made by a function of any name (`pgTableCreator`).
 */
const MODEL_HINTS: Partial<Record<CodeOrm, RegExp>> = {
  typeorm: /\b(Entity|ChildEntity|EntitySchema)\b/,
  sequelize: /\bTable\b|\b(init|define|belongsTo|belongsToMany|hasMany|hasOne)\s*[(<]/,
  "mikro-orm": /\b(Entity|Embeddable|EntitySchema|defineEntity)\b/,
};

/** Where tests and examples keep models that are not the app's. */
const NOT_APP_CODE = /(^|\/)(__tests__|__mocks__|test|tests|e2e|fixtures|examples?)\/|\.(test|spec)\.[cm]?[jt]sx?$/;

/**
 * sequelize-cli's model files import nothing from Sequelize when they use `define`: the factory
 * gets it as parameters, `module.exports = (sequelize, DataTypes) => sequelize.define(...)`.
 */
const SEQUELIZE_FACTORY = /\(\s*sequelize\s*,\s*DataTypes\s*\)|\bsequelize\.define\s*\(/;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;

/**
 * Reads the application's mapping of tables and columns from its schema files, statically. Without
 * configured sources, finds them: Prisma schemas by their extension and Prisma's settings, TS/JS
 * models by the ORM they import. Undefined when the repository has no schema we can read.
 */
export async function loadAppSchema(files: SchemaFiles, config: SchemaConfig, cache?: ParseCache): Promise<AppSchema | undefined> {
  const builder = new SchemaBuilder();
  const configured = config.sources.length > 0;
  const prismaGroups = configured ? configuredGroups(files, config.sources, "prisma") : await findPrismaSchemas(files);
  for (const group of prismaGroups) {
    const texts = await Promise.all(group.map(async (p) => ({ path: p, text: (await files.read(p)) ?? "" })));
    readPrismaSchema(texts, builder);
  }
  let found = prismaGroups.length > 0;
  if (configured && config.sources.every((s) => s.orm === "prisma")) return found ? builder.build() : undefined;
  // Reading every TS/JS file of a large app costs most of a pull request's run: skipped when the
  // project's package.json files say no ORM whose models are code is installed.
  if (!configured && (await declaredCodeOrms(files)).size === 0) return found ? builder.build() : undefined;
  const code = await codeFiles(files);
  for (const orm of Object.keys(ORM_MODULES) as CodeOrm[]) {
    const ormFiles = code.byOrm.get(orm) ?? [];
    const sources = config.sources.filter((s) => s.orm === orm);
    const models = configured ? configuredGroups(files, sources, orm).flat() : ormFiles.filter((f) => !NOT_APP_CODE.test(f));
    if (models.length === 0) continue;
    found = true;
    // Most files that import the ORM use its operators or types and declare no model: they are
    // parsed only if a name leads into them.
    const hint = configured ? undefined : MODEL_HINTS[orm];
    const primary = hint ? models.filter((f) => hint.test(code.texts.get(f) ?? "")) : models;
    const project = new TsProject(await loadTypeScript(), await withImports(code, [...new Set([...models, ...ormFiles])]), new Set(primary), cache);
    for (const u of project.unreadable) builder.unreadable(u.file, u.line, u.reason);
    try {
      readOrm(orm, project, builder, sources.find((s) => s.naming)?.naming);
    } catch (error) {
      builder.unreadable(models[0]!, 1, `migration-guard failed reading the ${orm} models (${describeError(error)}); please report it`);
    }
  }
  return found ? builder.build() : undefined;
}

function readOrm(orm: CodeOrm, project: TsProject, builder: SchemaBuilder, naming: SchemaSourceConfig["naming"]): void {
  switch (orm) {
    case "typeorm": {
      const settings = detectTypeormSettings(project);
      return readTypeormSchema(project, builder, naming ? { ...settings, naming } : settings);
    }
    case "drizzle": {
      const settings = detectDrizzleSettings(project);
      if (naming === "snake_case") settings.casing = "snake_case";
      if (naming === "default") delete settings.casing;
      return readDrizzleSchema(project, builder, settings);
    }
    case "sequelize": {
      const settings = detectSequelizeSettings(project);
      if (naming) settings.define = { ...settings.define, underscored: naming === "snake_case" };
      return readSequelizeSchema(project, builder, settings);
    }
    case "mikro-orm": {
      const settings = detectMikroOrmSettings(project);
      return readMikroOrmSchema(project, builder, naming ? { naming: "underscore" } : settings);
    }
  }
}

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;

/**
 * The code ORMs the project's package.json files depend on; every one of them when a package.json
 * cannot be read or parsed, or when there is none (a project without one may still import an ORM
 * from a parent folder or a vendored copy, so nothing is ruled out).
 */
async function declaredCodeOrms(files: SchemaFiles): Promise<Set<CodeOrm>> {
  const all = new Set(Object.keys(ORM_MODULES) as CodeOrm[]);
  const manifests = files.paths.filter((f) => f === "package.json" || f.endsWith("/package.json"));
  if (manifests.length === 0) return all;
  const declared = new Set<CodeOrm>();
  for (const text of await Promise.all(manifests.map((f) => files.read(f)))) {
    let names: string[];
    try {
      const data = JSON.parse(text ?? "") as Record<string, unknown>;
      names = DEPENDENCY_FIELDS.flatMap((field) => {
        const deps = data[field];
        return typeof deps === "object" && deps !== null ? Object.keys(deps) : [];
      });
    } catch {
      return all;
    }
    for (const orm of all) if (names.some((name) => ORM_MODULES[orm].test(name))) declared.add(orm);
  }
  return declared;
}

/** The files each configured source of `orm` names; one group per source. */
function configuredGroups(files: SchemaFiles, sources: readonly SchemaSourceConfig[], orm: SchemaOrm): string[][] {
  return sources
    .filter((s) => s.orm === orm)
    .map((s) => {
      const include = picomatch(s.include, { dot: true });
      const exclude = s.exclude?.length ? picomatch(s.exclude, { dot: true }) : () => false;
      return files.paths.filter((f) => include(f) && !exclude(f));
    })
    .filter((g) => g.length > 0);
}

interface CodeFiles {
  texts: Map<string, string>;
  byOrm: Map<CodeOrm, string[]>;
  /** Relative imports of a file, resolved to files of the listing (worked out when first asked). */
  imports(file: string): readonly string[];
}

/**
 * A file can only import an ORM whose package name it contains: most files need no regex. Plain
 * substring searches, several times faster than one alternation over a large file.
 */
const ORM_NAME_PARTS = ["typeorm", "drizzle-", "sequelize", "@mikro-orm/"];
const mentionsOrm = (text: string) => ORM_NAME_PARTS.some((part) => text.includes(part));

/** Reads the TS/JS files and sorts them by the ORM they import. */
async function codeFiles(files: SchemaFiles): Promise<CodeFiles> {
  const texts = new Map<string, string>();
  const byOrm = new Map<CodeOrm, string[]>();
  const known = new Set(files.paths);
  // Migrations import their ORM too (TypeORM, MikroORM, Sequelize) but map nothing: they are read by the migration reader.
  const code = files.paths.filter((f) => /\.[cm]?[jt]sx?$/.test(f) && !isConventionalCodeMigration(f));
  const contents = await Promise.all(code.map((f) => files.read(f)));
  code.forEach((file, i) => {
    const text = contents[i];
    if (text === undefined) return;
    texts.set(file, text);
    if (!mentionsOrm(text)) return;
    const modules = [...text.matchAll(IMPORT)].map((m) => m[1]!);
    for (const orm of Object.keys(ORM_MODULES) as CodeOrm[]) {
      const uses = modules.some((m) => ORM_MODULES[orm].test(m)) || (orm === "sequelize" && SEQUELIZE_FACTORY.test(text));
      if (!uses) continue;
      const list = byOrm.get(orm);
      if (list) list.push(file);
      else byOrm.set(orm, [file]);
    }
  });
  const resolved = new Map<string, string[]>();
  const imports = (file: string): readonly string[] => {
    let list = resolved.get(file);
    if (!list) {
      const text = texts.get(file) ?? "";
      list = [...text.matchAll(IMPORT)].map((m) => m[1]!).filter((m) => m.startsWith(".")).flatMap((m) => resolveRelative(file, m, known));
      resolved.set(file, list);
    }
    return list;
  };
  return { texts, byOrm, imports };
}

function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string[] {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, "");
  for (const ext of ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.js"]) {
    const candidate = (ext && !ext.startsWith("/") ? stem : base) + ext;
    if (known.has(candidate)) return [candidate];
  }
  return [];
}

/**
 * The files with what they import relatively, two levels deep: a model's base class or the
 * constants it names may sit in a module that does not import the ORM itself.
 */
async function withImports(code: CodeFiles, files: string[]): Promise<{ path: string; text: string }[]> {
  const included = new Set(files);
  let frontier = files;
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const imported of code.imports(file)) {
        if (!included.has(imported)) {
          included.add(imported);
          next.push(imported);
        }
      }
    }
    frontier = next;
  }
  return [...included].filter((f) => code.texts.has(f)).map((f) => ({ path: f, text: code.texts.get(f)! }));
}
