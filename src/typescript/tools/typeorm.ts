import { createHash } from "node:crypto";
import type * as TS from "typescript";
import type { Operation } from "../../core/operations.js";
import { columnList, quoteIdent, quoteName } from "../builder-sql.js";
import { insertSql, updateSql } from "../data-changes.js";
import type { Chain } from "../chains.js";
import type { Extractor, HandleChain, ToolReader } from "../extractor.js";
import { skipOuter, type StaticValue } from "../static-values.js";
import { constructed, Options, staticString, staticStrings, whyDynamic } from "./options.js";

/**
 * TypeORM migrations: `queryRunner.query(sql)` and the QueryRunner's schema methods, which are
 * modelled with the SQL TypeORM's Postgres driver generates (PostgresQueryRunner), including the
 * names its DefaultNamingStrategy gives constraints and indexes.
 */
export const typeormReader: ToolReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "queryRunner" : undefined],
  read(chain, x) {
    const [first, second] = chain.links;
    if (!first) return true;
    if (first.name === "query" && first.call) {
      x.sql(first.args[0], { call: chain.outer, via: "queryRunner.query" });
      return true;
    }
    if ((first.name === "manager" || first.name === "connection" || first.name === "dataSource") && second) {
      if (second.name === "query" && second.call) {
        x.sql(second.args[0], { call: chain.outer, via: `queryRunner.${first.name}.query` });
        return true;
      }
      if (second.name === "createQueryBuilder") return queryBuilder(chain, x);
      // Entity APIs (getRepository, save, find, ...) are app code: reported by no-app-code-in-migration.
      return true;
    }
    const method = SCHEMA_METHODS[first.name];
    if (method && first.call) {
      method(first.args, { x, chain, call: first.call });
      return true;
    }
    if (first.name === "startTransaction") x.boundary("begin", chain.outer);
    else if (first.name === "commitTransaction") x.boundary("commit", chain.outer);
    else if (first.name === "rollbackTransaction") x.boundary("rollback", chain.outer);
    else if (!READ_ONLY.has(first.name)) return false;
    return true;
  },
};

/** QueryRunner methods that read or manage the connection without changing the schema. */
const READ_ONLY = new Set([
  "hasTable",
  "hasColumn",
  "hasDatabase",
  "hasSchema",
  "getTable",
  "getTables",
  "getView",
  "getViews",
  "getCurrentDatabase",
  "getCurrentSchema",
  "isTransactionActive",
  "connect",
  "release",
  "clearSqlMemory",
  "enableSqlMemory",
  "disableSqlMemory",
  "getMemorySql",
  "getReplicationMode",
  "loadedTables",
  "isReleased",
  "data",
  "beforeMigration",
  "afterMigration",
  "stream",
  "getCachedTable",
]);

interface Site {
  x: Extractor;
  chain: Chain;
  call: TS.CallExpression;
}

type Method = (args: readonly TS.Expression[], site: Site) => void;

