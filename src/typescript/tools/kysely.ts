import type * as TS from "typescript";
import { renderValue } from "../bindings.js";
import { columnList, quoteIdent, quoteLiteral, quoteName } from "../builder-sql.js";
import { insertSql, updateSql } from "../data-changes.js";
import { flattenChain, type Chain, type ChainLink } from "../chains.js";
import { compact, type Extractor, type HandleChain, type ToolReader } from "../extractor.js";
import { concatTexts, cookLiteral, textAt, type MappedText } from "../mapped-text.js";
import { placeholderName, skipOuter, type StaticValue } from "../static-values.js";
import { runtimeName, runtimeValueDefault, staticString, staticStrings, whyDynamic } from "./options.js";

/**
 * Kysely migrations: `up(db: Kysely<any>)` with `db.schema` builders (each chain runs at its
 * `.execute()`), `sql` tagged templates run with `.execute(db)`, and data changes through
 * `insertInto`/`updateTable`/`deleteFrom`. Kysely has no concurrent index builder and runs all
 * pending migrations in one transaction.
 */
export const kyselyReader: ToolReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "kysely" : undefined],
  rootHandle(chain, x) {
    const root = chain.root;
    if (x.ts.isTaggedTemplateExpression(root) && isSqlTag(root.tag, x)) return "sql";
    if (x.ts.isIdentifier(root) && isSqlTag(root, x)) return "sql";
    if (x.ts.isIdentifier(root) && root.text === "CompiledQuery") return "sql";
    return undefined;
  },
  read(chain, x) {
    if (chain.handle === "sql") return sqlChain(chain, x);
    const [first] = chain.links;
    if (!first) return true;
    if (first.name === "schema" || (first.name === "withSchema" && chain.links[1]?.name === "schema")) return schema(chain, x);
    if (first.name === "executeQuery") {
      executeQuery(first.args[0], chain.outer, x);
      return true;
    }
    if (first.name === "transaction" || first.name === "connection") {
      const execute = chain.links.find((l) => l.name === "execute");
      const callback = execute?.args[0] && x.localFunctionOf(execute.args[0]);
      if (callback) {
        x.bindParameters(callback, ["kysely"]);
        x.consume(execute!.args[0]);
        if (callback.body) x.walk(callback.body);
      }
      return true;
    }
    if (["insertInto", "replaceInto", "updateTable", "deleteFrom", "mergeInto"].includes(first.name)) return dataChange(chain, x);
    return ["selectFrom", "selectNoFrom", "with", "withRecursive", "fn", "dynamic", "introspection", "destroy", "withPlugin", "withoutPlugins", "withTables", "case"].includes(first.name);
  },
};

function isSqlTag(tag: TS.Expression, x: Extractor): boolean {
  const node = skipOuter(x.ts, tag);
  const id = x.ts.isIdentifier(node) ? node : x.ts.isExpressionWithTypeArguments(node) && x.ts.isIdentifier(node.expression) ? node.expression : undefined;
  if (!id || id.text !== "sql") return false;
  const binding = x.evaluator.bindingOf(id);
  return binding.kind === "import" ? /^kysely(\/|$)/.test(binding.module) : binding.kind === "other";
}

/**
 * The SQL Kysely sends for a `sql` template: every `${}` is a parameter (`$1`), except the helpers
 * that inline text: `sql.raw(...)` and `sql.lit(...)` as written, `sql.ref`/`sql.id`/`sql.table`
 * as quoted identifiers, and a nested `sql` template as its own text.
 */
function kyselyTemplate(template: TS.TemplateLiteral, x: Extractor): MappedText {
  const ts = x.ts;
  const source = x.sf.text;
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return cookLiteral(source, template.getStart(x.sf) + 1, template.end - 1, "template");
  }
  let param = 0;
  const parts: MappedText[] = [cookLiteral(source, template.head.getStart(x.sf) + 1, template.head.end - 2, "template")];
  for (const span of template.templateSpans) {
    const expression = span.expression;
    const at = expression.getStart(x.sf);
    const inlined = inlineHelper(expression, x);
    if (inlined) parts.push(inlined.placeholder ? withPlaceholder(inlined.text, at, expression.getText(x.sf)) : textAt(inlined.text, at));
    else parts.push(textAt(`$${++param}`, at));
    const literal = span.literal;
    const end = ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2;
    parts.push(cookLiteral(source, literal.getStart(x.sf) + 1, end, "template"));
  }
  return concatTexts(parts);
}

