import type * as TS from "typescript";
import { columnList, quoteIdent, quoteLiteral, quoteName } from "../builder-sql.js";
import { flattenChain } from "../chains.js";
import type { Extractor, HandleChain, ToolReader } from "../extractor.js";
import { concatTexts, textAt, type MappedText } from "../mapped-text.js";
import { skipOuter, type StaticValue } from "../static-values.js";
import { Options, runtimeName, runtimeSqlDefault, runtimeValueDefault, staticString, staticStrings, whyDynamic } from "./options.js";

/**
 * node-pg-migrate migrations: `up(pgm)` with `pgm.sql(...)` and the MigrationBuilder's methods,
 * modelled with the SQL node-pg-migrate generates (its default `id` shorthand, generated index
 * and constraint names, dollar-quoted string defaults).
 */
export const nodePgMigrateReader: ToolReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "pgm" : undefined],
  read(chain, x) {
    const [first, second] = chain.links;
    if (!first) return true;
    if (first.name === "sql" && first.call) {
      sql(first.args, chain.outer, x);
      return true;
    }
    if (first.name === "db" && second && (second.name === "query" || second.name === "select") && second.call) {
      x.sql(second.args[0], { call: chain.outer, via: `pgm.db.${second.name}` });
      return true;
    }
    if (first.name === "noTransaction") {
      x.noTransaction.add(x.direction);
      return true;
    }
    const method = METHODS[first.name];
    if (method && first.call) {
      method(first.args, { x, chain });
      return true;
    }
    return NO_OPS.has(first.name);
  },
};

/** Builder calls that change nothing a rule looks at, or only build values. */
const NO_OPS = new Set([
  "func",
  "db",
  "decamelize",
  "createExtension",
  "addExtension",
  "dropExtension",
  "createSchema",
  "dropSchema",
  "renameSchema",
  "createFunction",
  "dropFunction",
  "renameFunction",
  "createView",
  "dropView",
  "alterView",
  "renameView",
  "createMaterializedView",
  "dropMaterializedView",
  "renameMaterializedView",
  "createSequence",
  "dropSequence",
  "alterSequence",
  "renameSequence",
  "createPolicy",
  "dropPolicy",
  "alterPolicy",
  "createRole",
  "dropRole",
  "alterRole",
  "grantRoles",
  "revokeRoles",
  "grantOnTables",
  "revokeOnTables",
  "grantOnSchemas",
  "revokeOnSchemas",
  "createDomain",
  "dropDomain",
  "alterDomain",
  "createCast",
  "dropCast",
  "createOperator",
  "dropOperator",
  "dropType",
  "renameType",
  "dropTrigger",
  "renameTrigger",
  "setComment",
]);

interface Site {
  x: Extractor;
  chain: HandleChain;
}

type Method = (args: readonly TS.Expression[], s: Site) => void;

/** node-pg-migrate's own type aliases (applyTypeAdapters). */
const TYPE_ADAPTERS: Record<string, string> = {
  int: "integer",
  string: "varchar",
  float: "real",
  double: "double precision",
  datetime: "timestamp",
  bool: "boolean",
};

