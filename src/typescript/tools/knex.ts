import type * as TS from "typescript";
import { substituteBindings, renderValue } from "../bindings.js";
import { columnList, quoteIdent, quoteLiteral, quoteName } from "../builder-sql.js";
import { insertSql, updateSql } from "../data-changes.js";
import { flattenChain, type Chain, type ChainLink } from "../chains.js";
import type { Extractor, HandleChain, ToolReader } from "../extractor.js";
import { skipOuter, type StaticValue } from "../static-values.js";
import { Options, runtimeSqlDefault, runtimeValueDefault, staticString, staticStrings, whyDynamic } from "./options.js";

/**
 * Knex migrations: `knex.raw`, `knex.schema.*` with the table builder callbacks, and query builder
 * data changes. Builder calls are modelled with the SQL Knex's Postgres dialect generates
 * (pg-columncompiler, pg-tablecompiler), including its generated index and constraint names.
 */
export const knexReader: ToolReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "knex" : undefined],
  read(chain, x) {
    const [first] = chain.links;
    if (!first) return true;
    if (first.name === "raw" && first.call) {
      raw(first.args, chain.outer, x, "knex.raw");
      return true;
    }
    if (first.name === "schema") return schema(chain, 0, x);
    if (first.name === "transaction") {
      const callback = first.args[0] && x.localFunctionOf(first.args[0]);
      if (callback) {
        x.bindParameters(callback, ["knex"]);
        if (callback.body) x.walk(callback.body);
        x.consume(first.args[0]);
      }
      return true;
    }
    if (first.name === "batchInsert") {
      const table = staticString(x.value(first.args[0]));
      if (table) x.builder(insertSql(table, x.value(first.args[1])), { site: chain.outer });
      else x.report(chain.outer, whyDynamic(x.value(first.args[0]), "the table name"));
      return true;
    }
    if (KNEX_NO_OPS.has(first.name)) return true;
    return queryBuilder(chain, x);
  },
};

/** Knex members that build values or manage the connection without running anything. */
const KNEX_NO_OPS = new Set(["fn", "ref", "client", "destroy", "initialize", "userParams", "withUserParams", "migrate", "seed", "isTransaction", "queryBuilder"]);

function raw(args: readonly TS.Expression[], call: TS.Node, x: Extractor, via: string): void {
  if (!args[0]) return void x.report(call, `the SQL passed to \`${via}\` is not static: it is missing`);
  const bindings = x.value(args[1]);
  x.sqlVariants(args[0], { call, via }, (sql) => substituteBindings(sql.text, bindings, "knex"));
}

// ---- knex.schema -------------------------------------------------------------------------

function schema(chain: HandleChain, from: number, x: Extractor): boolean {
  let schemaName: string | undefined;
  for (let i = from + 1; i < chain.links.length; i++) {
    const link = chain.links[i]!;
    if (!link.call) continue;
    const site: Site = { x, chain, link, schema: schemaName };
    switch (link.name) {
      case "withSchema":
        schemaName = staticString(x.value(link.args[0]));
        break;
      case "createTable":
      case "createTableIfNotExists":
        tableBlock(site, link.args[0], link.args[1], "create", link.name === "createTableIfNotExists");
        break;
      case "createTableLike":
        tableBlock(site, link.args[0], link.args[2], "create", false);
        break;
      case "alterTable":
      case "table":
        tableBlock(site, link.args[0], link.args[1], "alter", false);
        break;
      case "dropTable":
      case "dropTableIfExists": {
        const table = tableName(site, link.args[0]);
        if (table) emit(site, `DROP TABLE ${link.name === "dropTableIfExists" ? "IF EXISTS " : ""}${quoteName(table)}`);
        break;
      }
      case "renameTable": {
        const table = tableName(site, link.args[0]);
        const to = staticString(x.value(link.args[1]));
        if (table && to) emit(site, `ALTER TABLE ${quoteName(table)} RENAME TO ${quoteIdent(to)}`);
        else if (table) x.report(link.node, whyDynamic(x.value(link.args[1]), "the new table name"));
        break;
      }
      case "raw":
        raw(link.args, chain.outer, x, "knex.schema.raw");
        break;
      case "refreshMaterializedView": {
        const view = tableName(site, link.args[0]);
        const concurrently = x.value(link.args[1]);
        if (view) emit(site, `REFRESH MATERIALIZED VIEW ${concurrently?.kind === "boolean" && concurrently.value ? "CONCURRENTLY " : ""}${quoteName(view)}`);
        break;
      }
      case "then":
      case "catch":
      case "finally":
        return true;
      default:
        if (!SCHEMA_NO_OPS.has(link.name)) return false;
    }
  }
  return true;
}