function withPlaceholder(text: string, at: number, source: string): MappedText {
  const mapped = textAt(text, at);
  mapped.placeholders.push({ start: 0, end: text.length, source });
  return mapped;
}

function inlineHelper(expression: TS.Expression, x: Extractor): { text: string; placeholder: boolean } | undefined {
  const node = skipOuter(x.ts, x.evaluator.resolve(expression));
  if (x.ts.isTaggedTemplateExpression(node) && isSqlTag(node.tag, x)) return { text: kyselyTemplate(node.template, x).text, placeholder: false };
  if (!x.ts.isCallExpression(node)) return undefined;
  // `const ref = db.dynamic.ref` then `${ref("id")}` (atproto's migrations): the alias is the helper.
  const callee = x.ts.isIdentifier(node.expression) ? skipOuter(x.ts, x.evaluator.resolve(node.expression)) : node.expression;
  if (!x.ts.isPropertyAccessExpression(callee)) return undefined;
  const target = callee.expression;
  if (!isSqlTag(target, x) && !isDynamicModule(target, x)) return undefined;
  const helper = callee.name.text;
  const arg = node.arguments[0];
  const value = arg ? x.value(arg) : undefined;
  const name = placeholderName(arg?.getText(x.sf) ?? "value");
  if (helper === "raw") {
    const raw = staticString(value);
    return raw !== undefined ? { text: raw, placeholder: false } : { text: `"${name}"`, placeholder: true };
  }
  if (helper === "lit") return { text: renderValue(value, () => "NULL").text, placeholder: value?.kind === "dynamic" };
  if (helper === "ref" || helper === "id" || helper === "table") {
    const names = staticStrings(value);
    return names ? { text: names.map(quoteName).join("."), placeholder: false } : { text: `"${name}"`, placeholder: true };
  }
  return undefined;
}

/** `db.dynamic` (or a transaction's `trx.dynamic`): its `ref` and `table` inline quoted names like `sql.ref`/`sql.table`. */
function isDynamicModule(target: TS.Expression, x: Extractor): boolean {
  const node = skipOuter(x.ts, target);
  return x.ts.isPropertyAccessExpression(node) && node.name.text === "dynamic" && x.expressionHandle(node.expression) === "kysely";
}

function sqlChain(chain: HandleChain, x: Extractor): boolean {
  const executes = chain.links.some((l) => l.name === "execute" && l.call);
  if (!executes) return true;
  const ts = x.ts;
  const root = chain.root;
  if (ts.isTaggedTemplateExpression(root)) {
    x.sqlText(kyselyTemplate(root.template, x), { call: chain.outer, via: "sql`...`.execute" });
    return true;
  }
  const raw = chain.links[0];
  if (raw?.name === "raw" && raw.call) {
    x.sql(raw.args[0], { call: chain.outer, via: "sql.raw(...).execute" });
    return true;
  }
  return true;
}

function executeQuery(arg: TS.Expression | undefined, call: TS.Node, x: Extractor): void {
  if (!arg) return;
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  const chain = flattenChain(x.ts, x.sf, node);
  if (x.ts.isTaggedTemplateExpression(chain.root)) {
    x.sqlText(kyselyTemplate(chain.root.template, x), { call, via: "db.executeQuery" });
    return;
  }
  const raw = chain.links.find((l) => l.name === "raw");
  if (raw) x.sql(raw.args[0], { call, via: "db.executeQuery" });
  else x.report(call, "the query passed to `db.executeQuery` is built at run time");
}

// ---- db.schema -------------------------------------------------------------------------------

interface Site {
  x: Extractor;
  chain: Chain;
}

