import path from 'node:path';
import { g as glob, p as picomatch } from './index-B-QiK_jm.js';
import { I as IGNORED_DIRECTORIES, a as isConventionalCodeMigration } from './conventions-BOeyDc8W.js';
import { t as toPosix } from './find-migrations-sOKXtTZz.js';
import { a as findRepository, b as filesAt, d as contentsAt } from './git-Dd9ciqyI.js';
import { R as ReadGuard, r as readRegularFile } from './safe-read-BvL72yt9.js';
import { d as describeError, s as skipOuter, l as loadTypeScript } from './compiler-CkYlFMWm.js';
import 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import { stat, readFile } from 'node:fs/promises';
import { a as DRIZZLE_DIALECTS, G as GO_DRIVERS, k as kyselyDialectDatabase, K as KNEX_CLIENTS, T as TYPEORM_TYPES, M as MIKRO_ORM_DRIVERS, N as NPM_DRIVERS, P as PRISMA_PROVIDERS, S as SEQUELIZE_DIALECTS, f as folderDatabase } from './databases-YdsN_1qF.js';

function workingTreeReader(cwd) {
  const guard = new ReadGuard([findRepository(cwd)?.root ?? cwd]);
  return (file) => {
    const absolute = path.resolve(cwd, file);
    if (!guard.check(absolute).ok) return void 0;
    try {
      return readRegularFile(absolute);
    } catch {
      return void 0;
    }
  };
}
const SOURCE_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;
const NOT_A_SOURCE = /\.d\.[cm]?ts$/;
function isCandidate(file) {
  if (!SOURCE_FILE.test(file) || NOT_A_SOURCE.test(file) || file.startsWith("../")) return false;
  return !file.split("/").some((part) => IGNORED_DIRECTORIES.includes(part));
}
async function workingTreeFiles(cwd, exclude = []) {
  const found = await glob(["**/*.prisma", "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}", "**/package.json"], {
    cwd,
    ignore: [...IGNORED_DIRECTORIES.map((d) => `**/${d}/**`), "**/*.d.ts", ...exclude],
    dot: false,
    followSymbolicLinks: false
  });
  const paths = found.map(toPosix).filter(isCandidate).sort();
  const readWorkingTree = workingTreeReader(cwd);
  const texts = /* @__PURE__ */ new Map();
  return {
    paths,
    read: (file) => {
      let text = texts.get(file);
      if (!text) {
        text = Promise.resolve(readWorkingTree(file));
        texts.set(file, text);
      }
      return text;
    }
  };
}
async function filesAtCommit(cwd, commit, changed, workingTree) {
  const touched = /* @__PURE__ */ new Set();
  for (const file of changed) {
    touched.add(file.path);
    if (file.previousPath) touched.add(file.previousPath);
  }
  const paths = (await filesAt(cwd, commit)).filter(isCandidate).sort();
  let fromGit;
  const atCommit = async (file) => {
    if (touched.has(file)) {
      fromGit ??= contentsAt(cwd, commit, paths.filter((p) => touched.has(p)));
      return (await fromGit).get(file);
    }
    return (await contentsAt(cwd, commit, [file])).get(file);
  };
  const readWorkingTree = workingTreeReader(cwd);
  return {
    paths,
    read: async (file) => {
      if (touched.has(file)) return atCommit(file);
      const text = workingTree ? await workingTree.read(file) : readWorkingTree(file);
      return text ?? atCommit(file);
    }
  };
}

