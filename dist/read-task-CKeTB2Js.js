import { readFileSync } from 'node:fs';
import path from 'node:path';
import PgQueryModule from './libpg-query.cjs';

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
  /** A frozen copy of this overlay's changes on the same parent. */
  snapshot() {
    const copy = new DatabaseModel(this.parent);
    for (const [k, v] of this.tableMap) copy.tableMap.set(k, v);
    for (const [k, v] of this.indexMap) copy.indexMap.set(k, v);
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
        return this.renameTable(op.table, op.newName);
      case "add-column":
        return this.addColumn(op.table, op.column, op.ifNotExists);
      case "drop-column":
        return this.updateTable(op.table, (t) => {
          t.columns.delete(op.column);
          for (const [name, c] of t.constraints) if (c.columns.includes(op.column)) t.constraints.delete(name);
          this.dropIndexesWhere((i) => i.table === op.table && i.columns.includes(op.column));
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
          this.dropIndexesWhere((i) => i.name === op.name);
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
        this.indexMap.set(op.name, { name: op.name, table: op.table, unique: op.unique, columns: op.columns, origin });
        return;
      case "drop-index":
        this.indexMap.set(op.index, null);
        return;
      case "rename-index": {
        const idx = this.index(op.index);
        this.indexMap.set(op.index, null);
        if (idx) this.indexMap.set(op.newName, { ...idx, name: op.newName });
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
    this.dropIndexesWhere((i) => i.table === name);
  }
  renameTable(from, to) {
    const t = this.table(from);
    this.tableMap.set(from, null);
    this.tableMap.set(to, { ...t ?? placeholderTable(to), name: to });
    for (const idx of this.indexes()) {
      if (idx.table === from) this.indexMap.set(idx.name, { ...idx, table: to });
    }
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
      if (c.usingIndex) this.indexMap.set(c.usingIndex, null);
      this.noteConstraintIndex(tableName, c, origin);
    });
  }
  /** Unique and primary-key constraints own an index of the same name. */
  noteConstraintIndex(table, c, origin) {
    if (c.type !== "unique" && c.type !== "primary-key") return;
    this.indexMap.set(c.name, { name: c.name, table, unique: true, columns: c.columns, origin });
  }
  updateTable(name, change) {
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
  dropIndexesWhere(test) {
    for (const idx of this.indexes()) if (test(idx)) this.indexMap.set(idx.name, null);
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

const IGNORED_DIRECTORIES = ["node_modules", ".git", "dist", "build", "coverage", "vendor", ".next", ".turbo", "target", "out"];
const MIGRATION_DIR_NAMES = /* @__PURE__ */ new Set(["migrations", "migration", "migrate", "drizzle"]);
const NOT_A_MIGRATION = [/\.down\.sql$/i, /(^|\/)down\.sql$/i, /(^|\/)seeds?(\/|\.sql$)/i, /(^|\/)meta\//];
function isConventionalSqlMigration(relativePath) {
  if (!relativePath.toLowerCase().endsWith(".sql")) return false;
  if (NOT_A_MIGRATION.some((re) => re.test(relativePath))) return false;
  const dirs = relativePath.split("/").slice(0, -1);
  return dirs.some((d) => MIGRATION_DIR_NAMES.has(d.toLowerCase()));
}
const PER_VERSION_FILE = /^(migration|up)\.sql$/i;
function setMembership(relativePath) {
  const parts = relativePath.split("/");
  const file = parts[parts.length - 1];
  if (PER_VERSION_FILE.test(file) && parts.length >= 3) {
    return { setDir: parts.slice(0, -2).join("/"), versionName: parts[parts.length - 2] };
  }
  return { setDir: parts.slice(0, -1).join("/") || ".", versionName: file };
}
function detectSetTool(setDir, fileNames, hasDrizzleJournal, hasPrismaLock) {
  if (hasPrismaLock || fileNames.some((f) => /\/migration\.sql$/i.test(f))) return "prisma";
  if (hasDrizzleJournal) return "drizzle";
  if (/(^|\/)supabase\/migrations$/.test(setDir)) return "supabase";
  if (fileNames.some((f) => /\.up\.sql$/i.test(f))) return "golang-migrate";
  return "sql";
}
function detectFileTool(setTool, text) {
  if (setTool !== "sql" && setTool !== "golang-migrate") return setTool;
  if (text.includes("--> statement-breakpoint")) return "drizzle";
  if (/^--\s*migrate:up/m.test(text)) return "dbmate";
  if (/^--\s*\+goose\s+up/im.test(text)) return "goose";
  return setTool;
}

/**
 * DO NOT MODIFY MANUALLY — this is generated from the templates dir
 *
 * To make changes, edit the files in the templates/ directory and run:
 * npm run copy:templates
 */
class SqlError extends Error {
    sqlDetails;
    constructor(message, details) {
        super(message);
        this.name = 'SqlError';
        this.sqlDetails = details;
    }
}
let wasmModule;
const initPromise = PgQueryModule().then((module) => {
    wasmModule = module;
});
function ensureLoaded() {
    if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
}
async function loadModule() {
    if (!wasmModule) {
        await initPromise;
    }
}
function stringToPtr(str) {
    ensureLoaded();
    if (typeof str !== 'string') {
        throw new TypeError(`Expected a string, got ${typeof str}`);
    }
    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }
    catch (error) {
        wasmModule._free(ptr);
        throw error;
    }
}
function ptrToString(ptr) {
    ensureLoaded();
    if (typeof ptr !== 'number') {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
    }
    return wasmModule.UTF8ToString(ptr);
}
// Sync versions
function parseSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
}
function parsePlPgSQLSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function scanSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}

class LineIndex {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  text;
  starts = [0];
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  get lineCount() {
    return this.starts.length;
  }
  lineText(line) {
    const start = this.starts[line - 1];
    if (start === void 0) return "";
    const end = this.starts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, "");
  }
}
const NON_ASCII = /[^\x00-\x7f]/;
function byteOffsetConverter(text) {
  if (!NON_ASCII.test(text)) return (b) => b;
  const bytes = [0];
  const units = [0];
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    if (cp < 128) {
      byte += 1;
      continue;
    }
    byte += cp < 2048 ? 2 : cp < 65536 ? 3 : 4;
    if (cp >= 65536) i++;
    bytes.push(byte);
    units.push(i + 1);
  }
  return (b) => {
    let lo = 0;
    let hi = bytes.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (bytes[mid] <= b) lo = mid;
      else hi = mid - 1;
    }
    return units[lo] + (b - bytes[lo]);
  };
}
function codePointToUtf16(text, codePoints) {
  let units = 0;
  for (let n = 0; n < codePoints && units < text.length; n++) {
    units += text.codePointAt(units) >= 65536 ? 2 : 1;
  }
  return units;
}

function splitStatements(text) {
  let tokens;
  try {
    tokens = scanTokens(text);
  } catch {
    return splitWithFallbackLexer(text);
  }
  return splitTokens(tokens);
}
function scanTokens(text) {
  const toUnits = byteOffsetConverter(text);
  return scanSync(text).tokens.map((t) => ({
    start: toUnits(t.start),
    end: toUnits(t.end),
    word: t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT" ? "" : t.text.toUpperCase(),
    comment: t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT"
  }));
}
function splitTokens(tokens) {
  const ranges = [];
  const block = new BlockTracker();
  let start = -1;
  let end = -1;
  for (const token of tokens) {
    if (token.comment) continue;
    if (token.word === ";" && block.atTopLevel()) {
      if (start >= 0) ranges.push({ start, end });
      start = -1;
      block.reset();
      continue;
    }
    if (start < 0) start = token.start;
    end = token.end;
    block.see(token.word);
  }
  if (start >= 0) ranges.push({ start, end });
  return ranges;
}
class BlockTracker {
  parens = 0;
  blocks = 0;
  words = 0;
  startedWithCreate = false;
  createsRoutine = false;
  previous = "";
  see(word) {
    this.words++;
    if (word === "(") this.parens++;
    else if (word === ")") this.parens = Math.max(0, this.parens - 1);
    else if (this.words <= 5 && (word === "FUNCTION" || word === "PROCEDURE") && this.startedWithCreate) {
      this.createsRoutine = true;
    } else if (this.createsRoutine) {
      if (word === "ATOMIC" && this.previous === "BEGIN") this.blocks++;
      else if (word === "CASE" && this.blocks > 0) this.blocks++;
      else if (word === "END" && this.blocks > 0) this.blocks--;
    }
    if (this.words === 1) this.startedWithCreate = word === "CREATE";
    this.previous = word;
  }
  atTopLevel() {
    return this.parens === 0 && this.blocks === 0;
  }
  reset() {
    this.parens = 0;
    this.blocks = 0;
    this.words = 0;
    this.createsRoutine = false;
    this.startedWithCreate = false;
    this.previous = "";
  }
}
const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
function splitWithFallbackLexer(text) {
  const tokens = [];
  let i = 0;
  const n = text.length;
  const push = (start, end, word) => tokens.push({ start, end, word, comment: false });
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "-" && next === "-") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (text[j] === "/" && text[j + 1] === "*") depth++, j += 2;
        else if (text[j] === "*" && text[j + 1] === "/") depth--, j += 2;
        else j++;
      }
      i = j;
    } else if (c === "'" || c === '"') {
      const escapes = c === "'" && i > 0 && /[eE]/.test(text[i - 1]) && !IDENT_PART.test(text[i - 2] ?? " ");
      let j = i + 1;
      while (j < n) {
        if (escapes && text[j] === "\\") j += 2;
        else if (text[j] === c && text[j + 1] === c) j += 2;
        else if (text[j] === c) break;
        else j++;
      }
      push(i, Math.min(j + 1, n), "");
      i = j + 1;
    } else if (c === "$" && (i === 0 || !IDENT_PART.test(text[i - 1]))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? n : close + tag[0].length;
        push(i, end, "");
        i = end;
      } else {
        push(i, i + 1, "$");
        i++;
      }
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(text[j])) j++;
      push(i, j, text.slice(i, j).toUpperCase());
      i = j;
    } else {
      push(i, i + 1, c);
      i++;
    }
  }
  return splitTokens(tokens);
}
function topLevelParts(sql) {
  let tokens;
  try {
    tokens = scanTokens(sql);
  } catch {
    return [0];
  }
  const starts = [0];
  let depth = 0;
  let afterComma = false;
  for (const token of tokens) {
    if (token.comment) continue;
    if (afterComma) {
      starts.push(token.start);
      afterComma = false;
    }
    if (token.word === "(" || token.word === "[") depth++;
    else if (token.word === ")" || token.word === "]") depth = Math.max(0, depth - 1);
    else if (token.word === "," && depth === 0) afterComma = true;
  }
  return starts;
}

