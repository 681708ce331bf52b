import type { ColumnSpec, ConstraintSpec, ConstraintType, ForeignKeyTarget, Operation } from "./operations.js";
import { SharedMap, type WritableMap } from "./shared-map.js";
import type { TypeSpec, ValueExpr, Volatility } from "./sql-values.js";

/**
 * Where a table, index or type came from. Rules treat anything not created in the change set as
 * existing in production, including objects the history never showed being created.
 */
export interface Origin {
  /** The migration that created it, when the history shows it. */
  createdIn?: string;
  /** Created by a migration of the change set: production has not got it yet, so nothing can be locked. */
  createdInChangeSet: boolean;
  /** The name production knows a table by, when a migration of the change set renamed it. */
  productionName?: string;
}

export interface ColumnState {
  name: string;
  type?: TypeSpec;
  notNull: boolean;
  default?: ValueExpr;
  identity?: "always" | "by-default";
  /** Declared `serial`/`bigserial`/`smallserial`: an integer with a sequence default. */
  serial: boolean;
  generated: boolean;
}

export interface ConstraintState {
  name: string;
  type: ConstraintType;
  columns: string[];
  /** False for a constraint added `NOT VALID` and not validated since. */
  validated: boolean;
  notNullColumn?: string;
  references?: ForeignKeyTarget;
}

export interface TableState {
  name: string;
  columns: ReadonlyMap<string, ColumnState>;
  constraints: ReadonlyMap<string, ConstraintState>;
  origin: Origin;
  /** Created with `PARTITION BY`: its rows and its indexes' entries live in its partitions. */
  partitioned?: boolean;
}

export interface IndexState {
  name: string;
  table: string;
  unique: boolean;
  columns: string[];
  origin: Origin;
}

export interface FunctionState {
  name: string;
  /** As declared; VOLATILE (Postgres's default) when the CREATE FUNCTION says nothing. */
  volatility: Volatility;
  /** Whether CREATE FUNCTION named the volatility. */
  declared: boolean;
  origin: Origin;
}

export interface EnumState {
  name: string;
  values: string[];
  origin: Origin;
}

/** The database as the migrations so far leave it. Read-only for rules. */
export interface DatabaseState {
  table(name: string): TableState | undefined;
  index(name: string): IndexState | undefined;
  enumType(name: string): EnumState | undefined;
  /**
   * A function the migrations created (CREATE [OR REPLACE] FUNCTION), by its name as a default
   * calls it (lower-cased, without schema). Optional: a state without it knows no functions.
   */
  userFunction?(name: string): FunctionState | undefined;
  tables(): TableState[];
  /** Every index, including those that unique and primary-key constraints own. */
  indexes(): IndexState[];
  /** The indexes of one table (cheaper than filtering `indexes()`). */
  indexesOf(table: string): IndexState[];
}

/** The entries an overlay sets (a value) or hides (null). */
export interface OwnChanges {
  tables: ReadonlyMap<string, TableState | null>;
  indexes: ReadonlyMap<string, IndexState | null>;
  enums: ReadonlyMap<string, EnumState | null>;
}

/** Where an operation being applied comes from. */
export interface ApplyContext {
  migration: string;
  inChangeSet: boolean;
}

const SERIAL_TYPES: Record<string, string> = {
  serial: "int4",
  serial4: "int4",
  bigserial: "int8",
  serial8: "int8",
  smallserial: "int2",
  serial2: "int2",
};

/**
 * A mutable database model that operations are folded into. With a parent it is an overlay: it
 * records only what changed and reads everything else through, which keeps per-operation snapshots
 * of a migration cheap.
 */
export class DatabaseModel implements DatabaseState {
  private readonly tableMap = new Map<string, TableState | null>();
  private readonly indexMap = new Map<string, IndexState | null>();
  /** Names of this model's own index entries, by table. */
  private readonly indexNamesByTable = new Map<string, Set<string>>();
  private readonly enumMap = new Map<string, EnumState | null>();
  private readonly functionMap = new Map<string, FunctionState | null>();

