import type * as TS from "typescript";
import { typeormCamelCase, typeormSnakeCase, typeormTitleCase } from "./naming.js";
import { qualifiedTable, type SchemaBuilder, type TableBuilder } from "./schema-builder.js";
import type { Located, TsFile, TsProject } from "./ts-project.js";

/**
 * TypeORM: `@Entity` classes (with the columns of the classes they extend, embedded classes, join
 * columns of owning relations, junction tables of `@JoinTable`), `@ChildEntity` classes (their
 * columns live in the parent's table), and `new EntitySchema({...})`. Names the code does not give
 * come from the naming strategy: TypeORM's default or a snake-case one.
 */

const MODULES = ["typeorm"];

const COLUMN_DECORATORS = new Set([
  "Column",
  "PrimaryColumn",
  "PrimaryGeneratedColumn",
  "CreateDateColumn",
  "UpdateDateColumn",
  "DeleteDateColumn",
  "VersionColumn",
  "ObjectIdColumn",
  "TreeLevelColumn",
]);
const PRIMARY_DECORATORS = new Set(["PrimaryColumn", "PrimaryGeneratedColumn", "ObjectIdColumn"]);

interface Entity {
  name: string;
  table: string;
  /** The table name without schema and prefix, which junction tables and their columns are named from. */
  bareTable: string;
  primaryProperty: string;
  primaryColumn: string;
}

interface Reader {
  project: TsProject;
  builder: SchemaBuilder;
  naming: "snake_case" | "default";
  prefix: string;
  entities: Map<string, Entity>;
}

/** What the DataSource options say about names. */
export interface TypeormSettings {
  naming: "snake_case" | "default";
  /** The DataSource's `entityPrefix`, put before every table name. */
  tablePrefix: string;
}

/**
 * The naming strategy and table prefix from the DataSource options (`new DataSource({...})`,
 * `TypeOrmModule.forRoot({...})`, an ormconfig module): `namingStrategy: new SnakeNamingStrategy()`
 * (from typeorm-naming-strategies, or an app class of that kind) means snake case.
 */
export function detectTypeormSettings(project: TsProject): TypeormSettings {
  const { ts } = project;
  const settings: TypeormSettings = { naming: "default", tablePrefix: "" };
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

export function readTypeormSchema(project: TsProject, builder: SchemaBuilder, settings: TypeormSettings): void {
  const reader: Reader = { project, builder, naming: settings.naming, prefix: settings.tablePrefix, entities: new Map() };
  const classes: Located<TS.ClassDeclaration>[] = [];
  const schemas: { file: TsFile; options: TS.Expression; node: TS.NewExpression }[] = [];
  project.forEachNode((node, file) => {
    const { ts } = project;
    if (ts.isClassDeclaration(node) && node.name && entityDecorator(reader, file, node)) classes.push({ file, node });
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "EntitySchema" && fromTypeorm(file, "EntitySchema")) {
      const arg = node.arguments?.[0];
      if (arg) schemas.push({ file, options: arg, node });
    }
  });
  // Index every entity first: relations need their target's table and primary key.
  for (const c of classes) indexClassEntity(reader, c);
  for (const s of schemas) indexSchemaEntity(reader, s.file, s.options);
  for (const c of classes) readClassEntity(reader, c);
  for (const s of schemas) readSchemaEntity(reader, s.file, s.options, s.node);
}

/** The decorator that makes a class a table: `@Entity` or `@ChildEntity` (views are not tables). */
function entityDecorator(reader: Reader, file: TsFile, node: TS.ClassDeclaration) {
  return reader.project.decorators(node).find((d) => (d.name === "Entity" || d.name === "ChildEntity") && fromTypeorm(file, d.name));
}

function fromTypeorm(file: TsFile, localName: string): boolean {
  const binding = file.imports.get(localName);
  // A relative import is the app's own re-export of the ORM's decorators (a barrel file).
  if (binding) return MODULES.includes(binding.module) || binding.module.startsWith(".");
  // A namespace import (`@TypeORM.Entity()`) or a global: trust the file's imports.
  return [...file.imports.values()].some((b) => MODULES.includes(b.module));
}