let loading;
function loadSqlParser() {
  loading ??= loadModule();
  return loading;
}
function parseSql(text) {
  const toUnits = byteOffsetConverter(text);
  try {
    const result = parseSync(text);
    return (result.stmts ?? []).map((raw) => {
      const from = toUnits(raw.stmt_location ?? 0);
      const to = raw.stmt_len ? toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : text.length;
      const node = raw.stmt;
      return {
        start: skipTrivia(text, from),
        end: trimEnd(text, to),
        ast: node,
        nodeType: nodeTypeOf(node),
        offsetOf: (location) => toUnits(location ?? raw.stmt_location ?? 0)
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    return splitStatements(text).flatMap((range) => parseOne(text, range.start, range.end));
  }
}
function parseOne(text, start, end) {
  const chunk = text.slice(start, end);
  const toUnits = byteOffsetConverter(chunk);
  try {
    const stmts = parseSync(chunk).stmts ?? [];
    return stmts.map((raw) => {
      const node = raw.stmt;
      const from = start + toUnits(raw.stmt_location ?? 0);
      return {
        start: skipTrivia(text, from),
        end: raw.stmt_len ? start + toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : end,
        ast: node,
        nodeType: nodeTypeOf(node),
        offsetOf: (location) => start + toUnits(location ?? raw.stmt_location ?? 0)
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    const cursor = error.sqlDetails?.cursorPosition ?? 0;
    return [
      {
        start,
        end,
        error: { message: error.message, offset: start + codePointToUtf16(chunk, cursor) },
        offsetOf: () => start
      }
    ];
  }
}
function attachLazyAst(statement) {
  let cached;
  Object.defineProperty(statement, "ast", {
    configurable: true,
    enumerable: false,
    get() {
      cached ??= parseSync(statement.sql).stmts?.[0]?.stmt;
      return cached;
    }
  });
}
function isPgError(error) {
  return error instanceof Error && error.name === "SqlError";
}
function nodeTypeOf(node) {
  for (const key in node) return key;
  return "Unknown";
}
function skipTrivia(text, from) {
  let i = from;
  for (; ; ) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith("--", i)) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith("/*", i)) {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text.startsWith("/*", i)) depth++, i += 2;
        else if (text.startsWith("*/", i)) depth--, i += 2;
        else i++;
      }
    } else {
      return i;
    }
  }
}
function trimEnd(text, to) {
  let i = to;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

const DIRECTIVE = /(--|\/\/|\/\*|#)\s*migration-guard-ignore(-file)?(?![\w-])(.*)$/;
const COMMENT_ONLY_LINE = /^\s*(--|\/\/|\/\*|\*|#|$)/;
function findSuppressions(text) {
  if (!text.includes("migration-guard-ignore")) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i];
    const match = DIRECTIVE.exec(lineText);
    if (!match) continue;
    const markerIndex = match.index;
    const trailing = lineText.slice(0, markerIndex).trim() !== "";
    const { ruleIds, reason } = parseDirectiveBody(match[3]);
    let targetLine = i + 1;
    if (!trailing) {
      let next = i + 1;
      while (next < lines.length && COMMENT_ONLY_LINE.test(lines[next])) next++;
      targetLine = next < lines.length ? next + 1 : i + 1;
    }
    found.push({
      ruleIds,
      ...reason ? { reason } : {},
      scope: match[2] ? "file" : "statement",
      span: { line: i + 1, column: markerIndex + 1, endLine: i + 1, endColumn: lineText.length + 1 },
      targetLine
    });
  }
  return found;
}
function parseDirectiveBody(body) {
  const cleaned = body.replace(/\*\/\s*$/, "").trim();
  const colon = cleaned.indexOf(":");
  const idsPart = colon >= 0 ? cleaned.slice(0, colon) : cleaned;
  const reason = colon >= 0 ? cleaned.slice(colon + 1).trim() : "";
  const ruleIds = [];
  for (const token of idsPart.split(/[\s,]+/)) {
    if (token === "") continue;
    if (!/^[a-z0-9@][a-z0-9@/_-]*$/i.test(token)) break;
    ruleIds.push(token);
  }
  return reason ? { ruleIds, reason } : { ruleIds };
}

function assignExplicitTransactions(statements, operations) {
  const actions = /* @__PURE__ */ new Map();
  for (const op of operations) {
    if (op.kind === "transaction" && op.statement) actions.set(op.statement, op.action);
  }
  if (![...actions.values()].includes("begin")) return false;
  let next = 0;
  const current = { up: null, down: null };
  for (const statement of statements) {
    const action = actions.get(statement);
    const dir = statement.direction;
    if (action === "begin") current[dir] = next++;
    statement.transaction = current[dir];
    if (action === "commit" || action === "rollback") current[dir] = null;
  }
  syncOperations(operations);
  return true;
}
function assignSingleTransaction(statements, operations, directions = ["up", "down"]) {
  for (const s of statements) if (directions.includes(s.direction)) s.transaction = s.direction === "up" ? 0 : 1;
  for (const op of operations) {
    if (!op.statement && directions.includes(op.direction)) op.transaction = op.direction === "up" ? 0 : 1;
  }
  syncOperations(operations);
}
function syncOperations(operations) {
  for (const op of operations) if (op.statement) op.transaction = op.statement.transaction;
}
function transactionalOf(statements, operations) {
  const up = [
    ...statements.filter((s) => s.direction === "up").map((s) => s.transaction),
    ...operations.filter((o) => o.direction === "up" && !o.statement).map((o) => o.transaction)
  ];
  if (up.length === 0) return false;
  const inside = up.filter((t) => t !== null).length;
  return inside === up.length ? true : inside === 0 ? false : "partial";
}

const PLACEHOLDER = /\{\{[^{}\n]{1,200}\}\}|\$\{[A-Za-z_][\w.:-]{0,100}\}/g;
function substitutePlaceholders(original) {
  if (!original.includes("{{") && !original.includes("${")) return void 0;
  const pieces = [];
  let text = "";
  let last = 0;
  for (const match of original.matchAll(PLACEHOLDER)) {
    pieces.push({ renderedStart: text.length, originalStart: last, replaced: false });
    text += original.slice(last, match.index);
    pieces.push({ renderedStart: text.length, originalStart: match.index, replaced: true });
    text += placeholderName(match[0]);
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return void 0;
  pieces.push({ renderedStart: text.length, originalStart: last, replaced: false });
  text += original.slice(last);
  return {
    text,
    toOriginal(offset) {
      let lo = 0;
      let hi = pieces.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (pieces[mid].renderedStart <= offset) lo = mid;
        else hi = mid - 1;
      }
      const piece = pieces[lo];
      return piece.replaced ? piece.originalStart : piece.originalStart + (offset - piece.renderedStart);
    }
  };
}
function placeholderName(placeholder) {
  const words = placeholder.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  const meaningful = words.filter((w) => !["index", "Options", "flyway"].includes(w));
  return (meaningful[meaningful.length - 1] ?? words[words.length - 1] ?? "placeholder").toLowerCase();
}

function as(node, key) {
  if (!node) return void 0;
  return node[key];
}
function stringList(nodes) {
  const out = [];
  for (const n of nodes ?? []) {
    const s = as(n, "String");
    if (s?.sval !== void 0) out.push(s.sval);
  }
  return out;
}
function qualify(schema, name) {
  return schema && schema !== "public" ? `${schema}.${name}` : name;
}
function nameFromParts(parts) {
  const name = parts[parts.length - 1] ?? "";
  const schema = parts.length > 1 ? parts[parts.length - 2] : void 0;
  return qualify(schema, name);
}
function nameFromText(text) {
  const parts = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') {
        current += '"';
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (ch === "." && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += quoted ? ch : ch.toLowerCase();
    }
  }
  parts.push(current);
  return nameFromParts(parts.map((p) => p.trim()));
}
function relationName(rv) {
  return rv ? qualify(rv.schemaname, rv.relname ?? "") : "";
}
function walk(root, visit) {
  if (Array.isArray(root)) {
    for (const item of root) walk(item, visit);
    return;
  }
  if (!root || typeof root !== "object") return;
  for (const [key, value] of Object.entries(root)) {
    if (value && typeof value === "object") {
      const isNode = key[0] >= "A" && key[0] <= "Z" && !Array.isArray(value);
      if (isNode && visit(key, value) === false) continue;
      walk(value, visit);
    }
  }
}

const TYPE_ALIASES = {
  int: "int4",
  integer: "int4",
  smallint: "int2",
  bigint: "int8",
  boolean: "bool",
  "character varying": "varchar",
  character: "bpchar",
  char: "bpchar",
  decimal: "numeric",
  real: "float4",
  float: "float8",
  "double precision": "float8",
  "timestamp without time zone": "timestamp",
  "timestamp with time zone": "timestamptz",
  "time without time zone": "time",
  "time with time zone": "timetz",
  "bit varying": "varbit"
};
const DISPLAY_NAMES = {
  int4: "integer",
  int8: "bigint",
  int2: "smallint",
  bool: "boolean",
  bpchar: "char",
  float4: "real",
  float8: "double precision",
  varbit: "bit varying"
};
function canonicalTypeName(name) {
  const lower = name.toLowerCase().trim();
  return TYPE_ALIASES[lower] ?? lower;
}
function typeSpec(name, modifiers = [], array = false) {
  const canonical = canonicalTypeName(name);
  const base = DISPLAY_NAMES[canonical] ?? canonical;
  const display = `${base}${modifiers.length ? `(${modifiers.join(",")})` : ""}${array ? "[]" : ""}`;
  return { name: canonical, modifiers, array, display };
}
const VOLATILITY_ORDER = ["constant", "stable", "unknown", "volatile"];
function worstVolatility(values) {
  let worst = 0;
  for (const v of values) worst = Math.max(worst, VOLATILITY_ORDER.indexOf(v));
  return VOLATILITY_ORDER[worst];
}

function typeFromAst(typeName) {
  if (!typeName) return void 0;
  const parts = stringList(typeName.names);
  const builtIn = parts[0] === "pg_catalog";
  const bare = builtIn ? parts.slice(1) : parts;
  const name = !builtIn && bare.length === 1 && bare[0] === "char" ? '"char"' : nameFromParts(bare);
  const modifiers = [];
  if (name !== "interval") {
    for (const mod of typeName.typmods ?? []) {
      const value = as(mod, "A_Const")?.ival?.ival;
      if (value !== void 0) modifiers.push(value);
      else if (as(mod, "A_Const")) modifiers.push(0);
    }
  }
  return typeSpec(name, modifiers, (typeName.arrayBounds?.length ?? 0) > 0);
}

const VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "random",
  "random_normal",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "gen_random_bytes",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "setval"
]);
const STABLE_FUNCTIONS = /* @__PURE__ */ new Set([
  "now",
  "statement_timestamp",
  // `timezone('utc', now())` and `now() AT TIME ZONE 'utc'` (parsed as timezone()) are common defaults.
  "timezone",
  "date_trunc",
  "transaction_timestamp",
  "current_setting",
  "current_database",
  "current_schema",
  "to_char",
  "to_timestamp",
  "txid_current",
  "make_timestamptz",
  "concat",
  "concat_ws",
  "version"
]);
const IMMUTABLE_FUNCTIONS = /* @__PURE__ */ new Set([
  "lower",
  "upper",
  "trim",
  "btrim",
  "ltrim",
  "rtrim",
  "replace",
  "substring",
  "substr",
  "left",
  "right",
  "length",
  "md5",
  "abs",
  "round",
  "floor",
  "ceil",
  "make_date",
  "make_time",
  "make_timestamp",
  "make_interval",
  "date_part",
  "jsonb_build_object",
  "json_build_object",
  "jsonb_build_array",
  "json_build_array",
  "to_jsonb",
  "to_json",
  "array_fill",
  "int4",
  "int8",
  "numeric",
  "text"
]);
function functionVolatility(name) {
  if (VOLATILE_FUNCTIONS.has(name)) return "volatile";
  if (STABLE_FUNCTIONS.has(name)) return "stable";
  if (IMMUTABLE_FUNCTIONS.has(name)) return "constant";
  return "unknown";
}
function valueExpr(node) {
  if (!node) return { display: "NULL", volatility: "constant", functions: [], isNull: true };
  const functions = [];
  const volatilities = ["constant"];
  walk(node, (type, value) => {
    if (type === "FuncCall") {
      const parts = stringList(value["funcname"]);
      const name = (parts[parts.length - 1] ?? "").toLowerCase();
      functions.push(name);
      volatilities.push(functionVolatility(name));
    } else if (type === "SQLValueFunction") {
      volatilities.push("stable");
    } else if (type === "SubLink" || type === "ColumnRef") {
      volatilities.push("unknown");
    }
  });
  const isNull = as(node, "A_Const")?.isnull === true;
  return { display: render(node), volatility: worstVolatility(volatilities), functions, isNull };
}
const SQL_VALUE_FUNCTIONS = {
  SVFOP_CURRENT_DATE: "CURRENT_DATE",
  SVFOP_CURRENT_TIME: "CURRENT_TIME",
  SVFOP_CURRENT_TIME_N: "CURRENT_TIME",
  SVFOP_CURRENT_TIMESTAMP: "CURRENT_TIMESTAMP",
  SVFOP_CURRENT_TIMESTAMP_N: "CURRENT_TIMESTAMP",
  SVFOP_LOCALTIME: "LOCALTIME",
  SVFOP_LOCALTIME_N: "LOCALTIME",
  SVFOP_LOCALTIMESTAMP: "LOCALTIMESTAMP",
  SVFOP_LOCALTIMESTAMP_N: "LOCALTIMESTAMP",
  SVFOP_CURRENT_USER: "CURRENT_USER",
  SVFOP_CURRENT_ROLE: "CURRENT_ROLE",
  SVFOP_SESSION_USER: "SESSION_USER",
  SVFOP_USER: "USER"
};
function render(node) {
  if (!node) return "";
  const c = as(node, "A_Const");
  if (c) {
    if (c.isnull) return "NULL";
    if (c.sval) return `'${(c.sval.sval ?? "").replace(/'/g, "''")}'`;
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return c.fval.fval ?? "0";
    if (c.boolval) return c.boolval.boolval ? "true" : "false";
    return "''";
  }
  const cast = as(node, "TypeCast");
  if (cast) return `${render(cast.arg)}::${typeFromAst(cast.typeName)?.display ?? "\u2026"}`;
  const call = as(node, "FuncCall");
  if (call) {
    const name = stringList(call.funcname).filter((p) => p !== "pg_catalog").join(".");
    const args = (call.args ?? []).map(render).join(", ");
    return `${name}(${call.agg_star ? "*" : args})`;
  }
  const svf = as(node, "SQLValueFunction");
  if (svf) return SQL_VALUE_FUNCTIONS[svf.op ?? ""] ?? "\u2026";
  const ref = as(node, "ColumnRef");
  if (ref) return (ref.fields ?? []).map((f) => as(f, "A_Star") ? "*" : as(f, "String")?.sval ?? "\u2026").join(".");
  const expr = as(node, "A_Expr");
  if (expr && expr.kind === "AEXPR_OP") {
    return `${render(expr.lexpr)} ${stringList(expr.name).join("")} ${render(expr.rexpr)}`.trim();
  }
  const nullTest = as(node, "NullTest");
  if (nullTest) return `${render(nullTest.arg)} IS ${nullTest.nulltesttype === "IS_NOT_NULL" ? "NOT " : ""}NULL`;
  const param = as(node, "ParamRef");
  if (param) return `$${param.number ?? ""}`;
  return "\u2026";
}
function stringLiterals(node) {
  const found = [];
  walk(node, (type, value) => {
    if (type === "A_Const") {
      const s = value["sval"]?.sval;
      if (s !== void 0) found.push(s);
    }
  });
  return found;
}

