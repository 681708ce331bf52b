import type * as TS from "typescript";
import type { MappingSite } from "../core/app-schema.js";
import { pluralize, sequelizeCamelize, sequelizeUnderscore } from "./naming.js";
import { qualifiedTable, type SchemaBuilder, type TableBuilder } from "./schema-builder.js";
import type { ObjectProperties, TsFile, TsProject } from "./ts-project.js";

/**
 * Sequelize: `Model.init(attributes, options)` (also `super.init` in a static method),
 * `sequelize.define(name, attributes, options)`, and sequelize-typescript's `@Table` classes. The
 * table is `tableName`, or the model name (pluralized unless `freezeTableName`, underscored with
 * `underscored`); columns are the attributes' `field`s or names, plus the `id`, timestamp, `paranoid`
 * and `version` columns Sequelize adds, plus foreign keys that associations add.
 */

const MODULES = ["sequelize", "sequelize-typescript", "@sequelize/core"];
const TIMESTAMPS = [
  ["createdAt", "CreatedAt"],
  ["updatedAt", "UpdatedAt"],
  ["deletedAt", "DeletedAt"],
] as const;

/** Options of a model, as far as names are concerned (`define` options of `new Sequelize` merged under). */
interface NameOptions {
  tableName?: string;
  freezeTableName?: boolean;
  underscored?: boolean;
  timestamps?: boolean;
  paranoid?: boolean;
  createdAt?: string | boolean;
  updatedAt?: string | boolean;
  deletedAt?: string | boolean;
  version?: string | boolean;
  schema?: string;
  modelName?: string;
}

export interface SequelizeSettings {
  /** The `define` options passed to `new Sequelize(...)`: defaults for every model. */
  define: NameOptions;
}

interface Model {
  modelName: string;
  underscored: boolean;
  primaryKey: string;
  table: TableBuilder;
  site: MappingSite;
}

interface Reader {
  project: TsProject;
  builder: SchemaBuilder;
  settings: SequelizeSettings;
  /** Models by every name code refers to them with: class, variable, model name. */
  models: Map<string, Model>;
}

function fromSequelize(file: TsFile, localName: string): boolean {
  const binding = file.imports.get(localName);
  // A relative import is the app's own re-export of the ORM's decorators (a barrel file).
  if (binding) return MODULES.includes(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULES.includes(b.module));
}

/** `new Sequelize(..., { define: { underscored: true, ... } })`. */
export function detectSequelizeSettings(project: TsProject): SequelizeSettings {
  const { ts } = project;
  const settings: SequelizeSettings = { define: {} };
  project.forEachNode(
    (node, file) => {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "Sequelize") return;
      for (const arg of node.arguments ?? []) {
        const options = project.objectLiteral(file, arg);
        const define = options && project.objectLiteral(options.file, options.get("define"));
        if (define) settings.define = { ...settings.define, ...nameOptions(project, define) };
      }
    },
    { all: true, mentions: /\bnew\s+Sequelize\b/ },
  );
  return settings;
}