const SCHEMA_METHODS: Record<string, Method> = {
  createTable: (args, s) => createTable(args, s),
  dropTable: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const ifExists = s.x.value(args[1])?.kind === "boolean" && (s.x.value(args[1]) as { value: boolean }).value;
    emit(s, `DROP TABLE ${ifExists ? "IF EXISTS " : ""}${quoteName(table)}`);
  },
  renameTable: (args, s) => {
    const table = tableName(args[0], s);
    const to = name(args[1], s, "the new table name");
    if (table && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME TO ${quoteIdent(to.split(".").pop()!)}`);
  },
  addColumn: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const column = readColumn(args[1], s);
    if (column) emit(s, addColumnSql(table, column));
  },
  addColumns: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const columns = list(args[1], s, "the columns");
    if (!columns) return;
    for (const c of columns) {
      const column = readColumn(c, s);
      // Each column points at its own line of the array.
      if (column) s.x.builder(addColumnSql(table, column), { site: c, outer: s.chain.outer });
    }
  },
  dropColumn: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const column = columnName(args[1], s);
    if (column) emit(s, `ALTER TABLE ${quoteName(table)} DROP COLUMN ${quoteIdent(column)}`);
  },
  dropColumns: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const columns = list(args[1], s, "the columns");
    if (!columns) return;
    for (const c of columns) {
      const column = columnName(c, s);
      if (column) emit(s, `ALTER TABLE ${quoteName(table)} DROP COLUMN ${quoteIdent(column)}`);
    }
  },
  renameColumn: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const from = columnName(args[1], s);
    const to = from === undefined ? undefined : columnName(args[2], s);
    if (from && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`);
  },
  changeColumn: (args, s) => changeColumn(args[0], args[1], args[2], s),
  changeColumns: (args, s) => {
    const changes = list(args[1], s, "the column changes");
    for (const change of changes ?? []) {
      const o = resolveObject(change, s);
      const entry = o && s.x.ts.isObjectLiteralExpression(o) ? o : undefined;
      const get = (key: string) => entry?.properties.find((p) => p.name?.getText() === key);
      const oldProp = get("oldColumn");
      const newProp = get("newColumn");
      if (oldProp && newProp && s.x.ts.isPropertyAssignment(oldProp) && s.x.ts.isPropertyAssignment(newProp)) {
        changeColumn(args[0], oldProp.initializer, newProp.initializer, s);
      } else {
        s.x.report(change, "migration-guard could not read this column change");
      }
    }
  },
  createIndex: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const index = readIndex(args[1], table, s);
    if (index) emit(s, createIndexSql(table, index));
  },
  createIndices: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    for (const i of list(args[1], s, "the indices") ?? []) {
      const index = readIndex(i, table, s);
      if (index) emit(s, createIndexSql(table, index));
    }
  },
  dropIndex: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const dropped = droppedIndex(args[1], table, s);
    if (dropped) emit(s, `DROP INDEX ${dropped.concurrent ? "CONCURRENTLY " : ""}${quoteIndex(table, dropped.name)}`);
  },
  dropIndices: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    for (const i of list(args[1], s, "the indices") ?? []) {
      const dropped = droppedIndex(i, table, s);
      if (dropped) emit(s, `DROP INDEX ${dropped.concurrent ? "CONCURRENTLY " : ""}${quoteIndex(table, dropped.name)}`);
    }
  },
  createForeignKey: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const fk = readForeignKey(args[1], table, s);
    if (fk) emit(s, `ALTER TABLE ${quoteName(table)} ADD ${foreignKeySql(fk)}`);
  },
  createForeignKeys: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    for (const f of list(args[1], s, "the foreign keys") ?? []) {
      const fk = readForeignKey(f, table, s);
      if (fk) emit(s, `ALTER TABLE ${quoteName(table)} ADD ${foreignKeySql(fk)}`);
    }
  },
  dropForeignKey: (args, s) => dropNamed(args, s, "foreign key", (o, table) => namingFor("FK", table, o.strings("columnNames") ?? [])),
  dropForeignKeys: (args, s) => dropEach(args, s, "foreign key", (o, table) => namingFor("FK", table, o.strings("columnNames") ?? [])),
  createUniqueConstraint: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const unique = readConstraint(args[1], s);
    if (!unique) return;
    const columns = unique.strings("columnNames") ?? [];
    const constraint = unique.string("name") ?? namingFor("UQ", table, columns);
    emit(s, `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(constraint)} UNIQUE (${columnList(columns)})`);
  },
  createUniqueConstraints: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    for (const u of list(args[1], s, "the unique constraints") ?? []) {
      const unique = readConstraint(u, s);
      if (!unique) continue;
      const columns = unique.strings("columnNames") ?? [];
      const constraint = unique.string("name") ?? namingFor("UQ", table, columns);
      emit(s, `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(constraint)} UNIQUE (${columnList(columns)})`);
    }
  },
  dropUniqueConstraint: (args, s) => dropNamed(args, s, "unique constraint", (o, table) => namingFor("UQ", table, o.strings("columnNames") ?? [])),
  dropUniqueConstraints: (args, s) => dropEach(args, s, "unique constraint", (o, table) => namingFor("UQ", table, o.strings("columnNames") ?? [])),
  createCheckConstraint: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const check = readConstraint(args[1], s);
    if (check) emitCheck(table, check, s);
  },
  createCheckConstraints: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    for (const c of list(args[1], s, "the check constraints") ?? []) {
      const check = readConstraint(c, s);
      if (check) emitCheck(table, check, s);
    }
  },
  dropCheckConstraint: (args, s) => dropNamed(args, s, "check constraint", (o, table) => checkName(table, o.string("expression") ?? "")),
  dropCheckConstraints: (args, s) => dropEach(args, s, "check constraint", (o, table) => checkName(table, o.string("expression") ?? "")),
  createExclusionConstraint: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const exclusion = readConstraint(args[1], s);
    if (!exclusion) return;
    const expression = exclusion.string("expression");
    if (expression === undefined) return void s.x.report(s.call, whyDynamic(exclusion.get("expression"), "the exclusion expression"));
    const constraint = exclusion.string("name") ?? `XCL_${sha1(`${bare(table)}_${expression}`).slice(0, 26)}`;
    emit(s, `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(constraint)} EXCLUDE ${expression}`);
  },
  dropExclusionConstraint: (args, s) => dropNamed(args, s, "exclusion constraint", (o, table) => `XCL_${sha1(`${bare(table)}_${o.string("expression") ?? ""}`).slice(0, 26)}`),
  createPrimaryKey: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const columns = staticStrings(s.x.value(args[1]));
    if (!columns) return void s.x.report(s.call, whyDynamic(s.x.value(args[1]), "the primary key columns"));
    const constraint = staticString(s.x.value(args[2])) ?? namingFor("PK", table, columns);
    emit(s, `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(constraint)} PRIMARY KEY (${columnList(columns)})`);
  },
  dropPrimaryKey: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const constraint = staticString(s.x.value(args[1])) ?? `${bare(table)}_pkey`;
    emit(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${quoteIdent(constraint)}`);
  },
  clearTable: (args, s) => {
    const table = tableName(args[0], s);
    if (table) emit(s, `TRUNCATE TABLE ${quoteName(table)}`);
  },
  createView: (_args, _s) => undefined,
  dropView: (_args, _s) => undefined,
  createSchema: (_args, _s) => undefined,
  dropSchema: (_args, _s) => undefined,
  createDatabase: (_args, _s) => undefined,
  dropDatabase: (_args, _s) => undefined,
};

// ---- column, index and constraint objects -------------------------------------------------

interface TypeormColumn {
  name: string;
  type: string;
  length?: string;
  precision?: number;
  scale?: number;
  isNullable: boolean;
  isPrimary: boolean;
  isGenerated: boolean;
  generationStrategy?: string;
  generatedIdentity?: string;
  default?: string;
  isUnique: boolean;
  isArray: boolean;
  enumValues?: string[];
  enumName?: string;
  asExpression?: string;
  generatedType?: string;
  node: TS.Node;
}

/** `new TableColumn({...})` or a plain `{ name, type, ... }`. */
function readColumn(expression: TS.Expression | undefined, s: Site): TypeormColumn | undefined {
  const options = optionsOf(expression, ["TableColumn"], s);
  if (!options) return undefined;
  const name = options.string("name");
  if (!name) return void s.x.report(expression ?? s.call, whyDynamic(options.get("name"), "the column name"));
  const rawType = options.string("type");
  if (rawType === undefined) return void s.x.report(expression ?? s.call, whyDynamic(options.get("type"), `the type of column \`${name}\``));
  const column: TypeormColumn = {
    name,
    type: rawType,
    isNullable: options.boolean("isNullable") === true,
    isPrimary: options.boolean("isPrimary") === true,
    isGenerated: options.boolean("isGenerated") === true,
    isUnique: options.boolean("isUnique") === true,
    isArray: options.boolean("isArray") === true,
    node: expression!,
  };
  const length = options.string("length");
  if (length) column.length = length;
  const precision = options.number("precision");
  if (precision !== undefined) column.precision = precision;
  const scale = options.number("scale");
  if (scale !== undefined) column.scale = scale;
  const strategy = options.string("generationStrategy");
  if (strategy) column.generationStrategy = strategy;
  const identity = options.string("generatedIdentity");
  if (identity) column.generatedIdentity = identity;
  const enumValues = options.strings("enum");
  if (enumValues) column.enumValues = enumValues;
  const enumName = options.string("enumName");
  if (enumName) column.enumName = enumName;
  const asExpression = options.string("asExpression");
  if (asExpression) column.asExpression = asExpression;
  const generatedType = options.string("generatedType");
  if (generatedType) column.generatedType = generatedType;
  const def = options.get("default");
  if (def && def.kind !== "null") {
    // TypeORM puts a TableColumn's default into the SQL as written: strings are SQL expressions.
    const rendered = def.kind === "string" ? staticString(def) : def.kind === "number" || def.kind === "boolean" ? String(def.value) : undefined;
    column.default = rendered ?? "NULL::unknown";
  }
  return column;
}