function typeormSnakeCase(name) {
  return name.replace(/([A-Z])([A-Z])([a-z])/g, "$1_$2$3").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function typeormCamelCase(name) {
  return name.replace(
    /^([A-Z])|[\s\-_](\w)/g,
    (_match, first, next) => next ? next.toUpperCase() : first.toLowerCase()
  );
}
function typeormTitleCase(name) {
  return name.replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
function mikroUnderscore(name) {
  return name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
function drizzleSnakeCase(name) {
  const words = name.replace(/['\u2019]/g, "").match(new RegExp("[\\p{Ll}\\d]+|\\p{Lu}+(?!\\p{Ll})|\\p{Lu}[\\p{Ll}\\d]+|[\\p{Lo}\\d]+", "gu")) ?? [];
  return words.map((w) => w.toLowerCase()).join("_");
}
function drizzleCamelCase(name) {
  const words = name.replace(/['\u2019]/g, "").match(new RegExp("[\\p{Ll}\\d]+|\\p{Lu}+(?!\\p{Ll})|\\p{Lu}[\\p{Ll}\\d]+|[\\p{Lo}\\d]+", "gu")) ?? [];
  return words.map((w, i) => i === 0 ? w.toLowerCase() : `${w[0].toUpperCase()}${w.slice(1)}`).join("");
}
function sequelizeUnderscore(name) {
  return name.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1_$2").replace(/-/g, "_").toLowerCase();
}
function sequelizeCamelize(name) {
  return name.replace(/_([a-z\d])/gi, (_m, c) => c.toUpperCase());
}
function pluralize(word) {
  if (UNCOUNTABLE.has(word.toLowerCase())) return word;
  for (const [pattern, replacement] of PLURAL_RULES) {
    if (pattern.test(word)) return replacement === void 0 ? word : word.replace(pattern, replacement);
  }
  return `${word}s`;
}
const UNCOUNTABLE = /* @__PURE__ */ new Set([
  "equipment",
  "information",
  "rice",
  "money",
  "species",
  "series",
  "sheep",
  "deer",
  "news",
  "software",
  "hardware",
  "traffic",
  "furniture",
  "luggage",
  "advice",
  "knowledge",
  "research",
  "evidence",
  "music",
  "homework",
  "weather",
  "welfare",
  "wildlife",
  "food",
  "education",
  "safety",
  "shopping"
]);
const PLURAL_RULES = [
  [/(m|wom)en$/i],
  [/people$/i],
  [/children$/i],
  [/(quiz)zes$/i],
  [/(matr|vert|ind)ices$/i],
  [/(alias|status|campus|bus)es$/i],
  [/(x|ch|ss|sh)es$/i],
  [/([^aeiouy]|qu)ies$/i],
  [/([ti])a$/i],
  [/^(m|wom)an$/i, "$1en"],
  [/(m|wom)an$/i, "$1en"],
  [/(pe)rson$/i, "$1ople"],
  [/(child)$/i, "$1ren"],
  [/^(ox)$/i, "$1en"],
  [/(ax|test)is$/i, "$1es"],
  [/(octop|vir)us$/i, "$1uses"],
  [/(alias|status|campus|canvas)$/i, "$1es"],
  [/(bu)s$/i, "$1ses"],
  [/(buffal|tomat|potat)o$/i, "$1oes"],
  [/([ti])um$/i, "$1a"],
  [/sis$/i, "ses"],
  [/(?:([^f])fe|([lr])f)$/i, "$1$2ves"],
  [/(hi|ti)ve$/i, "$1ves"],
  [/([^aeiouy]|qu)y$/i, "$1ies"],
  [/(matr)ix$/i, "$1ices"],
  [/(vert|ind)ex$/i, "$1ices"],
  [/(x|ch|ss|sh)$/i, "$1es"],
  [/([ml])ouse$/i, "$1ice"],
  [/(quiz)$/i, "$1zes"],
  [/s$/i, "s"]
];

class SchemaBuilder {
  tables = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Set();
  unreadableFiles = [];
  /** Records a schema file that could not be read; the first problem per file is kept. */
  unreadable(file, line, reason) {
    if (!this.unreadableFiles.some((u) => u.file === file)) this.unreadableFiles.push({ file, line, reason });
  }
  table(name, site, orm) {
    this.sources.add(orm);
    let draft = this.tables.get(name);
    if (!draft) {
      draft = { name, site, columns: /* @__PURE__ */ new Map(), orm };
      this.tables.set(name, draft);
    }
    return new TableBuilder(draft);
  }
  build() {
    const tables = /* @__PURE__ */ new Map();
    for (const [name, draft] of this.tables) tables.set(name, { ...draft, columns: new Map(draft.columns) });
    return { sources: [...this.sources].sort(), tables, ...this.unreadableFiles.length > 0 ? { unreadable: [...this.unreadableFiles] } : {} };
  }
}
class TableBuilder {
  constructor(draft) {
    this.draft = draft;
  }
  draft;
  column(name, site) {
    if (!this.draft.columns.has(name)) this.draft.columns.set(name, { name, site });
  }
}
function qualifiedTable(schema, table) {
  return schema && schema !== "public" ? `${schema}.${table}` : table;
}

function isDrizzleModule(module) {
  return module === "drizzle-orm" || module.startsWith("drizzle-orm/") || module.startsWith(".");
}
function detectDrizzleSettings(project) {
  const { ts } = project;
  const settings = {};
  project.forEachNode(
    (node, file) => {
      if (!ts.isPropertyAssignment(node) || project.propertyName(node.name, file) !== "casing") return;
      const value = project.stringValue(file, node.initializer);
      if (value === "snake_case" || value === "camelCase") settings.casing = value;
    },
    { all: true, mentions: /\bcasing\b/ }
  );
  return settings;
}
function readDrizzleSchema(project, builder, settings) {
  const { ts } = project;
  project.forEachNode((node, file) => {
    if (!ts.isCallExpression(node)) return;
    const factory = tableFactory(project, file, node.expression);
    if (!factory) return;
    const given = project.stringValue(file, node.arguments[0]);
    if (given === void 0) return;
    const table = factory.kind === "schema" ? qualifiedTable(factory.schema, given) : factory.kind === "creator" ? factory.name(given) : given;
    const variable = declaredName(project, node) ?? given;
    const mapped = builder.table(table, { file: file.path, line: project.line(file, node), name: variable }, "drizzle");
    const columns = columnsObject(project, file, node.arguments[1]);
    for (const [key, entry] of columns?.entries() ?? []) {
      const explicit = columnName$1(project, entry.file, entry.value);
      const name = explicit ?? (settings.casing === "snake_case" ? drizzleSnakeCase(key) : settings.casing === "camelCase" ? drizzleCamelCase(key) : key);
      mapped.column(name, { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${variable}.${key}` });
    }
  });
}
function tableFactory(project, file, callee, depth = 0) {
  const { ts } = project;
  if (depth > 4) return void 0;
  if (ts.isIdentifier(callee)) {
    const binding = file.imports.get(callee.text);
    if (binding && isDrizzleModule(binding.module) && binding.imported === "pgTable") return { kind: "pgTable" };
    const made = project.constant(file, callee.text);
    if (made) {
      const creator = project.unwrap(made.node);
      if (ts.isCallExpression(creator) && isImported(project, made.file, creator.expression, "pgTableCreator")) {
        const name = creatorNaming(project, made.file, creator.arguments[0]);
        return name ? { kind: "creator", name } : void 0;
      }
    }
    return void 0;
  }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "table") {
    const target = project.unwrap(callee.expression);
    const schemaCall = ts.isIdentifier(target) ? project.constant(file, target.text) : { file, node: target };
    if (!schemaCall) return void 0;
    const call = project.unwrap(schemaCall.node);
    if (ts.isCallExpression(call) && isImported(project, schemaCall.file, call.expression, "pgSchema")) {
      const schema = project.stringValue(schemaCall.file, call.arguments[0]);
      return schema ? { kind: "schema", schema } : void 0;
    }
  }
  return void 0;
}
function isImported(project, file, callee, name) {
  if (!project.ts.isIdentifier(callee)) return false;
  const binding = file.imports.get(callee.text);
  return binding !== void 0 && isDrizzleModule(binding.module) && binding.imported === name;
}
function creatorNaming(project, file, arg) {
  const { ts } = project;
  if (!arg) return void 0;
  const fn = project.unwrap(arg);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return void 0;
  const param = fn.parameters[0]?.name;
  const body = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  if (!param || !ts.isIdentifier(param) || !body) return void 0;
  const template = project.unwrap(body);
  if (ts.isIdentifier(template) && template.text === param.text) return (t) => t;
  if (!ts.isTemplateExpression(template)) return void 0;
  const parts = template.templateSpans;
  if (!parts.every((s) => ts.isIdentifier(s.expression) && s.expression.text === param.text)) return void 0;
  return (t) => template.head.text + parts.map((s) => t + s.literal.text).join("");
}
function columnsObject(project, file, arg) {
  const { ts } = project;
  if (!arg) return void 0;
  const value = project.unwrap(arg);
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
    const body = ts.isBlock(value.body) ? value.body.statements.find(ts.isReturnStatement)?.expression : value.body;
    return body ? project.objectLiteral(file, body) : void 0;
  }
  return project.objectLiteral(file, value);
}
function columnName$1(project, file, value, depth = 0) {
  const { ts } = project;
  const unwrapped = project.unwrap(value);
  if (ts.isIdentifier(unwrapped) && depth < 4) {
    const constant = project.constant(file, unwrapped.text);
    return constant ? columnName$1(project, constant.file, constant.node, depth + 1) : void 0;
  }
  const root = project.rootCall(unwrapped);
  return root ? project.stringValue(file, root.arguments[0]) : void 0;
}
function declaredName(project, node) {
  const parent = node.parent;
  return parent && project.ts.isVariableDeclaration(parent) && project.ts.isIdentifier(parent.name) ? parent.name.text : void 0;
}

const MODULE = /^@mikro-orm\//;
function fromMikro(file, localName) {
  const binding = file.imports.get(localName);
  if (binding) return MODULE.test(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULE.test(b.module));
}
function detectMikroOrmSettings(project) {
  const { ts } = project;
  const settings = { naming: "underscore" };
  project.forEachNode(
    (node, file) => {
      if (!ts.isPropertyAssignment(node) || project.propertyName(node.name, file) !== "namingStrategy") return;
      if (/EntityCase/.test(node.initializer.getText(file.source))) settings.naming = "entity_case";
    },
    { all: true, mentions: /\bnamingStrategy\b/ }
  );
  return settings;
}
function readMikroOrmSchema(project, builder, settings) {
  const { ts } = project;
  const entities = /* @__PURE__ */ new Map();
  project.forEachNode((node, file) => {
    let entity;
    if (ts.isClassDeclaration(node) && node.name) entity = decoratedEntity(project, file, node);
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "EntitySchema" && fromMikro(file, "EntitySchema")) {
      entity = schemaEntity(project, file, node, node.arguments?.[0]);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "defineEntity" && fromMikro(file, "defineEntity")) {
      entity = definedEntity(project, file, node);
    }
    if (entity) entities.set(entity.name, entity);
  });
  const naming = new Naming(settings, entities);
  for (const entity of entities.values()) {
    if (entity.abstract || entity.embeddable) continue;
    const table = builder.table(naming.table(entity), entity.site, "mikro-orm");
    for (const prop of entity.properties) addProperty(naming, builder, entity, table, prop, "");
  }
}
class Naming {
  constructor(settings, entities) {
    this.settings = settings;
    this.entities = entities;
  }
  settings;
  entities;
  entity(name) {
    return name ? this.entities.get(name) : void 0;
  }
  bareTable(entity) {
    return entity.tableName ?? (this.settings.naming === "underscore" ? mikroUnderscore(entity.name) : entity.name);
  }
  table(entity) {
    return qualifiedTable(entity.schema, this.bareTable(entity));
  }
  column(prop) {
    return prop.fieldName ?? (this.settings.naming === "underscore" ? mikroUnderscore(prop.name) : prop.name);
  }
  /** The primary key column of an entity (`id` when unknown). */
  primaryColumn(entity) {
    const primary = entity?.properties.find((p) => p.primary);
    return primary ? this.column(primary) : "id";
  }
  /** A many-to-one or owning one-to-one's foreign key: `author` → `author_id`. */
  joinColumn(prop) {
    if (prop.fieldName) return prop.fieldName;
    const referenced = this.primaryColumn(this.entity(prop.target));
    return this.settings.naming === "underscore" ? `${mikroUnderscore(prop.name)}_${referenced}` : prop.name;
  }
  /** The pivot table's key column for one side: `<table>_<pk>`. */
  pivotColumn(entity, fallbackName) {
    const table = entity ? this.bareTable(entity) : mikroUnderscore(fallbackName ?? "");
    return `${table}_${this.primaryColumn(entity)}`;
  }
  pivotTable(owner, prop) {
    return prop.pivotTable ?? `${this.bareTable(owner)}_${this.settings.naming === "underscore" ? mikroUnderscore(prop.name) : prop.name}`;
  }
}
function addProperty(naming, builder, owner, table, prop, prefix) {
  if (!prop.persist) return;
  switch (prop.kind) {
    case "scalar":
      table.column(prefix + naming.column(prop), prop.site);
      return;
    case "m:1":
      table.column(prefix + naming.joinColumn(prop), prop.site);
      return;
    case "1:1":
      if (prop.owner) table.column(prefix + naming.joinColumn(prop), prop.site);
      return;
    case "m:n": {
      if (!prop.owner) return;
      const pivot = builder.table(qualifiedTable(owner.schema, naming.pivotTable(owner, prop)), prop.site, "mikro-orm");
      pivot.column(prop.pivotColumns?.owner ?? naming.pivotColumn(owner, owner.name), prop.site);
      pivot.column(prop.pivotColumns?.target ?? naming.pivotColumn(naming.entity(prop.target), prop.target), prop.site);
      return;
    }
    case "embedded": {
      const embeddable = naming.entity(prop.target);
      if (prop.object || !embeddable) {
        table.column(prefix + naming.column(prop), prop.site);
        return;
      }
      const own = prop.prefix === false ? "" : typeof prop.prefix === "string" ? prop.prefix : `${naming.column(prop)}_`;
      for (const inner of embeddable.properties) {
        addProperty(naming, builder, owner, table, { ...inner, site: { ...inner.site, name: `${prop.site.name}.${inner.name}` } }, prefix + own);
      }
      return;
    }
    default:
      return;
  }
}
const RELATION_DECORATORS = { ManyToOne: "m:1", OneToOne: "1:1", OneToMany: "1:m", ManyToMany: "m:n", Embedded: "embedded" };
const SCALAR_DECORATORS = /* @__PURE__ */ new Set(["Property", "PrimaryKey", "SerializedPrimaryKey", "Enum"]);
function decoratedEntity(project, file, node) {
  const decorators = project.decorators(node);
  const entity = decorators.find((d) => d.name === "Entity" && fromMikro(file, "Entity"));
  const embeddable = decorators.find((d) => d.name === "Embeddable" && fromMikro(file, "Embeddable"));
  if (!entity && !embeddable) return void 0;
  const options = project.objectLiteral(file, (entity ?? embeddable).args[0]);
  const name = node.name.text;
  const properties = membersOf$1(project, file, node).flatMap((m) => decoratedProperty(project, m));
  return {
    name,
    ...optionalString("tableName", options && (project.stringValue(options.file, options.get("tableName")) ?? project.stringValue(options.file, options.get("collection")))),
    ...optionalString("schema", options && project.stringValue(options.file, options.get("schema"))),
    abstract: (options && project.booleanValue(options.get("abstract"))) === true,
    embeddable: embeddable !== void 0,
    properties,
    site: { file: file.path, line: project.line(file, node.name), name }
  };
}
function entityFromOptions(project, name, options, properties, site) {
  return {
    name,
    ...optionalString("tableName", project.stringValue(options.file, options.get("tableName")) ?? project.stringValue(options.file, options.get("collection"))),
    ...optionalString("schema", project.stringValue(options.file, options.get("schema"))),
    abstract: project.booleanValue(options.get("abstract")) === true,
    embeddable: project.booleanValue(options.get("embeddable")) === true,
    properties,
    site
  };
}
function optionalString(key, value) {
  return value !== void 0 ? { [key]: value } : {};
}
function membersOf$1(project, file, node, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(node)) return [];
  seen.add(node);
  const base = project.baseClass(file, node);
  const inherited = base ? membersOf$1(project, base.file, base.node, seen) : [];
  return [...inherited, ...node.members.filter((m) => project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m }))];
}
function decoratedProperty(project, { file, node }) {
  const name = project.propertyName(node.name, file);
  if (name === void 0) return [];
  const owner = node.parent && project.ts.isClassDeclaration(node.parent) && node.parent.name ? node.parent.name.text : "?";
  const site = { file: file.path, line: project.line(file, node.name), name: `${owner}.${name}` };
  for (const decorator of project.decorators(node)) {
    const relation = RELATION_DECORATORS[decorator.name];
    if (!relation && !SCALAR_DECORATORS.has(decorator.name)) continue;
    const options = decorator.args.map((a) => project.objectLiteral(file, a)).find((o) => o !== void 0);
    const target = relation ? project.targetName(file, decorator.args[0]) ?? targetOf(project, options) ?? typeTarget(project, node) : void 0;
    const second = decorator.args[1];
    const mappedBy = relation && second && !project.ts.isObjectLiteralExpression(second) ? true : options?.has("mappedBy") === true;
    const inversedBy = options?.has("inversedBy") === true;
    const ownerFlag = options ? project.booleanValue(options.get("owner")) : void 0;
    return [
      propertyInfo(project, name, relation ?? "scalar", options, site, {
        primary: decorator.name === "PrimaryKey",
        owner: ownerFlag ?? (inversedBy || !mappedBy),
        ...target !== void 0 ? { target } : {}
      })
    ];
  }
  return [];
}
function targetOf(project, options) {
  if (!options) return void 0;
  return project.targetName(options.file, options.get("entity") ?? options.get("type"));
}
function propertyInfo(project, name, kind, options, site, extra) {
  const str = (key) => options ? project.stringValue(options.entry(key)?.file ?? options.file, options.get(key)) : void 0;
  const bool = (key) => options ? project.booleanValue(options.get(key)) : void 0;
  const first = (key) => {
    const list = options?.get(key);
    if (!list || !project.ts.isArrayLiteralExpression(project.unwrap(list))) return void 0;
    return project.stringValue(options.file, project.unwrap(list).elements[0]);
  };
  const fieldName = kind === "m:n" ? str("fieldName") : str("fieldName") ?? str("joinColumn") ?? first("fieldNames") ?? first("joinColumns");
  const pivotColumns = kind === "m:n" ? { owner: str("joinColumn") ?? first("joinColumns"), target: str("inverseJoinColumn") ?? first("inverseJoinColumns") } : void 0;
  const prefix = str("prefix") ?? bool("prefix");
  return {
    name,
    kind,
    persist: bool("persist") !== false && !(options?.has("formula") ?? false),
    owner: extra.owner,
    primary: extra.primary || bool("primary") === true,
    site,
    ...fieldName !== void 0 ? { fieldName } : {},
    ...extra.target !== void 0 ? { target: extra.target } : {},
    ...str("pivotTable") !== void 0 ? { pivotTable: str("pivotTable") } : {},
    ...pivotColumns ? { pivotColumns: dropUndefined(pivotColumns) } : {},
    ...prefix !== void 0 ? { prefix } : {},
    ...bool("object") !== void 0 ? { object: bool("object") } : {}
  };
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function typeTarget(project, node) {
  const { ts } = project;
  const named = (type) => {
    if (!type || !ts.isTypeReferenceNode(type)) return void 0;
    const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    if (WRAPPERS.has(name)) return named(type.typeArguments?.[0]);
    return name;
  };
  const fromType = named(node.type);
  if (fromType) return fromType;
  const init = node.initializer && project.unwrap(node.initializer);
  if (init && ts.isNewExpression(init)) return named(init.typeArguments?.[0]);
  return void 0;
}
const WRAPPERS = /* @__PURE__ */ new Set(["Collection", "Ref", "Reference", "IdentifiedReference", "Rel", "Loaded", "Opt", "Hidden"]);
const SCHEMA_KINDS = { "m:1": "m:1", "1:1": "1:1", "1:m": "1:m", "m:n": "m:n", embedded: "embedded", scalar: "scalar" };
function schemaEntity(project, file, node, arg) {
  const options = project.objectLiteral(file, arg);
  if (!options) return void 0;
  const name = project.stringValue(options.file, options.get("name")) ?? project.targetName(options.file, options.get("class"));
  if (!name) return void 0;
  const properties = [];
  for (const [prop, entry] of project.objectLiteral(options.file, options.get("properties"))?.entries() ?? []) {
    const def = project.objectLiteral(entry.file, entry.value);
    const kindText = def && (project.stringValue(def.file, def.get("kind")) ?? project.stringValue(def.file, def.get("reference")));
    const kind = SCHEMA_KINDS[kindText ?? "scalar"] ?? "scalar";
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${name}.${prop}` };
    const owner = def ? project.booleanValue(def.get("owner")) ?? (def.has("inversedBy") || !def.has("mappedBy")) : true;
    const target = kind === "scalar" ? void 0 : targetOf(project, def);
    properties.push(propertyInfo(project, prop, kind, def, site, { primary: false, owner, ...target !== void 0 ? { target } : {} }));
  }
  return entityFromOptions(project, name, options, properties, { file: file.path, line: project.line(file, node), name });
}
const BUILDER_KINDS = { manyToOne: "m:1", oneToOne: "1:1", oneToMany: "1:m", manyToMany: "m:n", embedded: "embedded" };
function definedEntity(project, file, call) {
  const { ts } = project;
  const options = project.objectLiteral(file, call.arguments[0]);
  if (!options) return void 0;
  const name = project.stringValue(options.file, options.get("name")) ?? project.targetName(options.file, options.get("class"));
  if (!name) return void 0;
  let propsExpr = options.get("properties");
  if (propsExpr) {
    const fn = project.unwrap(propsExpr);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) propsExpr = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  }
  const properties = [];
  for (const [prop, entry] of project.objectLiteral(options.file, propsExpr)?.entries() ?? []) {
    let value = project.unwrap(entry.value);
    if ((ts.isArrowFunction(value) || ts.isFunctionExpression(value)) && !ts.isBlock(value.body)) value = project.unwrap(value.body);
    const chain = project.callChain(value);
    if (chain.length === 0) continue;
    const root = chain[0];
    const kind = BUILDER_KINDS[root.name] ?? "scalar";
    const arg = (method) => chain.find((c) => c.name === method)?.call.arguments[0];
    const called = (method) => chain.some((c) => c.name === method);
    const flag = (method) => called(method) ? project.booleanValue(arg(method)) ?? true : void 0;
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${name}.${prop}` };
    const named = (method) => project.stringValue(entry.file, arg(method));
    const fieldName = kind === "m:n" ? named("fieldName") : named("fieldName") ?? named("joinColumn");
    const pivotColumns = kind === "m:n" ? dropUndefined({ owner: named("joinColumn"), target: named("inverseJoinColumn") }) : void 0;
    const pivotTable = project.stringValue(entry.file, arg("pivotTable"));
    const prefix = project.stringValue(entry.file, arg("prefix")) ?? flag("prefix");
    const object = flag("object");
    const target = kind === "scalar" ? void 0 : project.targetName(entry.file, root.call.arguments[0]);
    const owner = flag("owner") ?? (called("inversedBy") || !called("mappedBy"));
    properties.push({
      name: prop,
      kind,
      persist: flag("persist") !== false && !called("formula"),
      owner,
      primary: flag("primary") === true,
      site,
      ...fieldName !== void 0 ? { fieldName } : {},
      ...target !== void 0 ? { target } : {},
      ...pivotTable !== void 0 ? { pivotTable } : {},
      ...pivotColumns ? { pivotColumns } : {},
      ...prefix !== void 0 ? { prefix } : {},
      ...object !== void 0 ? { object } : {}
    });
  }
  return entityFromOptions(project, name, options, properties, { file: file.path, line: project.line(file, call), name });
}

async function findPrismaSchemas(files) {
  const prismaFiles = files.paths.filter((f) => f.endsWith(".prisma"));
  if (prismaFiles.length === 0) return [];
  const groups = [];
  const covered = /* @__PURE__ */ new Set();
  for (const location of await configuredLocations(files)) {
    const group = prismaFiles.filter((f) => f === location || f.startsWith(`${location}/`));
    if (group.length === 0) continue;
    groups.push(group);
    for (const f of group) covered.add(f);
  }
  const byRoot = /* @__PURE__ */ new Map();
  for (const file of prismaFiles) {
    if (covered.has(file)) continue;
    const root = conventionalRoot(file);
    byRoot.set(root, [...byRoot.get(root) ?? [], file]);
  }
  return [...groups, ...byRoot.values()];
}
function conventionalRoot(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === "schema" && parts[i - 1] === "prisma") return parts.slice(0, i + 1).join("/");
  }
  return path.posix.dirname(file);
}
async function configuredLocations(files) {
  const locations = [];
  for (const file of files.paths) {
    const dir = path.posix.dirname(file);
    if (file === "package.json" || file.endsWith("/package.json")) {
      const text = await files.read(file);
      try {
        const schema = JSON.parse(text ?? "{}").prisma?.schema;
        if (typeof schema === "string") locations.push(path.posix.normalize(path.posix.join(dir, schema)));
      } catch {
      }
    } else if (/(^|\/)prisma\.config\.[cm]?[jt]s$/.test(file)) {
      const schema = schemaInConfig(await files.read(file) ?? "");
      if (schema) locations.push(path.posix.normalize(path.posix.join(dir, schema)));
    }
  }
  return locations.map((l) => l.replace(/\/$/, ""));
}
function schemaInConfig(text) {
  const literal = /\bschema\s*:\s*(["'`])([^"'`$]+)\1/.exec(text);
  if (literal) return literal[2];
  const joined = /\bschema\s*:\s*(?:path\.)?(?:join|resolve)\(([^)]*)\)/.exec(text);
  if (!joined) return void 0;
  const parts = [...joined[1].matchAll(/(["'`])([^"'`]*)\1/g)].map((m) => m[2]);
  return parts.length > 0 ? parts.join("/") : void 0;
}
function readPrismaSchema(files, builder) {
  const parsed = files.map((f) => ({ path: f.path, blocks: parseBlocks(f.text) }));
  for (const f of files) {
    const problem = syntaxProblem(f.text);
    if (problem) builder.unreadable(f.path, problem.line, problem.reason);
  }
  const models = /* @__PURE__ */ new Set();
  for (const { blocks } of parsed) for (const b of blocks) if (b.kind === "model") models.add(b.name);
  for (const { path: file, blocks } of parsed) {
    for (const block of blocks) {
      if (block.kind !== "model") continue;
      const blockAttributes = block.members.filter((m) => m.text.startsWith("@@")).flatMap((m) => attributes(m.text));
      if (blockAttributes.some((a) => a.name === "@@ignore")) continue;
      const mapped = stringArg(blockAttributes.find((a) => a.name === "@@map")?.args);
      const schema = stringArg(blockAttributes.find((a) => a.name === "@@schema")?.args);
      const table = builder.table(qualifiedTable(schema, mapped ?? block.name), { file, line: block.line, name: block.name }, "prisma");
      for (const member of block.members) {
        const field = parseField(member.text);
        if (!field || models.has(field.type)) continue;
        const fieldAttributes = attributes(field.rest);
        if (fieldAttributes.some((a) => a.name === "@ignore")) continue;
        const column = stringArg(fieldAttributes.find((a) => a.name === "@map")?.args) ?? field.name;
        table.column(column, { file, line: member.line, name: `${block.name}.${field.name}` });
      }
    }
  }
}
const BLOCK_START = /^(model|view|enum|type|datasource|generator)\s+([A-Za-z_][\w]*)\s*\{\s*(.*)$/;
function syntaxProblem(text) {
  let open;
  for (const logical of logicalLines(text)) {
    const t = logical.text;
    if (!open) {
      const start = BLOCK_START.exec(t);
      if (start) {
        if (!/}\s*$/.test(start[3] ?? "")) open = { line: logical.line, name: `${start[1]} ${start[2]}` };
      } else {
        return { line: logical.line, reason: `\`${t.length > 40 ? `${t.slice(0, 40)}\u2026` : t}\` is not a model, enum, type, view, datasource or generator block` };
      }
    } else if (t === "}" || t.endsWith("}") && !t.includes("{")) {
      open = void 0;
    } else if (BLOCK_START.test(t)) {
      return { line: logical.line, reason: `\`${open.name}\` (line ${open.line}) is not closed before this block starts` };
    }
  }
  return open ? { line: open.line, reason: `\`${open.name}\` is never closed with \`}\`` } : void 0;
}
function parseBlocks(text) {
  const blocks = [];
  let current;
  for (const logical of logicalLines(text)) {
    const t = logical.text;
    if (!current) {
      const start = BLOCK_START.exec(t);
      if (start) current = { kind: start[1], name: start[2], line: logical.line, members: [] };
      continue;
    }
    if (t === "}") {
      blocks.push(current);
      current = void 0;
    } else if (t.endsWith("}") && !t.includes("{")) {
      current.members.push({ text: t.slice(0, -1).trim(), line: logical.line });
      blocks.push(current);
      current = void 0;
    } else {
      current.members.push(logical);
    }
  }
  return blocks;
}
function logicalLines(text) {
  const result = [];
  let buffer = "";
  let startLine = 1;
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      buffer += ch;
      if (ch === "\\") buffer += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (ch === "\n") {
      line++;
      if (depth > 0) {
        buffer += " ";
        continue;
      }
      if (buffer.trim()) result.push({ text: buffer.trim(), line: startLine });
      buffer = "";
      startLine = line;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (!buffer.trim()) startLine = line;
    buffer += ch;
  }
  if (buffer.trim()) result.push({ text: buffer.trim(), line: startLine });
  return result;
}
function parseField(text) {
  if (text.startsWith("@")) return void 0;
  const match = /^([A-Za-z_]\w*)\s+([A-Za-z_][\w.]*)(\([^)]*\))?(\[\])?(\?)?\s*(.*)$/.exec(text);
  if (!match) return void 0;
  return { name: match[1], type: match[2], rest: match[6] ?? "" };
}
function attributes(text) {
  const result = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i = skipString(text, i);
      continue;
    }
    if (text[i] !== "@") {
      i++;
      continue;
    }
    const name = /^@@?[\w.]+/.exec(text.slice(i))?.[0];
    if (!name) {
      i++;
      continue;
    }
    i += name.length;
    let args = "";
    if (text[i] === "(") {
      const end = closingParen(text, i);
      args = text.slice(i + 1, end);
      i = end + 1;
    }
    result.push({ name, args });
  }
  return result;
}
function skipString(text, start) {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '"') {
      i = skipString(text, i) - 1;
      continue;
    }
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return text.length;
}
function stringArg(args) {
  if (args === void 0) return void 0;
  const match = /"((?:[^"\\]|\\.)*)"/.exec(args);
  return match ? match[1].replace(/\\(.)/g, "$1") : void 0;
}

const MODULES$1 = ["sequelize", "sequelize-typescript", "@sequelize/core"];
const TIMESTAMPS = [
  ["createdAt", "CreatedAt"],
  ["updatedAt", "UpdatedAt"],
  ["deletedAt", "DeletedAt"]
];
function fromSequelize(file, localName) {
  const binding = file.imports.get(localName);
  if (binding) return MODULES$1.includes(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULES$1.includes(b.module));
}
function detectSequelizeSettings(project) {
  const { ts } = project;
  const settings = { define: {} };
  project.forEachNode(
    (node, file) => {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "Sequelize") return;
      for (const arg of node.arguments ?? []) {
        const options = project.objectLiteral(file, arg);
        const define = options && project.objectLiteral(options.file, options.get("define"));
        if (define) settings.define = { ...settings.define, ...nameOptions(project, define) };
      }
    },
    { all: true, mentions: /\bnew\s+Sequelize\b/ }
  );
  return settings;
}
function readSequelizeSchema(project, builder, settings) {
  const reader = { project, builder, settings, models: /* @__PURE__ */ new Map() };
  const { ts } = project;
  const associations = [];
  const decorated = [];
  project.forEachNode((node, file) => {
    if (ts.isClassDeclaration(node) && node.name && project.decorators(node).some((d) => d.name === "Table" && fromSequelize(file, "Table"))) {
      decorated.push({ file, node });
      return;
    }
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
    const method = node.expression.name.text;
    if (method === "init") readInit(reader, file, node);
    else if (method === "define") readDefine(reader, file, node);
    else if (method === "belongsTo" || method === "hasMany" || method === "hasOne" || method === "belongsToMany") associations.push({ file, call: node, kind: method });
  });
  for (const d of decorated) readDecoratedModel(reader, d.file, d.node);
  for (const a of associations) readAssociation(reader, a.file, a.call, a.kind);
  for (const d of decorated) readDecoratedAssociations(reader, d.file, d.node);
}
function nameOptions(project, options) {
  if (!options) return {};
  const result = {};
  const file = options.file;
  const str = (key) => project.stringValue(options.entry(key)?.file ?? file, options.get(key));
  const bool = (key) => project.booleanValue(options.get(key));
  const strOrBool = (key) => str(key) ?? bool(key);
  const assign = (key, value) => {
    if (value !== void 0) result[key] = value;
  };
  assign("tableName", str("tableName"));
  assign("modelName", str("modelName"));
  assign("schema", str("schema"));
  assign("freezeTableName", bool("freezeTableName"));
  assign("underscored", bool("underscored"));
  assign("timestamps", bool("timestamps"));
  assign("paranoid", bool("paranoid"));
  assign("createdAt", strOrBool("createdAt"));
  assign("updatedAt", strOrBool("updatedAt"));
  assign("deletedAt", strOrBool("deletedAt"));
  assign("version", strOrBool("version"));
  return result;
}
function tableName(modelName, options) {
  const name = options.tableName ?? (options.freezeTableName ? modelName : options.underscored ? sequelizeUnderscore(pluralize(modelName)) : pluralize(modelName));
  return qualifiedTable(options.schema, name);
}
function fieldName(attribute, underscored) {
  return underscored ? sequelizeUnderscore(attribute) : attribute;
}
function readInit(reader, file, call) {
  const { project } = reader;
  const { ts } = project;
  const callee = call.expression;
  let cls;
  if (callee.expression.kind === ts.SyntaxKind.SuperKeyword || callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    let parent = call.parent;
    while (parent && !ts.isClassDeclaration(parent)) parent = parent.parent;
    cls = parent;
  } else if (ts.isIdentifier(callee.expression)) {
    cls = classInScope(project, call, callee.expression.text) ?? project.classNamed(file, callee.expression.text)?.node;
  }
  if (!cls?.name || !extendsModel(project, cls)) return;
  const options = nameOptions(project, project.objectLiteral(file, call.arguments[1]));
  const attributes = project.objectLiteral(file, call.arguments[0]);
  const className = cls.name.text;
  const site = { file: file.path, line: project.line(file, cls.name), name: className };
  const model = addModel(reader, options.modelName ?? className, options, site, [className]);
  readAttributes(reader, model, attributes, options);
}
function classInScope(project, call, name) {
  const { ts } = project;
  for (let scope = call.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (!ts.isBlock(scope)) continue;
    for (const statement of scope.statements) if (ts.isClassDeclaration(statement) && statement.name?.text === name) return statement;
  }
  return void 0;
}
function extendsModel(project, cls) {
  const clause = cls.heritageClauses?.find((h) => h.token === project.ts.SyntaxKind.ExtendsKeyword);
  const expr = clause?.types[0]?.expression;
  return expr !== void 0 && /(^|\.)Model$/.test(expr.getText());
}
function readDefine(reader, file, call) {
  const { project } = reader;
  if (!fileUsesSequelize(file)) return;
  const modelName = project.stringValue(file, call.arguments[0]);
  const attributes = project.objectLiteral(file, call.arguments[1]);
  if (!modelName || !attributes) return;
  const options = nameOptions(project, project.objectLiteral(file, call.arguments[2]));
  const variable = project.ts.isVariableDeclaration(call.parent) && project.ts.isIdentifier(call.parent.name) ? call.parent.name.text : void 0;
  const site = { file: file.path, line: project.line(file, call), name: modelName };
  const model = addModel(reader, modelName, options, site, variable ? [variable] : []);
  readAttributes(reader, model, attributes, options);
}
function fileUsesSequelize(file) {
  return [...file.imports.values()].some((b) => MODULES$1.includes(b.module)) || /\bsequelize\b/i.test(file.source.text);
}
function addModel(reader, modelName, own, site, aliases) {
  const options = { ...reader.settings.define, ...own };
  const table = reader.builder.table(tableName(modelName, options), site, "sequelize");
  const model = { modelName, underscored: options.underscored === true, primaryKey: "id", table, site };
  for (const name of [modelName, ...aliases]) reader.models.set(name, model);
  return model;
}
function readAttributes(reader, model, attributes, own) {
  const { project } = reader;
  const options = { ...reader.settings.define, ...own };
  let hasPrimaryKey = false;
  const declared = /* @__PURE__ */ new Set();
  for (const [attribute, entry] of attributes?.entries() ?? []) {
    const definition = project.objectLiteral(entry.file, entry.value);
    const type = definition ? definition.get("type") : entry.value;
    if (type && isVirtual(project, type)) continue;
    if (definition && project.booleanValue(definition.get("primaryKey"))) {
      hasPrimaryKey = true;
      model.primaryKey = attribute;
    }
    declared.add(attribute);
    const field = definition ? project.stringValue(definition.file, definition.get("field")) : void 0;
    model.table.column(field ?? fieldName(attribute, model.underscored), { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${model.site.name}.${attribute}` });
  }
  addImplicitColumns(model, options, hasPrimaryKey, declared);
}
function addImplicitColumns(model, options, hasPrimaryKey, declared) {
  const site = (attribute) => ({ ...model.site, name: `${model.site.name}.${attribute}` });
  if (!hasPrimaryKey && !declared.has("id")) model.table.column("id", site("id"));
  if (options.timestamps !== false) {
    for (const [key] of TIMESTAMPS) {
      if (key === "deletedAt" && !options.paranoid) continue;
      const setting = options[key];
      if (setting === false) continue;
      const attribute = typeof setting === "string" ? setting : key;
      if (!declared.has(attribute)) model.table.column(fieldName(attribute, model.underscored), site(attribute));
    }
  }
  if (options.version) {
    const attribute = typeof options.version === "string" ? options.version : "version";
    if (!declared.has(attribute)) model.table.column(fieldName(attribute, model.underscored), site(attribute));
  }
}
function isVirtual(project, type) {
  const { ts } = project;
  let expr = project.unwrap(type);
  if (ts.isCallExpression(expr)) expr = expr.expression;
  return ts.isPropertyAccessExpression(expr) && expr.name.text === "VIRTUAL" || ts.isIdentifier(expr) && expr.text === "VIRTUAL";
}
function readDecoratedModel(reader, file, node) {
  const { project } = reader;
  const className = node.name.text;
  const chain = classChain(project, file, node);
  let own = {};
  for (const c of chain) {
    const table = project.decorators(c.node).find((d) => d.name === "Table");
    if (table) own = { ...own, ...nameOptions(project, project.objectLiteral(c.file, table.args[0])) };
  }
  const ownTable = project.decorators(node).find((d) => d.name === "Table");
  const modelName = nameOptions(project, project.objectLiteral(file, ownTable.args[0])).modelName ?? className;
  const members = chain.flatMap(
    (c) => c.node.members.filter((m) => project.ts.isPropertyDeclaration(m)).map((m) => ({ file: c.file, node: m, owner: c.node.name?.text ?? className }))
  );
  for (const member of members) {
    const attribute = project.propertyName(member.node.name, member.file);
    const timestamp = TIMESTAMPS.find(([, decoratorName]) => project.decorators(member.node).some((d) => d.name === decoratorName));
    if (!timestamp || attribute === void 0) continue;
    own = { ...own, [timestamp[0]]: attribute, timestamps: true, ...timestamp[0] === "deletedAt" ? { paranoid: true } : {} };
  }
  const site = { file: file.path, line: project.line(file, node.name), name: className };
  const model = addModel(reader, modelName, own, site, [className]);
  let hasPrimaryKey = false;
  const declared = /* @__PURE__ */ new Set();
  for (const member of members) {
    const attribute = project.propertyName(member.node.name, member.file);
    if (attribute === void 0) continue;
    const decorators = project.decorators(member.node);
    const column = decorators.find((d) => d.name === "Column");
    const timestamp = TIMESTAMPS.some(([, decoratorName]) => decorators.some((d) => d.name === decoratorName));
    if (!column && !timestamp) continue;
    const columnOptions = column ? project.objectLiteral(member.file, column.args[0]) : void 0;
    const type = columnOptions ? columnOptions.get("type") : column?.args[0];
    if (type && isVirtual(project, type)) continue;
    if (decorators.some((d) => d.name === "PrimaryKey") || columnOptions && project.booleanValue(columnOptions.get("primaryKey"))) {
      hasPrimaryKey = true;
      model.primaryKey = attribute;
    }
    declared.add(attribute);
    const field = columnOptions ? project.stringValue(columnOptions.file, columnOptions.get("field")) : void 0;
    model.table.column(field ?? fieldName(attribute, model.underscored), {
      file: member.file.path,
      line: project.line(member.file, member.node.name),
      name: `${member.owner}.${attribute}`
    });
  }
  addImplicitColumns(model, { ...reader.settings.define, ...own }, hasPrimaryKey, declared);
}
function classChain(project, file, node) {
  const chain = [{ file, node }];
  const seen = /* @__PURE__ */ new Set([node]);
  let base = project.baseClass(file, node);
  while (base && !seen.has(base.node)) {
    seen.add(base.node);
    chain.unshift(base);
    base = project.baseClass(base.file, base.node);
  }
  return chain;
}
function modelOf(reader, file, expr) {
  const { project } = reader;
  if (!expr) return void 0;
  if (expr.kind === project.ts.SyntaxKind.ThisKeyword) {
    let cls = expr.parent;
    while (cls && !project.ts.isClassDeclaration(cls)) cls = cls.parent;
    const name2 = cls && project.ts.isClassDeclaration(cls) ? cls.name?.text : void 0;
    return name2 ? reader.models.get(name2) : void 0;
  }
  const name = project.targetName(file, expr);
  return name ? reader.models.get(name) : void 0;
}
function readAssociation(reader, file, call, kind) {
  const source = modelOf(reader, file, call.expression.expression);
  const target = modelOf(reader, file, call.arguments[0]);
  if (!source || !target) return;
  const options = reader.project.objectLiteral(file, call.arguments[1]);
  const site = { file: file.path, line: reader.project.line(file, call), name: `${source.site.name}.${kind}(${target.site.name})` };
  associate(reader, kind, source, target, options, void 0, site);
}
function readDecoratedAssociations(reader, file, node) {
  const { project } = reader;
  const source = reader.models.get(node.name.text);
  if (!source) return;
  for (const member of node.members) {
    if (!project.ts.isPropertyDeclaration(member)) continue;
    for (const decorator of project.decorators(member)) {
      const kind = { BelongsTo: "belongsTo", HasMany: "hasMany", HasOne: "hasOne" }[decorator.name];
      if (!kind) continue;
      const target = modelOf(reader, file, decorator.args[0]);
      if (!target) continue;
      const second = decorator.args[1];
      const foreignKey = project.stringValue(file, second);
      const options = foreignKey === void 0 ? project.objectLiteral(file, second) : void 0;
      if (foreignKey === void 0 && !options?.has("foreignKey")) continue;
      const site = { file: file.path, line: project.line(file, member.name), name: `${source.site.name}.${project.propertyName(member.name, file)}` };
      const as = project.propertyName(member.name, file);
      associate(reader, kind, source, target, options, foreignKey, site, kind === "belongsTo" ? as : void 0);
    }
  }
}
function associate(reader, kind, source, target, options, foreignKeyName, site, defaultAs) {
  const { project } = reader;
  const key = (option) => {
    if (!options) return {};
    const value = options.get(option);
    const name = project.stringValue(options.file, value);
    if (name !== void 0) return { name };
    const object = project.objectLiteral(options.file, value);
    if (!object) return {};
    const given = project.stringValue(object.file, object.get("name"));
    const field = project.stringValue(object.file, object.get("field"));
    return { ...given !== void 0 ? { name: given } : {}, ...field !== void 0 ? { field } : {} };
  };
  const foreignKey = foreignKeyName !== void 0 ? { name: foreignKeyName } : key("foreignKey");
  const as = (options && project.stringValue(options.file, options.get("as"))) ?? defaultAs;
  if (kind === "belongsTo") {
    const name = foreignKey.name ?? sequelizeCamelize(`${as ?? target.modelName}_${target.primaryKey}`);
    source.table.column(foreignKey.field ?? fieldName(name, source.underscored), site);
  } else if (kind === "hasMany" || kind === "hasOne") {
    const name = foreignKey.name ?? sequelizeCamelize(`${source.modelName}_${source.primaryKey}`);
    target.table.column(foreignKey.field ?? fieldName(name, target.underscored), site);
  } else if (kind === "belongsToMany") {
    const through = options?.get("through");
    const throughName = through && project.stringValue(options.file, through);
    if (!throughName) return;
    const junction = reader.builder.table(throughName, site, "sequelize");
    const other = key("otherKey");
    junction.column(foreignKey.field ?? fieldName(foreignKey.name ?? sequelizeCamelize(`${source.modelName}_${source.primaryKey}`), source.underscored), site);
    junction.column(other.field ?? fieldName(other.name ?? sequelizeCamelize(`${target.modelName}_${target.primaryKey}`), source.underscored), site);
  }
}

const SCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
class TsProject {
  /**
   * @param primary the files whose declarations are read (`forEachNode`); the others are there to
   * follow names into, and are parsed the first time a name leads into them. All files when absent.
   */
  constructor(ts, sources, primary, cache) {
    this.ts = ts;
    this.primary = primary;
    this.cache = cache;
    for (const s of sources) this.texts.set(s.path, s.text);
    for (const s of sources) if (this.isPrimary(s.path)) this.file(s.path);
  }
  ts;
  primary;
  cache;
  /** Model files with syntax errors, or that the parser failed on: what they map is unknown. */
  unreadable = [];
  texts = /* @__PURE__ */ new Map();
  /** Parsed so far; null for a file the parser failed on. Only the primary files are parsed up front. */
  parsed = /* @__PURE__ */ new Map();
  /** The parsed file at `filePath`, parsing it on first use; undefined when it is not in the set or cannot be parsed. */
  file(filePath) {
    const known = this.parsed.get(filePath);
    if (known !== void 0) return known ?? void 0;
    const text = this.texts.get(filePath);
    if (text === void 0) return void 0;
    try {
      const cached = this.cache?.get(filePath);
      const file = cached && cached.text === text ? cached.file : this.parse(filePath, text);
      if (file !== cached?.file) this.cache?.set(filePath, { text, file });
      this.noteSyntaxError(file);
      this.parsed.set(filePath, file);
      return file;
    } catch (error) {
      if (this.isPrimary(filePath)) this.unreadable.push({ file: filePath, line: 1, reason: describeError(error) });
      this.parsed.set(filePath, null);
      return void 0;
    }
  }
  /**
   * The files of the set in their order, parsed: the primary ones, and of the others those whose
   * text contains `mentions` (all of them without it). A file that does not contain a name
   * cannot declare it, so the others need no parse.
   */
  filesMentioning(mentions, all = true) {
    const result = [];
    for (const [filePath, text] of this.texts) {
      const wanted = this.isPrimary(filePath) || all && (mentions === void 0 || (typeof mentions === "string" ? text.includes(mentions) : mentions.test(text)));
      const file = wanted ? this.file(filePath) : void 0;
      if (file) result.push(file);
    }
    return result;
  }
  isPrimary(file) {
    return this.primary === void 0 || this.primary.has(file);
  }
  /** The parser recovers from syntax errors by guessing; a model read from such a guess cannot be trusted to be complete. */
  noteSyntaxError(file) {
    if (!this.isPrimary(file.path)) return;
    const diagnostics = file.source.parseDiagnostics ?? [];
    const first = diagnostics[0];
    if (!first) return;
    const line = file.source.getLineAndCharacterOfPosition(first.start).line + 1;
    this.unreadable.push({ file: file.path, line, reason: this.ts.flattenDiagnosticMessageText(first.messageText, " ") });
  }
  line(file, node) {
    return file.source.getLineAndCharacterOfPosition(node.getStart(file.source)).line + 1;
  }
  decorators(node) {
    const { ts } = this;
    if (!ts.canHaveDecorators(node)) return [];
    const result = [];
    for (const decorator of ts.getDecorators(node) ?? []) {
      const expr = decorator.expression;
      const callee = ts.isCallExpression(expr) ? expr.expression : expr;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : void 0;
      if (name) result.push({ name, args: ts.isCallExpression(expr) ? expr.arguments : [], node: decorator });
    }
    return result;
  }
  /** A property's name as written: identifier, string or number literal, or a computed string. */
  propertyName(name, file) {
    const { ts } = this;
    if (!name) return void 0;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isComputedPropertyName(name) && file) return this.stringValue(file, name.expression);
    return void 0;
  }
  /** The value of a string expression: a literal, a template without substitutions, or a constant naming one. */
  stringValue(file, expr, depth = 0) {
    const { ts } = this;
    if (!expr || depth > 8) return void 0;
    expr = this.unwrap(expr);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isIdentifier(expr)) {
      const found = this.constant(file, expr.text);
      return found ? this.stringValue(found.file, found.node, depth + 1) : void 0;
    }
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
      const holder = this.constant(file, expr.expression.text);
      const object = holder && this.objectLiteral(holder.file, holder.node);
      const value = object?.get(expr.name.text);
      return object && value ? this.stringValue(object.file, value, depth + 1) : void 0;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.stringValue(file, expr.left, depth + 1);
      const right = this.stringValue(file, expr.right, depth + 1);
      return left !== void 0 && right !== void 0 ? left + right : void 0;
    }
    return void 0;
  }
  booleanValue(expr) {
    if (!expr) return void 0;
    expr = this.unwrap(expr);
    if (expr.kind === this.ts.SyntaxKind.TrueKeyword) return true;
    if (expr.kind === this.ts.SyntaxKind.FalseKeyword) return false;
    return void 0;
  }
  /**
   * The properties of an object literal (or of the constant an identifier names), spreads of other
   * known objects included. Later properties win, as at run time.
   */
  objectLiteral(file, expr, depth = 0) {
    const { ts } = this;
    if (!expr || depth > 8) return void 0;
    expr = this.unwrap(expr);
    if (ts.isIdentifier(expr)) {
      const found = this.constant(file, expr.text);
      return found ? this.objectLiteral(found.file, found.node, depth + 1) : void 0;
    }
    if (!ts.isObjectLiteralExpression(expr)) return void 0;
    const props = new ObjectProperties(file);
    for (const p of expr.properties) {
      if (ts.isPropertyAssignment(p)) {
        const name = this.propertyName(p.name, file);
        if (name !== void 0) props.set(name, p.initializer, p, file);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        props.set(p.name.text, p.name, p, file);
      } else if (ts.isMethodDeclaration(p)) {
        const name = this.propertyName(p.name, file);
        if (name !== void 0) props.setMethod(name, p, file);
      } else if (ts.isSpreadAssignment(p)) {
        const spread = this.objectLiteral(file, p.expression, depth + 1);
        if (spread) props.merge(spread);
      }
    }
    return props;
  }
  /** A top-level constant visible in `file` under `name`: declared there or imported. */
  constant(file, name) {
    const local = file.consts.get(name);
    if (local) return { file, node: local };
    const target = this.importedFile(file, name);
    if (target) {
      const found = target.file.consts.get(target.name);
      if (found) return { file: target.file, node: found };
    }
    return this.unique(name, (f) => f.consts.get(name));
  }
  /** A class visible in `file` under `name`: declared there or imported. */
  classNamed(file, name) {
    const local = file.classes.get(name);
    if (local) return { file, node: local };
    const target = this.importedFile(file, name);
    if (target) {
      const found = target.file.classes.get(target.name);
      if (found) return { file: target.file, node: found };
    }
    return this.unique(new RegExp(`\\bclass\\s+${name.replace(/\$/g, "\\$")}(?![\\w$])`), (f) => f.classes.get(name));
  }
  /** The name of the class a class extends, when it is a plain identifier (`extends Base`, `extends Base<T>`). */
  baseClass(file, node) {
    const { ts } = this;
    const clause = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const expr = clause?.types[0]?.expression;
    if (!expr || !ts.isIdentifier(expr)) return void 0;
    return this.classNamed(file, expr.text);
  }
  /** `() => User`, `(type) => User`, `User`, `"User"`: the class or entity name a relation points at. */
  targetName(file, expr) {
    const { ts } = this;
    if (!expr) return void 0;
    expr = this.unwrap(expr);
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
      const body = ts.isArrowFunction(expr) && !ts.isBlock(expr.body) ? expr.body : returnedExpression(ts, expr.body);
      return body ? this.targetName(file, body) : void 0;
    }
    if (ts.isIdentifier(expr)) return expr.text;
    if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
    return this.stringValue(file, expr);
  }
  /** The innermost call of a chain: `serial("id").primaryKey().notNull()` → `serial("id")`. */
  rootCall(expr) {
    const { ts } = this;
    let node = this.unwrap(expr);
    let root;
    while (ts.isCallExpression(node)) {
      root = node;
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isCallExpression(this.unwrap(callee.expression))) node = this.unwrap(callee.expression);
      else break;
    }
    return root;
  }
  /** Every call in a chain, outermost last: `p.string().fieldName("x")` → [`p.string()`, `.fieldName("x")`]. */
  callChain(expr) {
    const { ts } = this;
    const chain = [];
    let node = this.unwrap(expr);
    while (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      chain.unshift({ name, call: node });
      if (!ts.isPropertyAccessExpression(callee)) break;
      node = this.unwrap(callee.expression);
    }
    return chain;
  }
  /** The name a call's callee ends in: `pgTable(...)` → `pgTable`, `t.integer()` → `integer`. */
  calleeName(call) {
    const { ts } = this;
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    return void 0;
  }
  /** Drops parentheses, `as`, `satisfies` and `!`, which change nothing at run time. */
  unwrap(expr) {
    return skipOuter(this.ts, expr);
  }
  /**
   * Visits every node of the primary files; with `all`, of the other files too, or with `mentions`
   * of those other files whose text matches it (what the visitor looks for: a file without it has
   * nothing for the visitor, and is not parsed).
   */
  forEachNode(visit, options = {}) {
    for (const file of this.filesMentioning(options.mentions, options.all ?? false)) {
      const walk = (node) => {
        visit(node, file);
        node.forEachChild(walk);
      };
      walk(file.source);
    }
  }
  importedFile(file, name) {
    const binding = file.imports.get(name);
    if (!binding || !binding.module.startsWith(".")) return void 0;
    const target = this.resolve(file.path, binding.module);
    return target ? { file: target, name: binding.imported } : void 0;
  }
  resolve(from, specifier) {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const stem = base.replace(/\.[cm]?js$/, "");
    const candidates = [base, ...SCRIPT_EXTENSIONS.map((e) => stem + e), ...SCRIPT_EXTENSIONS.map((e) => `${base}/index${e}`)];
    for (const c of candidates) {
      const found = this.texts.has(c) ? this.file(c) : void 0;
      if (found) return found;
    }
    return void 0;
  }
  /** The one declaration in the set that `pick` finds, among the files whose text matches `declares`; none when two files declare it. */
  unique(declares, pick) {
    let found;
    for (const file of this.filesMentioning(declares)) {
      const node = pick(file);
      if (node === void 0) continue;
      if (found) return void 0;
      found = { file, node };
    }
    return found;
  }
  parse(filePath, text) {
    const { ts } = this;
    const kind = /\.[cm]?tsx$|\.jsx$/.test(filePath) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(filePath) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
    const source = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true, kind);
    const imports = /* @__PURE__ */ new Map();
    const consts = /* @__PURE__ */ new Map();
    const classes = /* @__PURE__ */ new Map();
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (clause?.name) imports.set(clause.name.text, { module, imported: "default" });
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, imported: "*" });
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) imports.set(el.name.text, { module, imported: (el.propertyName ?? el.name).text });
        }
      } else if (ts.isVariableStatement(statement)) {
        for (const decl of statement.declarationList.declarations) {
          if (!decl.initializer) continue;
          if (ts.isIdentifier(decl.name)) {
            consts.set(decl.name.text, decl.initializer);
            const required = requiredModule(ts, decl.initializer);
            if (required) imports.set(decl.name.text, { module: required, imported: "*" });
          } else if (ts.isObjectBindingPattern(decl.name)) {
            const required = requiredModule(ts, decl.initializer);
            if (!required) continue;
            for (const el of decl.name.elements) {
              if (ts.isIdentifier(el.name)) {
                const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
                imports.set(el.name.text, { module: required, imported });
              }
            }
          }
        }
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        classes.set(statement.name.text, statement);
      }
    }
    return { path: filePath, source, imports, consts, classes };
  }
}
class ObjectProperties {
  constructor(file) {
    this.file = file;
  }
  file;
  values = /* @__PURE__ */ new Map();
  set(name, value, node, file) {
    this.values.set(name, { value, node, file });
  }
  setMethod(name, method, file) {
    this.values.set(name, { value: method.name, node: method, file, method });
  }
  merge(other) {
    for (const [k, v] of other.values) this.values.set(k, v);
  }
  get(name) {
    return this.values.get(name)?.value;
  }
  /** The property with where it was written (a spread brings properties from other files). */
  entry(name) {
    return this.values.get(name);
  }
  entries() {
    return [...this.values];
  }
  has(name) {
    return this.values.has(name);
  }
}
function requiredModule(ts, expr) {
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "require") {
    const arg = expr.arguments[0];
    if (arg && ts.isStringLiteral(arg)) return arg.text;
  }
  return void 0;
}
function returnedExpression(ts, body) {
  if (!ts.isBlock(body)) return body;
  for (const statement of body.statements) if (ts.isReturnStatement(statement)) return statement.expression;
  return void 0;
}

const MODULES = ["typeorm"];
const COLUMN_DECORATORS = /* @__PURE__ */ new Set([
  "Column",
  "PrimaryColumn",
  "PrimaryGeneratedColumn",
  "CreateDateColumn",
  "UpdateDateColumn",
  "DeleteDateColumn",
  "VersionColumn",
  "ObjectIdColumn",
  "TreeLevelColumn"
]);
const PRIMARY_DECORATORS = /* @__PURE__ */ new Set(["PrimaryColumn", "PrimaryGeneratedColumn", "ObjectIdColumn"]);
function detectTypeormSettings(project) {
  const { ts } = project;
  const settings = { naming: "default", tablePrefix: "" };
  project.forEachNode((node, file) => {
    if (!ts.isPropertyAssignment(node)) return;
    const key = project.propertyName(node.name, file);
    if (key === "entityPrefix") settings.tablePrefix = project.stringValue(file, node.initializer) ?? settings.tablePrefix;
    if (key !== "namingStrategy") return;
    const value = project.unwrap(node.initializer);
    if (!ts.isNewExpression(value) || !ts.isIdentifier(value.expression)) return;
    const name = value.expression.text;
    const declared = project.classNamed(file, name);
    const text = declared ? declared.node.getText(declared.file.source) : "";
    if (/snake/i.test(name) || /snakeCase|snake_case/.test(text)) settings.naming = "snake_case";
  }, { all: true, mentions: /\b(entityPrefix|namingStrategy)\b/ });
  return settings;
}
function readTypeormSchema(project, builder, settings) {
  const reader = { project, builder, naming: settings.naming, prefix: settings.tablePrefix, entities: /* @__PURE__ */ new Map() };
  const classes = [];
  const schemas = [];
  project.forEachNode((node, file) => {
    const { ts } = project;
    if (ts.isClassDeclaration(node) && node.name && entityDecorator(reader, file, node)) classes.push({ file, node });
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "EntitySchema" && fromTypeorm(file, "EntitySchema")) {
      const arg = node.arguments?.[0];
      if (arg) schemas.push({ file, options: arg, node });
    }
  });
  for (const c of classes) indexClassEntity(reader, c);
  for (const s of schemas) indexSchemaEntity(reader, s.file, s.options);
  for (const c of classes) readClassEntity(reader, c);
  for (const s of schemas) readSchemaEntity(reader, s.file, s.options, s.node);
}
function entityDecorator(reader, file, node) {
  return reader.project.decorators(node).find((d) => (d.name === "Entity" || d.name === "ChildEntity") && fromTypeorm(file, d.name));
}
function fromTypeorm(file, localName) {
  const binding = file.imports.get(localName);
  if (binding) return MODULES.includes(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULES.includes(b.module));
}
function indexClassEntity(reader, { file, node }) {
  const decorator = entityDecorator(reader, file, node);
  const name = node.name.text;
  const { table, bare } = decorator.name === "ChildEntity" ? parentTable(reader, file, node) ?? tableOf(reader, file, name, []) : tableOf(reader, file, name, decorator.args);
  const primary = primaryOf(reader, file, node);
  reader.entities.set(name, { name, table, bareTable: bare, primaryProperty: primary?.property ?? "id", primaryColumn: primary?.column ?? "id" });
}
function tableOf(reader, file, className, args) {
  const { project } = reader;
  let given = project.stringValue(file, args[0]);
  const options = project.objectLiteral(file, args[given !== void 0 ? 1 : 0]);
  given ??= options ? project.stringValue(options.file, options.get("name")) : void 0;
  const schema = options ? project.stringValue(options.file, options.get("schema")) : void 0;
  const bare = given ?? typeormSnakeCase(className);
  return { table: qualifiedTable(schema, reader.prefix + bare), bare };
}
function parentTable(reader, file, node) {
  const seen = /* @__PURE__ */ new Set();
  let current = reader.project.baseClass(file, node);
  while (current && !seen.has(current.node)) {
    seen.add(current.node);
    const decorator = reader.project.decorators(current.node).find((d) => d.name === "Entity");
    if (decorator) return tableOf(reader, current.file, current.node.name.text, decorator.args);
    current = reader.project.baseClass(current.file, current.node);
  }
  return void 0;
}
function primaryOf(reader, file, node) {
  for (const member of membersOf(reader, file, node)) {
    const decorator = reader.project.decorators(member.node).find((d) => PRIMARY_DECORATORS.has(d.name));
    if (!decorator) continue;
    const property = reader.project.propertyName(member.node.name, member.file);
    return { property, column: columnName(reader, property, givenName(reader, member.file, decorator.args), []) };
  }
  return void 0;
}
function membersOf(reader, file, node, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(node)) return [];
  seen.add(node);
  const base = reader.project.baseClass(file, node);
  const inherited = base ? membersOf(reader, base.file, base.node, seen) : [];
  const own = node.members.filter((m) => reader.project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m }));
  return [...inherited, ...own];
}
function readClassEntity(reader, { file, node }) {
  const { project } = reader;
  const name = node.name.text;
  const entity = reader.entities.get(name);
  const table = reader.builder.table(entity.table, { file: file.path, line: project.line(file, node.name), name }, "typeorm");
  const decorators = project.decorators(node);
  const isChild = decorators.some((d) => d.name === "ChildEntity");
  const members = isChild ? node.members.filter((m) => project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m })) : membersOf(reader, file, node);
  for (const member of members) readProperty(reader, entity, table, member, []);
  readInheritanceColumns(reader, file, node, table);
}
function readInheritanceColumns(reader, file, node, table) {
  const { project } = reader;
  const site = (name) => ({ file: file.path, line: project.line(file, node.name), name: `${node.name.text}.${name}` });
  for (const decorator of project.decorators(node)) {
    if (decorator.name === "TableInheritance") {
      const options = project.objectLiteral(file, decorator.args[0]);
      const column = options ? project.objectLiteral(options.file, options.get("column")) : void 0;
      const name = (column && project.stringValue(column.file, column.get("name"))) ?? "type";
      table.column(name, site(name));
    } else if (decorator.name === "Tree") {
      const kind = project.stringValue(file, decorator.args[0]);
      if (kind === "materialized-path") table.column("mpath", site("mpath"));
      if (kind === "nested-set") {
        table.column("nsleft", site("nsleft"));
        table.column("nsright", site("nsright"));
      }
    }
  }
}
function readProperty(reader, entity, table, member, prefixes, path) {
  const { project } = reader;
  const { file, node } = member;
  const property = project.propertyName(node.name, file);
  if (property === void 0) return;
  const siteName = `${path ?? ownerName(project, node)}.${property}`;
  const site = { file: file.path, line: project.line(file, node.name), name: siteName };
  const decorators = project.decorators(node);
  for (const decorator of decorators) {
    if (!COLUMN_DECORATORS.has(decorator.name)) continue;
    const embedded = decorator.name === "Column" ? embeddedClass(reader, file, decorator.args[0]) : void 0;
    if (embedded) {
      const options = project.objectLiteral(file, decorator.args[1]);
      const prefix = options?.get("prefix");
      const custom = prefix ? project.stringValue(options.file, prefix) ?? project.booleanValue(prefix) : void 0;
      const partial = custom === void 0 || custom === true ? [property] : custom === false || custom === "" ? [] : [custom];
      for (const inner of membersOf(reader, embedded.file, embedded.node)) readProperty(reader, entity, table, inner, [...prefixes, ...partial], siteName);
      return;
    }
    table.column(columnName(reader, property, givenName(reader, file, decorator.args), prefixes), site);
    return;
  }
  const relation = decorators.find((d) => d.name === "ManyToOne" || d.name === "OneToOne" || d.name === "TreeParent");
  const joinColumn = decorators.find((d) => d.name === "JoinColumn");
  if (relation && (relation.name !== "OneToOne" || joinColumn)) {
    const target = relation.name === "TreeParent" ? entity : reader.entities.get(project.targetName(file, relation.args[0]) ?? "");
    for (const name of joinColumnNames(reader, file, property, joinColumn?.args[0], target, prefixes)) table.column(name, site);
    return;
  }
  const manyToMany = decorators.find((d) => d.name === "ManyToMany");
  const joinTable = decorators.find((d) => d.name === "JoinTable");
  if (manyToMany && joinTable) readJoinTable(reader, entity, member, property, project.targetName(file, manyToMany.args[0]), joinTable.args[0]);
}
function ownerName(project, node) {
  let parent = node.parent;
  while (parent && !project.ts.isClassDeclaration(parent)) parent = parent.parent;
  return parent && project.ts.isClassDeclaration(parent) && parent.name ? parent.name.text : "?";
}
function embeddedClass(reader, file, arg) {
  const { ts } = reader.project;
  if (!arg || !(ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))) return void 0;
  const name = reader.project.targetName(file, arg);
  return name ? reader.project.classNamed(file, name) : void 0;
}
function givenName(reader, file, args) {
  for (const arg of args) {
    const options = reader.project.objectLiteral(file, arg);
    const name = options && reader.project.stringValue(options.file, options.get("name"));
    if (name) return name;
  }
  return void 0;
}
function columnName(reader, property, given, prefixes) {
  if (reader.naming === "snake_case") return typeormSnakeCase([...prefixes, ""].join("_")) + (given ?? typeormSnakeCase(property));
  const name = given ?? property;
  return prefixes.length > 0 ? typeormCamelCase(prefixes.join("_")) + typeormTitleCase(name) : name;
}
function joinColumnName(reader, relation, referenced) {
  return reader.naming === "snake_case" ? typeormSnakeCase(`${relation}_${referenced}`) : typeormCamelCase(`${relation}_${referenced}`);
}
function joinColumnNames(reader, file, property, arg, target, prefixes) {
  const { project } = reader;
  const relationPath = [...prefixes, property].join("_");
  const options = arg && project.ts.isArrayLiteralExpression(project.unwrap(arg)) ? project.unwrap(arg).elements : arg ? [arg] : [void 0];
  return options.map((option) => {
    const props = project.objectLiteral(file, option);
    const name = props && project.stringValue(props.file, props.get("name"));
    if (name) return name;
    const referenced = (props && project.stringValue(props.file, props.get("referencedColumnName"))) ?? target?.primaryProperty ?? "id";
    return joinColumnName(reader, relationPath, referenced);
  });
}
function readJoinTable(reader, entity, member, property, targetName, arg) {
  const { project } = reader;
  const { file, node } = member;
  const target = reader.entities.get(targetName ?? "");
  const options = project.objectLiteral(file, arg);
  const given = options && project.stringValue(options.file, options.get("name"));
  const schema = options && project.stringValue(options.file, options.get("schema"));
  if (!given && !target) return;
  const bare = given ?? typeormSnakeCase(`${entity.bareTable}_${property.replace(/\./g, "_")}_${target.bareTable}`);
  const site = { file: file.path, line: project.line(file, node.name), name: `${ownerName(project, node)}.${property}` };
  const table = reader.builder.table(qualifiedTable(schema, reader.prefix + bare), site, "typeorm");
  const side = (key, owner) => {
    const column = options ? project.objectLiteral(options.file, options.get(key)) : void 0;
    const name = column && project.stringValue(column.file, column.get("name"));
    if (name) return name;
    if (!owner) return void 0;
    const joined = `${owner.bareTable}_${owner.primaryColumn}`;
    return reader.naming === "snake_case" ? typeormSnakeCase(joined) : typeormCamelCase(joined);
  };
  for (const column of [side("joinColumn", entity), side("inverseJoinColumn", target)]) if (column) table.column(column, site);
}
function schemaEntityOptions(reader, file, arg) {
  const { project } = reader;
  const props = project.objectLiteral(file, arg);
  if (!props) return void 0;
  const name = project.stringValue(props.file, props.get("name")) ?? project.targetName(props.file, props.get("target"));
  if (!name) return void 0;
  const given = project.stringValue(props.file, props.get("tableName"));
  const schema = project.stringValue(props.file, props.get("schema"));
  const bare = given ?? typeormSnakeCase(name);
  return { name, table: qualifiedTable(schema, reader.prefix + bare), bare, props };
}
function indexSchemaEntity(reader, file, arg) {
  const options = schemaEntityOptions(reader, file, arg);
  if (!options) return;
  const { project } = reader;
  const columns = project.objectLiteral(options.props.file, options.props.get("columns"));
  let primary;
  for (const [property, entry] of columns?.entries() ?? []) {
    const column = project.objectLiteral(entry.file, entry.value);
    if (column && (project.booleanValue(column.get("primary")) || project.booleanValue(column.get("objectId")))) {
      primary = { property, column: project.stringValue(column.file, column.get("name")) ?? columnName(reader, property, void 0, []) };
      break;
    }
  }
  const entity = { name: options.name, table: options.table, bareTable: options.bare, primaryProperty: primary?.property ?? "id", primaryColumn: primary?.column ?? "id" };
  reader.entities.set(options.name, entity);
}
function readSchemaEntity(reader, file, arg, node) {
  const options = schemaEntityOptions(reader, file, arg);
  if (!options) return;
  const { project } = reader;
  reader.entities.get(options.name);
  const table = reader.builder.table(options.table, { file: file.path, line: project.line(file, node), name: options.name }, "typeorm");
  const props = options.props;
  const columns = project.objectLiteral(props.file, props.get("columns"));
  for (const [property, entry] of columns?.entries() ?? []) {
    const column = project.objectLiteral(entry.file, entry.value);
    const given = column && project.stringValue(column.file, column.get("name"));
    table.column(columnName(reader, property, given, []), { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${options.name}.${property}` });
  }
  const relations = project.objectLiteral(props.file, props.get("relations"));
  for (const [property, entry] of relations?.entries() ?? []) {
    const relation = project.objectLiteral(entry.file, entry.value);
    if (!relation) continue;
    const type = project.stringValue(relation.file, relation.get("type"));
    const joinColumn = relation.get("joinColumn");
    const owning = type === "many-to-one" || type === "one-to-one" && joinColumn !== void 0 && project.booleanValue(joinColumn) !== false;
    if (!owning) continue;
    const target = reader.entities.get(project.targetName(relation.file, relation.get("target")) ?? "");
    const joinOptions = joinColumn && project.booleanValue(joinColumn) === void 0 ? joinColumn : void 0;
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${options.name}.${property}` };
    for (const name of joinColumnNames(reader, relation.file, property, joinOptions, target, [])) table.column(name, site);
  }
}

const ORM_MODULES = {
  typeorm: /^(typeorm|typeorm-naming-strategies|@nestjs\/typeorm)$/,
  drizzle: /^(drizzle-orm|drizzle-kit)(\/|$)/,
  sequelize: /^(sequelize|sequelize-typescript|@sequelize\/core)$/,
  "mikro-orm": /^@mikro-orm\//
};
const MODEL_HINTS = {
  typeorm: /\b(Entity|ChildEntity|EntitySchema)\b/,
  sequelize: /\bTable\b|\b(init|define|belongsTo|belongsToMany|hasMany|hasOne)\s*[(<]/,
  "mikro-orm": /\b(Entity|Embeddable|EntitySchema|defineEntity)\b/
};
const NOT_APP_CODE = /(^|\/)(__tests__|__mocks__|test|tests|e2e|fixtures|examples?)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
const SEQUELIZE_FACTORY = /\(\s*sequelize\s*,\s*DataTypes\s*\)|\bsequelize\.define\s*\(/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
async function loadAppSchema(files, config, cache) {
  const builder = new SchemaBuilder();
  const configured = config.sources.length > 0;
  const prismaGroups = configured ? configuredGroups(files, config.sources, "prisma") : await findPrismaSchemas(files);
  for (const group of prismaGroups) {
    const texts = await Promise.all(group.map(async (p) => ({ path: p, text: await files.read(p) ?? "" })));
    readPrismaSchema(texts, builder);
  }
  let found = prismaGroups.length > 0;
  if (configured && config.sources.every((s) => s.orm === "prisma")) return found ? builder.build() : void 0;
  if (!configured && (await declaredCodeOrms(files)).size === 0) return found ? builder.build() : void 0;
  const code = await codeFiles(files);
  for (const orm of Object.keys(ORM_MODULES)) {
    const ormFiles = code.byOrm.get(orm) ?? [];
    const sources = config.sources.filter((s) => s.orm === orm);
    const models = configured ? configuredGroups(files, sources, orm).flat() : ormFiles.filter((f) => !NOT_APP_CODE.test(f));
    if (models.length === 0) continue;
    found = true;
    const hint = configured ? void 0 : MODEL_HINTS[orm];
    const primary = hint ? models.filter((f) => hint.test(code.texts.get(f) ?? "")) : models;
    const project = new TsProject(await loadTypeScript(), await withImports(code, [.../* @__PURE__ */ new Set([...models, ...ormFiles])]), new Set(primary), cache);
    for (const u of project.unreadable) builder.unreadable(u.file, u.line, u.reason);
    try {
      readOrm(orm, project, builder, sources.find((s) => s.naming)?.naming);
    } catch (error) {
      builder.unreadable(models[0], 1, `migration-guard failed reading the ${orm} models (${describeError(error)}); please report it`);
    }
  }
  return found ? builder.build() : void 0;
}
function readOrm(orm, project, builder, naming) {
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
const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
async function declaredCodeOrms(files) {
  const all = new Set(Object.keys(ORM_MODULES));
  const manifests = files.paths.filter((f) => f === "package.json" || f.endsWith("/package.json"));
  if (manifests.length === 0) return all;
  const declared = /* @__PURE__ */ new Set();
  for (const text of await Promise.all(manifests.map((f) => files.read(f)))) {
    let names;
    try {
      const data = JSON.parse(text ?? "");
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
function configuredGroups(files, sources, orm) {
  return sources.filter((s) => s.orm === orm).map((s) => {
    const include = picomatch(s.include, { dot: true });
    const exclude = s.exclude?.length ? picomatch(s.exclude, { dot: true }) : () => false;
    return files.paths.filter((f) => include(f) && !exclude(f));
  }).filter((g) => g.length > 0);
}
const ORM_NAME_PARTS = ["typeorm", "drizzle-", "sequelize", "@mikro-orm/"];
const mentionsOrm = (text) => ORM_NAME_PARTS.some((part) => text.includes(part));
async function codeFiles(files) {
  const texts = /* @__PURE__ */ new Map();
  const byOrm = /* @__PURE__ */ new Map();
  const known = new Set(files.paths);
  const code = files.paths.filter((f) => /\.[cm]?[jt]sx?$/.test(f) && !isConventionalCodeMigration(f));
  const contents = await Promise.all(code.map((f) => files.read(f)));
  code.forEach((file, i) => {
    const text = contents[i];
    if (text === void 0) return;
    texts.set(file, text);
    if (!mentionsOrm(text)) return;
    const modules = [...text.matchAll(IMPORT)].map((m) => m[1]);
    for (const orm of Object.keys(ORM_MODULES)) {
      const uses = modules.some((m) => ORM_MODULES[orm].test(m)) || orm === "sequelize" && SEQUELIZE_FACTORY.test(text);
      if (!uses) continue;
      const list = byOrm.get(orm);
      if (list) list.push(file);
      else byOrm.set(orm, [file]);
    }
  });
  const resolved = /* @__PURE__ */ new Map();
  const imports = (file) => {
    let list = resolved.get(file);
    if (!list) {
      const text = texts.get(file) ?? "";
      list = [...text.matchAll(IMPORT)].map((m) => m[1]).filter((m) => m.startsWith(".")).flatMap((m) => resolveRelative(file, m, known));
      resolved.set(file, list);
    }
    return list;
  };
  return { texts, byOrm, imports };
}
function resolveRelative(from, specifier, known) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, "");
  for (const ext of ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.js"]) {
    const candidate = (ext && !ext.startsWith("/") ? stem : base) + ext;
    if (known.has(candidate)) return [candidate];
  }
  return [];
}
async function withImports(code, files) {
  const included = new Set(files);
  let frontier = files;
  for (let depth = 0; depth < 2; depth++) {
    const next = [];
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
  return [...included].filter((f) => code.texts.has(f)).map((f) => ({ path: f, text: code.texts.get(f) }));
}

function prismaProviders(text, file, lockFile = false) {
  const blocks = lockFile ? [{ body: text, offset: 0 }] : [...text.matchAll(/^\s*datasource\s+\w+\s*\{([^}]*)\}/gm)].map((m) => ({ body: m[1], offset: m.index + m[0].indexOf(m[1]) }));
  return blocks.flatMap(
    ({ body, offset }) => valuesOf(body, /^[ \t]*provider\s*=\s*"([\w-]+)"/gm, PRISMA_PROVIDERS).map((v) => signal(v.database, `provider = "${v.value}"`, text, file, offset + v.index))
  );
}
function drizzleJournalDialect(text, file) {
  return valuesOf(text, /"dialect"\s*:\s*"([\w-]+)"/g, DRIZZLE_DIALECTS).map((v) => signal(v.database, `"dialect": "${v.value}"`, text, file, v.index));
}
function drizzleConfigDialects(text, file) {
  const found = [];
  for (const match of text.matchAll(/["']?\b(dialect|driver)["']?\s*:\s*["']([\w-]+)["']/g)) {
    const [, key, value] = match;
    if (hasOwn(DRIZZLE_DIALECTS, value)) found.push(signal(DRIZZLE_DIALECTS[value], `${key}: "${value}"`, text, file, match.index));
  }
  return found;
}
function knexClients(text, file) {
  const clients = valuesOf(text, /["']?\bclient["']?\s*:\s*["']([\w-]+)["']/g, KNEX_CLIENTS).map((v) => signal(v.database, `client: "${v.value}"`, text, file, v.index));
  const modules = valuesOf(text, /["']knex\/lib\/dialects\/([\w-]+)/g, KNEX_CLIENTS).map((v) => signal(v.database, `knex/lib/dialects/${v.value}`, text, file, v.index));
  return [...clients, ...modules];
}
function typeormTypes(text, file) {
  const fromOptions = valuesOf(text, /["']?\btype["']?\s*:\s*["']?([\w-]+)["']?/g, TYPEORM_TYPES);
  const fromEnv = valuesOf(text, /^\s*TYPEORM_CONNECTION\s*=\s*["']?([\w-]+)/gm, TYPEORM_TYPES);
  return [...fromOptions.map((v) => signal(v.database, `type: "${v.value}"`, text, file, v.index)), ...fromEnv.map((v) => signal(v.database, `TYPEORM_CONNECTION=${v.value}`, text, file, v.index))];
}
function sequelizeDialects(text, file) {
  return valuesOf(text, /["']?\bdialect["']?\s*:\s*["']([\w-]+)["']/g, SEQUELIZE_DIALECTS).map((v) => signal(v.database, `dialect: "${v.value}"`, text, file, v.index));
}
function mikroOrmConfigDrivers(text, file) {
  const imports = valuesOf(text, /["']@mikro-orm\/([\w-]+)["']/g, MIKRO_ORM_DRIVERS).map((v) => signal(v.database, `"@mikro-orm/${v.value}"`, text, file, v.index));
  const types = valuesOf(text, /\btype\s*:\s*["']([\w-]+)["']/g, MIKRO_ORM_DRIVERS).map((v) => signal(v.database, `type: "${v.value}"`, text, file, v.index));
  return [...imports, ...types];
}
function kyselyDialects(text, file) {
  const found = [];
  for (const match of text.matchAll(/\bnew\s+([A-Z]\w*Dialect)\s*\(/g)) {
    const database = kyselyDialectDatabase(match[1]);
    if (database) found.push(signal(database, `new ${match[1]}(`, text, file, match.index));
  }
  return found;
}
function packageSignals(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { mikroOrm: [], drivers: [], names: /* @__PURE__ */ new Set() };
  }
  const section = (key) => {
    const value = data?.[key];
    return value && typeof value === "object" ? Object.keys(value) : [];
  };
  const at = (name) => signalAtKey(text, file, name);
  const dependencies = section("dependencies");
  const development = section("devDependencies");
  const all = [...dependencies, ...development, ...section("peerDependencies"), ...section("optionalDependencies")];
  const mikroOrm = all.flatMap((name) => {
    const driver = /^@mikro-orm\/([\w-]+)$/.exec(name)?.[1];
    const database = driver ? MIKRO_ORM_DRIVERS[driver] : void 0;
    return database ? [at(name)(database, `the ${name} package`)] : [];
  });
  const driversIn = (names) => names.flatMap((name) => hasOwn(NPM_DRIVERS, name) ? [at(name)(NPM_DRIVERS[name], `the ${name} package`)] : []);
  const runtime = driversIn(dependencies);
  return { mikroOrm, drivers: [...runtime, ...driversIn(section("optionalDependencies"))], names: new Set(all) };
}
function goModDrivers(text, file) {
  const found = [];
  for (const match of text.matchAll(/^\s*(?:require\s+)?([\w.\-/]+)\s+v[\w.\-+]+/gm)) {
    const module = match[1];
    if (hasOwn(GO_DRIVERS, module)) found.push(signal(GO_DRIVERS[module], `the ${module} module`, text, file, match.index + match[0].indexOf(module)));
  }
  return found;
}
function valuesOf(text, pattern, known) {
  const found = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[1];
    if (hasOwn(known, value)) found.push({ database: known[value], value, index: match.index + match[0].indexOf(value) });
  }
  return found;
}
function signalAtKey(text, file, key) {
  const index = Math.max(0, text.indexOf(`"${key}"`));
  return (database, what) => signal(database, what, text, file, index);
}
function signal(database, what, text, file, index) {
  return { database, what, file, line: lineAt(text, index) };
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function hasOwn(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key);
}

class DialectDetector {
  constructor(cwd, configDialect) {
    this.cwd = cwd;
    this.configDialect = configDialect;
  }
  cwd;
  configDialect;
  texts = /* @__PURE__ */ new Map();
  scans = /* @__PURE__ */ new Map();
  /** What each folder's files say, by folder and kind of set: many sets share their parent folders. */
  byFolder = /* @__PURE__ */ new Map();
  async detect(set) {
    const configured = set.dialect ?? this.configDialect;
    if (configured) return { database: configured, by: "config", signals: [], databases: [configured] };
    const absolute = path.resolve(this.cwd, set.dir);
    const root = repositoryRoot(absolute, path.resolve(this.cwd));
    const dirs = ancestors(absolute, root);
    const levels = [
      () => this.setFiles(set, absolute),
      () => Promise.resolve(folderSignals(absolute, root, this.cwd)),
      () => this.firstWith(dirs, (dir) => this.remembered(`tool\0${toolKind(set.tool)}\0${set.tool === "prisma" && dir === absolute ? path.dirname(dir) : dir}`, () => this.toolConfigs(set.tool, dir, absolute))),
      () => this.firstWith(dirs, (dir) => this.remembered(`drivers\0${dir}`, () => this.drivers(dir)))
    ];
    for (const level of levels) {
      const signals = await level();
      if (signals.length > 0) return decide(signals);
    }
    return { database: "postgresql", by: "default", signals: [], databases: ["postgresql"] };
  }
  async setFiles(set, absolute) {
    if (set.tool === "supabase") return [{ database: "postgresql", what: "a Supabase project", file: set.dir, line: 1, folder: true }];
    const lock = path.join(absolute, "migration_lock.toml");
    const journal = path.join(absolute, "meta", "_journal.json");
    return [
      ...prismaProviders(await this.text(lock) ?? "", this.relative(lock), true),
      ...drizzleJournalDialect(await this.text(journal) ?? "", this.relative(journal))
    ];
  }
  /** The tool's own config in `dir`; for TS/JS and plain SQL sets, every ORM's that is there. */
  async toolConfigs(tool, dir, setDir) {
    if (tool === "prisma") {
      const near = dir === setDir ? path.dirname(setDir) : dir;
      return this.read(filesIn(near, ["", "schema", "prisma", "prisma/schema"], /\.prisma$/), prismaProviders);
    }
    const drizzle = await this.read(filesIn(dir, [""], /^drizzle(\.[\w-]+)?\.config\.([cm]?[jt]s|json)$/), drizzleConfigDialects);
    if (tool === "drizzle") return drizzle;
    const found = [
      ...drizzle,
      ...await this.read(filesIn(dir, [""], /^knexfile\.[cm]?[jt]s$/), knexClients),
      ...await this.read(filesIn(dir, [""], /^ormconfig\.([cm]?[jt]s|json|ya?ml|env)$/), typeormTypes),
      ...await this.read(filesIn(dir, ["", "src"], /^mikro-orm\.config\.[cm]?[jt]s$/), mikroOrmConfigDrivers),
      ...await this.read(await this.sequelizeConfigFiles(dir), sequelizeDialects)
    ];
    const manifest = await this.packageAt(dir);
    if (manifest) found.push(...manifest.mikroOrm);
    if (manifest && found.length === 0) found.push(...await this.scanSources(dir, manifest.names));
    return found;
  }
  /** sequelize-cli's config: where `.sequelizerc` points, else `config/config.json`. */
  async sequelizeConfigFiles(dir) {
    const rc = await this.text(path.join(dir, ".sequelizerc"));
    const pointed = rc ? /["']?config["']?\s*:\s*path\.(?:resolve|join)\(([^)]*)\)/.exec(rc)?.[1] : void 0;
    const parts = pointed ? [...pointed.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]) : [];
    const candidates = parts.length > 0 ? [path.join(dir, ...parts)] : ["config/config.json", "config/config.js", "config/database.json", "db/config.json"].map((f) => path.join(dir, f));
    return candidates.filter((f) => existsSync(f));
  }
  /**
   * The app's own code that sets up the ORM: `new DataSource({ type })`, `new SqliteDialect(`,
   * `new Sequelize({ dialect })`, `knex({ client })`. Only looked for when the package depends on
   * that ORM, when no config file in the folder said which database, and never in tests, which
   * often run on another database than production.
   */
  scanSources(dir, dependencies) {
    const readers = [];
    const has = (pattern) => (text) => pattern.test(text);
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
        const found = [];
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
  async drivers(dir) {
    const manifest = await this.packageAt(dir);
    const goMod = path.join(dir, "go.mod");
    return [...manifest?.drivers ?? [], ...goModDrivers(await this.text(goMod) ?? "", this.relative(goMod))];
  }
  async packageAt(dir) {
    const file = path.join(dir, "package.json");
    const text = await this.text(file);
    return text === void 0 ? void 0 : packageSignals(text, this.relative(file));
  }
  remembered(key, compute) {
    let signals = this.byFolder.get(key);
    if (!signals) {
      signals = compute();
      this.byFolder.set(key, signals);
    }
    return signals;
  }
  async firstWith(dirs, signalsIn) {
    for (const dir of dirs) {
      const signals = await signalsIn(dir);
      if (signals.length > 0) return signals;
    }
    return [];
  }
  async read(files, reader) {
    const found = [];
    for (const file of files.sort()) {
      const text = await this.text(file);
      if (text !== void 0) found.push(...reader(text, this.relative(file)));
    }
    return found;
  }
  /** A file's text; undefined when it is missing, unreadable or (for scanned sources) too large to be a config. */
  text(file, maxBytes = Infinity) {
    let text = this.texts.get(file);
    if (!text) {
      text = (async () => {
        try {
          if (maxBytes !== Infinity && (await stat(file)).size > maxBytes) return void 0;
          return await readFile(file, "utf8");
        } catch {
          return void 0;
        }
      })();
      this.texts.set(file, text);
    }
    return text;
  }
  relative(file) {
    return toPosix(path.relative(this.cwd, file));
  }
}
const SOURCE_GLOB = "**/*.{ts,mts,cts,js,mjs,cjs}";
const NOT_APP_SETUP = [
  ...IGNORED_DIRECTORIES.map((d) => `**/${d}/**`),
  "**/{test,tests,__tests__,spec,specs,e2e,fixtures,__fixtures__,__mocks__,examples,example,migrations,migration}/**",
  "**/*.{test,spec,e2e-spec}.*",
  "**/*.d.ts"
];
const MAX_SCANNED_FILES = 5e3;
const MAX_SCANNED_BYTES = 256 * 1024;
function toolKind(tool) {
  return tool === "prisma" || tool === "drizzle" ? tool : "other";
}
function decide(signals) {
  const postgres = signals.filter((s) => s.database === "postgresql");
  if (postgres.length > 0) return { database: "postgresql", by: "detected", signals: postgres, databases: ["postgresql"] };
  const databases = [...new Set(signals.map((s) => s.database))];
  return { database: databases[0], by: "detected", signals, databases };
}
function folderSignals(setDir, root, cwd) {
  const segments = toPosix(path.relative(root, setDir)).split("/").filter(Boolean);
  const found = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const database = folderDatabase(segments[i]);
    if (!database) continue;
    const folder = path.join(root, ...segments.slice(0, i + 1));
    found.push({ database, what: `the folder name "${segments[i]}"`, file: toPosix(path.relative(cwd, folder)) || ".", line: 1, folder: true });
    break;
  }
  return found;
}
function ancestors(from, root) {
  const dirs = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return dirs;
}
function repositoryRoot(setDir, cwd) {
  for (let dir = setDir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const inside = !path.relative(cwd, setDir).startsWith("..");
  return inside ? cwd : setDir;
}
function filesIn(dir, subfolders, name) {
  return subfolders.flatMap((sub) => {
    const folder = path.join(dir, sub);
    try {
      return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && name.test(entry.name)).map((entry) => path.join(folder, entry.name));
    } catch {
      return [];
    }
  });
}

export { DialectDetector as D, filesAtCommit as f, loadAppSchema as l, workingTreeFiles as w };