/** Schema calls that read, or create objects no rule looks at (views, schemas, extensions). */
const SCHEMA_NO_OPS = new Set([
  "hasTable",
  "hasColumn",
  "createSchema",
  "createSchemaIfNotExists",
  "dropSchema",
  "dropSchemaIfExists",
  "createExtension",
  "createExtensionIfNotExists",
  "dropExtension",
  "dropExtensionIfExists",
  "createView",
  "createViewOrReplace",
  "createMaterializedView",
  "dropView",
  "dropViewIfExists",
  "dropMaterializedView",
  "dropMaterializedViewIfExists",
  "renameView",
  "view",
  "alterView",
  "transacting",
  "toString",
  "toSQL",
  "toQuery",
  "debug",
  "queryContext",
  "connection",
  "generateDdlCommands",
]);

interface Site {
  x: Extractor;
  chain: Chain;
  link: ChainLink;
  schema: string | undefined;
}

function emit(site: Site, sql: string | string[], node: TS.Node = site.link.node, start: number = site.link.start): void {
  site.x.builder(sql, { site: node, start, outer: site.chain.outer });
}

function tableName(site: Site, arg: TS.Expression | undefined): string | undefined {
  const name = staticString(site.x.value(arg));
  if (name === undefined) {
    site.x.report(arg ?? site.link.node, whyDynamic(site.x.value(arg), "the table name"));
    return undefined;
  }
  return site.schema ? `${site.schema}.${name}` : name;
}

// ---- table builder callbacks --------------------------------------------------------------

interface KnexColumn {
  name: string;
  type: string;
  /** `serial primary key` etc. come with the type. */
  primaryKeyInType: boolean;
  nullable?: boolean;
  default?: string;
  primary?: { name?: string };
  unique?: { name?: string; useConstraint: boolean };
  index?: { name?: string; using?: string };
  references?: ForeignKey;
  checks: string[];
  alter?: { nullable: boolean; type: boolean };
  preSql: string[];
  node: TS.Expression;
}

interface ForeignKey {
  columns: string[];
  table?: string;
  referenced?: string[];
  name?: string;
  onDelete?: string;
  onUpdate?: string;
}

/** One statement of the table builder: the SQL, and the call it comes from. */
interface Piece {
  sql: string;
  node: TS.Node;
}