function columnTypeSql(table: string, c: TypeormColumn): string {
  if (c.type === "enum" || c.type === "simple-enum") return quoteName(enumTypeName(table, c)) + (c.isArray ? " array" : "");
  let type = c.type;
  if (c.length) type += `(${c.length})`;
  else if (c.precision !== undefined && c.scale !== undefined) type += `(${c.precision},${c.scale})`;
  else if (c.precision !== undefined) type += `(${c.precision})`;
  if (c.isArray) type += " array";
  return type;
}

function enumTypeName(table: string, c: TypeormColumn): string {
  return c.enumName ?? `${bare(table)}_${c.name.toLowerCase()}_enum`;
}

/** A column definition as PostgresQueryRunner.buildCreateColumnSql writes it. */
function columnSql(table: string, c: TypeormColumn): string {
  let sql = quoteIdent(c.name);
  if (c.isGenerated && c.generationStrategy !== "uuid") {
    if (c.generationStrategy === "identity") sql += ` ${c.type} GENERATED ${c.generatedIdentity ?? "BY DEFAULT"} AS IDENTITY`;
    else if (["integer", "int", "int4"].includes(c.type)) sql += " SERIAL";
    else if (["smallint", "int2"].includes(c.type)) sql += " SMALLSERIAL";
    else if (["bigint", "int8"].includes(c.type)) sql += " BIGSERIAL";
  }
  if (c.type === "enum" || c.type === "simple-enum" || !c.isGenerated || c.type === "uuid") {
    if (!(c.isGenerated && c.generationStrategy === "identity")) sql += ` ${columnTypeSql(table, c)}`;
  }
  if (c.generatedType === "STORED" && c.asExpression) sql += ` GENERATED ALWAYS AS (${c.asExpression}) STORED`;
  if (!c.isNullable) sql += " NOT NULL";
  if (c.default !== undefined) sql += ` DEFAULT ${c.default}`;
  if (c.isGenerated && c.generationStrategy === "uuid" && c.default === undefined) sql += " DEFAULT uuid_generate_v4()";
  return sql;
}