function schema(chain: HandleChain, x: Extractor): boolean {
  const links = chain.links;
  const executes = links.some((l) => l.name === "execute" && l.call);
  if (!executes) return true;
  const schemaIndex = links.findIndex((l) => l.name === "schema");
  let prefix = "";
  for (const l of links.slice(schemaIndex + 1)) {
    if (l.name === "withSchema") prefix = `${staticString(x.value(l.args[0])) ?? ""}.`;
    else break;
  }
  const rest = links.slice(schemaIndex + 1).filter((l) => l.name !== "withSchema");
  const head = rest[0];
  if (!head?.call) return false;
  const modifiers = rest.slice(1);
  const site: Site = { x, chain };
  const has = (name: string) => modifiers.some((m) => m.name === name);
  const arg = (link: ChainLink, i: number) => staticString(x.value(link.args[i]));
  const target = arg(head, 0);
  if (target === undefined && head.name !== "dropType") {
    x.report(head.node, whyDynamic(x.value(head.args[0]), "the name"));
    return true;
  }
  const name = quoteName(`${prefix}${target ?? ""}`.replace(/^\./, ""));
  const emitAt = (sql: string | string[], link: ChainLink, extra: { columnSites?: Map<string, { node: TS.Node; start: number }> } = {}) =>
    x.builder(sql, { site: link.node, start: link.start, outer: chain.outer, ...extra });
  switch (head.name) {
    case "createTable":
      createTable(site, name, head, modifiers, emitAt);
      return true;
    case "alterTable":
      alterTable(site, name, modifiers, emitAt);
      return true;
    case "dropTable":
      emitAt(`DROP TABLE ${has("ifExists") ? "IF EXISTS " : ""}${name}${has("cascade") ? " CASCADE" : ""}`, head);
      return true;
    case "createIndex": {
      const on = modifiers.find((m) => m.name === "on");
      const table = on && arg(on, 0);
      if (!table) return void x.report(chain.outer, "the table of this index is not static"), true;
      const columns = modifiers.flatMap((m) => (m.name === "column" ? (staticStrings(x.value(m.args[0])) ?? []) : m.name === "columns" ? (staticStrings(x.value(m.args[0])) ?? []) : []));
      const expression = modifiers.some((m) => m.name === "expression");
      const using = modifiers.find((m) => m.name === "using");
      const usingType = using && arg(using, 0);
      const cols = columns.length > 0 ? columnList(columns.map((c) => c.split(" ")[0]!)) : expression ? "(expression_placeholder)" : "";
      emitAt(
        `CREATE ${has("unique") ? "UNIQUE " : ""}INDEX ${has("ifNotExists") ? "IF NOT EXISTS " : ""}${name} ON ${quoteName(`${prefix}${table}`.replace(/^\./, ""))}${usingType ? ` USING ${usingType}` : ""} (${cols})${has("where") ? " WHERE true" : ""}`,
        head,
      );
      return true;
    }
    case "dropIndex":
      emitAt(`DROP INDEX ${has("ifExists") ? "IF EXISTS " : ""}${name}${has("cascade") ? " CASCADE" : ""}`, head);
      return true;
    case "createType": {
      const asEnum = modifiers.find((m) => m.name === "asEnum");
      const values = asEnum ? (staticStrings(x.value(asEnum.args[0])) ?? []) : [];
      if (asEnum) emitAt(`CREATE TYPE ${name} AS ENUM (${values.map(quoteLiteral).join(", ")})`, head);
      return true;
    }
    case "alterType": {
      for (const m of modifiers) {
        if (m.name === "addValue") {
          const value = arg(m, 0);
          if (value !== undefined) emitAt(`ALTER TYPE ${name} ADD VALUE ${has("ifNotExists") ? "IF NOT EXISTS " : ""}${quoteLiteral(value)}`, m);
        } else if (m.name === "renameValue") {
          const from = arg(m, 0);
          const to = arg(m, 1);
          if (from !== undefined && to !== undefined) emitAt(`ALTER TYPE ${name} RENAME VALUE ${quoteLiteral(from)} TO ${quoteLiteral(to)}`, m);
        }
      }
      return true;
    }
    case "refreshMaterializedView":
      emitAt(`REFRESH MATERIALIZED VIEW ${has("concurrently") ? "CONCURRENTLY " : ""}${name}`, head);
      return true;
    case "dropType":
    case "createView":
    case "dropView":
    case "createSchema":
    case "dropSchema":
      return true;
    default:
      return false;
  }
}

type EmitAt = (sql: string | string[], link: ChainLink, extra?: { columnSites?: Map<string, { node: TS.Node; start: number }> }) => void;