/** Reads `createTable`/`alterTable`'s callback `(table) => { table.string('x').notNullable(); ... }`. */
function tableBlock(site: Site, nameArg: TS.Expression | undefined, callbackArg: TS.Expression | undefined, mode: "create" | "alter", ifNotExists: boolean): void {
  const { x } = site;
  const table = tableName(site, nameArg);
  if (!table) return;
  const callback = callbackArg && x.localFunctionOf(callbackArg);
  x.consume(callbackArg);
  if (callbackArg && !callback) {
    x.report(callbackArg, `the ${mode === "create" ? "createTable" : "alterTable"} callback is not defined in this file`);
    return;
  }
  const columns: KnexColumn[] = [];
  const after: Piece[] = [];
  const checks: string[] = [];
  let primary: { columns: string[]; name?: string } | undefined;
  const param = callback?.parameters[0];
  const t = quoteName(table);
  const visit = (node: TS.Node): void => {
    if (x.ts.isCallExpression(node)) {
      const chain = flattenChain(x.ts, x.sf, node);
      if (param && isParameter(x, chain.root, param)) {
        tableCall(chain);
        return;
      }
    }
    if (x.ts.isFunctionLike(node) && node !== callback) return;
    x.ts.forEachChild(node, visit);
  };
  const tableCall = (chain: Chain) => {
    const [head, ...modifiers] = chain.links;
    if (!head?.call) return;
    const args = head.args;
    const str = (i: number) => staticString(x.value(args[i]));
    const strs = (i: number) => staticStrings(x.value(args[i]));
    const piece = (sql: string) => after.push({ sql, node: chain.outer });
    const type = columnType(head.name, args, x, table);
    if (type) {
      if (head.name === "timestamps") {
        for (const c of timestamps(args, x, chain.outer)) columns.push(c);
        return;
      }
      const name = head.name === "increments" || head.name === "bigIncrements" || head.name === "bigincrements" ? (str(0) ?? "id") : str(0);
      if (!name) return void x.report(chain.outer, whyDynamic(x.value(args[0]), "the column name"));
      columns.push(readColumn(name, type, modifiers, chain.outer, x, table));
      return;
    }
    switch (head.name) {
      case "dropColumn":
      case "dropColumns": {
        const names = args.flatMap((a) => staticStrings(x.value(a)) ?? []);
        for (const c of names) piece(`ALTER TABLE ${t} DROP COLUMN ${quoteIdent(c)}`);
        return;
      }
      case "dropTimestamps": {
        const camel = x.value(args[0]);
        const names = camel?.kind === "boolean" && camel.value ? ["createdAt", "updatedAt"] : ["created_at", "updated_at"];
        for (const c of names) piece(`ALTER TABLE ${t} DROP COLUMN ${quoteIdent(c)}`);
        return;
      }
      case "renameColumn": {
        const from = str(0);
        const to = str(1);
        if (from && to) piece(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`);
        return;
      }
      case "index": {
        const cols = strs(0);
        if (!cols) return void x.report(chain.outer, whyDynamic(x.value(args[0]), "the index columns"));
        const options = new Options(x.value(args[2]));
        const using = staticString(x.value(args[2])) ?? options.string("indexType") ?? options.string("storageEngineIndexType");
        const unique = options.string("indexType")?.toLowerCase() === "unique";
        const name = str(1) ?? knexName(table, cols, "index");
        piece(`CREATE${unique ? " UNIQUE" : ""} INDEX ${quoteIdent(name)} ON ${t}${using && !unique ? ` USING ${using}` : ""} (${columnList(cols)})`);
        return;
      }
      case "unique": {
        const cols = strs(0);
        if (!cols) return void x.report(chain.outer, whyDynamic(x.value(args[0]), "the unique columns"));
        const options = new Options(x.value(args[1]));
        const name = str(1) ?? options.string("indexName") ?? knexName(table, cols, "unique");
        const predicate = options.has("predicate");
        const useConstraint = options.boolean("useConstraint") ?? (options.has("deferrable") || !predicate);
        piece(
          useConstraint
            ? `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name)} UNIQUE (${columnList(cols)})`
            : `CREATE UNIQUE INDEX ${quoteIdent(name)} ON ${t} (${columnList(cols)})${predicate ? " WHERE true" : ""}`,
        );
        return;
      }
      case "primary": {
        const cols = strs(0);
        if (!cols) return;
        const options = new Options(x.value(args[1]));
        const name = str(1) ?? options.string("constraintName");
        if (mode === "create") primary = { columns: cols, ...(name ? { name } : {}) };
        else piece(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name ?? `${bareTable(table)}_pkey`)} PRIMARY KEY (${columnList(cols)})`);
        return;
      }
      case "foreign": {
        const cols = strs(0);
        if (!cols) return void x.report(chain.outer, whyDynamic(x.value(args[0]), "the foreign key columns"));
        const fk: ForeignKey = { columns: cols };
        const keyName = str(1);
        if (keyName) fk.name = keyName;
        applyForeignKeyModifiers(fk, modifiers, x);
        if (!fk.table || !fk.referenced) return void x.report(chain.outer, "the foreign key's referenced table is not static");
        piece(foreignKeySql(table, fk));
        return;
      }
      case "dropForeign":
      case "dropUnique":
      case "dropIndex": {
        const kind = head.name === "dropForeign" ? "foreign" : head.name === "dropUnique" ? "unique" : "index";
        const cols = strs(0) ?? [];
        const name = str(1) ?? knexName(table, cols, kind);
        if (kind === "index") piece(`DROP INDEX ${site.schema ? `${quoteIdent(site.schema)}.` : ""}${quoteIdent(name)}`);
        else piece(`ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(name)}`);
        return;
      }
      case "dropPrimary": {
        piece(`ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(str(0) ?? `${bareTable(table)}_pkey`)}`);
        return;
      }
      case "setNullable":
      case "dropNullable": {
        const c = str(0);
        if (c) piece(`ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(c)} ${head.name === "setNullable" ? "DROP" : "SET"} NOT NULL`);
        return;
      }
      case "check": {
        const predicateValue = x.value(args[0]);
        const predicate =
          predicateValue?.kind === "string" && predicateValue.text.placeholders.length === 0
            ? substituteBindings(predicateValue.text, x.value(args[1]), "knex").text
            : undefined;
        if (predicate === undefined) return void x.report(chain.outer, whyDynamic(predicateValue, "the check expression"));
        const name = str(2);
        if (mode === "create") checks.push(`${name ? `CONSTRAINT ${quoteIdent(name)} ` : ""}CHECK (${predicate})`);
        else piece(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name ?? `${bareTable(table)}_1`)} CHECK (${predicate})`);
        return;
      }
      case "dropChecks": {
        for (const name of args.flatMap((a) => staticStrings(x.value(a)) ?? [])) piece(`ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(name)}`);
        return;
      }
      default:
        if (!TABLE_NO_OPS.has(head.name)) x.report(chain.outer, `\`${x.text(chain.outer).replace(/\s+/g, " ").slice(0, 60)}\` is not a Knex table builder call migration-guard knows, so no rule checked what it does`);
    }
  };
  if (callback?.body) visit(callback.body);

  const statements: Piece[] = [];
  const linkNode = site.link.node;
  if (mode === "create") {
    const definitions = columns.map((c) => columnDefinition(c, "create"));
    const pk = primary ?? primaryFromColumns(columns);
    if (pk) definitions.push(`CONSTRAINT ${quoteIdent(pk.name ?? `${bareTable(table)}_pkey`)} PRIMARY KEY (${columnList(pk.columns)})`);
    definitions.push(...checks);
    for (const c of columns) statements.push(...c.preSql.map((sql) => ({ sql, node: linkNode })));
    statements.push({ sql: `CREATE TABLE ${ifNotExists ? "IF NOT EXISTS " : ""}${t} (${definitions.join(", ")})`, node: linkNode });
  } else {
    for (const c of columns) {
      statements.push(...c.preSql.map((sql) => ({ sql, node: c.node })));
      if (c.alter) statements.push(...alterColumn(t, c).map((sql) => ({ sql, node: c.node })));
      else statements.push({ sql: `ALTER TABLE ${t} ADD COLUMN ${columnDefinition(c, "alter")}`, node: c.node });
    }
  }
  for (const c of columns) statements.push(...columnExtras(table, c, mode).map((sql) => ({ sql, node: c.node })));
  statements.push(...after);
  const columnSites = new Map(columns.map((c) => [c.name, c.node as TS.Node]));
  for (const s of statements) {
    const isLink = s.node === linkNode;
    x.builder(s.sql, {
      site: s.node,
      ...(isLink ? { start: site.link.start } : {}),
      outer: site.chain.outer,
      ...(isLink ? { columnSites } : {}),
    });
  }
}