const METHODS: Record<string, Method> = {
  createTable: (args, s) => {
    const table = name(args[0], s);
    const columns = s.x.value(args[1]);
    if (!table) return;
    if (columns?.kind !== "object") return void s.x.report(s.chain.outer, whyDynamic(columns, "the columns"));
    const options = new Options(s.x.value(args[2]));
    const definitions: string[] = [];
    const primary: string[] = [];
    const columnSites = new Map<string, TS.Node>();
    for (const [column, value] of columns.entries) {
      const def = columnDefinition(table, column, value, s);
      if (!def) continue;
      definitions.push(def.sql);
      if (def.primaryKey) primary.push(column);
      columnSites.set(column, value.node);
    }
    if (primary.length > 1) {
      for (let i = 0; i < definitions.length; i++) definitions[i] = definitions[i]!.replace(" PRIMARY KEY", "");
      definitions.push(`PRIMARY KEY (${columnList(primary)})`);
    }
    definitions.push(...constraints(table, options.object("constraints"), null));
    s.x.builder(`CREATE TABLE ${options.boolean("ifNotExists") ? "IF NOT EXISTS " : ""}${quoteName(table)} (${definitions.join(", ")})`, {
      site: s.chain.outer,
      columnSites,
    });
  },
  dropTable: (args, s) => {
    const table = name(args[0], s);
    const options = new Options(s.x.value(args[1]));
    if (table) emit(s, `DROP TABLE ${options.boolean("ifExists") ? "IF EXISTS " : ""}${quoteName(table)}${options.boolean("cascade") ? " CASCADE" : ""}`);
  },
  renameTable: (args, s) => {
    const table = name(args[0], s);
    const to = name(args[1], s);
    if (table && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME TO ${quoteIdent(to)}`);
  },
  addColumns: (args, s) => addColumns(args, s),
  addColumn: (args, s) => addColumns(args, s),
  dropColumns: (args, s) => dropColumns(args, s),
  dropColumn: (args, s) => dropColumns(args, s),
  renameColumn: (args, s) => {
    const table = name(args[0], s);
    const from = name(args[1], s);
    const to = name(args[2], s);
    if (table && from && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME ${quoteIdent(from)} TO ${quoteIdent(to)}`);
  },
  alterColumn: (args, s) => {
    const table = name(args[0], s);
    const column = name(args[1], s);
    if (!table || !column) return;
    const o = new Options(s.x.value(args[2]));
    const actions: string[] = [];
    const def = o.get("default");
    if (def?.kind === "null") actions.push("DROP DEFAULT");
    else if (def) actions.push(`SET DEFAULT ${escapeValue(def, s)}`);
    const type = o.string("type");
    if (type) actions.push(`SET DATA TYPE ${adaptType(type)}${o.string("using") ? ` USING ${o.string("using")}` : ""}`);
    if (o.boolean("notNull") === true) actions.push("SET NOT NULL");
    else if (o.boolean("notNull") === false || o.boolean("allowNull") === true) actions.push("DROP NOT NULL");
    if (actions.length > 0) emit(s, actions.map((a) => `ALTER TABLE ${quoteName(table)} ALTER ${quoteIdent(column)} ${a}`));
  },
  addConstraint: (args, s) => addConstraint(args, s),
  createConstraint: (args, s) => addConstraint(args, s),
  dropConstraint: (args, s) => {
    const table = name(args[0], s);
    const constraint = name(args[1], s);
    const o = new Options(s.x.value(args[2]));
    if (table && constraint) emit(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${o.boolean("ifExists") ? "IF EXISTS " : ""}${quoteIdent(constraint)}${o.boolean("cascade") ? " CASCADE" : ""}`);
  },
  renameConstraint: (args, s) => {
    const table = name(args[0], s);
    const from = name(args[1], s);
    const to = name(args[2], s);
    if (table && from && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME CONSTRAINT ${quoteIdent(from)} TO ${quoteIdent(to)}`);
  },
  createIndex: (args, s) => createIndex(args, s),
  addIndex: (args, s) => createIndex(args, s),
  dropIndex: (args, s) => {
    const table = name(args[0], s);
    if (!table) return;
    const o = new Options(s.x.value(args[2]));
    const columns = staticStrings(s.x.value(args[1])) ?? [];
    const index = o.string("name") ?? indexName(table, columns, o.boolean("unique") === true);
    emit(s, `DROP INDEX${o.boolean("concurrently") ? " CONCURRENTLY" : ""}${o.boolean("ifExists") ? " IF EXISTS" : ""} ${quoteIdent(index)}${o.boolean("cascade") ? " CASCADE" : ""}`);
  },
  renameIndex: (args, s) => {
    const from = name(args[0], s);
    const to = name(args[1], s);
    if (from && to) emit(s, `ALTER INDEX ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
  },
  createType: (args, s) => createType(args, s),
  addType: (args, s) => createType(args, s),
  addTypeValue: (args, s) => {
    const type = name(args[0], s);
    const value = name(args[1], s);
    if (!type || value === undefined) return;
    const o = new Options(s.x.value(args[2]));
    const position = o.string("before") ? ` BEFORE ${quoteLiteral(o.string("before")!)}` : o.string("after") ? ` AFTER ${quoteLiteral(o.string("after")!)}` : "";
    emit(s, `ALTER TYPE ${quoteName(type)} ADD VALUE${o.boolean("ifNotExists") ? " IF NOT EXISTS" : ""} ${quoteLiteral(value)}${position}`);
  },
  renameTypeValue: (args, s) => {
    const type = name(args[0], s);
    const from = name(args[1], s);
    const to = name(args[2], s);
    if (type && from && to) emit(s, `ALTER TYPE ${quoteName(type)} RENAME VALUE ${quoteLiteral(from)} TO ${quoteLiteral(to)}`);
  },
  createTrigger: (args, s) => {
    const table = name(args[0], s);
    const trigger = name(args[1], s);
    if (table && trigger) emit(s, `CREATE TRIGGER ${quoteIdent(trigger)} AFTER INSERT ON ${quoteName(table)} FOR EACH ROW EXECUTE FUNCTION trigger_placeholder()`);
  },
  refreshMaterializedView: (args, s) => {
    const view = name(args[0], s);
    const o = new Options(s.x.value(args[1]));
    if (view) emit(s, `REFRESH MATERIALIZED VIEW${o.boolean("concurrently") ? " CONCURRENTLY" : ""} ${quoteName(view)}`);
  },
  alterTable: (args, s) => {
    const table = name(args[0], s);
    const o = new Options(s.x.value(args[1]));
    if (table && o.boolean("unlogged") !== undefined) emit(s, `ALTER TABLE ${quoteName(table)} SET ${o.boolean("unlogged") ? "UNLOGGED" : "LOGGED"}`);
  },
};

/**
 * `pgm.sql(sql, args)`: `{name}` in the SQL is replaced by the argument, a string as a quoted
 * identifier (node-pg-migrate's `literal`), anything else as an escaped value.
 */
function sql(args: readonly TS.Expression[], call: TS.Node, x: Extractor): void {
  if (!args[0]) return void x.report(call, "the SQL passed to `pgm.sql` is not static: it is missing");
  const values = x.value(args[1]);
  x.sqlVariants(args[0], { call, via: "pgm.sql" }, (text) => (values?.kind === "object" ? fillArguments(text.text, values, x) : text.text));
}

function fillArguments(text: MappedText, values: Extract<StaticValue, { kind: "object" }>, x: Extractor): MappedText {
  const parts: MappedText[] = [];
  let last = 0;
  const slice = (from: number, to: number): MappedText => ({
    text: text.text.slice(from, to),
    offsets: text.offsets.slice(from, to + 1),
    placeholders: text.placeholders.filter((p) => p.start >= from && p.end <= to).map((p) => ({ ...p, start: p.start - from, end: p.end - from })),
  });
  for (const match of text.text.matchAll(/\{(\w+)\}/g)) {
    const value = values.entries.get(match[1]!);
    if (!value) continue;
    parts.push(slice(last, match.index));
    const name = staticString(value);
    const rendered = value.kind === "dynamic" ? `"${match[1]}"` : value.kind === "string" && name !== undefined ? quoteName(name) : String(escapeValue(value, { x } as Site));
    const mapped = textAt(rendered, text.offsets[match.index]!);
    if (value.kind === "dynamic") mapped.placeholders.push({ start: 0, end: rendered.length, source: match[1]! });
    parts.push(mapped);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(slice(last, text.text.length));
  return concatTexts(parts);
}

function addColumns(args: readonly TS.Expression[], s: Site): void {
  const table = name(args[0], s);
  const columns = s.x.value(args[1]);
  if (!table) return;
  if (columns?.kind !== "object") return void s.x.report(s.chain.outer, whyDynamic(columns, "the columns"));
  const ifNotExists = new Options(s.x.value(args[2])).boolean("ifNotExists") === true;
  for (const [column, value] of columns.entries) {
    const def = columnDefinition(table, column, value, s);
    // Each column points at its own line of the columns object.
    const site = value.node.parent && s.x.ts.isPropertyAssignment(value.node.parent) ? value.node.parent : value.node;
    if (def) s.x.builder(`ALTER TABLE ${quoteName(table)} ADD ${ifNotExists ? "IF NOT EXISTS " : ""}${def.sql}`, { site, outer: s.chain.outer });
  }
}

function dropColumns(args: readonly TS.Expression[], s: Site): void {
  const table = name(args[0], s);
  if (!table) return;
  const value = s.x.value(args[1]);
  const columns = staticStrings(value) ?? (value?.kind === "object" ? [...value.entries.keys()] : undefined);
  if (!columns) return void s.x.report(s.chain.outer, whyDynamic(value, "the columns"));
  const o = new Options(s.x.value(args[2]));
  emit(
    s,
    columns.map((c) => `ALTER TABLE ${quoteName(table)} DROP ${o.boolean("ifExists") ? "IF EXISTS " : ""}${quoteIdent(c)}${o.boolean("cascade") ? " CASCADE" : ""}`),
  );
}

function addConstraint(args: readonly TS.Expression[], s: Site): void {
  const table = name(args[0], s);
  if (!table) return;
  const constraintName = staticString(s.x.value(args[1]));
  const spec = s.x.value(args[2]);
  const expression = staticString(spec);
  if (expression !== undefined) {
    emit(s, `ALTER TABLE ${quoteName(table)} ADD ${constraintName ? `CONSTRAINT ${quoteIdent(constraintName)} ` : ""}${expression}`);
    return;
  }
  if (spec?.kind !== "object") return void s.x.report(s.chain.outer, whyDynamic(spec, "the constraint"));
  const parts = constraints(table, new Options(spec), constraintName ?? null);
  if (parts.length > 0) emit(s, `ALTER TABLE ${quoteName(table)} ${parts.map((p) => `ADD ${p}`).join(", ")}`);
}

/** Table constraints from an options object, named as node-pg-migrate names them. */
function constraints(table: string, o: Options, given: string | null): string[] {
  const bare = table.split(".").pop()!;
  const out: string[] = [];
  const named = (fallback: string) => `CONSTRAINT ${quoteIdent(given ?? fallback)}`;
  const check = o.get("check");
  if (check?.kind === "array") {
    check.items.forEach((c, i) => {
      const expression = staticString(c);
      if (expression) out.push(`${named(`${bare}_chck_${i + 1}`)} CHECK (${expression})`);
    });
  } else if (staticString(check)) {
    out.push(`${named(`${bare}_chck`)} CHECK (${staticString(check)})`);
  }
  const unique = o.get("unique");
  if (unique) {
    const sets = unique.kind === "array" && unique.items.some((i) => i.kind === "array") ? unique.items.map((i) => staticStrings(i) ?? []) : [staticStrings(unique) ?? []];
    for (const cols of sets) out.push(`${named(`${bare}_uniq_${cols.join("_")}`)} UNIQUE (${columnList(cols)})`);
  }
  const primaryKey = o.strings("primaryKey");
  if (primaryKey) out.push(`${named(`${bare}_pkey`)} PRIMARY KEY (${columnList(primaryKey)})`);
  const foreignKeys = o.get("foreignKeys");
  const fkList = foreignKeys?.kind === "array" ? foreignKeys.items : foreignKeys ? [foreignKeys] : [];
  for (const fk of fkList) {
    const f = new Options(fk);
    const cols = f.strings("columns") ?? [];
    const fkName = f.string("referencesConstraintName") ?? given ?? `${bare}_fk_${cols.join("_")}`;
    out.push(`CONSTRAINT ${quoteIdent(fkName)} FOREIGN KEY (${columnList(cols)}) ${references(f)}`);
  }
  const exclude = o.string("exclude");
  if (exclude) out.push(`${named(`${bare}_excl`)} EXCLUDE ${exclude}`);
  return out;
}

function references(o: Options): string {
  const target = o.string("references") ?? o.object("references").string("name") ?? runtimeName(o.object("references").isObject ? o.object("references").get("name") : o.get("references"));
  const clause = target.startsWith('"') || target.endsWith(")") ? `REFERENCES ${target}` : `REFERENCES ${quoteName(target)}`;
  const onDelete = o.string("onDelete");
  const onUpdate = o.string("onUpdate");
  return `${clause}${onDelete ? ` ON DELETE ${onDelete}` : ""}${onUpdate ? ` ON UPDATE ${onUpdate}` : ""}`;
}

function createIndex(args: readonly TS.Expression[], s: Site): void {
  const table = name(args[0], s);
  if (!table) return;
  const columnsValue = s.x.value(args[1]);
  const columns = indexColumns(columnsValue);
  if (!columns) return void s.x.report(s.chain.outer, whyDynamic(columnsValue, "the index columns"));
  const o = new Options(s.x.value(args[2]));
  const unique = o.boolean("unique") === true;
  const index = o.string("name") ?? indexName(table, columns, unique);
  const method = o.string("method");
  emit(
    s,
    `CREATE${unique ? " UNIQUE" : ""} INDEX${o.boolean("concurrently") ? " CONCURRENTLY" : ""}${o.boolean("ifNotExists") ? " IF NOT EXISTS" : ""} ${quoteIdent(index)} ON ${quoteName(table)}${method ? ` USING ${method}` : ""} (${columns.map((c) => (/^[\w"]+$/.test(c) ? quoteIdent(c.replace(/"/g, "")) : `(${c})`)).join(", ")})${o.has("where") ? ` WHERE ${o.string("where") ?? "true"}` : ""}`,
  );
}

function indexColumns(value: StaticValue | undefined): string[] | undefined {
  if (value?.kind !== "array") return staticStrings(value);
  const out: string[] = [];
  for (const item of value.items) {
    const n = staticString(item) ?? (item.kind === "object" ? staticString(item.entries.get("name")) : undefined);
    if (!n) return undefined;
    out.push(n);
  }
  return out;
}

/** `${table}_${columns}[_unique]_index`. */
function indexName(table: string, columns: readonly string[], unique: boolean): string {
  return `${table.split(".").pop()}_${columns.join("_")}${unique ? "_unique" : ""}_index`;
}

function createType(args: readonly TS.Expression[], s: Site): void {
  const type = name(args[0], s);
  const values = staticStrings(s.x.value(args[1]));
  if (type && values) emit(s, `CREATE TYPE ${quoteName(type)} AS ENUM (${values.map(quoteLiteral).join(", ")})`);
}

interface ColumnDefinition {
  sql: string;
  primaryKey: boolean;
}

/** A column definition: a type string, the `id` shorthand (or one the file exports), or an options object. */
function columnDefinition(table: string, column: string, value: StaticValue, s: Site): ColumnDefinition | undefined {
  let o: Options;
  const shorthand = staticString(value);
  if (shorthand !== undefined) {
    const custom = shorthandOf(shorthand, s);
    o = custom ?? new Options(undefined);
    if (!custom) return { sql: `${quoteIdent(column)} ${adaptType(shorthand)}`, primaryKey: false };
  } else if (value.kind === "object") {
    o = new Options(value);
    const typeName = o.string("type");
    const custom = typeName ? shorthandOf(typeName, s) : undefined;
    if (custom) o = new Options({ kind: "object", entries: new Map([...(custom.value as Extract<StaticValue, { kind: "object" }>).entries, ...value.entries].filter(([k]) => k !== "type" || !custom.has("type"))), node: value.node });
  } else {
    s.x.report(value.node, whyDynamic(value, `the definition of column \`${column}\``));
    return undefined;
  }
  const type = o.string("type");
  if (!type) {
    s.x.report(value.node, whyDynamic(o.get("type"), `the type of column \`${column}\``));
    return undefined;
  }
  let sql = `${quoteIdent(column)} ${adaptType(type)}`;
  const primaryKey = o.boolean("primaryKey") === true;
  if (o.has("default")) sql += ` DEFAULT ${escapeValue(o.get("default")!, s)}`;
  if (o.boolean("unique")) sql += " UNIQUE";
  if (primaryKey) sql += " PRIMARY KEY";
  if (o.boolean("notNull")) sql += " NOT NULL";
  const check = o.string("check");
  if (check) sql += ` CHECK (${check})`;
  if (o.has("references")) {
    const constraint = o.string("referencesConstraintName");
    sql += `${constraint ? ` CONSTRAINT ${quoteIdent(constraint)}` : ""} ${references(o)}`;
  }
  const generated = o.object("sequenceGenerated");
  if (generated.isObject) sql += ` GENERATED ${generated.string("precedence") ?? "BY DEFAULT"} AS IDENTITY`;
  const expression = o.string("expressionGenerated");
  if (expression) sql += ` GENERATED ALWAYS AS (${expression}) STORED`;
  void table;
  return { sql, primaryKey };
}

