const SERIAL_TYPES = {
  serial: "int4",
  serial4: "int4",
  bigserial: "int8",
  serial8: "int8",
  smallserial: "int2",
  serial2: "int2"
};
class DatabaseModel {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  tableMap = /* @__PURE__ */ new Map();
  indexMap = /* @__PURE__ */ new Map();
  /** Names of this model's own index entries, by table. */
  indexNamesByTable = /* @__PURE__ */ new Map();
  enumMap = /* @__PURE__ */ new Map();
  table(name) {
    const own = this.tableMap.get(name);
    if (own !== void 0) return own ?? void 0;
    return this.parent?.table(name);
  }
  index(name) {
    const own = this.indexMap.get(name);
    if (own !== void 0) return own ?? void 0;
    return this.parent?.index(name);
  }
  enumType(name) {
    const own = this.enumMap.get(name);
    if (own !== void 0) return own ?? void 0;
    return this.parent?.enumType(name);
  }
  tables() {
    const result = /* @__PURE__ */ new Map();
    for (const t of this.parent?.tables() ?? []) result.set(t.name, t);
    for (const [name, t] of this.tableMap) {
      if (t) result.set(name, t);
      else result.delete(name);
    }
    return [...result.values()];
  }
  indexes() {
    const result = /* @__PURE__ */ new Map();
    for (const i of this.parent?.indexes() ?? []) result.set(i.name, i);
    for (const [name, i] of this.indexMap) {
      if (i) result.set(name, i);
      else result.delete(name);
    }
    return [...result.values()];
  }
  indexesOf(table) {
    const result = [];
    for (const i of this.parent?.indexesOf(table) ?? []) if (!this.indexMap.has(i.name)) result.push(i);
    for (const name of this.indexNamesByTable.get(table) ?? []) {
      const own = this.indexMap.get(name);
      if (own) result.push(own);
    }
    return result;
  }
  /** A frozen copy of this overlay's changes on the same parent. */
  snapshot() {
    const copy = new DatabaseModel(this.parent);
    for (const [k, v] of this.tableMap) copy.tableMap.set(k, v);
    for (const [k, v] of this.indexMap) copy.setIndex(k, v);
    for (const [k, v] of this.enumMap) copy.enumMap.set(k, v);
    return copy;
  }
  apply(op, ctx) {
    if (op.direction !== "up") return;
    const origin = { createdIn: ctx.migration, createdInChangeSet: ctx.inChangeSet };
    switch (op.kind) {
      case "create-table":
        return this.createTable(op.table, op.columns, op.constraints, op.ifNotExists, origin, op.partitionOf);
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
          t.columns.set(op.newName, { ...col ?? unknownColumn(op.newName), name: op.newName });
          for (const [name, c] of t.constraints) {
            if (c.columns.includes(op.column) || c.notNullColumn === op.column) {
              t.constraints.set(name, {
                ...c,
                columns: c.columns.map((x) => x === op.column ? op.newName : x),
                ...c.notNullColumn === op.column ? { notNullColumn: op.newName } : {}
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
        if (!e.values.includes(op.value)) this.enumMap.set(op.type, { ...e, values: [...e.values, op.value] });
        return;
      }
      case "rename-enum-value": {
        const e = this.enumType(op.type);
        if (e) this.enumMap.set(op.type, { ...e, values: e.values.map((v) => v === op.value ? op.newValue : v) });
        return;
      }
      default:
        return;
    }
  }
  createTable(name, columns, constraints, ifNotExists, origin, partitionOf) {
    if (ifNotExists && this.table(name)) return;
    const table = { name, columns: /* @__PURE__ */ new Map(), constraints: /* @__PURE__ */ new Map(), origin };
    const parent = partitionOf ? this.table(partitionOf) : void 0;
    if (parent) for (const [k, v] of parent.columns) table.columns.set(k, v);
    for (const spec of columns) addColumnTo(table, spec, (c) => this.noteConstraintIndex(name, c, origin));
    for (const c of constraints) {
      table.constraints.set(c.name, constraintState(c, true));
      if (c.type === "primary-key" || c.type === "not-null") for (const col of c.columns) setNotNull(table, col);
      this.noteConstraintIndex(name, c, origin);
    }
    this.tableMap.set(name, freeze(table));
  }
  dropTable(name) {
    this.tableMap.set(name, null);
    for (const i of this.indexesOf(name)) this.setIndex(i.name, null);
  }
  renameTable(from, to, inChangeSet) {
    const t = this.table(from) ?? placeholderTable(from);
    this.tableMap.set(from, null);
    const renamedInProduction = inChangeSet && !t.origin.createdInChangeSet;
    const origin = renamedInProduction ? { ...t.origin, productionName: t.origin.productionName ?? from } : t.origin;
    this.tableMap.set(to, { ...t, name: to, origin });
    for (const idx of this.indexesOf(from)) this.setIndex(idx.name, { ...idx, table: to });
  }
  addColumn(tableName, spec, ifNotExists) {
    if (ifNotExists && this.table(tableName)?.columns.has(spec.name)) return;
    this.updateTable(tableName, (t) => {
      const origin = t.origin;
      addColumnTo(t, spec, (c) => this.noteConstraintIndex(tableName, c, origin));
    });
  }
  addConstraint(tableName, c, origin) {
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
  noteConstraintIndex(table, c, origin) {
    if (c.type !== "unique" && c.type !== "primary-key") return;
    this.setIndex(c.name, { name: c.name, table, unique: true, columns: c.columns, origin });
  }
  updateTable(name, change) {
    const own = this.tableMap.get(name);
    if (!this.parent && own) {
      change(own);
      return;
    }
    const current = this.table(name) ?? placeholderTable(name);
    const copy = {
      name: current.name,
      columns: new Map(current.columns),
      constraints: new Map(current.constraints),
      origin: current.origin
    };
    change(copy);
    this.tableMap.set(name, freeze(copy));
  }
  updateColumn(table, column, change) {
    this.updateTable(table, (t) => {
      t.columns.set(column, change(t.columns.get(column) ?? unknownColumn(column)));
    });
  }
  /**
   * Sets (or, with null, hides) an index in this model. The root model, which has nothing to hide,
   * deletes instead of leaving a marker.
   */
  setIndex(name, value) {
    const previous = this.indexMap.get(name);
    if (previous) this.indexNamesByTable.get(previous.table)?.delete(name);
    if (value === null && !this.parent) {
      this.indexMap.delete(name);
      return;
    }
    this.indexMap.set(name, value);
    if (value) {
      const names = this.indexNamesByTable.get(value.table) ?? /* @__PURE__ */ new Set();
      names.add(name);
      this.indexNamesByTable.set(value.table, names);
    }
  }
}
function freeze(t) {
  return t;
}
function placeholderTable(name) {
  return { name, columns: /* @__PURE__ */ new Map(), constraints: /* @__PURE__ */ new Map(), origin: { createdInChangeSet: false } };
}
function unknownColumn(name) {
  return { name, notNull: false, serial: false, generated: false };
}
function columnType(type) {
  const serialBase = SERIAL_TYPES[type.name];
  if (!serialBase) return { type, serial: false };
  return { type: { ...type, name: serialBase, display: serialBase }, serial: true };
}
function addColumnTo(table, spec, onConstraint) {
  const typeInfo = spec.type ? columnType(spec.type) : { serial: false };
  const column = {
    name: spec.name,
    notNull: spec.notNull || spec.primaryKey,
    serial: typeInfo.serial,
    generated: spec.generated !== void 0,
    ...typeInfo.type ? { type: typeInfo.type } : {},
    ...spec.default ? { default: spec.default } : {},
    ...spec.identity ? { identity: spec.identity } : {}
  };
  table.columns.set(spec.name, column);
  for (const c of inlineConstraints(table.name, spec)) {
    table.constraints.set(c.name, constraintState(c, true));
    onConstraint(c);
  }
}
function inlineConstraints(table, spec) {
  const result = [...spec.checks];
  const base = { columns: [spec.name], notValid: false, generatedName: true };
  if (spec.primaryKey) result.push({ ...base, name: defaultConstraintName(table, [], "pkey"), type: "primary-key" });
  if (spec.unique) result.push({ ...base, name: defaultConstraintName(table, [spec.name], "key"), type: "unique" });
  if (spec.references) {
    result.push({
      ...base,
      name: defaultConstraintName(table, [spec.name], "fkey"),
      type: "foreign-key",
      references: spec.references
    });
  }
  return result;
}
function constraintState(c, validated) {
  return {
    name: c.name,
    type: c.type,
    columns: c.columns,
    validated,
    ...c.notNullColumn ? { notNullColumn: c.notNullColumn } : {},
    ...c.references ? { references: c.references } : {}
  };
}
function setNotNull(table, column) {
  const col = table.columns.get(column) ?? unknownColumn(column);
  table.columns.set(column, { ...col, notNull: true });
}
function defaultConstraintName(table, columns, suffix) {
  const bareTable = table.includes(".") ? table.slice(table.indexOf(".") + 1) : table;
  const parts = [bareTable, ...columns].join("_");
  const max = 63 - suffix.length - 1;
  return `${parts.length > max ? parts.slice(0, max) : parts}_${suffix}`;
}

export { DatabaseModel as D, defaultConstraintName as d };