  constructor(private readonly parent?: DatabaseState) {}

  table(name: string): TableState | undefined {
    const own = this.tableMap.get(name);
    if (own !== undefined) return own ?? undefined;
    return this.parent?.table(name);
  }

  index(name: string): IndexState | undefined {
    const own = this.indexMap.get(name);
    if (own !== undefined) return own ?? undefined;
    return this.parent?.index(name);
  }

  enumType(name: string): EnumState | undefined {
    const own = this.enumMap.get(name);
    if (own !== undefined) return own ?? undefined;
    return this.parent?.enumType(name);
  }

  userFunction(name: string): FunctionState | undefined {
    const own = this.functionMap.get(name);
    if (own !== undefined) return own ?? undefined;
    return this.parent?.userFunction?.(name);
  }

  tables(): TableState[] {
    const result = new Map<string, TableState>();
    for (const t of this.parent?.tables() ?? []) result.set(t.name, t);
    for (const [name, t] of this.tableMap) {
      if (t) result.set(name, t);
      else result.delete(name);
    }
    return [...result.values()];
  }

  indexes(): IndexState[] {
    const result = new Map<string, IndexState>();
    for (const i of this.parent?.indexes() ?? []) result.set(i.name, i);
    for (const [name, i] of this.indexMap) {
      if (i) result.set(name, i);
      else result.delete(name);
    }
    return [...result.values()];
  }

  indexesOf(table: string): IndexState[] {
    const result: IndexState[] = [];
    for (const i of this.parent?.indexesOf(table) ?? []) if (!this.indexMap.has(i.name)) result.push(i);
    for (const name of this.indexNamesByTable.get(table) ?? []) {
      const own = this.indexMap.get(name);
      if (own) result.push(own);
    }
    return result;
  }

  /** What this overlay itself holds: each entry set to a value, or hidden (null). */
  ownChanges(): OwnChanges {
    return { tables: this.tableMap, indexes: this.indexMap, enums: this.enumMap };
  }

