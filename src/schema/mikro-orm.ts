import type * as TS from "typescript";
import type { MappingSite } from "../core/app-schema.js";
import { mikroUnderscore } from "./naming.js";
import { qualifiedTable, type SchemaBuilder, type TableBuilder } from "./schema-builder.js";
import type { Located, ObjectProperties, TsFile, TsProject } from "./ts-project.js";

/**
 * MikroORM: decorated `@Entity` classes (with their base classes and `@Embedded` embeddables),
 * `new EntitySchema({ properties })` and `defineEntity({ properties: (p) => ({ ... }) })`. Columns
 * are the persisted scalar properties and the owning sides' foreign keys; `@ManyToMany` owners add
 * a pivot table. Names the code does not give come from the naming strategy: UnderscoreNamingStrategy
 * by default, EntityCaseNamingStrategy when the config says so.
 */

export interface MikroOrmSettings {
  naming: "underscore" | "entity_case";
}

type Kind = "scalar" | "m:1" | "1:1" | "1:m" | "m:n" | "embedded";

/** A property as any of the three definition styles describe it. */
interface PropertyInfo {
  name: string;
  kind: Kind;
  persist: boolean;
  owner: boolean;
  fieldName?: string;
  /** The related or embedded entity's name. */
  target?: string;
  pivotTable?: string;
  /** Many-to-many: the pivot table's columns for this side and the other (`joinColumn`, `inverseJoinColumn`). */
  pivotColumns?: { owner?: string; target?: string };
  /** Embedded: `prefix` (true by default) and `object` (one JSON column). */
  prefix?: string | boolean;
  object?: boolean;
  primary: boolean;
  site: MappingSite;
}

interface EntityInfo {
  name: string;
  tableName?: string;
  schema?: string;
  abstract: boolean;
  embeddable: boolean;
  properties: PropertyInfo[];
  site: MappingSite;
}

const MODULE = /^@mikro-orm\//;

function fromMikro(file: TsFile, localName: string): boolean {
  const binding = file.imports.get(localName);
  // A relative import is the app's own re-export of the ORM's decorators (a barrel file).
  if (binding) return MODULE.test(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULE.test(b.module));
}

/** `namingStrategy: EntityCaseNamingStrategy` in the ORM config. */
export function detectMikroOrmSettings(project: TsProject): MikroOrmSettings {
  const { ts } = project;
  const settings: MikroOrmSettings = { naming: "underscore" };
  project.forEachNode(
    (node, file) => {
      if (!ts.isPropertyAssignment(node) || project.propertyName(node.name, file) !== "namingStrategy") return;
      if (/EntityCase/.test(node.initializer.getText(file.source))) settings.naming = "entity_case";
    },
    { all: true, mentions: /\bnamingStrategy\b/ },
  );
  return settings;
}

