import type * as TS from "typescript";
import { renderValue, substituteBindings } from "../bindings.js";
import { columnList, quoteIdent, quoteLiteral, quoteName } from "../builder-sql.js";
import { insertSql, updateSql } from "../data-changes.js";
import { flattenChain } from "../chains.js";
import type { Extractor, HandleChain, ToolReader } from "../extractor.js";
import { skipOuter, type StaticValue } from "../static-values.js";
import { Options, runtimeSqlDefault, runtimeValueDefault, staticString, staticStrings, whyDynamic } from "./options.js";

/**
 * Sequelize migrations (sequelize-cli's `up(queryInterface, Sequelize)` and umzug's
 * `up({ context })`): `queryInterface.sequelize.query(sql)` and the QueryInterface methods,
 * modelled with the SQL Sequelize v6's Postgres query generator writes. Sequelize opens no
 * transaction: a call runs in one only when it passes `{ transaction }`.
 */
export const sequelizeReader: ToolReader = {
  parameterHandles(fn) {
    const first = fn.parameters[0];
    if (!first) return [];
    const typeText = first.type?.getText() ?? "";
    const name = first.name.getText();
    const isInstance = /\bSequelize\b/.test(typeText) || /^\{?\s*(context\s*:\s*)?sequelize\s*\}?$/.test(name);
    return [isInstance ? "sequelize" : "queryInterface", fn.parameters[1] ? "sequelizeLib" : undefined];
  },
  read(chain, x) {
    if (chain.handle === "sequelizeLib") return true;
    const links = chain.links;
    let at = 0;
    if (chain.handle === "queryInterface" && links[0]?.name === "sequelize") at = 1;
    else if (chain.handle === "sequelize" && links[0]?.name === "getQueryInterface") return queryInterface(chain, 1, x);
    else if (chain.handle === "queryInterface") return queryInterface(chain, 0, x);
    const link = links[at];
    if (!link) return true;
    switch (link.name) {
      case "query":
        rawQuery(link.args, chain, x);
        return true;
      case "transaction": {
        const callback = link.args.find((a) => x.localFunctionOf(a));
        const fn = callback && x.localFunctionOf(callback);
        if (fn) {
          // The callback's parameter is the transaction; calls that pass it run inside it.
          x.consume(callback);
          if (fn.body) x.walk(fn.body);
        }
        return true;
      }
      case "models":
      case "define":
      case "model":
      case "authenticate":
      case "close":
      case "getDialect":
      case "literal":
      case "fn":
      case "col":
        return true;
      default:
        return false;
    }
  },
};

function rawQuery(args: readonly TS.Expression[], chain: HandleChain, x: Extractor): void {
  const options = new Options(x.value(args[1]));
  if (!args[0]) return void x.report(chain.outer, "the SQL passed to `sequelize.query` is not static: it is missing");
  const replacements = options.get("replacements");
  x.sqlVariants(args[0], { call: chain.outer, via: "sequelize.query", transactionKey: transactionKey(args[1], x) }, (sql) => substituteBindings(sql.text, replacements, "sequelize"));
}

/** The transaction a call passes in its options (`{ transaction: t }`), or null. */
function transactionKey(options: TS.Expression | undefined, x: Extractor): string | null {
  if (!options) return null;
  const node = skipOuter(x.ts, x.evaluator.resolve(options));
  if (!x.ts.isObjectLiteralExpression(node)) return null;
  for (const p of node.properties) {
    if (p.name?.getText() !== "transaction") continue;
    if (x.ts.isShorthandPropertyAssignment(p)) return transactionIdentity(p.name, x);
    if (x.ts.isPropertyAssignment(p)) {
      const value = skipOuter(x.ts, p.initializer);
      if (value.kind === x.ts.SyntaxKind.NullKeyword || (x.ts.isIdentifier(value) && value.text === "undefined")) return null;
      return transactionIdentity(value, x);
    }
  }
  return null;
}