function indexClassEntity(reader: Reader, { file, node }: Located<TS.ClassDeclaration>): void {
  const decorator = entityDecorator(reader, file, node)!;
  const name = node.name!.text;
  const { table, bare } = decorator.name === "ChildEntity" ? parentTable(reader, file, node) ?? tableOf(reader, file, name, []) : tableOf(reader, file, name, decorator.args);
  const primary = primaryOf(reader, file, node);
  reader.entities.set(name, { name, table, bareTable: bare, primaryProperty: primary?.property ?? "id", primaryColumn: primary?.column ?? "id" });
}

/** `@Entity("users")`, `@Entity({ name: "users", schema: "auth" })`, `@Entity()` → the naming strategy's name. */
function tableOf(reader: Reader, file: TsFile, className: string, args: readonly TS.Expression[]): { table: string; bare: string } {
  const { project } = reader;
  let given = project.stringValue(file, args[0]);
  const options = project.objectLiteral(file, args[given !== undefined ? 1 : 0]);
  given ??= options ? project.stringValue(options.file, options.get("name")) : undefined;
  const schema = options ? project.stringValue(options.file, options.get("schema")) : undefined;
  const bare = given ?? typeormSnakeCase(className);
  return { table: qualifiedTable(schema, reader.prefix + bare), bare };
}

/** Single-table inheritance: a `@ChildEntity` lives in the table of the `@Entity` it extends. */
function parentTable(reader: Reader, file: TsFile, node: TS.ClassDeclaration): { table: string; bare: string } | undefined {
  const seen = new Set<TS.ClassDeclaration>();
  let current = reader.project.baseClass(file, node);
  while (current && !seen.has(current.node)) {
    seen.add(current.node);
    const decorator = reader.project.decorators(current.node).find((d) => d.name === "Entity");
    if (decorator) return tableOf(reader, current.file, current.node.name!.text, decorator.args);
    current = reader.project.baseClass(current.file, current.node);
  }
  return undefined;
}

function primaryOf(reader: Reader, file: TsFile, node: TS.ClassDeclaration): { property: string; column: string } | undefined {
  for (const member of membersOf(reader, file, node)) {
    const decorator = reader.project.decorators(member.node).find((d) => PRIMARY_DECORATORS.has(d.name));
    if (!decorator) continue;
    const property = reader.project.propertyName(member.node.name, member.file)!;
    return { property, column: columnName(reader, property, givenName(reader, member.file, decorator.args), []) };
  }
  return undefined;
}

/** The class's properties, the inherited ones first (a base class may be abstract and undecorated). */
function membersOf(reader: Reader, file: TsFile, node: TS.ClassDeclaration, seen = new Set<TS.ClassDeclaration>()): Located<TS.PropertyDeclaration>[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const base = reader.project.baseClass(file, node);
  const inherited = base ? membersOf(reader, base.file, base.node, seen) : [];
  const own = node.members.filter((m): m is TS.PropertyDeclaration => reader.project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m }));
  return [...inherited, ...own];
}

function readClassEntity(reader: Reader, { file, node }: Located<TS.ClassDeclaration>): void {
  const { project } = reader;
  const name = node.name!.text;
  const entity = reader.entities.get(name)!;
  const table = reader.builder.table(entity.table, { file: file.path, line: project.line(file, node.name!), name }, "typeorm");
  const decorators = project.decorators(node);
  const isChild = decorators.some((d) => d.name === "ChildEntity");
  // A child entity's inherited columns are the parent's, read with the parent.
  const members = isChild ? node.members.filter((m): m is TS.PropertyDeclaration => project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m })) : membersOf(reader, file, node);
  for (const member of members) readProperty(reader, entity, table, member, []);
  readInheritanceColumns(reader, file, node, table);
}