function enumSql(table: string, c: TypeormColumn): string[] {
  if ((c.type !== "enum" && c.type !== "simple-enum") || !c.enumValues) return [];
  const values = c.enumValues.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
  return [`CREATE TYPE ${quoteName(enumTypeName(table, c))} AS ENUM(${values})`];
}

function addColumnSql(table: string, c: TypeormColumn): string[] {
  const sql = [...enumSql(table, c), `ALTER TABLE ${quoteName(table)} ADD ${columnSql(table, c)}`];
  if (c.isPrimary) sql.push(`ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(namingFor("PK", table, [c.name]))} PRIMARY KEY (${quoteIdent(c.name)})`);
  if (c.isUnique) sql.push(`ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(namingFor("UQ", table, [c.name]))} UNIQUE (${quoteIdent(c.name)})`);
  return sql;
}

interface TypeormIndex {
  name: string;
  columns: string[];
  unique: boolean;
  concurrent: boolean;
  where?: string;
  spatial: boolean;
}

function readIndex(expression: TS.Expression | undefined, table: string, s: Site): TypeormIndex | undefined {
  const options = optionsOf(expression, ["TableIndex"], s);
  if (!options) return undefined;
  const columns = options.strings("columnNames");
  if (!columns) return void s.x.report(expression ?? s.call, whyDynamic(options.get("columnNames"), "the index columns"));
  const where = options.string("where");
  const index: TypeormIndex = {
    name: options.string("name") ?? indexName(table, columns, where),
    columns,
    unique: options.boolean("isUnique") === true,
    concurrent: options.boolean("isConcurrent") === true,
    spatial: options.boolean("isSpatial") === true,
  };
  if (where) index.where = where;
  return index;
}