/**
 * Which transaction an expression is, named by the code that opens it rather than by the
 * variable's name: two `sequelize.transaction(async (transaction) => …)` blocks use the same name
 * for two transactions. The callback's parameter stands for its block's transaction; a
 * `const t = await sequelize.transaction()` for the call that opened it; a helper's parameter for
 * the argument of the call being read.
 */
function transactionIdentity(expression: TS.Expression, x: Extractor): string {
  const ts = x.ts;
  const resolved = skipOuter(ts, x.evaluator.resolve(expression));
  if (ts.isIdentifier(resolved)) {
    const binding = x.evaluator.bindingOf(resolved);
    if (binding.kind === "parameter") return `parameter at ${binding.node.getStart(x.sf)}`;
    return resolved.text;
  }
  if (ts.isCallExpression(resolved) || ts.isPropertyAccessExpression(resolved)) return `${resolved.getText(x.sf)} at ${resolved.getStart(x.sf)}`;
  return resolved.getText(x.sf);
}

function lastOptions(args: readonly TS.Expression[], from: number, x: Extractor): string | null {
  for (let i = args.length - 1; i >= from; i--) {
    const key = transactionKey(args[i], x);
    if (key !== null) return key;
  }
  return null;
}

function queryInterface(chain: HandleChain, at: number, x: Extractor): boolean {
  const link = chain.links[at];
  if (!link) return true;
  if (link.name === "sequelize") {
    const next = chain.links[at + 1];
    if (next?.name === "query") rawQuery(next.args, chain, x);
    return true;
  }
  if (!link.call) return true;
  const args = link.args;
  const emit = (sql: string | string[], fromArg: number) => x.builder(sql, { site: chain.outer, transactionKey: lastOptions(args, fromArg, x) });
  const table = () => tableName(args[0], x, chain.outer);
  switch (link.name) {
    case "createTable": {
      const t = table();
      if (!t) return true;
      const attributes = x.value(args[1]);
      if (attributes?.kind !== "object") return void x.report(chain.outer, whyDynamic(attributes, "the table's attributes")), true;
      const columns: string[] = [];
      const pre: string[] = [];
      const primary: string[] = [];
      const columnSites = new Map<string, TS.Node>();
      for (const [name, value] of attributes.entries) {
        const column = readAttribute(t, name, value, x);
        if (!column) continue;
        columns.push(column.definition);
        pre.push(...column.pre);
        if (column.primaryKey) primary.push(name);
        columnSites.set(name, value.node);
      }
      if (primary.length > 0) columns.push(`PRIMARY KEY (${columnList(primary)})`);
      x.builder([...pre, `CREATE TABLE IF NOT EXISTS ${quoteName(t)} (${columns.join(", ")})`], {
        site: chain.outer,
        columnSites,
        transactionKey: lastOptions(args, 2, x),
      });
      return true;
    }
    case "dropTable": {
      const t = table();
      const cascade = new Options(x.value(args[1])).boolean("cascade");
      if (t) emit(`DROP TABLE IF EXISTS ${quoteName(t)}${cascade ? " CASCADE" : ""}`, 1);
      return true;
    }
    case "renameTable": {
      const t = table();
      const to = tableName(args[1], x, chain.outer);
      if (t && to) emit(`ALTER TABLE ${quoteName(t)} RENAME TO ${quoteIdent(to.split(".").pop()!)}`, 2);
      return true;
    }
    case "addColumn": {
      const t = table();
      const name = columnName(args[1], x, chain.outer);
      if (!t || !name) return true;
      const column = readAttribute(t, name, x.value(args[2]), x);
      if (column) emit([...column.pre, `ALTER TABLE ${quoteName(t)} ADD COLUMN ${column.definition}`], 3);
      return true;
    }
    case "removeColumn": {
      const t = table();
      const name = columnName(args[1], x, chain.outer);
      if (t && name) emit(`ALTER TABLE ${quoteName(t)} DROP COLUMN ${quoteIdent(name)}`, 2);
      return true;
    }
    case "renameColumn": {
      const t = table();
      const from = columnName(args[1], x, chain.outer);
      const to = columnName(args[2], x, chain.outer);
      if (t && from && to) emit(`ALTER TABLE ${quoteName(t)} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`, 3);
      return true;
    }
    case "changeColumn": {
      const t = table();
      const name = columnName(args[1], x, chain.outer);
      if (!t || !name) return true;
      const column = readAttribute(t, name, x.value(args[2]), x);
      if (column) emit(changeColumnSql(t, name, column), 3);
      return true;
    }
    case "addIndex": {
      const t = table();
      if (!t) return true;
      const second = x.value(args[1]);
      const options = new Options(second?.kind === "object" ? second : x.value(args[2]));
      const fields = second?.kind === "array" ? indexFields(second) : indexFields(options.get("fields"));
      if (!fields) return void x.report(chain.outer, whyDynamic(options.get("fields") ?? second, "the index fields")), true;
      const unique = options.boolean("unique") === true || options.string("type")?.toUpperCase() === "UNIQUE";
      const name = options.string("name") ?? underscore(`${t.split(".").pop()}_${fields.join("_")}`);
      const concurrently = options.boolean("concurrently") === true;
      const using = options.string("using");
      const where = options.has("where") ? " WHERE true" : "";
      emit(`CREATE ${unique ? "UNIQUE " : ""}INDEX ${concurrently ? "CONCURRENTLY " : ""}${quoteIdent(name)} ON ${quoteName(t)}${using ? ` USING ${using}` : ""} (${columnList(fields)})${where}`, 1);
      return true;
    }
    case "removeIndex": {
      const t = table();
      if (!t) return true;
      const target = x.value(args[1]);
      const named = target?.kind === "string" ? staticString(target) : undefined;
      const fields = named === undefined ? staticStrings(target) : undefined;
      const name = named ?? (fields ? underscore(`${t.split(".").pop()}_${fields.join("_")}`) : undefined);
      if (!name) return void x.report(chain.outer, whyDynamic(target, "the index")), true;
      const concurrently = new Options(x.value(args[2])).boolean("concurrently") === true;
      emit(`DROP INDEX ${concurrently ? "CONCURRENTLY " : ""}IF EXISTS ${quoteIdent(name)}`, 2);
      return true;
    }
    case "addConstraint": {
      const t = table();
      if (!t) return true;
      // v6: addConstraint(table, options); v5: addConstraint(table, fields, options).
      const second = x.value(args[1]);
      const options = new Options(second?.kind === "array" ? x.value(args[2]) : second);
      const fields = second?.kind === "array" ? staticStrings(second) : staticStrings(options.get("fields"));
      const sql = constraintSql(t, options, fields ?? [], x);
      if (sql) emit(sql, 1);
      else x.report(chain.outer, "migration-guard could not read this constraint");
      return true;
    }
    case "removeConstraint": {
      const t = table();
      const name = staticString(x.value(args[1]));
      if (t && name) emit(`ALTER TABLE ${quoteName(t)} DROP CONSTRAINT ${quoteIdent(name)}`, 2);
      else if (t) x.report(chain.outer, whyDynamic(x.value(args[1]), "the constraint name"));
      return true;
    }
    case "bulkInsert":
    case "insert":
    case "upsert": {
      const t = table();
      // insert(instance, table, values): the values come third.
      if (t) emit(insertSql(t, x.value(link.name === "insert" ? args[2] : args[1])), 2);
      return true;
    }
    case "bulkUpdate": {
      const t = table();
      if (t) emit(updateSql(t, x.value(args[1]), whereSql(x.value(args[2]))), 3);
      return true;
    }
    case "bulkDelete":
    case "delete": {
      const t = table();
      if (!t) return true;
      const truncate = new Options(x.value(args[2])).boolean("truncate") === true;
      emit(truncate ? `TRUNCATE ${quoteName(t)}` : `DELETE FROM ${quoteName(t)}${whereSql(x.value(args[1]))}`, 2);
      return true;
    }
    case "dropEnum":
    case "dropAllEnums":
    case "dropAllTables":
    case "createSchema":
    case "dropSchema":
    case "createFunction":
    case "dropFunction":
    case "renameFunction":
    case "createTrigger":
    case "dropTrigger":
    case "renameTrigger":
    case "describeTable":
    case "showAllTables":
    case "showAllSchemas":
    case "tableExists":
    case "showIndex":
    case "getForeignKeysForTables":
    case "getForeignKeyReferencesForTable":
    case "select":
    case "rawSelect":
    case "quoteIdentifier":
    case "quoteTable":
    case "queryGenerator":
      return true;
    default:
      return false;
  }
}