export function readMikroOrmSchema(project: TsProject, builder: SchemaBuilder, settings: MikroOrmSettings): void {
  const { ts } = project;
  const entities = new Map<string, EntityInfo>();
  project.forEachNode((node, file) => {
    let entity: EntityInfo | undefined;
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

/** Names as the naming strategy derives them. */
class Naming {
  constructor(
    private readonly settings: MikroOrmSettings,
    private readonly entities: ReadonlyMap<string, EntityInfo>,
  ) {}

  entity(name: string | undefined): EntityInfo | undefined {
    return name ? this.entities.get(name) : undefined;
  }

  bareTable(entity: EntityInfo): string {
    return entity.tableName ?? (this.settings.naming === "underscore" ? mikroUnderscore(entity.name) : entity.name);
  }

  table(entity: EntityInfo): string {
    return qualifiedTable(entity.schema, this.bareTable(entity));
  }

  column(prop: PropertyInfo): string {
    return prop.fieldName ?? (this.settings.naming === "underscore" ? mikroUnderscore(prop.name) : prop.name);
  }

  /** The primary key column of an entity (`id` when unknown). */
  primaryColumn(entity: EntityInfo | undefined): string {
    const primary = entity?.properties.find((p) => p.primary);
    return primary ? this.column(primary) : "id";
  }

  /** A many-to-one or owning one-to-one's foreign key: `author` → `author_id`. */
  joinColumn(prop: PropertyInfo): string {
    if (prop.fieldName) return prop.fieldName;
    const referenced = this.primaryColumn(this.entity(prop.target));
    return this.settings.naming === "underscore" ? `${mikroUnderscore(prop.name)}_${referenced}` : prop.name;
  }

  /** The pivot table's key column for one side: `<table>_<pk>`. */
  pivotColumn(entity: EntityInfo | undefined, fallbackName: string | undefined): string {
    const table = entity ? this.bareTable(entity) : mikroUnderscore(fallbackName ?? "");
    return `${table}_${this.primaryColumn(entity)}`;
  }

  pivotTable(owner: EntityInfo, prop: PropertyInfo): string {
    return prop.pivotTable ?? `${this.bareTable(owner)}_${this.settings.naming === "underscore" ? mikroUnderscore(prop.name) : prop.name}`;
  }
}

function addProperty(naming: Naming, builder: SchemaBuilder, owner: EntityInfo, table: TableBuilder, prop: PropertyInfo, prefix: string): void {
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

const RELATION_DECORATORS: Record<string, Kind> = { ManyToOne: "m:1", OneToOne: "1:1", OneToMany: "1:m", ManyToMany: "m:n", Embedded: "embedded" };
const SCALAR_DECORATORS = new Set(["Property", "PrimaryKey", "SerializedPrimaryKey", "Enum"]);

function decoratedEntity(project: TsProject, file: TsFile, node: TS.ClassDeclaration): EntityInfo | undefined {
  const decorators = project.decorators(node);
  const entity = decorators.find((d) => d.name === "Entity" && fromMikro(file, "Entity"));
  const embeddable = decorators.find((d) => d.name === "Embeddable" && fromMikro(file, "Embeddable"));
  if (!entity && !embeddable) return undefined;
  const options = project.objectLiteral(file, (entity ?? embeddable)!.args[0]);
  const name = node.name!.text;
  const properties = membersOf(project, file, node).flatMap((m) => decoratedProperty(project, m));
  return {
    name,
    ...optionalString("tableName", options && (project.stringValue(options.file, options.get("tableName")) ?? project.stringValue(options.file, options.get("collection")))),
    ...optionalString("schema", options && project.stringValue(options.file, options.get("schema"))),
    abstract: (options && project.booleanValue(options.get("abstract"))) === true,
    embeddable: embeddable !== undefined,
    properties,
    site: { file: file.path, line: project.line(file, node.name!), name },
  };
}

/** The entity an `EntitySchema` or `defineEntity` options object describes. */
function entityFromOptions(project: TsProject, name: string, options: ObjectProperties, properties: PropertyInfo[], site: EntityInfo["site"]): EntityInfo {
  return {
    name,
    ...optionalString("tableName", project.stringValue(options.file, options.get("tableName")) ?? project.stringValue(options.file, options.get("collection"))),
    ...optionalString("schema", project.stringValue(options.file, options.get("schema"))),
    abstract: project.booleanValue(options.get("abstract")) === true,
    embeddable: project.booleanValue(options.get("embeddable")) === true,
    properties,
    site,
  };
}

function optionalString<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: string };
}

function membersOf(project: TsProject, file: TsFile, node: TS.ClassDeclaration, seen = new Set<TS.ClassDeclaration>()): Located<TS.PropertyDeclaration>[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const base = project.baseClass(file, node);
  const inherited = base ? membersOf(project, base.file, base.node, seen) : [];
  return [...inherited, ...node.members.filter((m): m is TS.PropertyDeclaration => project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m }))];
}