function createIndexSql(table: string, i: TypeormIndex): string {
  return (
    `CREATE ${i.unique ? "UNIQUE " : ""}INDEX${i.concurrent ? " CONCURRENTLY" : ""} ${quoteIdent(i.name)} ON ${quoteName(table)} ` +
    `${i.spatial ? "USING GiST " : ""}(${columnList(i.columns)})${i.where ? ` WHERE ${i.where}` : ""}`
  );
}

/** DROP INDEX takes CONCURRENTLY only when given a TableIndex that says so. */
function droppedIndex(expression: TS.Expression | undefined, table: string, s: Site): { name: string; concurrent: boolean } | undefined {
  const v = s.x.value(expression);
  const named = staticString(v);
  if (named !== undefined) return { name: named, concurrent: false };
  const options = optionsOf(expression, ["TableIndex"], s);
  if (!options) return undefined;
  const columns = options.strings("columnNames") ?? [];
  return {
    name: options.string("name") ?? indexName(table, columns, options.string("where")),
    concurrent: options.boolean("isConcurrent") === true,
  };
}

function quoteIndex(table: string, name: string): string {
  const schema = table.includes(".") ? table.split(".")[0] : undefined;
  return schema ? `${quoteIdent(schema)}.${quoteIdent(name)}` : quoteIdent(name);
}

interface TypeormForeignKey {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete?: string;
  onUpdate?: string;
}

function readForeignKey(expression: TS.Expression | undefined, table: string, s: Site): TypeormForeignKey | undefined {
  const options = optionsOf(expression, ["TableForeignKey"], s);
  if (!options) return undefined;
  const columns = options.strings("columnNames");
  const referencedTable = options.string("referencedTableName");
  const referencedColumns = options.strings("referencedColumnNames");
  if (!columns || !referencedTable || !referencedColumns) {
    s.x.report(expression ?? s.call, "the foreign key's columns or referenced table are not static");
    return undefined;
  }
  const fk: TypeormForeignKey = {
    name: options.string("name") ?? namingFor("FK", table, columns),
    columns,
    referencedTable,
    referencedColumns,
  };
  const onDelete = options.string("onDelete");
  if (onDelete) fk.onDelete = onDelete;
  const onUpdate = options.string("onUpdate");
  if (onUpdate) fk.onUpdate = onUpdate;
  return fk;
}

function foreignKeySql(fk: TypeormForeignKey): string {
  return (
    `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${columnList(fk.columns)}) REFERENCES ${quoteName(fk.referencedTable)}(${columnList(fk.referencedColumns)})` +
    `${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ""}${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ""}`
  );
}

function emitCheck(table: string, check: Options, s: Site): void {
  const expression = check.string("expression");
  if (expression === undefined) return void s.x.report(s.call, whyDynamic(check.get("expression"), "the check expression"));
  const constraint = check.string("name") ?? checkName(table, expression);
  emit(s, `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(constraint)} CHECK (${expression})`);
}

function readConstraint(expression: TS.Expression | undefined, s: Site): Options | undefined {
  return optionsOf(expression, ["TableUnique", "TableCheck", "TableExclusion", "TableForeignKey"], s);
}

function dropNamed(args: readonly TS.Expression[], s: Site, what: string, generated: (o: Options, table: string) => string): void {
  const table = tableName(args[0], s);
  if (!table) return;
  const constraint = constraintName(args[1], table, s, what, generated);
  if (constraint) emit(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${quoteIdent(constraint)}`);
}

function dropEach(args: readonly TS.Expression[], s: Site, what: string, generated: (o: Options, table: string) => string): void {
  const table = tableName(args[0], s);
  if (!table) return;
  for (const item of list(args[1], s, `the ${what}s`) ?? []) {
    const constraint = constraintName(item, table, s, what, generated);
    if (constraint) emit(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${quoteIdent(constraint)}`);
  }
}

function constraintName(expression: TS.Expression | undefined, table: string, s: Site, what: string, generated: (o: Options, table: string) => string): string | undefined {
  const named = staticString(s.x.value(expression));
  if (named !== undefined) return named;
  const options = optionsOf(expression, ["TableForeignKey", "TableUnique", "TableCheck", "TableExclusion"], s);
  if (!options) return undefined;
  return options.string("name") ?? generated(options, table);
}

// ---- changeColumn -------------------------------------------------------------------------