function rowSelection(where, scope = {}) {
  if (!where) return { rows: "none" };
  const limitedCtes = limitedCteNames(scope.withClause);
  const reader = new BoundReader(limitedCtes, limitedFromNames(scope.from ?? [], limitedCtes));
  const bound = reader.bound(where);
  if (!bound) return { rows: "unbounded" };
  return bound.kind === "range" ? { rows: "bounded" } : { rows: "bounded", matchedColumns: bound.alternatives };
}
function isLimitedQuery(node, limitedCtes = /* @__PURE__ */ new Set()) {
  const select = as(node, "SelectStmt");
  if (!select) return false;
  return selectIsLimited(select, limitedCtes);
}
const MAX_ALTERNATIVES = 64;
class BoundReader {
  constructor(limitedCtes, limitedFrom) {
    this.limitedCtes = limitedCtes;
    this.limitedFrom = limitedFrom;
  }
  limitedCtes;
  limitedFrom;
  bound(node) {
    const bool = as(node, "BoolExpr");
    if (bool) {
      const args = bool.args ?? [];
      if (bool.boolop === "AND_EXPR") return this.conjunction(args);
      if (bool.boolop === "OR_EXPR") return this.disjunction(args);
      return void 0;
    }
    const expr = as(node, "A_Expr");
    if (expr) return this.comparison(expr);
    const sub = as(node, "SubLink");
    if (sub?.subLinkType === "ANY_SUBLINK" && isEquality(sub.operName) && this.isLimitedSubselect(sub.subselect)) {
      return matchOn(sub.testexpr);
    }
    return void 0;
  }
  conjunction(args) {
    if (hasClosedRange(args)) return { kind: "range" };
    const bounds = args.map((a) => this.bound(a));
    if (bounds.some((b) => b?.kind === "range")) return { kind: "range" };
    let alternatives;
    for (const b of bounds) {
      if (b?.kind !== "match") continue;
      alternatives = alternatives ? alternatives.flatMap((left) => b.alternatives.map((right) => [.../* @__PURE__ */ new Set([...left, ...right])])) : b.alternatives;
      if (alternatives.length > MAX_ALTERNATIVES) return { kind: "range" };
    }
    return alternatives ? { kind: "match", alternatives } : void 0;
  }
  disjunction(args) {
    const bounds = args.map((a) => this.bound(a));
    if (bounds.length === 0 || bounds.some((b) => !b)) return void 0;
    const alternatives = bounds.flatMap((b) => b?.kind === "match" ? b.alternatives : []);
    return alternatives.length > 0 ? { kind: "match", alternatives } : { kind: "range" };
  }
  comparison(expr) {
    switch (expr.kind) {
      case "AEXPR_OP": {
        if (!isEquality(expr.name)) return void 0;
        if (isColumn(expr.lexpr) && this.isSingleValue(expr.rexpr)) return matchOn(expr.lexpr);
        if (isColumn(expr.rexpr) && this.isSingleValue(expr.lexpr)) return matchOn(expr.rexpr);
        const joined = this.joinedColumn(expr.lexpr, expr.rexpr) ?? this.joinedColumn(expr.rexpr, expr.lexpr);
        return joined ? matchOn(joined) : void 0;
      }
      case "AEXPR_OP_ANY":
        if (!isEquality(expr.name) || !isColumn(expr.lexpr)) return void 0;
        return isConstantList(expr.rexpr) || this.isLimitedArray(expr.rexpr) ? matchOn(expr.lexpr) : void 0;
      case "AEXPR_IN":
        return isEquality(expr.name) && isColumn(expr.lexpr) && isConstantList(expr.rexpr) ? matchOn(expr.lexpr) : void 0;
      case "AEXPR_BETWEEN":
      case "AEXPR_BETWEEN_SYM":
        return isColumn(expr.lexpr) && isConstantList(expr.rexpr) ? { kind: "range" } : void 0;
      default:
        return void 0;
    }
  }
  /** A constant, or a scalar subquery (which returns one row at most, or the statement fails). */
  isSingleValue(node) {
    return isConstant(node) || as(node, "SubLink")?.subLinkType === "EXPR_SUBLINK";
  }
  /** `ARRAY(SELECT id ... LIMIT n)`. */
  isLimitedArray(node) {
    const sub = as(node, "SubLink");
    return sub?.subLinkType === "ARRAY_SUBLINK" && this.isLimitedSubselect(sub.subselect);
  }
  isLimitedSubselect(node) {
    return isLimitedQuery(node, this.limitedCtes);
  }
  /** For `t.id = batch.id` where `batch` is a limited FROM item: the target's column, `t.id`. */
  joinedColumn(target, other) {
    if (!isColumn(target) || !this.readsLimitedFrom(other) || this.readsLimitedFrom(target)) return void 0;
    return target;
  }
  readsLimitedFrom(column) {
    const parts = columnParts(column);
    return parts.length > 1 && this.limitedFrom.has(parts[parts.length - 2]);
  }
}
function matchOn(column) {
  const parts = columnParts(column);
  const name = parts[parts.length - 1];
  return name ? { kind: "match", alternatives: [[name]] } : void 0;
}
function limitedCteNames(withClause) {
  const names = /* @__PURE__ */ new Set();
  for (const node of withClause?.ctes ?? []) {
    const cte = as(node, "CommonTableExpr");
    if (cte?.ctename && isLimitedQuery(cte.ctequery, names)) names.add(cte.ctename);
  }
  return names;
}
function limitedFromNames(from, limitedCtes) {
  const names = /* @__PURE__ */ new Set();
  for (const item of from) {
    const sub = as(item, "RangeSubselect");
    if (sub?.alias?.aliasname && isLimitedQuery(sub.subquery, limitedCtes)) names.add(sub.alias.aliasname);
    const rv = as(item, "RangeVar");
    if (rv?.relname && !rv.schemaname && limitedCtes.has(rv.relname)) names.add(rv.alias?.aliasname ?? rv.relname);
  }
  return names;
}
function selectIsLimited(select, limitedCtes) {
  if (select.larg && select.rarg) {
    return selectIsLimited(select.larg, limitedCtes) && selectIsLimited(select.rarg, limitedCtes);
  }
  const limit = as(select.limitCount, "A_Const");
  if (select.limitCount && !limit?.isnull) return true;
  const ctes = /* @__PURE__ */ new Set([...limitedCtes, ...limitedCteNames(select.withClause)]);
  return (select.fromClause ?? []).some((item) => fromItemIsLimited(item, ctes));
}
function fromItemIsLimited(item, limitedCtes) {
  const rv = as(item, "RangeVar");
  if (rv) return !rv.schemaname && limitedCtes.has(rv.relname ?? "");
  const sub = as(item, "RangeSubselect");
  if (sub) return isLimitedQuery(sub.subquery, limitedCtes);
  const join = as(item, "JoinExpr");
  if (join?.jointype === "JOIN_INNER") {
    return [join.larg, join.rarg].some((side) => side !== void 0 && fromItemIsLimited(side, limitedCtes));
  }
  return false;
}
function hasClosedRange(conjuncts) {
  const lower = /* @__PURE__ */ new Set();
  const upper = /* @__PURE__ */ new Set();
  for (const c of conjuncts) {
    const expr = as(c, "A_Expr");
    if (!expr || expr.kind !== "AEXPR_OP") continue;
    const op = operator(expr.name);
    const [column, flipped] = isColumn(expr.lexpr) && isConstant(expr.rexpr) ? [columnParts(expr.lexpr).join("."), false] : isColumn(expr.rexpr) && isConstant(expr.lexpr) ? [columnParts(expr.rexpr).join("."), true] : [void 0, false];
    if (!column) continue;
    const isLower = op === ">" || op === ">=";
    const isUpper = op === "<" || op === "<=";
    if (isLower && !flipped || isUpper && flipped) lower.add(column);
    if (isUpper && !flipped || isLower && flipped) upper.add(column);
  }
  for (const c of lower) if (upper.has(c)) return true;
  return false;
}
function operator(name) {
  return stringList(name).join("");
}
function isEquality(name) {
  const op = operator(name);
  return op === "=" || op === "";
}
function isColumn(node) {
  return columnParts(node).length > 0;
}
function columnParts(node) {
  const ref = as(node, "ColumnRef") ?? as(as(node, "TypeCast")?.arg, "ColumnRef");
  return stringList(ref?.fields);
}
function isConstant(node) {
  if (!node) return false;
  if (as(node, "A_Const") || as(node, "ParamRef") || as(node, "SQLValueFunction")) return true;
  const cast = as(node, "TypeCast");
  if (cast) return isConstant(cast.arg);
  const expr = as(node, "A_Expr");
  if (expr?.kind === "AEXPR_OP") return (expr.lexpr === void 0 || isConstant(expr.lexpr)) && isConstant(expr.rexpr);
  const call = as(node, "FuncCall");
  if (call) return !call.agg_star && !call.over && (call.args ?? []).every(isConstant);
  return false;
}
function isConstantList(node) {
  const list = as(node, "List");
  if (list) return (list.items ?? []).every(isConstant);
  const array = as(node, "A_ArrayExpr");
  if (array) return (array.elements ?? []).every(isConstant);
  return isConstant(node);
}