function decoratedProperty(project: TsProject, { file, node }: Located<TS.PropertyDeclaration>): PropertyInfo[] {
  const name = project.propertyName(node.name, file);
  if (name === undefined) return [];
  const owner = node.parent && project.ts.isClassDeclaration(node.parent) && node.parent.name ? node.parent.name.text : "?";
  const site = { file: file.path, line: project.line(file, node.name), name: `${owner}.${name}` };
  for (const decorator of project.decorators(node)) {
    const relation = RELATION_DECORATORS[decorator.name];
    if (!relation && !SCALAR_DECORATORS.has(decorator.name)) continue;
    const options = decorator.args.map((a) => project.objectLiteral(file, a)).find((o) => o !== undefined);
    const target = relation ? (project.targetName(file, decorator.args[0]) ?? targetOf(project, options) ?? typeTarget(project, node)) : undefined;
    // The second argument of a relation decorator, when a function or string, is the other side's property.
    const second = decorator.args[1];
    const mappedBy = relation && second && !project.ts.isObjectLiteralExpression(second) ? true : options?.has("mappedBy") === true;
    const inversedBy = options?.has("inversedBy") === true;
    const ownerFlag = options ? project.booleanValue(options.get("owner")) : undefined;
    return [
      propertyInfo(project, name, relation ?? "scalar", options, site, {
        primary: decorator.name === "PrimaryKey",
        owner: ownerFlag ?? (inversedBy || !mappedBy),
        ...(target !== undefined ? { target } : {}),
      }),
    ];
  }
  return [];
}

function targetOf(project: TsProject, options: ObjectProperties | undefined): string | undefined {
  if (!options) return undefined;
  return project.targetName(options.file, options.get("entity") ?? options.get("type"));
}