interface Attribute {
  definition: string;
  pre: string[];
  primaryKey: boolean;
  type?: string;
  allowNull: boolean;
  default?: string;
  unique: boolean;
  references?: string;
}

/** A column attribute (`Sequelize.STRING` or `{ type, allowNull, defaultValue, ... }`) as Sequelize's Postgres DDL. */
function readAttribute(table: string, name: string, value: StaticValue | undefined, x: Extractor): Attribute | undefined {
  if (!value) return undefined;
  const options = new Options(value.kind === "object" ? value : undefined);
  const typeNode = value.kind === "object" ? options.get("type") : value;
  let type = typeNode ? dataType(typeNode, table, name, x) : undefined;
  if (!type) {
    x.report(value.node, `the type of column \`${name}\` is not a Sequelize data type migration-guard can read`);
    return undefined;
  }
  const pre: string[] = [];
  if (type.enumValues) pre.push(`CREATE TYPE ${type.sql} AS ENUM(${type.enumValues.map(quoteLiteral).join(", ")})`);
  if (options.boolean("autoIncrement")) {
    if (options.boolean("autoIncrementIdentity")) type = { sql: `${type.sql} GENERATED BY DEFAULT AS IDENTITY` };
    else type = { sql: type.sql === "bigint" ? "bigserial" : type.sql === "smallint" ? "smallserial" : "serial" };
  }
  const primaryKey = options.boolean("primaryKey") === true;
  const allowNull = options.boolean("allowNull") !== false;
  const attribute: Attribute = { definition: "", pre, primaryKey, type: type.sql, allowNull, unique: options.get("unique") !== undefined && options.boolean("unique") !== false };
  const def = options.get("defaultValue");
  const rendered = def ? defaultSql(def, x) : undefined;
  if (rendered !== undefined) attribute.default = rendered;
  const references = options.object("references");
  const model = references.string("model") ?? references.object("model").string("tableName");
  if (model) {
    const key = references.string("key") ?? "id";
    attribute.references = `REFERENCES ${quoteName(model)} (${quoteIdent(key)})${options.string("onDelete") ? ` ON DELETE ${options.string("onDelete")}` : ""}${options.string("onUpdate") ? ` ON UPDATE ${options.string("onUpdate")}` : ""}`;
  }
  let definition = `${quoteIdent(name)} ${type.sql}`;
  if (!allowNull) definition += " NOT NULL";
  if (attribute.unique) definition += " UNIQUE";
  if (attribute.default !== undefined) definition += ` DEFAULT ${attribute.default}`;
  if (attribute.references) definition += ` ${attribute.references}`;
  attribute.definition = definition;
  return attribute;
}