/** Table builder calls with no effect on Postgres (MySQL options, comments). */
const TABLE_NO_OPS = new Set(["comment", "engine", "charset", "collate", "inherits", "queryContext", "setSchema"]);

function isParameter(x: Extractor, root: TS.Expression, param: TS.ParameterDeclaration): boolean {
  if (!x.ts.isIdentifier(root)) return false;
  const binding = x.evaluator.bindingOf(root);
  return binding.kind === "parameter" && binding.node === param;
}

/** The Postgres type of a Knex column method, or undefined when the method is not a column type. */
function columnType(method: string, args: readonly TS.Expression[], x: Extractor, table: string): string | undefined {
  const num = (i: number) => {
    const v = x.value(args[i]);
    return v?.kind === "number" ? v.value : undefined;
  };
  switch (method) {
    case "increments":
      return "serial";
    case "bigIncrements":
    case "bigincrements":
      return "bigserial";
    case "integer":
    case "int":
    case "mediumint":
      return "integer";
    case "bigInteger":
    case "biginteger":
    case "bigint":
      return "bigint";
    case "tinyint":
    case "smallint":
      return "smallint";
    case "text":
    case "mediumtext":
    case "longtext":
      return "text";
    case "string":
    case "varchar":
      return `varchar(${num(1) ?? 255})`;
    case "char":
      return `char(${num(1) ?? 255})`;
    case "float":
    case "real":
      return "real";
    case "double":
      return "double precision";
    case "decimal": {
      const precision = x.value(args[1]);
      if (precision?.kind === "null") return "decimal";
      return `decimal(${num(1) ?? 8}, ${num(2) ?? 2})`;
    }
    case "boolean":
    case "bool":
      return "boolean";
    case "date":
      return "date";
    case "time":
      return "time";
    case "datetime":
    case "dateTime":
    case "timestamp":
    case "timestamps": {
      if (method === "timestamps") return "timestamptz";
      const options = x.value(args[1]);
      let useTz = true;
      let precision: number | undefined;
      if (options?.kind === "boolean") useTz = !options.value;
      if (options?.kind === "object") {
        const o = new Options(options);
        useTz = o.boolean("useTz") ?? true;
        precision = o.number("precision");
      }
      if (precision === undefined && num(2) !== undefined) precision = num(2);
      return `${useTz ? "timestamptz" : "timestamp"}${precision !== undefined ? `(${precision})` : ""}`;
    }
    case "binary":
    case "varbinary":
    case "blob":
      return "bytea";
    case "json":
      return "json";
    case "jsonb":
      return "jsonb";
    case "uuid":
      return "uuid";
    case "geometry":
    case "geography":
    case "point":
      return method;
    case "bit":
      return num(1) !== undefined ? `bit(${num(1)})` : "bit";
    case "enu":
    case "enum": {
      const options = new Options(x.value(args[2]));
      if (options.boolean("useNative")) return quoteName(options.string("enumName") ?? `${bareTable(table)}_enum`);
      return "text";
    }
    case "specificType":
      return staticString(x.value(args[1])) ?? "unknown";
    default:
      return undefined;
  }
}