const CONSTRAINT_TYPES = {
  CONSTR_CHECK: "check",
  CONSTR_FOREIGN: "foreign-key",
  CONSTR_UNIQUE: "unique",
  CONSTR_PRIMARY: "primary-key",
  CONSTR_EXCLUSION: "exclusion",
  CONSTR_NOTNULL: "not-null"
};
const NAME_SUFFIXES = {
  check: "check",
  "foreign-key": "fkey",
  unique: "key",
  "primary-key": "pkey",
  exclusion: "excl",
  "not-null": "not_null"
};
function columnSpec(def, table) {
  const name = def.colname ?? "";
  const spec = {
    name,
    notNull: def.is_not_null === true,
    primaryKey: false,
    unique: false,
    checks: []
  };
  const type = typeFromAst(def.typeName);
  if (type) spec.type = type;
  if (def.raw_default) spec.default = valueExpr(def.raw_default);
  for (const node of def.constraints ?? []) {
    const c = as(node, "Constraint");
    if (!c) continue;
    switch (c.contype) {
      case "CONSTR_NOTNULL":
        spec.notNull = true;
        break;
      case "CONSTR_DEFAULT":
        spec.default = valueExpr(c.raw_expr);
        break;
      case "CONSTR_PRIMARY":
        spec.primaryKey = true;
        spec.notNull = true;
        break;
      case "CONSTR_UNIQUE":
        spec.unique = true;
        break;
      case "CONSTR_FOREIGN":
        spec.references = foreignKeyTarget(c);
        break;
      case "CONSTR_CHECK":
        spec.checks.push(checkSpec(c, table, [name]));
        break;
      case "CONSTR_IDENTITY":
        spec.identity = c.generated_when === "a" ? "always" : "by-default";
        break;
      case "CONSTR_GENERATED":
        spec.generated = { kind: c.generated_kind === "v" ? "virtual" : "stored", expression: valueExpr(c.raw_expr) };
        break;
    }
  }
  return spec;
}
function constraintSpec(c, table) {
  const type = CONSTRAINT_TYPES[c.contype ?? ""];
  if (!type) return void 0;
  if (type === "check") return checkSpec(c, table, referencedColumns(c.raw_expr));
  const columns = type === "foreign-key" ? stringList(c.fk_attrs) : stringList(c.keys);
  const spec = {
    ...named(c, table, type, columns),
    type,
    columns,
    notValid: c.skip_validation === true
  };
  if (c.indexname) spec.usingIndex = c.indexname;
  if (type === "foreign-key") spec.references = foreignKeyTarget(c);
  return spec;
}
function checkSpec(c, table, columns) {
  const spec = {
    ...named(c, table, "check", columns.slice(0, 1)),
    type: "check",
    columns,
    notValid: c.skip_validation === true,
    expression: render(c.raw_expr)
  };
  const notNull = notNullTestColumn(c.raw_expr);
  if (notNull) spec.notNullColumn = notNull;
  return spec;
}
function named(c, table, type, columns) {
  if (c.conname) return { name: c.conname, generatedName: false };
  const nameColumns = type === "primary-key" ? [] : columns;
  return { name: defaultConstraintName(table, nameColumns, NAME_SUFFIXES[type]), generatedName: true };
}
function foreignKeyTarget(c) {
  return { table: relationName(c.pktable), columns: stringList(c.pk_attrs) };
}
function notNullTestColumn(expr) {
  const test = as(expr, "NullTest");
  if (!test || test.nulltesttype !== "IS_NOT_NULL") return void 0;
  const ref = as(test.arg, "ColumnRef");
  const parts = stringList(ref?.fields);
  return parts.length > 0 ? parts[parts.length - 1] : void 0;
}
function referencedColumns(expr) {
  const columns = [];
  walk(expr, (type, value) => {
    if (type !== "ColumnRef") return;
    const parts = stringList(value["fields"]);
    const name = parts[parts.length - 1];
    if (name && !columns.includes(name)) columns.push(name);
  });
  return columns;
}