  apply(op: Operation, ctx: ApplyContext): void {
    if (op.direction !== "up") return;
    const origin: Origin = { createdIn: ctx.migration, createdInChangeSet: ctx.inChangeSet };
    switch (op.kind) {
      case "create-table":
        return this.createTable(op.table, op.columns, op.constraints, op.ifNotExists, origin, op.partitionOf, op.partitioned === true);
      case "drop-table":
        return this.dropTable(op.table);
      case "rename-table":
        return this.renameTable(op.table, op.newName, ctx.inChangeSet);
      case "add-column":
        return this.addColumn(op.table, op.column, op.ifNotExists);
      case "drop-column":
        return this.updateTable(op.table, (t) => {
          t.columns.delete(op.column);
          for (const [name, c] of t.constraints) if (c.columns.includes(op.column)) t.constraints.delete(name);
          for (const i of this.indexesOf(op.table)) if (i.columns.includes(op.column)) this.setIndex(i.name, null);
        });
      case "rename-column":
        return this.updateTable(op.table, (t) => {
          const col = t.columns.get(op.column);
          t.columns.delete(op.column);
          t.columns.set(op.newName, { ...(col ?? unknownColumn(op.newName)), name: op.newName });
          for (const [name, c] of t.constraints) {
            if (c.columns.includes(op.column) || c.notNullColumn === op.column) {
              t.constraints.set(name, {
                ...c,
                columns: c.columns.map((x) => (x === op.column ? op.newName : x)),
                ...(c.notNullColumn === op.column ? { notNullColumn: op.newName } : {}),
              });
            }
          }
        });
      case "alter-column-type":
        return this.updateColumn(op.table, op.column, (c) => ({ ...c, ...columnType(op.type) }));
      case "set-not-null":
        return this.updateColumn(op.table, op.column, (c) => ({ ...c, notNull: true }));
      case "drop-not-null":
        return this.updateColumn(op.table, op.column, (c) => ({ ...c, notNull: false }));
      case "set-default":
        return this.updateColumn(op.table, op.column, (c) => ({ ...c, default: op.default }));
      case "drop-default":
        return this.updateColumn(op.table, op.column, (c) => {
          const { default: _dropped, ...rest } = c;
          return rest;
        });
      case "add-constraint":
        return this.addConstraint(op.table, op.constraint, origin);
      case "drop-constraint":
        return this.updateTable(op.table, (t) => {
          t.constraints.delete(op.name);
          if (this.index(op.name)) this.setIndex(op.name, null);
        });
      case "validate-constraint":
        return this.updateTable(op.table, (t) => {
          const c = t.constraints.get(op.name);
          if (c) t.constraints.set(op.name, { ...c, validated: true });
          if (c?.type === "not-null" && c.columns[0]) setNotNull(t, c.columns[0]);
        });
      case "rename-constraint":
        return this.updateTable(op.table, (t) => {
          const c = t.constraints.get(op.name);
          if (!c) return;
          t.constraints.delete(op.name);
          t.constraints.set(op.newName, { ...c, name: op.newName });
        });
      case "create-index":
        if (op.ifNotExists && this.index(op.name)) return;
        this.setIndex(op.name, { name: op.name, table: op.table, unique: op.unique, columns: op.columns, origin });
        return;
      case "drop-index":
        this.setIndex(op.index, null);
        return;
      case "rename-index": {
        const idx = this.index(op.index);
        this.setIndex(op.index, null);
        if (idx) this.setIndex(op.newName, { ...idx, name: op.newName });
        return;
      }
      case "create-enum":
        this.enumMap.set(op.type, { name: op.type, values: [...op.values], origin });
        return;
      case "add-enum-value": {
        const e = this.enumType(op.type) ?? { name: op.type, values: [], origin: { createdInChangeSet: false } };
        const added = withValue(e, op.value);
        if (added) this.enumMap.set(op.type, added);
        return;
      }
      case "rename-enum-value": {
        const e = this.enumType(op.type);
        if (e) this.enumMap.set(op.type, { ...e, values: e.values.map((v) => (v === op.value ? op.newValue : v)) });
        return;
      }
      case "other":
        if (op.definesFunction) this.functionMap.set(op.definesFunction.name, { ...op.definesFunction, origin });
        for (const name of op.dropsFunctions ?? []) this.functionMap.set(name, null);
        return;
      default:
        return;
    }
  }

  private createTable(
    name: string,
    columns: ColumnSpec[],
    constraints: ConstraintSpec[],
    ifNotExists: boolean,
    origin: Origin,
    partitionOf?: string,
    partitioned = false,
  ): void {
    if (ifNotExists && this.table(name)) return;
    const table: MutableTable = { name, columns: new Map(), constraints: new Map(), origin, ...(partitioned ? { partitioned } : {}) };
    const parent = partitionOf ? this.table(partitionOf) : undefined;
    if (parent) for (const [k, v] of parent.columns) table.columns.set(k, v);
    for (const spec of columns) addColumnTo(table, spec, (c) => this.noteConstraintIndex(name, c, origin));
    for (const c of constraints) {
      table.constraints.set(c.name, constraintState(c, true));
      if (c.type === "primary-key" || c.type === "not-null") for (const col of c.columns) setNotNull(table, col);
      this.noteConstraintIndex(name, c, origin);
    }
    this.tableMap.set(name, freeze(table));
  }

  private dropTable(name: string): void {
    this.tableMap.set(name, null);
    for (const i of this.indexesOf(name)) this.setIndex(i.name, null);
  }

  private renameTable(from: string, to: string, inChangeSet: boolean): void {
    const t = this.table(from) ?? placeholderTable(from);
    this.tableMap.set(from, null);
    const renamedInProduction = inChangeSet && !t.origin.createdInChangeSet;
    const origin = renamedInProduction ? { ...t.origin, productionName: t.origin.productionName ?? from } : t.origin;
    this.tableMap.set(to, { ...t, name: to, origin });
    for (const idx of this.indexesOf(from)) this.setIndex(idx.name, { ...idx, table: to });
  }