function readColumn(name: string, type: string, modifiers: readonly ChainLink[], node: TS.Expression, x: Extractor, table: string): KnexColumn {
  const head = flattenChain(x.ts, x.sf, node).links[0]!;
  const method = head.name;
  const column: KnexColumn = {
    name,
    type,
    primaryKeyInType: false,
    checks: [],
    preSql: [],
    node,
  };
  if (method === "increments" || method === "bigIncrements" || method === "bigincrements") {
    const options = new Options(x.value(head.args[1]));
    column.primaryKeyInType = options.boolean("primaryKey") !== false;
  }
  if (method === "uuid") {
    const options = new Options(x.value(head.args[1]));
    if (options.boolean("primaryKey")) column.primaryKeyInType = true;
  }
  if (method === "enu" || method === "enum") {
    const values = staticStrings(x.value(head.args[1])) ?? [];
    const options = new Options(x.value(head.args[2]));
    if (options.boolean("useNative")) {
      if (!options.boolean("existingType")) column.preSql.push(`CREATE TYPE ${type} AS ENUM (${values.map(quoteLiteral).join(", ")})`);
    } else {
      column.checks.push(`CHECK (${quoteIdent(name)} IN (${values.map(quoteLiteral).join(", ")}))`);
    }
  }
  const fk: ForeignKey = { columns: [name] };
  for (const m of modifiers) {
    const arg = (i: number) => x.value(m.args[i]);
    switch (m.name) {
      case "notNullable":
      case "notNull":
        column.nullable = false;
        break;
      case "nullable":
        column.nullable = arg(0)?.kind === "boolean" ? (arg(0) as { value: boolean }).value : true;
        break;
      case "defaultTo":
      case "default":
      case "defaultsTo":
        column.default = knexDefault(m.args[0], x, type);
        break;
      case "primary": {
        const n = staticString(arg(0)) ?? new Options(arg(0)).string("constraintName");
        column.primary = n ? { name: n } : {};
        break;
      }
      case "unique": {
        const o = new Options(arg(0));
        const n = staticString(arg(0)) ?? o.string("indexName");
        column.unique = { ...(n ? { name: n } : {}), useConstraint: o.boolean("useConstraint") ?? true };
        break;
      }
      case "index": {
        const n = staticString(arg(0));
        const using = staticString(arg(1)) ?? new Options(arg(1)).string("indexType");
        column.index = { ...(n ? { name: n } : {}), ...(using ? { using } : {}) };
        break;
      }
      case "references": {
        const target = staticString(arg(0));
        if (target?.includes(".")) {
          const [t, c] = target.split(".");
          fk.table = t!;
          fk.referenced = [c!];
        } else if (target) fk.referenced = [target];
        break;
      }
      case "inTable":
      case "on":
        fk.table = staticString(arg(0));
        break;
      case "onDelete":
        fk.onDelete = staticString(arg(0));
        break;
      case "onUpdate":
        fk.onUpdate = staticString(arg(0));
        break;
      case "withKeyName":
        fk.name = staticString(arg(0));
        break;
      case "alter": {
        const o = new Options(arg(0));
        column.alter = { nullable: o.boolean("alterNullable") ?? true, type: o.boolean("alterType") ?? true };
        break;
      }
      case "checkPositive":
        column.checks.push(`CHECK (${quoteIdent(name)} > 0)`);
        break;
      case "checkNegative":
        column.checks.push(`CHECK (${quoteIdent(name)} < 0)`);
        break;
      case "checkIn":
      case "checkNotIn": {
        const values = arg(0)?.kind === "array" ? (arg(0) as { items: StaticValue[] }).items : [];
        const rendered = values.map((v) => renderValue(v, () => "NULL").text).join(", ");
        column.checks.push(`CHECK (${quoteIdent(name)} ${m.name === "checkNotIn" ? "NOT " : ""}IN (${rendered || "NULL"}))`);
        break;
      }
      case "checkBetween":
        column.checks.push(`CHECK (${quoteIdent(name)} BETWEEN 0 AND 1)`);
        break;
      case "checkLength": {
        const op = staticString(arg(0)) ?? "=";
        column.checks.push(`CHECK (length(${quoteIdent(name)}) ${op} ${staticString(arg(1)) ?? "0"})`);
        break;
      }
      case "checkRegex":
        column.checks.push(`CHECK (${quoteIdent(name)} ~ ${quoteLiteral(staticString(arg(0)) ?? "")})`);
        break;
      case "check": {
        const predicate = staticString(arg(0));
        if (predicate) column.checks.push(`CHECK (${predicate})`);
        break;
      }
      default:
        break;
    }
  }
  if (fk.referenced && fk.table) column.references = fk;
  return column;
}