const REWRITING = /* @__PURE__ */ new Set(["AT_SetLogged", "AT_SetUnLogged", "AT_SetTableSpace", "AT_SetAccessMethod", "AT_SetExpression"]);
const COLUMN_COMMANDS = /* @__PURE__ */ new Set([
  "AT_SetExpression",
  "AT_DropExpression",
  "AT_SetStatistics",
  "AT_SetOptions",
  "AT_ResetOptions",
  "AT_SetStorage",
  "AT_SetCompression",
  "AT_AddIdentity",
  "AT_SetIdentity",
  "AT_DropIdentity",
  "AT_AlterColumnGenericOptions"
]);
const LIGHTER_LOCKS = {
  AT_SetStatistics: "SHARE UPDATE EXCLUSIVE",
  AT_SetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ClusterOn: "SHARE UPDATE EXCLUSIVE",
  AT_DropCluster: "SHARE UPDATE EXCLUSIVE",
  AT_SetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_EnableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableAlwaysTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableReplicaTrig: "SHARE ROW EXCLUSIVE",
  AT_DisableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_AttachPartition: "SHARE UPDATE EXCLUSIVE",
  AT_ValidateConstraint: "SHARE UPDATE EXCLUSIVE"
};
function alterTableOperations(stmt, ctx) {
  const table = relationName(stmt.relation);
  const cmds = stmt.cmds ?? [];
  const parts = cmds.length > 1 ? topLevelParts(ctx.statement.sql) : [];
  const ops = [];
  cmds.forEach((node, i) => {
    const cmd = as(node, "AlterTableCmd");
    const start = parts.length === cmds.length && i > 0 ? parts[i] : void 0;
    if (cmd) ops.push(...commandOperations(cmd, table, stmt, ctx, start === void 0 ? ctx.base() : ctx.baseAtOffset(start)));
  });
  return ops;
}
function commandOperations(cmd, table, stmt, ctx, base) {
  const column = cmd.name ?? "";
  if (stmt.objtype && stmt.objtype !== "OBJECT_TABLE" && stmt.objtype !== "OBJECT_FOREIGN_TABLE") {
    return [other(cmd, table, base)];
  }
  switch (cmd.subtype) {
    case "AT_AddColumn": {
      const def = as(cmd.def, "ColumnDef");
      if (!def) return [other(cmd, table, base)];
      return [
        {
          ...ctx.base(def.location),
          kind: "add-column",
          table,
          column: columnSpec(def, table),
          ifNotExists: cmd.missing_ok === true
        }
      ];
    }
    case "AT_DropColumn":
      return [
        {
          ...base,
          kind: "drop-column",
          table,
          column,
          cascade: cmd.behavior === "DROP_CASCADE",
          ifExists: cmd.missing_ok === true
        }
      ];
    case "AT_AlterColumnType": {
      const def = as(cmd.def, "ColumnDef");
      const type = typeFromAst(def?.typeName);
      if (!type) return [other(cmd, table, base)];
      return [
        {
          ...ctx.base(def?.location),
          kind: "alter-column-type",
          table,
          column,
          type,
          ...def?.raw_default ? { using: render(def.raw_default) } : {}
        }
      ];
    }
    case "AT_SetNotNull":
      return [{ ...base, kind: "set-not-null", table, column }];
    case "AT_DropNotNull":
      return [{ ...base, kind: "drop-not-null", table, column }];
    case "AT_ColumnDefault":
      return cmd.def ? [{ ...base, kind: "set-default", table, column, default: valueExpr(cmd.def) }] : [{ ...base, kind: "drop-default", table, column }];
    case "AT_AddConstraint": {
      const c = as(cmd.def, "Constraint");
      const spec = c && constraintSpec(c, table);
      if (!spec) return [other(cmd, table, base)];
      return [{ ...ctx.base(c.location), kind: "add-constraint", table, constraint: spec }];
    }
    case "AT_DropConstraint":
      return [
        {
          ...base,
          kind: "drop-constraint",
          table,
          name: column,
          cascade: cmd.behavior === "DROP_CASCADE",
          ifExists: cmd.missing_ok === true
        }
      ];
    case "AT_ValidateConstraint":
      return [{ ...base, kind: "validate-constraint", table, name: column }];
    case "AT_AttachPartition": {
      const part = as(cmd.def, "PartitionCmd");
      return [{ ...base, kind: "attach-partition", table, partition: relationName(part?.name) }];
    }
    case "AT_DetachPartition": {
      const part = as(cmd.def, "PartitionCmd");
      return [
        {
          ...base,
          kind: "detach-partition",
          table,
          partition: relationName(part?.name),
          concurrent: part?.concurrent === true
        }
      ];
    }
    case "AT_SetIdentity":
    case "AT_AddIdentity": {
      const ops = [other(cmd, table, base)];
      if (mentionsRestart(cmd)) ops.push({ ...base, kind: "sequence-reset", mentions: [table] });
      return ops;
    }
    default:
      return [other(cmd, table, base)];
  }
}
function mentionsRestart(cmd) {
  const items = as(cmd.def, "List")?.items ?? [];
  const defs = [cmd.def, ...items].map((n) => as(n, "DefElem"));
  return defs.some((d) => d?.defname === "restart");
}
function other(cmd, table, base) {
  const action = cmd.subtype ?? "AT_Unknown";
  return {
    ...base,
    kind: "alter-table-other",
    table,
    action,
    ...cmd.name && COLUMN_COMMANDS.has(action) ? { column: cmd.name } : {},
    rewrites: REWRITING.has(action),
    lock: LIGHTER_LOCKS[action] ?? "ACCESS EXCLUSIVE"
  };
}