/**
 * `changeColumn(table, old, new)`. On Postgres, TypeORM drops the column and adds it again when the
 * type, length or array-ness changes (the data is lost); otherwise it renames and alters in place.
 * Given only the old column's name, TypeORM compares with the live database: the type change is
 * then left to the rules, which know the column's type from the history.
 */
function changeColumn(tableArg: TS.Expression | undefined, oldArg: TS.Expression | undefined, newArg: TS.Expression | undefined, s: Site): void {
  const table = tableName(tableArg, s);
  if (!table) return;
  const next = readColumn(newArg, s);
  if (!next) return;
  const oldName = staticString(s.x.value(oldArg));
  const previous = oldName === undefined ? readColumn(oldArg, s) : undefined;
  if (oldName === undefined && !previous) return;
  const from = oldName ?? previous!.name;
  const t = quoteName(table);
  const sql: string[] = [];
  const recreate = (columnName: string) => (ops: Operation[]) => {
    for (const op of ops) if (op.kind === "alter-column-type" && op.column === columnName) op.recreatesColumn = true;
  };
  if (!previous) {
    // TypeORM compares with the live column; the rules compare with the history, where a same
    // type, an already NOT NULL column or an equal default make these operations no-ops.
    const column = quoteIdent(next.name);
    if (from !== next.name) sql.push(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(from)} TO ${column}`);
    sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} TYPE ${columnTypeSql(table, next)}`);
    sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${next.isNullable ? "DROP" : "SET"} NOT NULL`);
    if (next.default !== undefined) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} SET DEFAULT ${next.default}`);
    emit(s, sql, recreate(next.name));
    return;
  }
  const retyped = previous.type !== next.type || (previous.length ?? "") !== (next.length ?? "") || previous.isArray !== next.isArray;
  if (retyped || (next.generatedType === "STORED" && previous.asExpression !== next.asExpression)) {
    if (from !== next.name) sql.push(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(next.name)}`);
    sql.push(...enumSql(table, next), `ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(next.name)} TYPE ${columnTypeSql(table, next)}`);
    if (!next.isNullable && previous.isNullable) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(next.name)} SET NOT NULL`);
    emit(s, sql, recreate(next.name));
    return;
  }
  const column = quoteIdent(next.name);
  if (from !== next.name) sql.push(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(from)} TO ${column}`);
  if (previous.precision !== next.precision || previous.scale !== next.scale) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} TYPE ${columnTypeSql(table, next)}`);
  if ((next.type === "enum" || next.type === "simple-enum") && next.enumValues && previous.enumValues) {
    const added = next.enumValues.filter((v) => !previous.enumValues!.includes(v));
    const removed = previous.enumValues.filter((v) => !next.enumValues!.includes(v));
    if (removed.length === 0) {
      for (const v of added) sql.push(`ALTER TYPE ${quoteName(enumTypeName(table, previous))} ADD VALUE '${v.replace(/'/g, "''")}'`);
    } else {
      sql.push(...enumSql(table, { ...next, enumName: `${enumTypeName(table, next)}_new` }));
      sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} TYPE ${quoteName(`${enumTypeName(table, next)}_new`)} USING ${column}::text::${quoteName(`${enumTypeName(table, next)}_new`)}`);
    }
  }
  if (previous.default !== next.default) {
    sql.push(next.default === undefined ? `ALTER TABLE ${t} ALTER COLUMN ${column} DROP DEFAULT` : `ALTER TABLE ${t} ALTER COLUMN ${column} SET DEFAULT ${next.default}`);
  }
  if (previous.isNullable !== next.isNullable) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${next.isNullable ? "DROP" : "SET"} NOT NULL`);
  if (previous.isUnique !== next.isUnique) {
    const constraint = quoteIdent(namingFor("UQ", table, [next.name]));
    sql.push(next.isUnique ? `ALTER TABLE ${t} ADD CONSTRAINT ${constraint} UNIQUE (${column})` : `ALTER TABLE ${t} DROP CONSTRAINT ${constraint}`);
  }
  if (sql.length > 0) emit(s, sql);
}

// ---- createTable --------------------------------------------------------------------------