function createTable(site: Site, name: string, head: ChainLink, modifiers: readonly ChainLink[], emitAt: EmitAt): void {
  const { x } = site;
  const parts: string[] = [];
  const columnSites = new Map<string, { node: TS.Node; start: number }>();
  let ifNotExists = false;
  for (const m of modifiers) {
    switch (m.name) {
      case "ifNotExists":
        ifNotExists = true;
        break;
      case "addColumn": {
        const column = columnDefinition(m, x);
        if (!column) continue;
        parts.push(column.sql);
        columnSites.set(column.name, { node: m.node, start: m.start });
        break;
      }
      default: {
        const constraint = tableConstraint(m, x);
        if (constraint) parts.push(constraint);
      }
    }
  }
  emitAt(`CREATE TABLE ${ifNotExists ? "IF NOT EXISTS " : ""}${name} (${parts.join(", ")})`, head, { columnSites });
}

/** Each alteration of an `alterTable` chain, pointing at its own step. */
function alterTable(site: Site, name: string, modifiers: readonly ChainLink[], emitAt: EmitAt): void {
  const { x } = site;
  const arg = (link: ChainLink, i: number) => staticString(x.value(link.args[i]));
  for (const m of modifiers) {
    const alter = (action: string) => emitAt(`ALTER TABLE ${name} ${action}`, m);
    switch (m.name) {
      case "addColumn": {
        const column = columnDefinition(m, x);
        if (column) alter(`ADD COLUMN ${column.ifNotExists ? "IF NOT EXISTS " : ""}${column.sql}`);
        break;
      }
      case "dropColumn": {
        const c = arg(m, 0);
        if (c) alter(`DROP COLUMN ${quoteIdent(c)}`);
        break;
      }
      case "renameColumn": {
        const from = arg(m, 0);
        const to = arg(m, 1);
        if (from && to) alter(`RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`);
        break;
      }
      case "renameTo": {
        const to = arg(m, 0);
        if (to) alter(`RENAME TO ${quoteIdent(to)}`);
        break;
      }
      case "alterColumn": {
        const c = arg(m, 0);
        if (!c) break;
        for (const action of alterColumnActions(m.args[1], x)) alter(`ALTER COLUMN ${quoteIdent(c)} ${action}`);
        break;
      }
      case "modifyColumn": {
        const column = columnDefinition(m, x);
        if (column) alter(`ALTER COLUMN ${quoteIdent(column.name)} TYPE ${column.type}`);
        break;
      }
      case "dropConstraint": {
        const c = arg(m, 0);
        if (c) alter(`DROP CONSTRAINT ${quoteIdent(c)}`);
        break;
      }
      case "renameConstraint": {
        const from = arg(m, 0);
        const to = arg(m, 1);
        if (from && to) alter(`RENAME CONSTRAINT ${quoteIdent(from)} TO ${quoteIdent(to)}`);
        break;
      }
      default: {
        const constraint = tableConstraint(m, x);
        if (constraint) alter(`ADD ${constraint}`);
      }
    }
  }
}

/** `.alterColumn('c', (col) => col.setDataType('text'))` and the other column alterations. */
function alterColumnActions(callback: TS.Expression | undefined, x: Extractor): string[] {
  const fn = callback && x.localFunctionOf(callback);
  if (!fn?.body) return [];
  x.consume(callback);
  const actions: string[] = [];
  for (const link of callbackChain(fn, x)) {
    switch (link.name) {
      case "setDataType":
        actions.push(`TYPE ${dataType(link.args[0], x)}`);
        break;
      case "setDefault":
        actions.push(`SET DEFAULT ${defaultValue(link.args[0], x)}`);
        break;
      case "dropDefault":
        actions.push("DROP DEFAULT");
        break;
      case "setNotNull":
        actions.push("SET NOT NULL");
        break;
      case "dropNotNull":
        actions.push("DROP NOT NULL");
        break;
      default:
        break;
    }
  }
  return actions;
}

/** The steps of a callback's returned chain: `(col) => col.notNull().defaultTo(0)`. */
function callbackChain(fn: TS.FunctionLikeDeclaration, x: Extractor): ChainLink[] {
  const body = fn.body!;
  let expression: TS.Expression | undefined;
  if (x.ts.isBlock(body)) {
    const ret = body.statements.find(x.ts.isReturnStatement);
    expression = ret?.expression;
  } else {
    expression = body as TS.Expression;
  }
  return expression ? flattenChain(x.ts, x.sf, expression).links : [];
}