function propertyInfo(
  project: TsProject,
  name: string,
  kind: Kind,
  options: ObjectProperties | undefined,
  site: MappingSite,
  extra: { primary: boolean; owner: boolean; target?: string },
): PropertyInfo {
  const str = (key: string) => (options ? project.stringValue(options.entry(key)?.file ?? options.file, options.get(key)) : undefined);
  const bool = (key: string) => (options ? project.booleanValue(options.get(key)) : undefined);
  const first = (key: string) => {
    const list = options?.get(key);
    if (!list || !project.ts.isArrayLiteralExpression(project.unwrap(list))) return undefined;
    return project.stringValue(options!.file, (project.unwrap(list) as TS.ArrayLiteralExpression).elements[0]);
  };
  // On a many-to-many, joinColumn(s) name the pivot table's columns, not a column of this table.
  const fieldName = kind === "m:n" ? str("fieldName") : (str("fieldName") ?? str("joinColumn") ?? first("fieldNames") ?? first("joinColumns"));
  const pivotColumns = kind === "m:n" ? { owner: str("joinColumn") ?? first("joinColumns"), target: str("inverseJoinColumn") ?? first("inverseJoinColumns") } : undefined;
  const prefix = str("prefix") ?? bool("prefix");
  return {
    name,
    kind,
    persist: bool("persist") !== false && !(options?.has("formula") ?? false),
    owner: extra.owner,
    primary: extra.primary || bool("primary") === true,
    site,
    ...(fieldName !== undefined ? { fieldName } : {}),
    ...(extra.target !== undefined ? { target: extra.target } : {}),
    ...(str("pivotTable") !== undefined ? { pivotTable: str("pivotTable")! } : {}),
    ...(pivotColumns ? { pivotColumns: dropUndefined(pivotColumns) } : {}),
    ...(prefix !== undefined ? { prefix } : {}),
    ...(bool("object") !== undefined ? { object: bool("object")! } : {}),
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The entity a relation property holds when its decorator does not say: MikroORM reads it from the
 * property's type (`author!: User`, `Ref<User>`, `Collection<Tag>`) or initializer (`new Collection<Tag>(this)`).
 */
function typeTarget(project: TsProject, node: TS.PropertyDeclaration): string | undefined {
  const { ts } = project;
  const named = (type: TS.TypeNode | undefined): string | undefined => {
    if (!type || !ts.isTypeReferenceNode(type)) return undefined;
    const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    if (WRAPPERS.has(name)) return named(type.typeArguments?.[0]);
    return name;
  };
  const fromType = named(node.type);
  if (fromType) return fromType;
  const init = node.initializer && project.unwrap(node.initializer);
  if (init && ts.isNewExpression(init)) return named(init.typeArguments?.[0]);
  return undefined;
}

const WRAPPERS = new Set(["Collection", "Ref", "Reference", "IdentifiedReference", "Rel", "Loaded", "Opt", "Hidden"]);

const SCHEMA_KINDS: Record<string, Kind> = { "m:1": "m:1", "1:1": "1:1", "1:m": "1:m", "m:n": "m:n", embedded: "embedded", scalar: "scalar" };

/** `new EntitySchema({ name, tableName, properties: { ... } })`. */
function schemaEntity(project: TsProject, file: TsFile, node: TS.Node, arg: TS.Expression | undefined): EntityInfo | undefined {
  const options = project.objectLiteral(file, arg);
  if (!options) return undefined;
  const name = project.stringValue(options.file, options.get("name")) ?? project.targetName(options.file, options.get("class"));
  if (!name) return undefined;
  const properties: PropertyInfo[] = [];
  for (const [prop, entry] of project.objectLiteral(options.file, options.get("properties"))?.entries() ?? []) {
    const def = project.objectLiteral(entry.file, entry.value);
    const kindText = def && (project.stringValue(def.file, def.get("kind")) ?? project.stringValue(def.file, def.get("reference")));
    const kind = SCHEMA_KINDS[kindText ?? "scalar"] ?? "scalar";
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${name}.${prop}` };
    const owner = def ? (project.booleanValue(def.get("owner")) ?? (def.has("inversedBy") || !def.has("mappedBy"))) : true;
    const target = kind === "scalar" ? undefined : targetOf(project, def);
    properties.push(propertyInfo(project, prop, kind, def, site, { primary: false, owner, ...(target !== undefined ? { target } : {}) }));
  }
  return entityFromOptions(project, name, options, properties, { file: file.path, line: project.line(file, node), name });
}

const BUILDER_KINDS: Record<string, Kind> = { manyToOne: "m:1", oneToOne: "1:1", oneToMany: "1:m", manyToMany: "m:n", embedded: "embedded" };

/** `defineEntity({ name, properties: (p) => ({ id: p.integer().primary(), author: () => p.manyToOne(Author) }) })`. */
function definedEntity(project: TsProject, file: TsFile, call: TS.CallExpression): EntityInfo | undefined {
  const { ts } = project;
  const options = project.objectLiteral(file, call.arguments[0]);
  if (!options) return undefined;
  const name = project.stringValue(options.file, options.get("name")) ?? project.targetName(options.file, options.get("class"));
  if (!name) return undefined;
  let propsExpr = options.get("properties");
  if (propsExpr) {
    const fn = project.unwrap(propsExpr);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) propsExpr = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  }
  const properties: PropertyInfo[] = [];
  for (const [prop, entry] of project.objectLiteral(options.file, propsExpr)?.entries() ?? []) {
    let value = project.unwrap(entry.value);
    if ((ts.isArrowFunction(value) || ts.isFunctionExpression(value)) && !ts.isBlock(value.body)) value = project.unwrap(value.body);
    const chain = project.callChain(value);
    if (chain.length === 0) continue;
    const root = chain[0]!;
    const kind = BUILDER_KINDS[root.name] ?? "scalar";
    const arg = (method: string) => chain.find((c) => c.name === method)?.call.arguments[0];
    const called = (method: string) => chain.some((c) => c.name === method);
    const flag = (method: string) => (called(method) ? (project.booleanValue(arg(method)) ?? true) : undefined);
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${name}.${prop}` };
    const named = (method: string) => project.stringValue(entry.file, arg(method));
    const fieldName = kind === "m:n" ? named("fieldName") : (named("fieldName") ?? named("joinColumn"));
    const pivotColumns = kind === "m:n" ? dropUndefined({ owner: named("joinColumn"), target: named("inverseJoinColumn") }) : undefined;
    const pivotTable = project.stringValue(entry.file, arg("pivotTable"));
    const prefix = project.stringValue(entry.file, arg("prefix")) ?? flag("prefix");
    const object = flag("object");
    const target = kind === "scalar" ? undefined : project.targetName(entry.file, root.call.arguments[0]);
    const owner = flag("owner") ?? (called("inversedBy") || !called("mappedBy"));
    properties.push({
      name: prop,
      kind,
      persist: flag("persist") !== false && !called("formula"),
      owner,
      primary: flag("primary") === true,
      site,
      ...(fieldName !== undefined ? { fieldName } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(pivotTable !== undefined ? { pivotTable } : {}),
      ...(pivotColumns ? { pivotColumns } : {}),
      ...(prefix !== undefined ? { prefix } : {}),
      ...(object !== undefined ? { object } : {}),
    });
  }
  return entityFromOptions(project, name, options, properties, { file: file.path, line: project.line(file, call), name });
}