/** `@TableInheritance` adds the discriminator column; `@Tree` adds its bookkeeping columns. */
function readInheritanceColumns(reader: Reader, file: TsFile, node: TS.ClassDeclaration, table: TableBuilder): void {
  const { project } = reader;
  const site = (name: string) => ({ file: file.path, line: project.line(file, node.name!), name: `${node.name!.text}.${name}` });
  for (const decorator of project.decorators(node)) {
    if (decorator.name === "TableInheritance") {
      const options = project.objectLiteral(file, decorator.args[0]);
      const column = options ? project.objectLiteral(options.file, options.get("column")) : undefined;
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

/**
 * One property's columns. `prefixes` are the embedded-column prefixes so far; `path` names an
 * embedded property by the property that holds it (`Customer.billingAddress.street`).
 */
function readProperty(reader: Reader, entity: Entity, table: TableBuilder, member: Located<TS.PropertyDeclaration>, prefixes: string[], path?: string): void {
  const { project } = reader;
  const { file, node } = member;
  const property = project.propertyName(node.name, file);
  if (property === undefined) return;
  const siteName = `${path ?? ownerName(project, node)}.${property}`;
  const site = { file: file.path, line: project.line(file, node.name), name: siteName };
  const decorators = project.decorators(node);
  for (const decorator of decorators) {
    if (!COLUMN_DECORATORS.has(decorator.name)) continue;
    const embedded = decorator.name === "Column" ? embeddedClass(reader, file, decorator.args[0]) : undefined;
    if (embedded) {
      const options = project.objectLiteral(file, decorator.args[1]);
      const prefix = options?.get("prefix");
      const custom = prefix ? (project.stringValue(options!.file, prefix) ?? project.booleanValue(prefix)) : undefined;
      const partial = custom === undefined || custom === true ? [property] : custom === false || custom === "" ? [] : [custom];
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

/** The class a property is declared in. */
function ownerName(project: TsProject, node: TS.Node): string {
  let parent = node.parent;
  while (parent && !project.ts.isClassDeclaration(parent)) parent = parent.parent;
  return parent && project.ts.isClassDeclaration(parent) && parent.name ? parent.name.text : "?";
}

/** `@Column(() => Address)` / `@Column((type) => Address, { prefix })`: an embedded class. */
function embeddedClass(reader: Reader, file: TsFile, arg: TS.Expression | undefined): Located<TS.ClassDeclaration> | undefined {
  const { ts } = reader.project;
  if (!arg || !(ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))) return undefined;
  const name = reader.project.targetName(file, arg);
  return name ? reader.project.classNamed(file, name) : undefined;
}

/** The `name` given in a column decorator's options: `@Column({ name })`, `@Column("text", { name })`. */
function givenName(reader: Reader, file: TsFile, args: readonly TS.Expression[]): string | undefined {
  for (const arg of args) {
    const options = reader.project.objectLiteral(file, arg);
    const name = options && reader.project.stringValue(options.file, options.get("name"));
    if (name) return name;
  }
  return undefined;
}

function columnName(reader: Reader, property: string, given: string | undefined, prefixes: string[]): string {
  if (reader.naming === "snake_case") return typeormSnakeCase([...prefixes, ""].join("_")) + (given ?? typeormSnakeCase(property));
  const name = given ?? property;
  return prefixes.length > 0 ? typeormCamelCase(prefixes.join("_")) + typeormTitleCase(name) : name;
}

function joinColumnName(reader: Reader, relation: string, referenced: string): string {
  return reader.naming === "snake_case" ? typeormSnakeCase(`${relation}_${referenced}`) : typeormCamelCase(`${relation}_${referenced}`);
}

/** `@JoinColumn({ name })`, `@JoinColumn([{ name }, ...])`, or the strategy's `<relation><Referenced>`. */
function joinColumnNames(reader: Reader, file: TsFile, property: string, arg: TS.Expression | undefined, target: Entity | undefined, prefixes: string[]): string[] {
  const { project } = reader;
  const relationPath = [...prefixes, property].join("_");
  const options = arg && project.ts.isArrayLiteralExpression(project.unwrap(arg)) ? (project.unwrap(arg) as TS.ArrayLiteralExpression).elements : arg ? [arg] : [undefined];
  return options.map((option) => {
    const props = project.objectLiteral(file, option);
    const name = props && project.stringValue(props.file, props.get("name"));
    if (name) return name;
    const referenced = (props && project.stringValue(props.file, props.get("referencedColumnName"))) ?? target?.primaryProperty ?? "id";
    return joinColumnName(reader, relationPath, referenced);
  });
}

/** `@ManyToMany` with `@JoinTable`: the junction table and its two key columns. */
function readJoinTable(reader: Reader, entity: Entity, member: Located<TS.PropertyDeclaration>, property: string, targetName: string | undefined, arg: TS.Expression | undefined): void {
  const { project } = reader;
  const { file, node } = member;
  const target = reader.entities.get(targetName ?? "");
  const options = project.objectLiteral(file, arg);
  const given = options && project.stringValue(options.file, options.get("name"));
  const schema = options && project.stringValue(options.file, options.get("schema"));
  if (!given && !target) return;
  const bare = given ?? typeormSnakeCase(`${entity.bareTable}_${property.replace(/\./g, "_")}_${target!.bareTable}`);
  const site = { file: file.path, line: project.line(file, node.name), name: `${ownerName(project, node)}.${property}` };
  const table = reader.builder.table(qualifiedTable(schema, reader.prefix + bare), site, "typeorm");
  const side = (key: string, owner: Entity | undefined) => {
    const column = options ? project.objectLiteral(options.file, options.get(key)) : undefined;
    const name = column && project.stringValue(column.file, column.get("name"));
    if (name) return name;
    if (!owner) return undefined;
    const joined = `${owner.bareTable}_${owner.primaryColumn}`;
    return reader.naming === "snake_case" ? typeormSnakeCase(joined) : typeormCamelCase(joined);
  };
  for (const column of [side("joinColumn", entity), side("inverseJoinColumn", target)]) if (column) table.column(column, site);
}

interface SchemaEntityOptions {
  name: string;
  table: string;
  bare: string;
  props: ReturnType<TsProject["objectLiteral"]>;
}

function schemaEntityOptions(reader: Reader, file: TsFile, arg: TS.Expression): SchemaEntityOptions | undefined {
  const { project } = reader;
  const props = project.objectLiteral(file, arg);
  if (!props) return undefined;
  const name = project.stringValue(props.file, props.get("name")) ?? project.targetName(props.file, props.get("target"));
  if (!name) return undefined;
  const given = project.stringValue(props.file, props.get("tableName"));
  const schema = project.stringValue(props.file, props.get("schema"));
  const bare = given ?? typeormSnakeCase(name);
  return { name, table: qualifiedTable(schema, reader.prefix + bare), bare, props };
}

function indexSchemaEntity(reader: Reader, file: TsFile, arg: TS.Expression): void {
  const options = schemaEntityOptions(reader, file, arg);
  if (!options) return;
  const { project } = reader;
  const columns = project.objectLiteral(options.props!.file, options.props!.get("columns"));
  let primary: { property: string; column: string } | undefined;
  for (const [property, entry] of columns?.entries() ?? []) {
    const column = project.objectLiteral(entry.file, entry.value);
    if (column && (project.booleanValue(column.get("primary")) || project.booleanValue(column.get("objectId")))) {
      primary = { property, column: project.stringValue(column.file, column.get("name")) ?? columnName(reader, property, undefined, []) };
      break;
    }
  }
  const entity = { name: options.name, table: options.table, bareTable: options.bare, primaryProperty: primary?.property ?? "id", primaryColumn: primary?.column ?? "id" };
  reader.entities.set(options.name, entity);
}

/** `new EntitySchema({ name, tableName, columns: {...}, relations: {...} })`. */
function readSchemaEntity(reader: Reader, file: TsFile, arg: TS.Expression, node: TS.NewExpression): void {
  const options = schemaEntityOptions(reader, file, arg);
  if (!options) return;
  const { project } = reader;
  const entity = reader.entities.get(options.name)!;
  const table = reader.builder.table(options.table, { file: file.path, line: project.line(file, node), name: options.name }, "typeorm");
  const props = options.props!;
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
    const owning = type === "many-to-one" || (type === "one-to-one" && joinColumn !== undefined && project.booleanValue(joinColumn) !== false);
    if (!owning) continue;
    const target = reader.entities.get(project.targetName(relation.file, relation.get("target")) ?? "");
    const joinOptions = joinColumn && project.booleanValue(joinColumn) === undefined ? joinColumn : undefined;
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${options.name}.${property}` };
    for (const name of joinColumnNames(reader, relation.file, property, joinOptions, target, [])) table.column(name, site);
  }
}