function extractContext(statement, spanAt, spanAtOffset) {
  const statementSpan = {
    line: statement.line,
    column: statement.column,
    endLine: statement.endLine,
    endColumn: statement.endColumn
  };
  return {
    statement,
    base(location) {
      return {
        direction: statement.direction,
        span: location === void 0 ? statementSpan : spanAt(location),
        statement,
        transaction: null
      };
    },
    baseAtOffset(offset) {
      return { direction: statement.direction, span: spanAtOffset(offset), statement, transaction: null };
    }
  };
}

function statementOperations(ast, ctx) {
  const base = ctx.base();
  const n = ast;
  if (n["CreateStmt"]) return [createTable(n["CreateStmt"], ctx)];
  const alter = as(ast, "AlterTableStmt");
  if (alter) return alterTableOperations(alter, ctx);
  const rename = as(ast, "RenameStmt");
  if (rename) return renameOperations(rename, ctx);
  const index = as(ast, "IndexStmt");
  if (index) return [createIndex(index, ctx)];
  const drop = as(ast, "DropStmt");
  if (drop) return dropOperations(drop, ctx);
  const insert = as(ast, "InsertStmt");
  if (insert) return [insertOperation(insert, ctx)];
  const update = as(ast, "UpdateStmt");
  if (update) return [updateOperation(update, ctx)];
  const del = as(ast, "DeleteStmt");
  if (del) return [deleteOperation(del, ctx)];
  const merge = as(ast, "MergeStmt");
  if (merge) {
    return [
      {
        ...base,
        kind: "data-change",
        dml: "merge",
        table: relationName(merge.relation),
        rows: "unbounded",
        columns: [],
        overridingSystemValue: false,
        literals: stringLiterals(merge)
      }
    ];
  }
  const truncate = as(ast, "TruncateStmt");
  if (truncate) {
    return (truncate.relations ?? []).map((r) => ({
      ...base,
      kind: "truncate",
      table: relationName(as(r, "RangeVar")),
      cascade: truncate.behavior === "DROP_CASCADE"
    }));
  }
  const set = as(ast, "VariableSetStmt");
  if (set) return [setOperation(set, ctx)];
  const tx = as(ast, "TransactionStmt");
  if (tx) return [transactionOperation(tx, ctx)];
  const lock = as(ast, "LockStmt");
  if (lock) {
    const mode = LOCK_MODES[lock.mode ?? 8] ?? "ACCESS EXCLUSIVE";
    return (lock.relations ?? []).map((r) => ({
      ...base,
      kind: "lock-table",
      table: relationName(as(r, "RangeVar")),
      mode
    }));
  }
  const vacuum = as(ast, "VacuumStmt");
  if (vacuum) {
    if (!vacuum.is_vacuumcmd) return [otherOperation(ast, ctx)];
    const full = (vacuum.options ?? []).some((o) => as(o, "DefElem")?.defname === "full");
    const rels = (vacuum.rels ?? []).map((r) => relationName(as(r, "VacuumRelation")?.relation));
    if (rels.length === 0) return [{ ...base, kind: "vacuum", full }];
    return rels.map((table) => ({ ...base, kind: "vacuum", table, full }));
  }
  const cluster = as(ast, "ClusterStmt");
  if (cluster) {
    return [{ ...base, kind: "cluster", ...cluster.relation ? { table: relationName(cluster.relation) } : {} }];
  }
  const reindex = as(ast, "ReindexStmt");
  if (reindex) {
    return [
      {
        ...base,
        kind: "reindex",
        target: REINDEX_TARGETS[reindex.kind ?? ""] ?? "index",
        name: reindex.relation ? relationName(reindex.relation) : reindex.name ?? "",
        concurrent: (reindex.params ?? []).some((p) => as(p, "DefElem")?.defname === "concurrently")
      }
    ];
  }
  const refresh = as(ast, "RefreshMatViewStmt");
  if (refresh) {
    return [
      {
        ...base,
        kind: "refresh-materialized-view",
        view: relationName(refresh.relation),
        concurrent: refresh.concurrent === true
      }
    ];
  }
  const createEnum = as(ast, "CreateEnumStmt");
  if (createEnum) {
    return [
      {
        ...base,
        kind: "create-enum",
        type: nameFromParts(stringList(createEnum.typeName)),
        values: stringList(createEnum.vals)
      }
    ];
  }
  const alterEnum = as(ast, "AlterEnumStmt");
  if (alterEnum) {
    const type = nameFromParts(stringList(alterEnum.typeName));
    if (alterEnum.oldVal !== void 0) {
      return [{ ...base, kind: "rename-enum-value", type, value: alterEnum.oldVal, newValue: alterEnum.newVal ?? "" }];
    }
    return [
      {
        ...base,
        kind: "add-enum-value",
        type,
        value: alterEnum.newVal ?? "",
        ifNotExists: alterEnum.skipIfNewValExists === true
      }
    ];
  }
  const createAs = as(ast, "CreateTableAsStmt");
  if (createAs && (createAs.objtype === "OBJECT_TABLE" || createAs.objtype === "OBJECT_MATVIEW")) {
    const into = createAs.into;
    return [
      {
        ...base,
        kind: "create-table",
        table: relationName(into?.rel),
        columns: stringList(into?.colNames).map((name) => ({
          name,
          notNull: false,
          primaryKey: false,
          unique: false,
          checks: []
        })),
        constraints: [],
        ifNotExists: createAs.if_not_exists === true,
        fromQuery: true,
        ...createAs.objtype === "OBJECT_MATVIEW" ? { materializedView: true } : {}
      }
    ];
  }
  const alterSeq = as(ast, "AlterSeqStmt");
  if (alterSeq) {
    const restarts = (alterSeq.options ?? []).some((o) => as(o, "DefElem")?.defname === "restart");
    if (restarts) return [{ ...base, kind: "sequence-reset", mentions: [relationName(alterSeq.sequence)] }];
  }
  const select = as(ast, "SelectStmt");
  if (select) return selectOperations(select, ast, ctx);
  const trigger = as(ast, "CreateTrigStmt");
  if (trigger) {
    return [{ ...otherOperation(ast, ctx), tables: [relationName(trigger.relation)], lock: "SHARE ROW EXCLUSIVE" }];
  }
  return [otherOperation(ast, ctx)];
}
const LOCK_MODES = {
  1: "ACCESS SHARE",
  2: "ROW SHARE",
  3: "ROW EXCLUSIVE",
  4: "SHARE UPDATE EXCLUSIVE",
  5: "SHARE",
  6: "SHARE ROW EXCLUSIVE",
  7: "EXCLUSIVE",
  8: "ACCESS EXCLUSIVE"
};
const REINDEX_TARGETS = {
  REINDEX_OBJECT_INDEX: "index",
  REINDEX_OBJECT_TABLE: "table",
  REINDEX_OBJECT_SCHEMA: "schema",
  REINDEX_OBJECT_SYSTEM: "system",
  REINDEX_OBJECT_DATABASE: "database"
};
function createTable(stmt, ctx) {
  const table = relationName(stmt.relation);
  const columns = [];
  const constraints = [];
  for (const element of stmt.tableElts ?? []) {
    const def = as(element, "ColumnDef");
    if (def) columns.push({ ...columnSpec(def, table), span: ctx.base(def.location).span });
    const c = as(element, "Constraint");
    const spec = c && constraintSpec(c, table);
    if (spec) constraints.push(spec);
  }
  const parent = stmt.partbound ? relationName(as(stmt.inhRelations?.[0], "RangeVar")) : void 0;
  return {
    ...ctx.base(),
    kind: "create-table",
    table,
    columns,
    constraints,
    ifNotExists: stmt.if_not_exists === true,
    ...parent ? { partitionOf: parent } : {},
    fromQuery: false
  };
}
function renameOperations(stmt, ctx) {
  const base = ctx.base();
  const table = relationName(stmt.relation);
  const newName = stmt.newname ?? "";
  switch (stmt.renameType) {
    case "OBJECT_TABLE":
      return [{ ...base, kind: "rename-table", table, newName: qualify(stmt.relation?.schemaname, newName) }];
    case "OBJECT_COLUMN":
      if (stmt.relationType !== "OBJECT_TABLE" && stmt.relationType !== "OBJECT_FOREIGN_TABLE") break;
      return [{ ...base, kind: "rename-column", table, column: stmt.subname ?? "", newName }];
    case "OBJECT_TABCONSTRAINT":
      return [{ ...base, kind: "rename-constraint", table, name: stmt.subname ?? "", newName }];
    case "OBJECT_INDEX":
      return [{ ...base, kind: "rename-index", index: table, newName: qualify(stmt.relation?.schemaname, newName) }];
  }
  return [otherOperation({ RenameStmt: stmt }, ctx)];
}
function createIndex(stmt, ctx) {
  const table = relationName(stmt.relation);
  const columns = (stmt.indexParams ?? []).map((p) => as(p, "IndexElem")?.name ?? "expr");
  const bareName = stmt.idxname ?? defaultConstraintName(table, columns, "idx");
  return {
    ...ctx.base(),
    kind: "create-index",
    table,
    name: qualify(stmt.relation?.schemaname, bareName),
    columns,
    unique: stmt.unique === true,
    concurrent: stmt.concurrent === true,
    ifNotExists: stmt.if_not_exists === true,
    partial: stmt.whereClause !== void 0
  };
}
function dropOperations(stmt, ctx) {
  const base = ctx.base();
  const names = (stmt.objects ?? []).map((o) => nameFromParts(stringList(as(o, "List")?.items)));
  const cascade = stmt.behavior === "DROP_CASCADE";
  const ifExists = stmt.missing_ok === true;
  if (stmt.removeType === "OBJECT_TABLE") {
    return names.map((table) => ({ ...base, kind: "drop-table", table, cascade, ifExists }));
  }
  if (stmt.removeType === "OBJECT_INDEX") {
    return names.map((index) => ({
      ...base,
      kind: "drop-index",
      index,
      concurrent: stmt.concurrent === true,
      cascade,
      ifExists
    }));
  }
  return [otherOperation({ DropStmt: stmt }, ctx)];
}
function insertOperation(stmt, ctx) {
  return {
    ...ctx.base(),
    kind: "data-change",
    dml: "insert",
    table: relationName(stmt.relation),
    rows: insertedRows(stmt),
    columns: (stmt.cols ?? []).map((c) => as(c, "ResTarget")?.name ?? ""),
    overridingSystemValue: stmt.override === "OVERRIDING_SYSTEM_VALUE",
    literals: stringLiterals(stmt)
  };
}
function insertedRows(stmt) {
  const select = as(stmt.selectStmt, "SelectStmt");
  return select ? sourceRows(select, stmt.withClause) : "bounded";
}
function sourceRows(select, withClause) {
  if (select.valuesLists !== void 0) return "bounded";
  if (select.larg && select.rarg) {
    const sides = [sourceRows(select.larg, withClause), sourceRows(select.rarg, withClause)];
    return sides.includes("none") ? "none" : sides.includes("unbounded") ? "unbounded" : "bounded";
  }
  if (isLimitedQuery({ SelectStmt: select }, limitedCteNames(withClause))) return "bounded";
  if ((select.fromClause ?? []).length === 0) return "bounded";
  return rowSelection(select.whereClause, { from: select.fromClause ?? [], withClause: withClause ?? select.withClause }).rows;
}
function updateOperation(stmt, ctx) {
  return {
    ...ctx.base(),
    kind: "data-change",
    dml: "update",
    table: relationName(stmt.relation),
    ...rowSelection(stmt.whereClause, { from: stmt.fromClause ?? [], withClause: stmt.withClause }),
    columns: (stmt.targetList ?? []).map((t) => as(t, "ResTarget")?.name ?? ""),
    overridingSystemValue: false,
    literals: stringLiterals(stmt)
  };
}
function deleteOperation(stmt, ctx) {
  return {
    ...ctx.base(),
    kind: "data-change",
    dml: "delete",
    table: relationName(stmt.relation),
    ...rowSelection(stmt.whereClause, { from: stmt.usingClause ?? [], withClause: stmt.withClause }),
    columns: [],
    overridingSystemValue: false,
    literals: stringLiterals(stmt)
  };
}
function setOperation(stmt, ctx) {
  const resets = stmt.kind === "VAR_RESET" || stmt.kind === "VAR_RESET_ALL" || stmt.kind === "VAR_SET_DEFAULT";
  const value = resets ? null : (stmt.args ?? []).map((a) => settingValue(a)).join(", ");
  return { ...ctx.base(), kind: "set", name: (stmt.name ?? "").toLowerCase(), value, local: stmt.is_local === true };
}
function settingValue(node) {
  const c = as(node, "A_Const");
  if (c?.sval) return c.sval.sval ?? "";
  return render(node);
}
const TRANSACTION_ACTIONS = {
  TRANS_STMT_BEGIN: "begin",
  TRANS_STMT_START: "begin",
  TRANS_STMT_COMMIT: "commit",
  TRANS_STMT_ROLLBACK: "rollback",
  TRANS_STMT_SAVEPOINT: "savepoint",
  TRANS_STMT_RELEASE: "release",
  TRANS_STMT_ROLLBACK_TO: "rollback-to",
  TRANS_STMT_PREPARE: "prepare",
  TRANS_STMT_COMMIT_PREPARED: "commit",
  TRANS_STMT_ROLLBACK_PREPARED: "rollback"
};
function transactionOperation(stmt, ctx) {
  return { ...ctx.base(), kind: "transaction", action: TRANSACTION_ACTIONS[stmt.kind ?? ""] ?? "begin" };
}
function selectOperations(stmt, ast, ctx) {
  const ops = [];
  walk(stmt, (type, value) => {
    if (type !== "FuncCall") return;
    const parts = stringList(value["funcname"]);
    const name = (parts[parts.length - 1] ?? "").toLowerCase();
    const args = value["args"] ?? [];
    if (name === "setval") {
      const mentions = new Set(stringLiterals(args).map(nameFromText));
      walk([args, stmt.fromClause], (t, v) => {
        if (t === "RangeVar") mentions.add(relationName(v));
      });
      ops.push({ ...ctx.base(), kind: "sequence-reset", mentions: [...mentions] });
    } else if (name === "set_config") {
      const [setting, settingValueNode, isLocal] = args;
      const settingName = as(setting, "A_Const")?.sval?.sval;
      if (settingName) {
        ops.push({
          ...ctx.base(),
          kind: "set",
          name: settingName.toLowerCase(),
          value: settingValueNode ? settingValue(settingValueNode) : null,
          local: as(isLocal, "A_Const")?.boolval?.boolval === true
        });
      }
    }
  });
  return ops.length > 0 ? ops : [otherOperation(ast, ctx)];
}
function otherOperation(ast, ctx) {
  let nodeType = "Unknown";
  for (const key in ast) nodeType = key;
  return { ...ctx.base(), kind: "other", nodeType, tables: [] };
}