interface KyselyColumn {
  name: string;
  type: string;
  sql: string;
  ifNotExists: boolean;
}

/** `.addColumn(name, dataType, (col) => col.notNull()...)` as a column definition. */
function columnDefinition(link: ChainLink, x: Extractor): KyselyColumn | undefined {
  const name = staticString(x.value(link.args[0]));
  if (!name) {
    x.report(link.node, whyDynamic(x.value(link.args[0]), "the column name"));
    return undefined;
  }
  const type = dataType(link.args[1], x);
  let sql = `${quoteIdent(name)} ${type}`;
  let ifNotExists = false;
  const callback = link.args[2] && x.localFunctionOf(link.args[2]);
  if (callback?.body) {
    x.consume(link.args[2]);
    const references: { target?: string; onDelete?: string; onUpdate?: string } = {};
    for (const m of callbackChain(callback, x)) {
      const value = (i: number) => staticString(x.value(m.args[i]));
      switch (m.name) {
        case "primaryKey":
          sql += " PRIMARY KEY";
          break;
        case "notNull":
          sql += " NOT NULL";
          break;
        case "unique":
          sql += " UNIQUE";
          break;
        case "defaultTo":
          sql += ` DEFAULT ${defaultValue(m.args[0], x)}`;
          break;
        case "references":
          references.target = value(0);
          break;
        case "onDelete":
          references.onDelete = value(0);
          break;
        case "onUpdate":
          references.onUpdate = value(0);
          break;
        case "identity":
        case "generatedByDefaultAsIdentity":
          sql += " GENERATED BY DEFAULT AS IDENTITY";
          break;
        case "generatedAlwaysAsIdentity":
          sql += " GENERATED ALWAYS AS IDENTITY";
          break;
        case "generatedAlwaysAs":
          sql += ` GENERATED ALWAYS AS (${expressionSql(m.args[0], x)})`;
          break;
        case "stored":
          sql += " STORED";
          break;
        case "check":
          sql += ` CHECK (${expressionSql(m.args[0], x)})`;
          break;
        case "ifNotExists":
          ifNotExists = true;
          break;
        default:
          break;
      }
    }
    if (references.target) {
      const [table, column] = splitReference(references.target);
      sql += ` REFERENCES ${quoteName(table)}${column ? ` (${quoteIdent(column)})` : ""}`;
      if (references.onDelete) sql += ` ON DELETE ${references.onDelete}`;
      if (references.onUpdate) sql += ` ON UPDATE ${references.onUpdate}`;
    }
  }
  return { name, type, sql, ifNotExists };
}

function splitReference(target: string): [string, string | undefined] {
  const parts = target.split(".");
  if (parts.length === 1) return [parts[0]!, undefined];
  return [parts.slice(0, -1).join("."), parts[parts.length - 1]];
}

/** A table-level constraint step: `addPrimaryKeyConstraint`, `addUniqueConstraint`, `addCheckConstraint`, `addForeignKeyConstraint`. */
function tableConstraint(m: ChainLink, x: Extractor): string | undefined {
  const name = staticString(x.value(m.args[0]));
  const named = name ? `CONSTRAINT ${quoteIdent(name)} ` : "";
  switch (m.name) {
    case "addPrimaryKeyConstraint":
      return `${named}PRIMARY KEY (${columnList(staticStrings(x.value(m.args[1])) ?? [])})`;
    case "addUniqueConstraint":
      return `${named}UNIQUE (${columnList(staticStrings(x.value(m.args[1])) ?? [])})`;
    case "addCheckConstraint":
      return `${named}CHECK (${expressionSql(m.args[1], x)})`;
    case "addForeignKeyConstraint": {
      const columns = staticStrings(x.value(m.args[1])) ?? [];
      const table = staticString(x.value(m.args[2])) ?? runtimeName(x.value(m.args[2]));
      const referenced = staticStrings(x.value(m.args[3])) ?? [];
      let sql = `${named}FOREIGN KEY (${columnList(columns)}) REFERENCES ${quoteName(table)} (${columnList(referenced)})`;
      const callback = m.args[4] && x.localFunctionOf(m.args[4]);
      if (callback?.body) {
        x.consume(m.args[4]);
        for (const step of callbackChain(callback, x)) {
          const action = staticString(x.value(step.args[0]));
          if (step.name === "onDelete" && action) sql += ` ON DELETE ${action}`;
          if (step.name === "onUpdate" && action) sql += ` ON UPDATE ${action}`;
        }
      }
      return sql;
    }
    default:
      return undefined;
  }
}