export function readSequelizeSchema(project: TsProject, builder: SchemaBuilder, settings: SequelizeSettings): void {
  const reader: Reader = { project, builder, settings, models: new Map() };
  const { ts } = project;
  const associations: { file: TsFile; call: TS.CallExpression; kind: string }[] = [];
  const decorated: { file: TsFile; node: TS.ClassDeclaration }[] = [];
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

function nameOptions(project: TsProject, options: ObjectProperties | undefined): NameOptions {
  if (!options) return {};
  const result: NameOptions = {};
  const file = options.file;
  const str = (key: string) => project.stringValue(options.entry(key)?.file ?? file, options.get(key));
  const bool = (key: string) => project.booleanValue(options.get(key));
  const strOrBool = (key: string) => str(key) ?? bool(key);
  const assign = <K extends keyof NameOptions>(key: K, value: NameOptions[K] | undefined) => {
    if (value !== undefined) result[key] = value;
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

function tableName(modelName: string, options: NameOptions): string {
  const name = options.tableName ?? (options.freezeTableName ? modelName : options.underscored ? sequelizeUnderscore(pluralize(modelName)) : pluralize(modelName));
  return qualifiedTable(options.schema, name);
}

function fieldName(attribute: string, underscored: boolean): string {
  return underscored ? sequelizeUnderscore(attribute) : attribute;
}

/** `User.init({...}, {...})` on a class extending Model, or `super.init(...)` inside one. */
function readInit(reader: Reader, file: TsFile, call: TS.CallExpression): void {
  const { project } = reader;
  const { ts } = project;
  const callee = call.expression as TS.PropertyAccessExpression;
  let cls: TS.ClassDeclaration | undefined;
  if (callee.expression.kind === ts.SyntaxKind.SuperKeyword || callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    let parent: TS.Node | undefined = call.parent;
    while (parent && !ts.isClassDeclaration(parent)) parent = parent.parent;
    cls = parent as TS.ClassDeclaration | undefined;
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

/**
 * A class declared in a block around the call: sequelize-cli's `model:generate` writes the model
 * inside a factory, `module.exports = (sequelize, DataTypes) => { class X extends Model {} X.init(...) }`.
 */
function classInScope(project: TsProject, call: TS.Node, name: string): TS.ClassDeclaration | undefined {
  const { ts } = project;
  for (let scope: TS.Node | undefined = call.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (!ts.isBlock(scope)) continue;
    for (const statement of scope.statements) if (ts.isClassDeclaration(statement) && statement.name?.text === name) return statement;
  }
  return undefined;
}

function extendsModel(project: TsProject, cls: TS.ClassDeclaration): boolean {
  const clause = cls.heritageClauses?.find((h) => h.token === project.ts.SyntaxKind.ExtendsKeyword);
  const expr = clause?.types[0]?.expression;
  return expr !== undefined && /(^|\.)Model$/.test(expr.getText());
}

/** `sequelize.define("User", {...}, {...})`. */
function readDefine(reader: Reader, file: TsFile, call: TS.CallExpression): void {
  const { project } = reader;
  if (!fileUsesSequelize(file)) return;
  const modelName = project.stringValue(file, call.arguments[0]);
  const attributes = project.objectLiteral(file, call.arguments[1]);
  if (!modelName || !attributes) return;
  const options = nameOptions(project, project.objectLiteral(file, call.arguments[2]));
  const variable = project.ts.isVariableDeclaration(call.parent) && project.ts.isIdentifier(call.parent.name) ? call.parent.name.text : undefined;
  const site = { file: file.path, line: project.line(file, call), name: modelName };
  const model = addModel(reader, modelName, options, site, variable ? [variable] : []);
  readAttributes(reader, model, attributes, options);
}

function fileUsesSequelize(file: TsFile): boolean {
  return [...file.imports.values()].some((b) => MODULES.includes(b.module)) || /\bsequelize\b/i.test(file.source.text);
}

function addModel(reader: Reader, modelName: string, own: NameOptions, site: MappingSite, aliases: string[]): Model {
  const options = { ...reader.settings.define, ...own };
  const table = reader.builder.table(tableName(modelName, options), site, "sequelize");
  const model: Model = { modelName, underscored: options.underscored === true, primaryKey: "id", table, site };
  for (const name of [modelName, ...aliases]) reader.models.set(name, model);
  return model;
}

/** Attributes of `init`/`define`, then the columns Sequelize adds. */
function readAttributes(reader: Reader, model: Model, attributes: ObjectProperties | undefined, own: NameOptions): void {
  const { project } = reader;
  const options = { ...reader.settings.define, ...own };
  let hasPrimaryKey = false;
  const declared = new Set<string>();
  for (const [attribute, entry] of attributes?.entries() ?? []) {
    const definition = project.objectLiteral(entry.file, entry.value);
    const type = definition ? definition.get("type") : entry.value;
    if (type && isVirtual(project, type)) continue;
    if (definition && project.booleanValue(definition.get("primaryKey"))) {
      hasPrimaryKey = true;
      model.primaryKey = attribute;
    }
    declared.add(attribute);
    const field = definition ? project.stringValue(definition.file, definition.get("field")) : undefined;
    model.table.column(field ?? fieldName(attribute, model.underscored), { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${model.site.name}.${attribute}` });
  }
  addImplicitColumns(model, options, hasPrimaryKey, declared);
}

function addImplicitColumns(model: Model, options: NameOptions, hasPrimaryKey: boolean, declared: ReadonlySet<string>): void {
  const site = (attribute: string) => ({ ...model.site, name: `${model.site.name}.${attribute}` });
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

/** `DataTypes.VIRTUAL`, `DataTypes.VIRTUAL(...)`, `DataType.VIRTUAL`: computed in JS, no column. */
function isVirtual(project: TsProject, type: TS.Expression): boolean {
  const { ts } = project;
  let expr = project.unwrap(type);
  if (ts.isCallExpression(expr)) expr = expr.expression;
  return (ts.isPropertyAccessExpression(expr) && expr.name.text === "VIRTUAL") || (ts.isIdentifier(expr) && expr.text === "VIRTUAL");
}

/**
 * sequelize-typescript: `@Table({...}) class User extends Model { @Column ... }`. Decorated
 * attributes and `@Table` options are inherited from base classes (sequelize-typescript keeps them
 * on the prototype chain), and the timestamp decorators set the matching options.
 */
function readDecoratedModel(reader: Reader, file: TsFile, node: TS.ClassDeclaration): void {
  const { project } = reader;
  const className = node.name!.text;
  const chain = classChain(project, file, node);
  let own: NameOptions = {};
  for (const c of chain) {
    const table = project.decorators(c.node).find((d) => d.name === "Table");
    if (table) own = { ...own, ...nameOptions(project, project.objectLiteral(c.file, table.args[0])) };
  }
  const ownTable = project.decorators(node).find((d) => d.name === "Table")!;
  const modelName = nameOptions(project, project.objectLiteral(file, ownTable.args[0])).modelName ?? className;
  const members = chain.flatMap((c) =>
    c.node.members.filter((m): m is TS.PropertyDeclaration => project.ts.isPropertyDeclaration(m)).map((m) => ({ file: c.file, node: m, owner: c.node.name?.text ?? className })),
  );
  for (const member of members) {
    const attribute = project.propertyName(member.node.name, member.file);
    const timestamp = TIMESTAMPS.find(([, decoratorName]) => project.decorators(member.node).some((d) => d.name === decoratorName));
    if (!timestamp || attribute === undefined) continue;
    own = { ...own, [timestamp[0]]: attribute, timestamps: true, ...(timestamp[0] === "deletedAt" ? { paranoid: true } : {}) };
  }
  const site = { file: file.path, line: project.line(file, node.name!), name: className };
  const model = addModel(reader, modelName, own, site, [className]);
  let hasPrimaryKey = false;
  const declared = new Set<string>();
  for (const member of members) {
    const attribute = project.propertyName(member.node.name, member.file);
    if (attribute === undefined) continue;
    const decorators = project.decorators(member.node);
    const column = decorators.find((d) => d.name === "Column");
    const timestamp = TIMESTAMPS.some(([, decoratorName]) => decorators.some((d) => d.name === decoratorName));
    if (!column && !timestamp) continue;
    const columnOptions = column ? project.objectLiteral(member.file, column.args[0]) : undefined;
    const type = columnOptions ? columnOptions.get("type") : column?.args[0];
    if (type && isVirtual(project, type)) continue;
    if (decorators.some((d) => d.name === "PrimaryKey") || (columnOptions && project.booleanValue(columnOptions.get("primaryKey")))) {
      hasPrimaryKey = true;
      model.primaryKey = attribute;
    }
    declared.add(attribute);
    const field = columnOptions ? project.stringValue(columnOptions.file, columnOptions.get("field")) : undefined;
    model.table.column(field ?? fieldName(attribute, model.underscored), {
      file: member.file.path,
      line: project.line(member.file, member.node.name),
      name: `${member.owner}.${attribute}`,
    });
  }
  addImplicitColumns(model, { ...reader.settings.define, ...own }, hasPrimaryKey, declared);
}

/** A class and the classes it extends, the farthest base first. */
function classChain(project: TsProject, file: TsFile, node: TS.ClassDeclaration): { file: TsFile; node: TS.ClassDeclaration }[] {
  const chain = [{ file, node }];
  const seen = new Set([node]);
  let base = project.baseClass(file, node);
  while (base && !seen.has(base.node)) {
    seen.add(base.node);
    chain.unshift(base);
    base = project.baseClass(base.file, base.node);
  }
  return chain;
}

/** The model an expression names: `User`, `models.User`, `db.User`. */
function modelOf(reader: Reader, file: TsFile, expr: TS.Expression | undefined): Model | undefined {
  const { project } = reader;
  if (!expr) return undefined;
  // `this.belongsTo(models.User)` in a model's `static associate(models)`.
  if (expr.kind === project.ts.SyntaxKind.ThisKeyword) {
    let cls: TS.Node | undefined = expr.parent;
    while (cls && !project.ts.isClassDeclaration(cls)) cls = cls.parent;
    const name = cls && project.ts.isClassDeclaration(cls) ? cls.name?.text : undefined;
    return name ? reader.models.get(name) : undefined;
  }
  const name = project.targetName(file, expr);
  return name ? reader.models.get(name) : undefined;
}

/** `A.belongsTo(B, { foreignKey })` and friends: the foreign key column they add. */
function readAssociation(reader: Reader, file: TsFile, call: TS.CallExpression, kind: string): void {
  const source = modelOf(reader, file, (call.expression as TS.PropertyAccessExpression).expression);
  const target = modelOf(reader, file, call.arguments[0]);
  if (!source || !target) return;
  const options = reader.project.objectLiteral(file, call.arguments[1]);
  const site = { file: file.path, line: reader.project.line(file, call), name: `${source.site.name}.${kind}(${target.site.name})` };
  associate(reader, kind, source, target, options, undefined, site);
}

/** `@BelongsTo(() => User, "authorId")`, `@HasMany(() => Post, { foreignKey })`. */
function readDecoratedAssociations(reader: Reader, file: TsFile, node: TS.ClassDeclaration): void {
  const { project } = reader;
  const source = reader.models.get(node.name!.text);
  if (!source) return;
  for (const member of node.members) {
    if (!project.ts.isPropertyDeclaration(member)) continue;
    for (const decorator of project.decorators(member)) {
      // @BelongsToMany names its through model, a @Table class of its own.
      const kind = ({ BelongsTo: "belongsTo", HasMany: "hasMany", HasOne: "hasOne" } as Record<string, string>)[decorator.name];
      if (!kind) continue;
      const target = modelOf(reader, file, decorator.args[0]);
      if (!target) continue;
      const second = decorator.args[1];
      const foreignKey = project.stringValue(file, second);
      const options = foreignKey === undefined ? project.objectLiteral(file, second) : undefined;
      // Without a foreign key, sequelize-typescript uses the `@ForeignKey` column, already read.
      if (foreignKey === undefined && !options?.has("foreignKey")) continue;
      const site = { file: file.path, line: project.line(file, member.name), name: `${source.site.name}.${project.propertyName(member.name, file)}` };
      const as = project.propertyName(member.name, file);
      associate(reader, kind, source, target, options, foreignKey, site, kind === "belongsTo" ? as : undefined);
    }
  }
}

function associate(
  reader: Reader,
  kind: string,
  source: Model,
  target: Model,
  options: ObjectProperties | undefined,
  foreignKeyName: string | undefined,
  site: MappingSite,
  defaultAs?: string,
): void {
  const { project } = reader;
  const key = (option: string): { name?: string; field?: string } => {
    if (!options) return {};
    const value = options.get(option);
    const name = project.stringValue(options.file, value);
    if (name !== undefined) return { name };
    const object = project.objectLiteral(options.file, value);
    if (!object) return {};
    const given = project.stringValue(object.file, object.get("name"));
    const field = project.stringValue(object.file, object.get("field"));
    return { ...(given !== undefined ? { name: given } : {}), ...(field !== undefined ? { field } : {}) };
  };
  const foreignKey = foreignKeyName !== undefined ? { name: foreignKeyName } : key("foreignKey");
  const as = (options && project.stringValue(options.file, options.get("as"))) ?? defaultAs;
  if (kind === "belongsTo") {
    const name = foreignKey.name ?? sequelizeCamelize(`${as ?? target.modelName}_${target.primaryKey}`);
    source.table.column(foreignKey.field ?? fieldName(name, source.underscored), site);
  } else if (kind === "hasMany" || kind === "hasOne") {
    const name = foreignKey.name ?? sequelizeCamelize(`${source.modelName}_${source.primaryKey}`);
    target.table.column(foreignKey.field ?? fieldName(name, target.underscored), site);
  } else if (kind === "belongsToMany") {
    const through = options?.get("through");
    const throughName = through && project.stringValue(options!.file, through);
    if (!throughName) return;
    const junction = reader.builder.table(throughName, site, "sequelize");
    const other = key("otherKey");
    junction.column(foreignKey.field ?? fieldName(foreignKey.name ?? sequelizeCamelize(`${source.modelName}_${source.primaryKey}`), source.underscored), site);
    junction.column(other.field ?? fieldName(other.name ?? sequelizeCamelize(`${target.modelName}_${target.primaryKey}`), source.underscored), site);
  }
}