function applyForeignKeyModifiers(fk: ForeignKey, modifiers: readonly ChainLink[], x: Extractor): void {
  for (const m of modifiers) {
    const value = staticString(x.value(m.args[0]));
    const values = staticStrings(x.value(m.args[0]));
    if (m.name === "references") {
      if (value?.includes(".")) {
        const [t, c] = value.split(".");
        fk.table = t!;
        fk.referenced = [c!];
      } else if (values) fk.referenced = values;
    } else if (m.name === "inTable" || m.name === "on") fk.table = value;
    else if (m.name === "onDelete") fk.onDelete = value;
    else if (m.name === "onUpdate") fk.onUpdate = value;
    else if (m.name === "withKeyName") fk.name = value;
  }
}

/** `table.timestamps(useTimestamps, defaultToNow, useCamelCase)`: two columns. */
function timestamps(args: readonly TS.Expression[], x: Extractor, node: TS.Expression): KnexColumn[] {
  let useTimestamps = x.value(args[0]);
  let defaultToNow = x.value(args[1]);
  let camel = x.value(args[2]);
  if (useTimestamps?.kind === "object") {
    const o = new Options(useTimestamps);
    defaultToNow = o.get("defaultToNow");
    camel = o.get("useCamelCase");
    useTimestamps = o.get("useTimestamps");
  }
  const isTrue = (v: StaticValue | undefined) => v?.kind === "boolean" && v.value;
  const names = isTrue(camel) ? ["createdAt", "updatedAt"] : ["created_at", "updated_at"];
  return names.map((name) => ({
    name,
    type: "timestamptz",
    primaryKeyInType: false,
    ...(isTrue(defaultToNow) ? { nullable: false, default: "CURRENT_TIMESTAMP" } : {}),
    checks: [],
    preSql: [],
    node,
  }));
}

/** A default as Knex writes it: raw SQL from `knex.raw`/`knex.fn`, otherwise an escaped literal. */
function knexDefault(arg: TS.Expression | undefined, x: Extractor, type: string): string {
  if (!arg) return "NULL";
  const resolved = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (x.ts.isCallExpression(resolved)) {
    const chain = flattenChain(x.ts, x.sf, resolved);
    const names = chain.links.map((l) => l.name);
    const last = names[names.length - 1];
    if (names.includes("fn") && last === "now") return "CURRENT_TIMESTAMP";
    if (names.includes("fn") && last === "uuid") return "gen_random_uuid()";
    if (last === "raw") {
      const sql = staticString(x.value(chain.links[chain.links.length - 1]!.args[0]));
      return sql ?? runtimeSqlDefault(arg, x, "knex.raw");
    }
  }
  const value = x.value(arg);
  if (value?.kind === "null") return "NULL";
  if (type === "boolean" && value?.kind === "boolean") return quoteLiteral(value.value ? "1" : "0");
  if (value?.kind === "object" || value?.kind === "array") return quoteLiteral("{}");
  return renderValue(value, () => runtimeValueDefault(arg, x)).text;
}