/** `changeColumn` on Postgres: NOT NULL and DEFAULT are re-declared (set or dropped), then the type. */
function changeColumnSql(table: string, name: string, a: Attribute): string[] {
  const t = quoteName(table);
  const c = quoteIdent(name);
  const sql: string[] = [...a.pre];
  if (!a.allowNull) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL`);
  else if (!a.references) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL`);
  if (a.default !== undefined) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${a.default}`);
  else if (!a.references) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT`);
  if (a.unique) sql.push(`ALTER TABLE ${t} ADD UNIQUE (${c})`);
  if (a.references) sql.push(`ALTER TABLE ${t} ADD FOREIGN KEY (${c}) ${a.references}`);
  else sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${a.type}${a.pre.length > 0 ? ` USING (${c}::${a.type})` : ""}`);
  return sql;
}

interface DataType {
  sql: string;
  enumValues?: string[];
}

/** Postgres types of Sequelize's data types (v6 Postgres dialect). */
const DATA_TYPES: Record<string, (args: (number | undefined)[]) => string> = {
  STRING: ([n]) => `varchar(${n ?? 255})`,
  CHAR: ([n]) => `char(${n ?? 255})`,
  TEXT: () => "text",
  CITEXT: () => "citext",
  TSVECTOR: () => "tsvector",
  INTEGER: () => "integer",
  BIGINT: () => "bigint",
  SMALLINT: () => "smallint",
  TINYINT: () => "smallint",
  MEDIUMINT: () => "integer",
  FLOAT: () => "double precision",
  REAL: () => "real",
  DOUBLE: () => "double precision",
  "DOUBLE PRECISION": () => "double precision",
  DECIMAL: ([p, s]) => (p !== undefined ? `decimal(${p}${s !== undefined ? `,${s}` : ""})` : "decimal"),
  NUMERIC: ([p, s]) => (p !== undefined ? `numeric(${p}${s !== undefined ? `,${s}` : ""})` : "numeric"),
  BOOLEAN: () => "boolean",
  DATE: ([n]) => `timestamptz${n !== undefined ? `(${n})` : ""}`,
  DATEONLY: () => "date",
  TIME: () => "time",
  UUID: () => "uuid",
  JSON: () => "json",
  JSONB: () => "jsonb",
  BLOB: () => "bytea",
  INET: () => "inet",
  CIDR: () => "cidr",
  MACADDR: () => "macaddr",
  HSTORE: () => "hstore",
  GEOMETRY: () => "geometry",
  GEOGRAPHY: () => "geography",
};

function dataType(value: StaticValue, table: string, column: string, x: Extractor): DataType | undefined {
  if (value.kind === "string") {
    const text = staticString(value);
    return text ? { sql: text } : undefined;
  }
  const node = skipOuter(x.ts, x.evaluator.resolve(value.node as TS.Expression));
  const chain = flattenChain(x.ts, x.sf, node);
  const links = chain.links.filter((l) => l.name !== "DataTypes");
  const typeLink = links[0];
  if (!typeLink) return undefined;
  const name = typeLink.name.toUpperCase();
  if (name === "ENUM") {
    const values = typeLink.args.flatMap((a) => staticStrings(x.value(a)) ?? []);
    return { sql: quoteName(`enum_${table.split(".").pop()}_${column}`), enumValues: values };
  }
  if (name === "ARRAY") {
    const inner = typeLink.args[0] ? dataType(x.value(typeLink.args[0])!, table, column, x) : undefined;
    return inner ? { sql: `${inner.sql}[]` } : undefined;
  }
  const render = DATA_TYPES[name];
  if (!render) return undefined;
  const numbers = typeLink.args.map((a) => {
    const v = x.value(a);
    return v?.kind === "number" ? v.value : undefined;
  });
  const lengthOption = typeLink.args[0] ? new Options(x.value(typeLink.args[0])).number("length") : undefined;
  return { sql: render(lengthOption !== undefined ? [lengthOption] : numbers) };
}

/**
 * A `defaultValue` as Sequelize writes it into DDL. `Sequelize.NOW`, `UUIDV1` and `UUIDV4` are
 * filled in by Sequelize when it inserts, so the column gets no default in the database.
 */
function defaultSql(value: StaticValue, x: Extractor): string | undefined {
  if (value.kind !== "dynamic") return value.kind === "null" ? undefined : renderValue(value, () => "NULL").text;
  const node = skipOuter(x.ts, value.node as TS.Expression);
  const chain = flattenChain(x.ts, x.sf, node);
  const last = chain.links[chain.links.length - 1];
  if (!last) return runtimeValueDefault(node, x);
  if (!last.call && /^(NOW|UUIDV1|UUIDV4)$/.test(last.name)) return undefined;
  if (last.name === "literal") return staticString(x.value(last.args[0])) ?? runtimeSqlDefault(node, x, "Sequelize.literal");
  if (last.name === "fn") {
    const fn = staticString(x.value(last.args[0]));
    return fn ? `${fn}()` : runtimeSqlDefault(node, x, "Sequelize.fn");
  }
  return runtimeValueDefault(node, x);
}

function constraintSql(table: string, options: Options, fields: string[], x: Extractor): string | undefined {
  const type = options.string("type")?.toUpperCase();
  const t = quoteName(table);
  const bare = table.split(".").pop()!;
  const joined = fields.join("_");
  switch (type) {
    case "UNIQUE":
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(options.string("name") ?? `${bare}_${joined}_uk`)} UNIQUE (${columnList(fields)})`;
    case "PRIMARY KEY":
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(options.string("name") ?? `${bare}_${joined}_pk`)} PRIMARY KEY (${columnList(fields)})`;
    case "CHECK": {
      const where = options.get("where");
      const condition = where?.kind === "object" ? whereSql(where).replace(/^ WHERE /, "") : staticString(where);
      if (!condition) return undefined;
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(options.string("name") ?? `${bare}_${joined}_ck`)} CHECK (${condition})`;
    }
    case "FOREIGN KEY": {
      const references = options.object("references");
      const target = references.string("table") ?? references.object("table").string("tableName");
      const field = references.string("field") ?? "id";
      if (!target) return undefined;
      const name = options.string("name") ?? `${bare}_${joined}_${target.split(".").pop()}_fk`;
      const onDelete = options.string("onDelete");
      const onUpdate = options.string("onUpdate");
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name)} FOREIGN KEY (${columnList(fields)}) REFERENCES ${quoteName(target)} (${quoteIdent(field)})${onDelete ? ` ON DELETE ${onDelete}` : ""}${onUpdate ? ` ON UPDATE ${onUpdate}` : ""}`;
    }
    default:
      void x;
      return undefined;
  }
}

/** A `where` object: `{ id: 5 }`, `{ status: null }`, `{ id: [1, 2] }`; anything else selects unknown rows. */
function whereSql(where: StaticValue | undefined): string {
  if (!where || where.kind === "null") return "";
  if (where.kind !== "object") return " WHERE (unknown_condition IS NOT NULL)";
  if (where.entries.size === 0) return "";
  const parts: string[] = [];
  let param = 0;
  for (const [key, value] of where.entries) {
    if (value.kind === "null") parts.push(`${quoteIdent(key)} IS NULL`);
    else if (value.kind === "array") parts.push(`${quoteIdent(key)} IN (${value.items.map((v) => renderValue(v, () => `$${++param}`).text).join(", ")})`);
    else if (value.kind === "object") parts.push("(unknown_condition IS NOT NULL)");
    else parts.push(`${quoteIdent(key)} = ${renderValue(value, () => `$${++param}`).text}`);
  }
  return ` WHERE ${parts.join(" AND ")}`;
}

function indexFields(value: StaticValue | undefined): string[] | undefined {
  if (value?.kind !== "array") return staticStrings(value);
  const out: string[] = [];
  for (const item of value.items) {
    const name = staticString(item) ?? (item.kind === "object" ? (staticString(item.entries.get("name")) ?? staticString(item.entries.get("attribute"))) : undefined);
    if (!name) return undefined;
    out.push(name);
  }
  return out;
}

function tableName(arg: TS.Expression | undefined, x: Extractor, call: TS.Node): string | undefined {
  const value = x.value(arg);
  const name = staticString(value);
  if (name !== undefined) return name;
  if (value?.kind === "object") {
    const o = new Options(value);
    const table = o.string("tableName");
    const schema = o.string("schema");
    if (table) return schema && schema !== "public" ? `${schema}.${table}` : table;
  }
  x.report(arg ?? call, whyDynamic(value, "the table name"));
  return undefined;
}

function columnName(arg: TS.Expression | undefined, x: Extractor, call: TS.Node): string | undefined {
  const value = x.value(arg);
  const name = staticString(value);
  if (name === undefined) x.report(arg ?? call, whyDynamic(value, "the column name"));
  return name;
}

/** Sequelize's `Utils.underscore` for index names: `userId` → `user_id`. */
function underscore(text: string): string {
  return text
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
}