  private addColumn(tableName: string, spec: ColumnSpec, ifNotExists: boolean): void {
    if (ifNotExists && this.table(tableName)?.columns.has(spec.name)) return;
    this.updateTable(tableName, (t) => {
      const origin = t.origin;
      addColumnTo(t, spec, (c) => this.noteConstraintIndex(tableName, c, origin));
    });
  }

  private addConstraint(tableName: string, c: ConstraintSpec, origin: Origin): void {
    this.updateTable(tableName, (t) => {
      t.constraints.set(c.name, constraintState(c, !c.notValid));
      if ((c.type === "primary-key" || c.type === "not-null") && !c.notValid) {
        for (const col of c.columns) setNotNull(t, col);
      }
      if (c.usingIndex) this.setIndex(c.usingIndex, null);
      this.noteConstraintIndex(tableName, c, origin);
    });
  }

  /** Unique and primary-key constraints own an index of the same name. */
  private noteConstraintIndex(table: string, c: ConstraintSpec, origin: Origin): void {
    if (c.type !== "unique" && c.type !== "primary-key") return;
    this.setIndex(c.name, { name: c.name, table, unique: true, columns: c.columns, origin });
  }

  private updateTable(name: string, change: (t: MutableTable) => void): void {
    const own = this.tableMap.get(name);
    if (!this.parent && own) {
      // The root model (the folded history) owns its tables, and nothing reads them while it
      // folds: change them in place. Overlays copy on write, so earlier snapshots stay intact.
      change(own as MutableTable);
      return;
    }
    const current = this.table(name) ?? placeholderTable(name);
    // An overlay's version of a table shares its maps with the version it changes (an overlay per
    // operation would otherwise copy every column per statement); the root keeps plain maps it owns.
    const derive = this.parent ? SharedMap.derive : <K, V>(m: ReadonlyMap<K, V>) => new Map(m);
    const copy: MutableTable = {
      name: current.name,
      columns: derive(current.columns),
      constraints: derive(current.constraints),
      origin: current.origin,
      ...(current.partitioned ? { partitioned: true } : {}),
    };
    change(copy);
    this.tableMap.set(name, freeze(copy));
  }

  private updateColumn(table: string, column: string, change: (c: ColumnState) => ColumnState): void {
    this.updateTable(table, (t) => {
      t.columns.set(column, change(t.columns.get(column) ?? unknownColumn(column)));
    });
  }

  /**
   * Sets (or, with null, hides) an index in this model. The root model, which has nothing to hide,
   * deletes instead of leaving a marker.
   */
  private setIndex(name: string, value: IndexState | null): void {
    const previous = this.indexMap.get(name);
    if (previous) this.indexNamesByTable.get(previous.table)?.delete(name);
    if (value === null && !this.parent) {
      this.indexMap.delete(name);
      return;
    }
    this.indexMap.set(name, value);
    if (value) {
      const names = this.indexNamesByTable.get(value.table) ?? new Set<string>();
      names.add(name);
      this.indexNamesByTable.set(value.table, names);
    }
  }
}

interface MutableTable {
  name: string;
  columns: WritableMap<string, ColumnState>;
  constraints: WritableMap<string, ConstraintState>;
  origin: Origin;
  partitioned?: boolean;
}

function freeze(t: MutableTable): TableState {
  return t;
}

/**
 * Enum versions that share one array of values: each sees its first `length` entries. A value
 * added per statement would otherwise copy the whole list each time (memory growing with the
 * square of the statements, since the state before every operation is kept).
 */
const sharedValues = new WeakMap<EnumState, { all: string[]; length: number }>();