function columnDefinition(c: KnexColumn, mode: "create" | "alter"): string {
  let sql = `${quoteIdent(c.name)} ${c.type}`;
  if (c.primaryKeyInType) sql += " PRIMARY KEY";
  if (c.nullable === false && !c.primaryKeyInType) sql += " NOT NULL";
  if (c.default !== undefined) sql += ` DEFAULT ${c.default}`;
  if (mode === "create" || !c.alter) sql += c.checks.map((check) => ` ${check}`).join("");
  return sql;
}

function primaryFromColumns(columns: readonly KnexColumn[]): { columns: string[]; name?: string } | undefined {
  const marked = columns.filter((c) => c.primary);
  if (marked.length === 0) return undefined;
  const name = marked.find((c) => c.primary?.name)?.primary?.name;
  return { columns: marked.map((c) => c.name), ...(name ? { name } : {}) };
}

/** Unique, index, primary key and foreign key of a column: separate statements, as Knex sends them. */
function columnExtras(table: string, c: KnexColumn, mode: "create" | "alter"): string[] {
  const t = quoteName(table);
  const sql: string[] = [];
  if (c.primary && mode === "alter") {
    sql.push(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(c.primary.name ?? `${bareTable(table)}_pkey`)} PRIMARY KEY (${quoteIdent(c.name)})`);
  }
  if (c.unique) {
    const name = quoteIdent(c.unique.name ?? knexName(table, [c.name], "unique"));
    sql.push(
      c.unique.useConstraint ? `ALTER TABLE ${t} ADD CONSTRAINT ${name} UNIQUE (${quoteIdent(c.name)})` : `CREATE UNIQUE INDEX ${name} ON ${t} (${quoteIdent(c.name)})`,
    );
  }
  if (c.index) {
    const name = quoteIdent(c.index.name ?? knexName(table, [c.name], "index"));
    sql.push(`CREATE INDEX ${name} ON ${t}${c.index.using ? ` USING ${c.index.using}` : ""} (${quoteIdent(c.name)})`);
  }
  if (c.references) sql.push(foreignKeySql(table, c.references));
  return sql;
}

function foreignKeySql(table: string, fk: ForeignKey): string {
  const name = fk.name ?? knexName(table, fk.columns, "foreign");
  return (
    `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(name)} FOREIGN KEY (${columnList(fk.columns)}) REFERENCES ${quoteName(fk.table!)} (${columnList(fk.referenced!)})` +
    `${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ""}${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ""}`
  );
}

/**
 * `.alter()` on Postgres: Knex drops the default, drops NOT NULL, changes the type, then sets the
 * default and NOT NULL again as the column now declares them. A column re-declared without
 * `.notNullable()` loses its NOT NULL; one without `.defaultTo()` loses its default.
 */
function alterColumn(t: string, c: KnexColumn): string[] {
  const col = quoteIdent(c.name);
  const sql = [`ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT`];
  if (c.alter!.nullable) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP NOT NULL`);
  // Knex adds `USING (col::type)`, which is exactly the cast Postgres applies without one: leaving it
  // out lets a widening be recognized as the catalog-only change it is.
  if (c.alter!.type) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${c.type}`);
  if (c.default !== undefined) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${c.default}`);
  if (c.alter!.nullable && c.nullable === false) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL`);
  return sql;
}

/** Knex's generated names: `table_col1_col2_index` / `_unique` / `_foreign`, lower-cased. */
function knexName(table: string, columns: readonly string[], kind: "index" | "unique" | "foreign"): string {
  return `${bareTable(table).replace(/\.|-/g, "_")}_${columns.join("_")}_${kind}`.toLowerCase();
}

function bareTable(table: string): string {
  return table.split(".").pop()!;
}

// ---- query builder ------------------------------------------------------------------------

/**
 * Data changes through the query builder: `knex('users').where(...).update({...})`,
 * `knex('users').insert(rows)`, `.del()`, `.truncate()`. The WHERE clause is rendered so the row
 * selection (a batch, or every row) is judged as in SQL; values known only at run time become
 * parameters.
 */
function queryBuilder(chain: HandleChain, x: Extractor): boolean {
  const links = chain.links;
  const names = links.map((l) => l.name);
  let table: string | undefined;
  if (links[0]?.name === "" && links[0].call) table = staticString(x.value(links[0].args[0]));
  for (const l of links) if ((l.name === "table" || l.name === "from" || l.name === "into" || l.name === "withSchema") && l.call && l.name !== "withSchema") table = staticString(x.value(l.args[0])) ?? table;
  const action = names.find((n) => ["insert", "update", "del", "delete", "truncate", "upsert", "increment", "decrement"].includes(n));
  const reads = names.some((n) => READ_METHODS.has(n));
  if (!action) return reads || names.length > 0;
  if (!table) {
    x.report(chain.outer, "the table this query changes is not static");
    return true;
  }
  const t = quoteName(table);
  const where = whereClause(links, x);
  let sql: string;
  switch (action) {
    case "insert":
    case "upsert": {
      const link = links.find((l) => l.name === action)!;
      sql = insertSql(table, x.value(link.args[0]));
      break;
    }
    case "update": {
      const link = links.find((l) => l.name === action)!;
      sql = updateSql(table, x.value(link.args[0]), where);
      break;
    }
    case "increment":
    case "decrement": {
      const link = links.find((l) => l.name === action)!;
      const column = staticString(x.value(link.args[0])) ?? "value";
      sql = `UPDATE ${t} SET ${quoteIdent(column)} = ${quoteIdent(column)} ${action === "increment" ? "+" : "-"} 1${where}`;
      break;
    }
    case "truncate":
      sql = `TRUNCATE ${t}`;
      break;
    default:
      sql = `DELETE FROM ${t}${where}`;
  }
  x.builder(sql, { site: chain.outer });
  return true;
}

const READ_METHODS = new Set(["select", "first", "pluck", "count", "max", "min", "sum", "avg", "columnInfo", "where", "then"]);

const WHERE_METHODS = new Set(["where", "andWhere", "orWhere", "whereNot", "whereIn", "whereNotIn", "whereNull", "whereNotNull", "whereBetween", "whereRaw", "whereExists"]);

function whereClause(links: readonly ChainLink[], x: Extractor): string {
  const conditions: { sql: string; or: boolean }[] = [];
  let param = 0;
  const value = (v: StaticValue | undefined) => renderValue(v, () => `$${++param}`).text;
  for (const l of links) {
    if (!WHERE_METHODS.has(l.name) || !l.call) continue;
    const or = l.name === "orWhere";
    const first = x.value(l.args[0]);
    const column = staticString(first);
    let sql: string | undefined;
    switch (l.name) {
      case "whereNull":
        sql = column ? `${quoteName(column)} IS NULL` : undefined;
        break;
      case "whereNotNull":
        sql = column ? `${quoteName(column)} IS NOT NULL` : undefined;
        break;
      case "whereIn":
      case "whereNotIn": {
        const list = x.value(l.args[1]);
        const items = list?.kind === "array" ? list.items.map(value).join(", ") : undefined;
        sql = column ? `${quoteName(column)} ${l.name === "whereNotIn" ? "NOT " : ""}IN (${items ?? `SELECT unnest(${value(undefined)})`})` : undefined;
        break;
      }
      case "whereBetween": {
        const range = x.value(l.args[1]);
        const [low, high] = range?.kind === "array" ? range.items : [];
        sql = column ? `${quoteName(column)} BETWEEN ${value(low)} AND ${value(high)}` : undefined;
        break;
      }
      case "whereRaw":
        sql = column ? `(${column})` : undefined;
        break;
      default: {
        if (first?.kind === "object") {
          sql = [...first.entries].map(([k, v]) => `${quoteName(k)} = ${value(v)}`).join(" AND ");
        } else if (column && l.args.length === 2) {
          sql = `${quoteName(column)} = ${value(x.value(l.args[1]))}`;
        } else if (column && l.args.length >= 3) {
          const op = staticString(x.value(l.args[1])) ?? "=";
          sql = `${quoteName(column)} ${/^[<>=!~a-z ]+$/i.test(op) ? op : "="} ${value(x.value(l.args[2]))}`;
        }
      }
    }
    // A condition we cannot read still selects some rows: count it as not limiting the batch.
    conditions.push({ sql: sql ? `(${sql})` : "(unknown_condition IS NOT NULL)", or });
  }
  if (conditions.length === 0) return "";
  return ` WHERE ${conditions.map((c, i) => (i === 0 ? c.sql : `${c.or ? "OR" : "AND"} ${c.sql}`)).join(" ")}`;
}