function doBlockContents(statementSql, stmt) {
  let body;
  let language = "plpgsql";
  for (const arg of stmt.args ?? []) {
    const def = as(arg, "DefElem");
    const value = as(def?.arg, "String")?.sval;
    if (def?.defname === "as") body = value;
    if (def?.defname === "language" && value) language = value.toLowerCase();
  }
  if (body === void 0 || language !== "plpgsql") return { statements: [], unreadable: [] };
  const bodyOffset = locateBody(statementSql, body);
  if (bodyOffset === void 0) {
    return { statements: [], unreadable: [{ offset: 0, reason: "the DO block's body is a quoted string with escapes, so the statements inside it could not be located" }] };
  }
  const tag = uniqueTag(body);
  let tree;
  try {
    tree = parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`);
  } catch (error) {
    return {
      statements: [],
      unreadable: [{ offset: bodyOffset, reason: `the PL/pgSQL of this DO block could not be read (${error.message}), so the statements inside it were not checked` }]
    };
  }
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  const contents = { statements: [], unreadable: [] };
  visitStatements(tree, (kind, node) => {
    const lineno = typeof node["lineno"] === "number" ? node["lineno"] : 1;
    const lineStart = lineStarts[Math.max(0, lineno - 1)] ?? 0;
    const query = queryOf(node[kind === "execsql" ? "sqlstmt" : "query"]);
    if (query === void 0) return;
    if (kind === "execsql") {
      const at2 = body.indexOf(query, lineStart);
      contents.statements.push({ sql: query, offset: bodyOffset + (at2 >= 0 ? at2 : lineStart) });
      return;
    }
    const literal = /^\s*'((?:[^']|'')*)'\s*$/.exec(query);
    const at = body.indexOf(query.trim(), lineStart);
    const offset = bodyOffset + (at >= 0 ? at : lineStart);
    if (literal) contents.statements.push({ sql: literal[1].replace(/''/g, "'"), offset: offset + 1 });
    else contents.unreadable.push({ offset, reason: "EXECUTE in this DO block runs SQL built at run time, which no rule can check" });
  });
  return contents;
}
function locateBody(statementSql, body) {
  const dollar = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/g;
  for (const match of statementSql.matchAll(dollar)) {
    const start = match.index + match[0].length;
    if (statementSql.startsWith(body, start) && statementSql.startsWith(match[0], start + body.length)) return start;
  }
  const quoted = statementSql.indexOf(`'${body}'`);
  return quoted >= 0 ? quoted + 1 : void 0;
}
function uniqueTag(body) {
  let tag = "$migration_guard$";
  while (body.includes(tag)) tag = `$${tag.slice(1, -1)}_$`;
  return tag;
}
function queryOf(expr) {
  const query = expr?.PLpgSQL_expr?.query;
  return typeof query === "string" ? query : void 0;
}
function visitStatements(node, visit) {
  if (Array.isArray(node)) {
    for (const item of node) visitStatements(item, visit);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "PLpgSQL_stmt_execsql") visit("execsql", value);
    else if (key === "PLpgSQL_stmt_dynexecute") visit("dynexecute", value);
    else visitStatements(value, visit);
  }
}

function readSql(text, origin) {
  const toFile = origin.toFileOffset ?? ((o) => o);
  const at = (offset) => origin.lines.position(toFile(offset));
  const statements = [];
  const operations = [];
  const uninspectable = [];
  for (const parsed of parseSql(text)) {
    const start = at(parsed.start);
    const end = at(parsed.end);
    const statement = {
      index: origin.firstIndex + statements.length,
      sql: text.slice(parsed.start, parsed.end),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      direction: origin.direction,
      transaction: null,
      ...origin.callSpan ? { callSpan: origin.callSpan } : {}
    };
    if (parsed.error) {
      const errorAt = at(parsed.error.offset);
      statement.error = {
        message: parsed.error.message,
        span: { line: errorAt.line, column: errorAt.column, endLine: errorAt.line, endColumn: errorAt.column }
      };
    }
    if (parsed.ast) {
      if (parsed.nodeType) statement.nodeType = parsed.nodeType;
      attachLazyAst(statement);
    }
    statements.push(statement);
    if (!parsed.ast) continue;
    const spanFrom = (offset) => {
      const p = at(offset);
      return { line: p.line, column: p.column, endLine: end.line, endColumn: end.column };
    };
    const ctx = extractContext(
      statement,
      (location) => spanFrom(parsed.offsetOf(location)),
      (offset) => spanFrom(parsed.start + offset)
    );
    try {
      operations.push(...statementOperations(parsed.ast, ctx));
      const doStmt = as(parsed.ast, "DoStmt");
      if (doStmt) {
        const inner = readDoBlock(doStmt, statement.sql, parsed.start, origin, origin.firstIndex + statements.length);
        statements.push(...inner.statements);
        operations.push(...inner.operations);
        uninspectable.push(...inner.uninspectable);
      }
    } catch (error) {
      uninspectable.push({
        span: { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn },
        reason: `migration-guard failed to analyze this ${parsed.nodeType ?? ""} statement (${error instanceof Error ? error.message : String(error)}); please report it`,
        direction: origin.direction
      });
    }
  }
  return { statements, operations, uninspectable };
}
function readDoBlock(stmt, sql, start, origin, firstIndex) {
  const toFile = origin.toFileOffset ?? ((o) => o);
  const contents = doBlockContents(sql, stmt);
  const result = { statements: [], operations: [], uninspectable: [] };
  for (const embedded of contents.statements) {
    const inner = readSql(embedded.sql, {
      ...origin,
      toFileOffset: (o) => toFile(start + embedded.offset + o),
      firstIndex: firstIndex + result.statements.length
    });
    result.statements.push(...inner.statements);
    result.operations.push(...inner.operations);
    result.uninspectable.push(...inner.uninspectable);
  }
  for (const problem of contents.unreadable) {
    const p = origin.lines.position(toFile(start + problem.offset));
    result.uninspectable.push({ span: { line: p.line, column: p.column, endLine: p.line, endColumn: p.column }, reason: problem.reason, direction: origin.direction });
  }
  return result;
}

function readSqlMigration(source, assumeTransaction = "multi-statement") {
  const lines = new LineIndex(source.text);
  const statements = [];
  const operations = [];
  const uninspectable = [];
  const sections = sectionsOf(source.tool, source.text);
  for (const section of sections) {
    const sectionText = source.text.slice(section.start, section.end);
    const rendered = substitutePlaceholders(sectionText);
    const read = readSql(rendered?.text ?? sectionText, {
      lines,
      toFileOffset: rendered ? (offset) => rendered.toOriginal(offset) + section.start : (offset) => offset + section.start,
      direction: section.direction,
      firstIndex: statements.length
    });
    statements.push(...read.statements);
    operations.push(...read.operations);
    uninspectable.push(...read.uninspectable);
  }
  const transaction = source.tool === "dbmate" || source.tool === "goose" ? assignSectionTransactions(source.tool, sections, statements, operations) : assignTransactions(source.tool, statements, operations, assumeTransaction);
  return {
    path: source.path,
    version: source.version,
    setId: source.setId,
    tool: source.tool,
    language: "sql",
    text: source.text,
    statements,
    operations,
    transaction,
    suppressions: findSuppressions(source.text),
    uninspectable,
    dependencies: []
  };
}
function assignTransactions(tool, statements, operations, assumeTransaction) {
  if (assignExplicitTransactions(statements, operations)) {
    return {
      transactional: transactionalOf(statements, operations),
      reason: "the file opens a transaction with BEGIN",
      optOut: "move the statement out of the BEGIN ... COMMIT block, into a migration of its own"
    };
  }
  const count = statements.length;
  switch (tool) {
    case "prisma":
      if (count > 1) assignSingleTransaction(statements, operations);
      return {
        transactional: transactionalOf(statements, operations),
        reason: count > 1 ? "Prisma sends a migration.sql with several statements as one script, which Postgres runs as one implicit transaction" : "Prisma runs a migration.sql with a single statement outside a transaction",
        optOut: "put the statement alone in a migration.sql of its own (Prisma runs a single-statement file outside a transaction)"
      };
    case "drizzle":
      assignSingleTransaction(statements, operations);
      return {
        transactional: transactionalOf(statements, operations),
        reason: "drizzle-kit's migrator runs all pending migrations in one transaction",
        optOut: "drizzle-kit cannot run a migration outside its transaction: run the statement separately (a script or a custom migration step) and keep it out of the drizzle folder"
      };
    default: {
      const wraps = assumeTransaction === true || assumeTransaction === "multi-statement" && count > 1;
      if (wraps) assignSingleTransaction(statements, operations);
      return {
        transactional: transactionalOf(statements, operations),
        reason: wraps ? count > 1 ? "a file with several statements is sent as one script, which Postgres runs as one implicit transaction (setting `assumeTransaction`)" : "the runner wraps each migration in a transaction (setting `assumeTransaction`)" : "the file holds a single statement and no BEGIN, so it runs outside a transaction",
        optOut: "put the statement alone in a migration file of its own, without BEGIN/COMMIT"
      };
    }
  }
}
const DBMATE_MARKER = /^--\s*migrate:(up|down)\b(.*)$/gim;
const GOOSE_MARKER = /^--\s*\+goose\s+(up|down)\b.*$/gim;
function sectionsOf(tool, text) {
  const marker = tool === "dbmate" ? DBMATE_MARKER : tool === "goose" ? GOOSE_MARKER : void 0;
  if (!marker) return [{ direction: "up", start: 0, end: text.length, transactional: true }];
  const gooseNoTransaction = tool === "goose" && /^--\s*\+goose\s+NO\s+TRANSACTION/im.test(text);
  const sections = [];
  for (const match of text.matchAll(marker)) {
    const direction = match[1].toLowerCase() === "down" ? "down" : "up";
    const options = tool === "dbmate" ? match[2] ?? "" : "";
    const start = match.index + match[0].length;
    const previous = sections[sections.length - 1];
    if (previous) previous.end = match.index;
    sections.push({
      direction,
      start,
      end: text.length,
      transactional: !gooseNoTransaction && !/transaction:\s*false/i.test(options)
    });
  }
  return sections.length > 0 ? sections : [{ direction: "up", start: 0, end: text.length, transactional: true }];
}
function assignSectionTransactions(tool, sections, statements, operations) {
  const name = tool === "dbmate" ? "dbmate" : "goose";
  if (!assignExplicitTransactions(statements, operations)) {
    const wrapped = sections.filter((s) => s.transactional).map((s) => s.direction);
    assignSingleTransaction(statements, operations, wrapped);
  }
  const transactional = transactionalOf(statements, operations);
  return {
    transactional,
    reason: transactional ? `${name} runs each migration in a transaction` : `the file opts out of ${name}'s transaction`,
    optOut: tool === "dbmate" ? "put the statement in a migration of its own whose marker reads `-- migrate:up transaction:false`" : "put the statement in a migration of its own with a `-- +goose NO TRANSACTION` line"
  };
}

function readMigration(file, config) {
  return readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction
  );
}

function runReadTask(task, cwd, config) {
  let text;
  try {
    text = task.content ?? readFileSync(path.resolve(cwd, task.path), "utf8");
  } catch (error) {
    const reason = error.code ?? (error instanceof Error ? error.message : String(error));
    return { path: task.path, error: reason };
  }
  return { migration: readMigration({ path: task.path, text, version: task.version, setId: task.setId, setTool: task.setTool }, config) };
}

export { DatabaseModel as D, IGNORED_DIRECTORIES as I, attachLazyAst as a, detectSetTool as d, isConventionalSqlMigration as i, loadSqlParser as l, runReadTask as r, setMembership as s };