/** The default `id` shorthand, or one defined by the file's `shorthands` export. */
function shorthandOf(type: string, s: Site): Options | undefined {
  const exported = s.x.exportedValue("shorthands");
  if (exported?.kind === "object") {
    const custom = exported.entries.get(type);
    if (custom?.kind === "object") return new Options(custom);
    if (custom && staticString(custom)) return new Options({ kind: "object", entries: new Map([["type", custom]]), node: custom.node });
  }
  if (type === "id") {
    const node = s.chain.outer;
    return new Options({
      kind: "object",
      entries: new Map<string, StaticValue>([
        ["type", { kind: "string", text: textAt("serial", 0), node }],
        ["primaryKey", { kind: "boolean", value: true, node }],
      ]),
      node,
    });
  }
  return undefined;
}

function adaptType(type: string): string {
  return TYPE_ADAPTERS[type] ?? type;
}

/** A value as node-pg-migrate escapes it: strings dollar-quoted (constants), `pgm.func(...)` as SQL. */
function escapeValue(value: StaticValue, s: Site): string {
  switch (value.kind) {
    case "null":
      return "NULL";
    case "boolean":
      return String(value.value);
    case "number":
      return String(value.value);
    case "string":
      return quoteLiteral(value.text.text);
    case "array":
      return `ARRAY[${value.items.map((v) => escapeValue(v, s)).join(",")}]`;
    default: {
      const node = skipOuter(s.x.ts, value.node as TS.Expression);
      if (s.x.ts.isCallExpression(node)) {
        const chain = flattenChain(s.x.ts, s.x.sf, node);
        const last = chain.links[chain.links.length - 1];
        if (last?.name === "func") return staticString(s.x.value(last.args[0])) ?? runtimeSqlDefault(node, s.x, "pgm.func");
      }
      return runtimeValueDefault(node, s.x);
    }
  }
}

function emit(s: Site, sqlText: string | string[]): void {
  s.x.builder(sqlText, { site: s.chain.outer });
}

function name(arg: TS.Expression | undefined, s: Site): string | undefined {
  const value = s.x.value(arg);
  const text = staticString(value);
  if (text !== undefined) return text;
  if (value?.kind === "object") {
    const o = new Options(value);
    const n = o.string("name");
    const schema = o.string("schema");
    if (n) return schema && schema !== "public" ? `${schema}.${n}` : n;
  }
  s.x.report(arg ?? s.chain.outer, whyDynamic(value, "a name"));
  return undefined;
}