/** A data type argument: a type name string (`'varchar(255)'`) or a `sql` template. */
function dataType(arg: TS.Expression | undefined, x: Extractor): string {
  const type = staticString(x.value(arg));
  if (type !== undefined) return type;
  return expressionSql(arg, x);
}

/** A `sql` template used as an expression (a default, a check, a type). */
function expressionSql(arg: TS.Expression | undefined, x: Extractor): string {
  if (!arg) return "NULL";
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (x.ts.isTaggedTemplateExpression(node)) return kyselyTemplate(node.template, x).text;
  if (x.ts.isCallExpression(node)) {
    const chain = flattenChain(x.ts, x.sf, node);
    const last = chain.links[chain.links.length - 1];
    if (last?.name === "raw" || last?.name === "lit") {
      const text = staticString(x.value(last.args[0]));
      if (text !== undefined) return last.name === "raw" ? text : quoteLiteral(text);
    }
  }
  x.report(arg, `the SQL expression \`${compact(x.text(arg))}\` is built at run time, so no rule could check it`);
  return quoteLiteral(compact(x.text(arg)));
}

/** A `defaultTo` value: a literal, or SQL from a `sql` template or `sql.raw(...)`. */
function defaultValue(arg: TS.Expression | undefined, x: Extractor): string {
  if (!arg) return "NULL";
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (x.ts.isTaggedTemplateExpression(node) || x.ts.isCallExpression(node)) return expressionSql(arg, x);
  const value = x.value(arg);
  if (value && value.kind !== "dynamic") return renderValue(value, () => "NULL").text;
  // A value computed when the migration runs (`process.env.X`) is sent as a parameter: a constant.
  return runtimeValueDefault(arg, x);
}

// ---- data changes --------------------------------------------------------------------------

function dataChange(chain: HandleChain, x: Extractor): boolean {
  const links = chain.links;
  if (!links.some((l) => l.name.startsWith("execute") && l.call)) return true;
  const head = links[0]!;
  const table = staticString(x.value(head.args[0]));
  if (!table) {
    x.report(chain.outer, whyDynamic(x.value(head.args[0]), "the table"));
    return true;
  }
  const t = quoteName(table.split(" ")[0]!);
  const where = whereClause(links, x);
  let sql: string;
  const bareTable = table.split(" ")[0]!;
  if (head.name === "insertInto" || head.name === "replaceInto") {
    const fromSelect = links.some((l) => l.name === "expression" || l.name === "columns");
    const values = links.find((l) => l.name === "values");
    sql = fromSelect ? `INSERT INTO ${t} SELECT 1` : insertSql(bareTable, values ? x.value(values.args[0]) : undefined);
  } else if (head.name === "updateTable") {
    const set = links.find((l) => l.name === "set");
    sql = updateSql(bareTable, set ? x.value(set.args[0]) : undefined, where);
  } else if (head.name === "deleteFrom") {
    sql = `DELETE FROM ${t}${where}`;
  } else {
    sql = `UPDATE ${t} SET value = $1`;
  }
  x.builder(sql, { site: chain.outer });
  return true;
}

function whereClause(links: readonly ChainLink[], x: Extractor): string {
  const conditions: string[] = [];
  let param = 0;
  for (const l of links) {
    if (l.name !== "where" || !l.call) continue;
    const column = staticString(x.value(l.args[0]));
    if (l.args.length === 3 && column) {
      const op = staticString(x.value(l.args[1])) ?? "=";
      const value: StaticValue | undefined = x.value(l.args[2]);
      const rhs = op.toLowerCase() === "in" && value?.kind === "array" ? `(${renderValue(value, () => `$${++param}`).text})` : renderValue(value, () => `$${++param}`).text;
      conditions.push(`${quoteName(column)} ${/^[<>=!~a-z ]+$/i.test(op) ? op : "="} ${rhs}`);
    } else {
      conditions.push("(unknown_condition IS NOT NULL)");
    }
  }
  return conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
}