function createTable(args: readonly TS.Expression[], s: Site): void {
  const options = optionsOf(args[0], ["Table"], s);
  if (!options) return;
  const table = options.string("name");
  if (!table) return void s.x.report(args[0] ?? s.call, whyDynamic(options.get("name"), "the table name"));
  const ifNotExists = s.x.value(args[1])?.kind === "boolean" && (s.x.value(args[1]) as { value: boolean }).value;
  const createForeignKeys = !(s.x.value(args[2])?.kind === "boolean" && !(s.x.value(args[2]) as { value: boolean }).value);
  const createIndices = !(s.x.value(args[3])?.kind === "boolean" && !(s.x.value(args[3]) as { value: boolean }).value);
  const columnSites = new Map<string, TS.Node>();
  const columns: TypeormColumn[] = [];
  const columnNodes = arrayNodes(options.get("columns"));
  for (const node of columnNodes) {
    const column = readColumn(node as TS.Expression, s);
    if (!column) return;
    columns.push(column);
    columnSites.set(column.name, node);
  }
  const parts = columns.map((c) => columnSql(table, c));
  const uniques = columns.filter((c) => c.isUnique).map((c) => `CONSTRAINT ${quoteIdent(namingFor("UQ", table, [c.name]))} UNIQUE (${quoteIdent(c.name)})`);
  for (const node of arrayNodes(options.get("uniques"))) {
    const u = optionsOf(node as TS.Expression, ["TableUnique"], s);
    const cols = u?.strings("columnNames");
    if (u && cols) uniques.push(`CONSTRAINT ${quoteIdent(u.string("name") ?? namingFor("UQ", table, cols))} UNIQUE (${columnList(cols)})`);
  }
  const checks: string[] = [];
  for (const node of arrayNodes(options.get("checks"))) {
    const c = optionsOf(node as TS.Expression, ["TableCheck"], s);
    const expression = c?.string("expression");
    if (c && expression) checks.push(`CONSTRAINT ${quoteIdent(c.string("name") ?? checkName(table, expression))} CHECK (${expression})`);
  }
  const foreignKeys: string[] = [];
  if (createForeignKeys) {
    for (const node of arrayNodes(options.get("foreignKeys"))) {
      const fk = readForeignKey(node as TS.Expression, table, s);
      if (fk) foreignKeys.push(foreignKeySql(fk));
    }
  }
  const primary = columns.filter((c) => c.isPrimary).map((c) => c.name);
  if (primary.length > 0) parts.push(`CONSTRAINT ${quoteIdent(namingFor("PK", table, primary))} PRIMARY KEY (${columnList(primary)})`);
  const sql = [
    ...columns.flatMap((c) => enumSql(table, c)),
    `CREATE TABLE ${ifNotExists ? "IF NOT EXISTS " : ""}${quoteName(table)} (${[...parts, ...uniques, ...checks, ...foreignKeys].join(", ")})`,
  ];
  if (createIndices) {
    for (const node of arrayNodes(options.get("indices"))) {
      const index = readIndex(node as TS.Expression, table, s);
      if (index) sql.push(createIndexSql(table, index));
    }
  }
  emit(s, sql, undefined, columnSites);
}

// ---- QueryBuilder data changes ------------------------------------------------------------

/**
 * `queryRunner.manager.createQueryBuilder().update('users').set({...}).where('...').execute()` on a
 * table name (not an entity class, which is app code) is a data change like its SQL.
 */
function queryBuilder(chain: HandleChain, x: Extractor): boolean {
  const names = chain.links.map((l) => l.name);
  if (!names.includes("execute")) return true;
  const link = (name: string) => chain.links.find((l) => l.name === name);
  const where = link("where");
  const whereSql = where ? staticString(x.value(where.args[0])) : undefined;
  const whereClause = whereSql ? ` WHERE ${whereSql.replace(/:\.\.\.(\w+)|:(\w+)/g, "$$1")}` : "";
  const target = (name: string, arg = 0) => {
    const l = link(name);
    return l ? staticString(x.value(l.args[arg])) : undefined;
  };
  const site = { site: chain.outer };
  if (names.includes("update")) {
    const table = target("update");
    if (!table) return true;
    x.builder(updateSql(table, x.value(link("set")?.args[0]), whereClause), site);
  } else if (names.includes("delete")) {
    const table = target("from");
    if (table) x.builder(`DELETE FROM ${quoteName(table)}${whereClause}`, site);
  } else if (names.includes("insert")) {
    const table = target("into");
    if (table) x.builder(insertSql(table, x.value(link("values")?.args[0])), site);
  }
  return true;
}