/** `e` with `value` appended, or undefined when it already has it. */
function withValue(e: EnumState, value: string): EnumState | undefined {
  const shared = sharedValues.get(e);
  const length = shared ? shared.length : e.values.length;
  const seen = shared ? shared.all : e.values;
  for (let i = 0; i < length; i++) if (seen[i] === value) return undefined;
  // Append in place only to the newest version of the list; anything else gets its own copy.
  const all = shared && shared.all.length === length ? shared.all : seen.slice(0, length);
  all.push(value);
  const next = { name: e.name, origin: e.origin } as EnumState;
  // Enumerable like a plain property, so spreading or serializing a state still shows the values.
  Object.defineProperty(next, "values", { enumerable: true, configurable: true, get: () => all.slice(0, length + 1) });
  sharedValues.set(next, { all, length: length + 1 });
  return next;
}

/** A table the history never showed being created: it exists in production as far as we know. */
function placeholderTable(name: string): MutableTable {
  return { name, columns: new Map(), constraints: new Map(), origin: { createdInChangeSet: false } };
}

function unknownColumn(name: string): ColumnState {
  return { name, notNull: false, serial: false, generated: false };
}

function columnType(type: TypeSpec): Pick<ColumnState, "type" | "serial"> {
  const serialBase = SERIAL_TYPES[type.name];
  if (!serialBase) return { type, serial: false };
  return { type: { ...type, name: serialBase, display: serialBase }, serial: true };
}

function addColumnTo(table: MutableTable, spec: ColumnSpec, onConstraint: (c: ConstraintSpec) => void): void {
  const typeInfo = spec.type ? columnType(spec.type) : { serial: false };
  const column: ColumnState = {
    name: spec.name,
    notNull: spec.notNull || spec.primaryKey,
    serial: typeInfo.serial,
    generated: spec.generated !== undefined,
    ...(typeInfo.type ? { type: typeInfo.type } : {}),
    ...(spec.default ? { default: spec.default } : {}),
    ...(spec.identity ? { identity: spec.identity } : {}),
  };
  table.columns.set(spec.name, column);
  for (const c of inlineConstraints(table.name, spec)) {
    table.constraints.set(c.name, constraintState(c, true));
    onConstraint(c);
  }
}

/** The constraints a column definition declares inline, named the way Postgres names them. */
export function inlineConstraints(table: string, spec: ColumnSpec): ConstraintSpec[] {
  const result: ConstraintSpec[] = [...spec.checks];
  const base = { columns: [spec.name], notValid: false, generatedName: true };
  if (spec.primaryKey) result.push({ ...base, name: defaultConstraintName(table, [], "pkey"), type: "primary-key" });
  if (spec.unique) result.push({ ...base, name: defaultConstraintName(table, [spec.name], "key"), type: "unique" });
  if (spec.references) {
    result.push({
      ...base,
      name: defaultConstraintName(table, [spec.name], "fkey"),
      type: "foreign-key",
      references: spec.references,
    });
  }
  return result;
}

function constraintState(c: ConstraintSpec, validated: boolean): ConstraintState {
  return {
    name: c.name,
    type: c.type,
    columns: c.columns,
    validated,
    ...(c.notNullColumn ? { notNullColumn: c.notNullColumn } : {}),
    ...(c.references ? { references: c.references } : {}),
  };
}

function setNotNull(table: MutableTable, column: string): void {
  const col = table.columns.get(column) ?? unknownColumn(column);
  table.columns.set(column, { ...col, notNull: true });
}

/**
 * Postgres's generated name for a constraint or index: `table_col1_col2_suffix`, truncated to
 * 63 bytes the way Postgres truncates it (the table and column parts shortened, the suffix kept).
 */
export function defaultConstraintName(table: string, columns: string[], suffix: string): string {
  const bareTable = table.includes(".") ? table.slice(table.indexOf(".") + 1) : table;
  const parts = [bareTable, ...columns].join("_");
  const max = 63 - suffix.length - 1;
  return `${parts.length > max ? parts.slice(0, max) : parts}_${suffix}`;
}