// ---- helpers ------------------------------------------------------------------------------

function emit(s: Site, sql: string | string[], adjust?: (ops: Operation[]) => void, columnSites?: Map<string, TS.Node>): void {
  s.x.builder(sql, { site: s.chain.outer, ...(adjust ? { adjust } : {}), ...(columnSites ? { columnSites } : {}) });
}

/** The options object of `new Table({...})`, `new TableColumn({...})`, or a plain object. */
function optionsOf(expression: TS.Expression | undefined, classes: readonly string[], s: Site): Options | undefined {
  if (!expression) return void s.x.report(s.call, "an argument is missing");
  const ts = s.x.ts;
  const resolved = s.x.evaluator.resolve(expression);
  const inner = constructed(ts, resolved, classes) ?? resolved;
  const value = s.x.value(inner);
  if (value?.kind !== "object") {
    s.x.report(expression, whyDynamic(value, `\`${compactText(s, expression)}\``));
    return undefined;
  }
  return new Options(value);
}

function resolveObject(expression: TS.Expression, s: Site): TS.Node | undefined {
  return s.x.evaluator.resolve(expression);
}

/** A table argument: a name, a `Table` object, or `await queryRunner.getTable('name')`. */
function tableName(expression: TS.Expression | undefined, s: Site): string | undefined {
  if (!expression) return void s.x.report(s.call, "the table is missing");
  const ts = s.x.ts;
  const value = s.x.value(expression);
  const named = staticString(value);
  if (named !== undefined) return named;
  const resolved = skipOuter(ts, s.x.evaluator.resolve(expression));
  if (ts.isCallExpression(resolved) && ts.isPropertyAccessExpression(resolved.expression) && resolved.expression.name.text === "getTable") {
    const table = staticString(s.x.value(resolved.arguments[0]));
    if (table !== undefined) return table;
  }
  const tableOptions = constructed(ts, resolved, ["Table"]);
  if (tableOptions) {
    const name = new Options(s.x.value(tableOptions)).string("name");
    if (name) return name;
  }
  s.x.report(expression, whyDynamic(value, "the table name"));
  return undefined;
}

function name(expression: TS.Expression | undefined, s: Site, what: string): string | undefined {
  const value = s.x.value(expression);
  const named = staticString(value);
  if (named === undefined) s.x.report(expression ?? s.call, whyDynamic(value, what));
  return named;
}

/** A column argument: a name or a `TableColumn`. */
function columnName(expression: TS.Expression | undefined, s: Site): string | undefined {
  const value = s.x.value(expression);
  const named = staticString(value);
  if (named !== undefined) return named;
  const column = readColumn(expression, s);
  return column?.name;
}

function list(expression: TS.Expression | undefined, s: Site, what: string): TS.Expression[] | undefined {
  const value = s.x.value(expression);
  if (value?.kind === "array") return value.items.map((i) => i.node as TS.Expression);
  s.x.report(expression ?? s.call, whyDynamic(value, what));
  return undefined;
}

function arrayNodes(value: StaticValue | undefined): TS.Node[] {
  return value?.kind === "array" ? value.items.map((i) => i.node) : [];
}

function compactText(s: Site, node: TS.Node): string {
  const text = s.x.text(node).replace(/\s+/g, " ");
  return text.length > 50 ? `${text.slice(0, 49)}…` : text;
}

function bare(table: string): string {
  return table.split(".").pop()!;
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** DefaultNamingStrategy: `PK_`/`UQ_`/`FK_` + 27 hex characters of sha1("table_col1_col2"), columns sorted. */
function namingFor(prefix: "PK" | "UQ" | "FK", table: string, columns: readonly string[]): string {
  const key = `${bare(table).replace(".", "_")}_${[...columns].sort().join("_")}`;
  return `${prefix}_${sha1(key).slice(0, 27)}`;
}

function indexName(table: string, columns: readonly string[], where?: string): string {
  let key = `${bare(table).replace(".", "_")}_${[...columns].sort().join("_")}`;
  if (where) key += `_${where}`;
  return `IDX_${sha1(key).slice(0, 26)}`;
}

function checkName(table: string, expression: string): string {
  return `CHK_${sha1(`${bare(table).replace(".", "_")}_${expression}`).slice(0, 26)}`;
}
