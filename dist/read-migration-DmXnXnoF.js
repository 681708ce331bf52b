import { i as isCodeMigrationPath, d as detectFileTool } from './conventions-BOeyDc8W.js';
import { s as skipOuter, f as fileOffsetOf, S as StaticEvaluator, c as concatTexts, b as textAt, p as placeholderName$1, e as cookLiteral, t as typescriptApi } from './compiler-CkYlFMWm.js';
import { createHash } from 'node:crypto';

let api;
let loading;
function loadPgQuery() {
  loading ??= import('./index-DUaXouVJ.js').then(async (module) => {
    await module.loadModule();
    api = module;
  });
  return loading;
}
function pgQuery() {
  if (!api) throw new Error("The SQL parser is not loaded: await loadSqlParser() before parsing.");
  return api;
}

class LineIndex {
  constructor(text) {
    this.text = text;
    if (text.charCodeAt(0) === 65279) this.starts[0] = 1;
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
  return pgQuery().scanSync(text).tokens.map((t) => ({
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
  return splitTokens(lex(text));
}
function lex(text) {
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
      if (depth > 0) push(i, n, "");
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
  return tokens;
}
function topLevelParts(sql) {
  const tokens = lex(sql);
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

function loadSqlParser() {
  return loadPgQuery();
}
function parseSql(text) {
  return [...parseSqlLazily(text)];
}
function* parseSqlLazily(text) {
  const unmarked = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const nuls = nulOffsets(unmarked);
  const source = nuls.length > 0 ? unmarked.replace(/\0/g, " ") : unmarked;
  const parsed = source.trim() === "" ? [] : source.length > LARGE_TEXT ? parseInChunks(source) : parseText(source);
  yield* nuls.length > 0 ? markNulBytes(parsed, nuls) : parsed;
}
const LARGE_TEXT = 256 * 1024;
const CHUNK = 64 * 1024;
function* parseInChunks(text) {
  let chunk = [];
  const flush = () => {
    if (chunk.length === 0) return [];
    const whole = parseOne(text, chunk[0].start, chunk[chunk.length - 1].end);
    const parsed = whole.some((p) => p.error) && chunk.length > 1 ? chunk.flatMap((r) => parseOne(text, r.start, r.end)) : whole;
    chunk = [];
    return parsed;
  };
  for (const range of splitWithFallbackLexer(text)) {
    if (chunk.length > 0 && range.end - chunk[0].start > CHUNK) yield* flush();
    chunk.push(range);
  }
  yield* flush();
}
const NUL_BYTE_MESSAGE = 'invalid byte sequence for encoding "UTF8": 0x00 (a NUL byte, which also ends the text for tools that read it as a C string)';
function nulOffsets(text) {
  const found = [];
  for (let i = text.indexOf("\0"); i >= 0; i = text.indexOf("\0", i + 1)) found.push(i);
  return found;
}
function* markNulBytes(parsed, nuls) {
  let n = 0;
  const errorAt = (offset, start, end) => ({
    start,
    end,
    error: { message: NUL_BYTE_MESSAGE, offset },
    offsetOf: () => start
  });
  for (const statement of parsed) {
    if (n < nuls.length && nuls[n] < statement.start) {
      yield errorAt(nuls[n], nuls[n], nuls[n] + 1);
      while (n < nuls.length && nuls[n] < statement.start) n++;
    }
    const inside = n < nuls.length && nuls[n] < Math.max(statement.end, statement.start + 1) ? nuls[n] : void 0;
    while (n < nuls.length && nuls[n] < Math.max(statement.end, statement.start + 1)) n++;
    yield inside !== void 0 && !statement.error ? errorAt(inside, statement.start, statement.end) : statement;
  }
  if (n < nuls.length) yield errorAt(nuls[n], nuls[n], nuls[n] + 1);
}
function parseText(text) {
  const toUnits = byteOffsetConverter(text);
  try {
    const result = pgQuery().parseSync(text);
    return (result.stmts ?? []).map((raw) => {
      const from = toUnits(raw.stmt_location ?? 0);
      const to = raw.stmt_len ? toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : text.length;
      const node = raw.stmt;
      const statementLocation = raw.stmt_location ?? 0;
      return {
        start: skipTrivia(text, from),
        end: trimEnd(text, to),
        ast: node,
        nodeType: nodeTypeOf(node),
        // Closures keep the location, not `raw`: whoever keeps `offsetOf` must not keep the tree.
        offsetOf: (location) => toUnits(location ?? statementLocation)
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    return splitStatements(text).flatMap((range) => parseOne(text, range.start, range.end));
  }
}
function parseOne(text, start, end) {
  const chunk = text.slice(start, end);
  if (chunk.trim() === "") return [];
  const toUnits = byteOffsetConverter(chunk);
  try {
    const stmts = pgQuery().parseSync(chunk).stmts ?? [];
    return stmts.map((raw) => {
      const node = raw.stmt;
      const statementLocation = raw.stmt_location ?? 0;
      const from = start + toUnits(statementLocation);
      return {
        start: skipTrivia(text, from),
        // Trimmed like parseText's, so a statement ends at the same place however the text was cut.
        end: trimEnd(text, raw.stmt_len ? start + toUnits((raw.stmt_location ?? 0) + raw.stmt_len) : end),
        ast: node,
        nodeType: nodeTypeOf(node),
        offsetOf: (location) => start + toUnits(location ?? statementLocation)
      };
    });
  } catch (error) {
    if (!isPgError(error)) throw error;
    const cursor = error.sqlDetails?.cursorPosition ?? 0;
    return [
      {
        start,
        end,
        error: { message: oneLine(error.message), offset: start + codePointToUtf16(chunk, cursor) },
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
      const known = cached?.deref();
      if (known) return known;
      const node = pgQuery().parseSync(statement.sql).stmts?.[0]?.stmt;
      if (node) cached = new WeakRef(node);
      return node;
    }
  });
}
function oneLine(message) {
  const near = /^(.*? at or near ")([\s\S]*)"$/.exec(message);
  if (!near || !/[\r\n]/.test(near[2])) return message;
  return `${near[1]}${near[2].split(/\r?\n|\r/)[0]}\u2026"`;
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

const ABSENT = /* @__PURE__ */ Symbol("absent");
class SharedMap {
  constructor(store, stamp) {
    this.store = store;
    this.stamp = stamp;
  }
  store;
  stamp;
  /**
   * A new version of `source` to change: shares `source`'s store when it is that store's newest
   * version, and copies otherwise (a plain `Map`, or an older version).
   */
  static derive(source) {
    if (source instanceof SharedMap && source.stamp === source.store.tip) {
      const store2 = source.store;
      store2.tip++;
      return new SharedMap(store2, store2.tip);
    }
    const store = { entries: /* @__PURE__ */ new Map(), tip: 0, sequence: 0 };
    for (const [key, value] of source) store.entries.set(key, [{ stamp: 0, value, since: ++store.sequence }]);
    return new SharedMap(store, 0);
  }
  get size() {
    let count = 0;
    for (const list of this.store.entries.values()) {
      const entry = this.visible(list);
      if (entry && entry.value !== ABSENT) count++;
    }
    return count;
  }
  get(key) {
    const list = this.store.entries.get(key);
    const entry = list && this.visible(list);
    return entry && entry.value !== ABSENT ? entry.value : void 0;
  }
  has(key) {
    const list = this.store.entries.get(key);
    const entry = list && this.visible(list);
    return entry !== void 0 && entry.value !== ABSENT;
  }
  set(key, value) {
    this.write(key, value);
    return this;
  }
  delete(key) {
    const had = this.has(key);
    if (had) this.write(key, ABSENT);
    return had;
  }
  forEach(callback, thisArg) {
    for (const [key, value] of this.ordered()) callback.call(thisArg, value, key, this);
  }
  *entries() {
    yield* this.ordered();
  }
  *keys() {
    for (const [key] of this.ordered()) yield key;
  }
  *values() {
    for (const [, value] of this.ordered()) yield value;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  write(key, value) {
    if (this.stamp !== this.store.tip) throw new Error("SharedMap: only the newest version of a store can change");
    let list = this.store.entries.get(key);
    if (!list) this.store.entries.set(key, list = []);
    const last = list[list.length - 1];
    const present = last !== void 0 && last.value !== ABSENT;
    const since = value === ABSENT ? 0 : present ? last.since : ++this.store.sequence;
    if (last && last.stamp === this.stamp) list[list.length - 1] = { stamp: this.stamp, value, since };
    else list.push({ stamp: this.stamp, value, since });
  }
  /** The last entry at or below this version's stamp (entries are in stamp order). */
  visible(list) {
    let lo = 0;
    let hi = list.length - 1;
    if (hi < 0 || list[0].stamp > this.stamp) return void 0;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (list[mid].stamp <= this.stamp) lo = mid;
      else hi = mid - 1;
    }
    return list[lo];
  }
  /** A snapshot of the present entries in `Map` order, so callers may change the map while iterating. */
  ordered() {
    const found = [];
    for (const [key, list] of this.store.entries) {
      const entry = this.visible(list);
      if (entry && entry.value !== ABSENT) found.push({ key, value: entry.value, since: entry.since });
    }
    found.sort((a, b) => a.since - b.since);
    return found.map((e) => [e.key, e.value]);
  }
}

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
  functionMap = /* @__PURE__ */ new Map();
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
  userFunction(name) {
    const own = this.functionMap.get(name);
    if (own !== void 0) return own ?? void 0;
    return this.parent?.userFunction?.(name);
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
  /** What this overlay itself holds: each entry set to a value, or hidden (null). */
  ownChanges() {
    return { tables: this.tableMap, indexes: this.indexMap, enums: this.enumMap };
  }
  apply(op, ctx) {
    if (op.direction !== "up") return;
    const origin = { createdIn: ctx.migration, createdInChangeSet: ctx.inChangeSet };
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
        return this.updateColumn(op.table, op.column, (c) => ({ ...c, ...columnType$1(op.type) }));
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
        if (e) this.enumMap.set(op.type, { ...e, values: e.values.map((v) => v === op.value ? op.newValue : v) });
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
  createTable(name, columns, constraints, ifNotExists, origin, partitionOf, partitioned = false) {
    if (ifNotExists && this.table(name)) return;
    const table = { name, columns: /* @__PURE__ */ new Map(), constraints: /* @__PURE__ */ new Map(), origin, ...partitioned ? { partitioned } : {} };
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
    const derive = this.parent ? SharedMap.derive : (m) => new Map(m);
    const copy = {
      name: current.name,
      columns: derive(current.columns),
      constraints: derive(current.constraints),
      origin: current.origin,
      ...current.partitioned ? { partitioned: true } : {}
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
const sharedValues = /* @__PURE__ */ new WeakMap();
function withValue(e, value) {
  const shared = sharedValues.get(e);
  const length = shared ? shared.length : e.values.length;
  const seen = shared ? shared.all : e.values;
  for (let i = 0; i < length; i++) if (seen[i] === value) return void 0;
  const all = shared && shared.all.length === length ? shared.all : seen.slice(0, length);
  all.push(value);
  const next = { name: e.name, origin: e.origin };
  Object.defineProperty(next, "values", { enumerable: true, configurable: true, get: () => all.slice(0, length + 1) });
  sharedValues.set(next, { all, length: length + 1 });
  return next;
}
function placeholderTable(name) {
  return { name, columns: /* @__PURE__ */ new Map(), constraints: /* @__PURE__ */ new Map(), origin: { createdInChangeSet: false } };
}
function unknownColumn(name) {
  return { name, notNull: false, serial: false, generated: false };
}
function columnType$1(type) {
  const serialBase = SERIAL_TYPES[type.name];
  if (!serialBase) return { type, serial: false };
  return { type: { ...type, name: serialBase, display: serialBase }, serial: true };
}
function addColumnTo(table, spec, onConstraint) {
  const typeInfo = spec.type ? columnType$1(spec.type) : { serial: false };
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

function assignExplicitTransactions(statements, operations, oneScript = false) {
  const actions = /* @__PURE__ */ new Map();
  for (const op of operations) {
    if (op.kind === "transaction" && op.statement) actions.set(op.statement, op.action);
  }
  if (![...actions.values()].includes("begin")) return false;
  let next = 0;
  const current = { up: null, down: null };
  const implicit = { up: false, down: false };
  for (const statement of statements) {
    const action = actions.get(statement);
    const dir = statement.direction;
    if (action === "begin") {
      if (!implicit[dir] || current[dir] === null) current[dir] = next++;
      implicit[dir] = false;
    } else if (oneScript && current[dir] === null && action !== "commit" && action !== "rollback") {
      current[dir] = next++;
      implicit[dir] = true;
    }
    statement.transaction = current[dir];
    if (action === "commit" || action === "rollback") {
      current[dir] = null;
      implicit[dir] = false;
    }
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
function transactionalOf(statements, operations, direction = "up") {
  const up = [
    ...statements.filter((s) => s.direction === direction).map((s) => s.transaction),
    ...operations.filter((o) => o.direction === direction && !o.statement).map((o) => o.transaction)
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

const SENDS_QUERY = /^\\(g|gx|gset|gexec|gdesc|crosstabview|watch)\b/;
const COPY_FROM_STDIN = /^COPY\b[\s\S]*\bFROM\s+STDIN\b/i;
function psqlParts(text) {
  if (!text.includes("\\")) return [];
  const parts = [];
  const n = text.length;
  let statementStart = -1;
  let i = 0;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "-" && next === "-") {
      i = lineEnd(text, i);
    } else if (c === "/" && next === "*") {
      i = blockCommentEnd(text, i);
    } else if (c === "'" || c === '"') {
      if (statementStart < 0) statementStart = i;
      i = quotedEnd(text, i);
    } else if (c === "$" && (i === 0 || !/[A-Za-z0-9_$]/.test(text[i - 1]))) {
      if (statementStart < 0) statementStart = i;
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? n : close + tag[0].length;
      } else {
        i++;
      }
    } else if (c === "\\") {
      const end = metaCommandEnd(text, i);
      parts.push({ kind: "meta-command", start: i, end });
      if (SENDS_QUERY.test(text.slice(i, end))) statementStart = -1;
      i = end;
    } else if (c === ";") {
      const statement = statementStart >= 0 ? text.slice(statementStart, i) : "";
      statementStart = -1;
      i++;
      if (COPY_FROM_STDIN.test(statement)) {
        const data = copyData(text, i);
        if (data) parts.push(data);
        i = data?.end ?? i;
      }
    } else {
      if (statementStart < 0 && !/\s/.test(c)) statementStart = i;
      i++;
    }
  }
  return parts;
}
function blankPsqlParts(text, parts) {
  if (parts.length === 0) return text;
  let result = "";
  let last = 0;
  for (const part of parts) {
    result += text.slice(last, part.start);
    const blank = text.slice(part.start, part.end).replace(/[^\r\n]/g, " ");
    result += part.kind === "meta-command" && SENDS_QUERY.test(text.slice(part.start, part.end)) ? `;${blank.slice(1)}` : blank;
    last = part.end;
  }
  return result + text.slice(last);
}
function metaCommandName(text, part) {
  return /^\\[^\s\\]*/.exec(text.slice(part.start, part.end))?.[0] ?? "\\";
}
function metaCommandEnd(text, from) {
  const end = lineEnd(text, from);
  const separator = text.indexOf("\\\\", from + 1);
  return separator >= 0 && separator < end ? separator + 2 : end;
}
function copyData(text, afterSemicolon) {
  const firstLine = lineEnd(text, afterSemicolon);
  if (text.slice(afterSemicolon, firstLine).trim() !== "") return void 0;
  const start = firstLine;
  if (start >= text.length) return void 0;
  const terminator = /^\\\.[ \t]*(\r?\n|$)/m;
  const rest = text.slice(start);
  const match = terminator.exec(rest);
  const end = match ? start + match.index + match[0].length : text.length;
  return { kind: "copy-data", start, end };
}
function lineEnd(text, from) {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl + 1;
}
function blockCommentEnd(text, from) {
  let depth = 1;
  let j = from + 2;
  while (j < text.length && depth > 0) {
    if (text[j] === "/" && text[j + 1] === "*") depth++, j += 2;
    else if (text[j] === "*" && text[j + 1] === "/") depth--, j += 2;
    else j++;
  }
  return j;
}
function quotedEnd(text, from) {
  const quote = text[from];
  const escapes = quote === "'" && from > 0 && /[eE]/.test(text[from - 1]) && !/[A-Za-z0-9_$]/.test(text[from - 2] ?? " ");
  let j = from + 1;
  while (j < text.length) {
    if (escapes && text[j] === "\\") j += 2;
    else if (text[j] === quote && text[j + 1] === quote) j += 2;
    else if (text[j] === quote) return j + 1;
    else j++;
  }
  return text.length;
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
  const spec = typeSpec(name, modifiers, (typeName.arrayBounds?.length ?? 0) > 0);
  if (bare.some((p) => p !== p.toLowerCase())) spec.display = spec.display.replace(spec.name, bare.map(quotedWhereNeeded).join("."));
  return spec;
}
function quotedWhereNeeded(part) {
  return /^[a-z_][a-z0-9_$]*$/.test(part) ? part : `"${part.replace(/"/g, '""')}"`;
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
        if (isColumn$1(expr.lexpr) && this.isSingleValue(expr.rexpr)) return matchOn(expr.lexpr);
        if (isColumn$1(expr.rexpr) && this.isSingleValue(expr.lexpr)) return matchOn(expr.rexpr);
        const joined = this.joinedColumn(expr.lexpr, expr.rexpr) ?? this.joinedColumn(expr.rexpr, expr.lexpr);
        return joined ? matchOn(joined) : void 0;
      }
      case "AEXPR_OP_ANY":
        if (!isEquality(expr.name) || !isColumn$1(expr.lexpr)) return void 0;
        return isConstantList(expr.rexpr) || this.isLimitedArray(expr.rexpr) ? matchOn(expr.lexpr) : void 0;
      case "AEXPR_IN":
        return isEquality(expr.name) && isColumn$1(expr.lexpr) && isConstantList(expr.rexpr) ? matchOn(expr.lexpr) : void 0;
      case "AEXPR_BETWEEN":
      case "AEXPR_BETWEEN_SYM":
        return isColumn$1(expr.lexpr) && isConstantList(expr.rexpr) ? { kind: "range" } : void 0;
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
    if (!isColumn$1(target) || !this.readsLimitedFrom(other) || this.readsLimitedFrom(target)) return void 0;
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
    const [column, flipped] = isColumn$1(expr.lexpr) && isConstant(expr.rexpr) ? [columnParts(expr.lexpr).join("."), false] : isColumn$1(expr.rexpr) && isConstant(expr.lexpr) ? [columnParts(expr.rexpr).join("."), true] : [void 0, false];
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
function isColumn$1(node) {
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
          ...def?.raw_default && !isDefaultConversion(def.raw_default, column, type) ? { using: render(def.raw_default) } : {}
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
function isDefaultConversion(expr, column, to) {
  const cast = as(expr, "TypeCast");
  if (cast) {
    const castTo = typeFromAst(cast.typeName);
    const same = castTo !== void 0 && castTo.name === to.name && castTo.array === to.array && castTo.modifiers.join() === to.modifiers.join();
    return same && cast.arg !== void 0 && isColumn(cast.arg, column);
  }
  return isColumn(expr, column);
}
function isColumn(expr, column) {
  const fields = as(expr, "ColumnRef")?.fields ?? [];
  const last = fields.length > 0 ? as(fields[fields.length - 1], "String")?.sval : void 0;
  return last === column;
}

const VOLATILITY = { immutable: "constant", stable: "stable", volatile: "volatile" };
function functionChange(ast) {
  const create = as(ast, "CreateFunctionStmt");
  if (create && !create.is_procedure) {
    const declared = (create.options ?? []).map((o) => as(o, "DefElem")).find((d) => d?.defname === "volatility");
    const keyword = as(declared?.arg, "String")?.sval ?? "volatile";
    const language = as((create.options ?? []).map((o) => as(o, "DefElem")).find((d) => d?.defname === "language")?.arg, "String")?.sval?.toLowerCase();
    const volatility = VOLATILITY[keyword] ?? "volatile";
    const judged = language === "sql" && volatility === "volatile" ? "unknown" : volatility;
    return { definesFunction: { name: bareName(stringList(create.funcname)), volatility: judged, declared: declared !== void 0 } };
  }
  const drop = as(ast, "DropStmt");
  if (drop && drop.removeType === "OBJECT_FUNCTION") {
    return { dropsFunctions: (drop.objects ?? []).map((o) => bareName(stringList(as(o, "ObjectWithArgs")?.objname))) };
  }
  return {};
}
function bareName(parts) {
  return (parts[parts.length - 1] ?? "").toLowerCase();
}

const MAX_IDENTIFIER_BYTES = 63;
const utf8 = new TextEncoder();
const DOLLAR_TAG = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;
const NAME_REST = /[A-Za-z0-9_$\u0080-\uffff]*/y;
function isNameStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code >= 128;
}
const SHORT_FOR_SURE = Math.floor(MAX_IDENTIFIER_BYTES / 3);
const MAYBE_LONG = new RegExp(`[A-Za-z0-9_$\\u0080-\\uffff]{${SHORT_FOR_SURE + 1}}|"[^"]{${SHORT_FOR_SURE + 1}}`);
const decoder = new TextDecoder();
function longIdentifiers(sql) {
  const found = [];
  if (!MAYBE_LONG.test(sql)) return found;
  const note = (name, offset) => {
    if (name.length <= SHORT_FOR_SURE) return;
    const bytes = utf8.encode(name);
    if (bytes.length <= MAX_IDENTIFIER_BYTES) return;
    let end = MAX_IDENTIFIER_BYTES;
    while (end > 0 && (bytes[end] & 192) === 128) end--;
    found.push({ name, truncated: decoder.decode(bytes.subarray(0, end)), offset });
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(sql[i - 1]) && !/[\w$]/.test(sql[i - 2] ?? "");
      i++;
      while (i < sql.length) {
        if (escapes && sql[i] === "\\") i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
    } else if (c === '"') {
      let name = "";
      const start = i++;
      while (i < sql.length) {
        if (sql[i] === '"' && sql[i + 1] === '"') name += '"', i += 2;
        else if (sql[i] === '"') break;
        else name += sql[i++];
      }
      i++;
      note(name, start);
    } else if (c === "$" && (DOLLAR_TAG.lastIndex = i, DOLLAR_TAG.test(sql))) {
      const tag = sql.slice(i, DOLLAR_TAG.lastIndex);
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else if (isNameStart(sql.charCodeAt(i))) {
      const start = i;
      NAME_REST.lastIndex = i + 1;
      NAME_REST.test(sql);
      i = NAME_REST.lastIndex;
      if (i - start > SHORT_FOR_SURE) note(sql.slice(start, i).toLowerCase(), start);
    } else {
      i++;
    }
  }
  return found;
}

function booleanOption(options, name) {
  let value;
  for (const node of options ?? []) {
    const def = as(node, "DefElem");
    if (def?.defname !== name) continue;
    value = booleanValue(def.arg);
  }
  return value;
}
function booleanValue(arg) {
  if (!arg) return true;
  const integer = as(arg, "Integer");
  if (integer) return (integer.ival ?? 0) !== 0;
  const boolean = as(arg, "Boolean");
  if (boolean) return boolean.boolval === true;
  const text = as(arg, "String")?.sval ?? (as(arg, "TypeName")?.names ?? []).map((n) => as(n, "String")?.sval ?? "").join(".");
  const word = text.toLowerCase();
  return !(word === "false" || word === "off" || word === "0" || word === "no" || word === "f" || word === "n");
}

function rejections(ast, ctx) {
  const found = [];
  const twice = (names, message) => {
    const seen = /* @__PURE__ */ new Set();
    for (const { name, location } of names) {
      if (seen.has(name)) found.push({ message: message(name), span: ctx.base(location).span });
      seen.add(name);
    }
  };
  const specifiedTwice = (name) => `column "${name}" specified more than once`;
  const assignedTwice = (name) => `multiple assignments to same column "${name}"`;
  const create = as(ast, "CreateStmt");
  if (create) {
    const columns = (create.tableElts ?? []).flatMap((e) => {
      const def = as(e, "ColumnDef");
      return def?.colname ? [{ name: def.colname, ...def.location !== void 0 ? { location: def.location } : {} }] : [];
    });
    twice(columns, specifiedTwice);
  }
  const insert = as(ast, "InsertStmt");
  if (insert) {
    twice(plainTargets(insert.cols), specifiedTwice);
    twice(plainTargets(insert.onConflictClause?.targetList), assignedTwice);
  }
  const update = as(ast, "UpdateStmt");
  if (update) twice(plainTargets(update.targetList), assignedTwice);
  const view = as(ast, "ViewStmt");
  if (view) twice(outputColumns(stringList(view.aliases), view.query), specifiedTwice);
  const createAs = as(ast, "CreateTableAsStmt");
  if (createAs) twice(outputColumns(stringList(createAs.into?.colNames), createAs.query), specifiedTwice);
  return found;
}
function plainTargets(list) {
  return (list ?? []).flatMap((n) => {
    const t = as(n, "ResTarget");
    if (!t?.name || (t.indirection ?? []).length > 0) return [];
    return [{ name: t.name, ...t.location !== void 0 ? { location: t.location } : {} }];
  });
}
function outputColumns(aliases, query) {
  let select = as(query, "SelectStmt");
  while (select?.larg) select = select.larg;
  const targets = (select?.targetList ?? []).map((n) => as(n, "ResTarget"));
  const names = aliases.map((name) => ({ name }));
  for (const target of targets.slice(aliases.length)) {
    const name = target && outputName(target);
    if (!name) break;
    names.push({ name, ...target.location !== void 0 ? { location: target.location } : {} });
  }
  return names;
}
function outputName(target) {
  if (target.name) return target.name;
  const ref = as(target.val, "ColumnRef");
  const last = ref?.fields?.[ref.fields.length - 1];
  return last && as(last, "String")?.sval;
}

function extractContext(statement, spanAt, spanAtOffset, lineSpanAt = spanAt) {
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
    },
    lineSpanAt
  };
}

function statementOperations(ast, ctx) {
  const ops = operationsOf(ast, ctx);
  const rejected = rejections(ast, ctx);
  if (rejected.length > 0 && ops[0]) ops[0].rejected = rejected;
  const long = longIdentifiers(ctx.statement.sql);
  if (long.length > 0 && ops[0]) {
    ops[0].longNames = long.map((l) => ({ name: l.name, truncated: l.truncated, span: ctx.baseAtOffset(l.offset).span }));
  }
  return ops;
}
function operationsOf(ast, ctx) {
  const base = ctx.base();
  const n = ast;
  if (n["CreateStmt"]) return [createTable$2(n["CreateStmt"], ctx)];
  const alter = as(ast, "AlterTableStmt");
  if (alter) return alterTableOperations(alter, ctx);
  const rename = as(ast, "RenameStmt");
  if (rename) return renameOperations(rename, ctx);
  const index = as(ast, "IndexStmt");
  if (index) return [createIndex$1(index, ctx)];
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
    const full = booleanOption(vacuum.options, "full") === true;
    const rels = (vacuum.rels ?? []).map((r) => relationName(as(r, "VacuumRelation")?.relation));
    if (rels.length === 0) return [{ ...base, kind: "vacuum", full }];
    return rels.map((table) => ({ ...base, kind: "vacuum", table, full }));
  }
  const explain = as(ast, "ExplainStmt");
  if (explain) {
    if (explain.query && booleanOption(explain.options, "analyze") === true) return operationsOf(explain.query, ctx);
    return [otherOperation(ast, ctx)];
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
        concurrent: booleanOption(reindex.params, "concurrently") === true
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
  return [{ ...otherOperation(ast, ctx), ...functionChange(ast) }];
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
function createTable$2(stmt, ctx) {
  const table = relationName(stmt.relation);
  const columns = [];
  const constraints = [];
  for (const element of stmt.tableElts ?? []) {
    const def = as(element, "ColumnDef");
    if (def) columns.push({ ...columnSpec(def, table), span: ctx.lineSpanAt(def.location ?? 0) });
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
    ...stmt.partspec ? { partitioned: true } : {},
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
function createIndex$1(stmt, ctx) {
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
    partial: stmt.whereClause !== void 0,
    // libpg-query leaves out `inh` (false) for ON ONLY.
    ...stmt.relation && stmt.relation.inh !== true ? { onlyParent: true } : {}
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
  return [{ ...otherOperation({ DropStmt: stmt }, ctx), ...functionChange({ DropStmt: stmt }) }];
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
    tree = pgQuery().parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`);
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
  for (const parsed of parseSqlLazily(text)) {
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
      (offset) => spanFrom(parsed.start + offset),
      (location) => {
        const p = at(parsed.offsetOf(location));
        if (p.line === end.line) return { line: p.line, column: p.column, endLine: end.line, endColumn: end.column };
        const lineEnd = origin.lines.lineText(p.line).replace(/[\s,]+$/, "").length + 1;
        return { line: p.line, column: p.column, endLine: p.line, endColumn: Math.max(lineEnd, p.column) };
      }
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
  const sections = source.direction === "down" ? [{ direction: "down", start: 0, end: source.text.length, transactional: true }] : sectionsOf(source.tool, source.text);
  let psqlOnly;
  for (const section of sections) {
    const written = source.text.slice(section.start, section.end);
    const parts = psqlParts(written);
    const sectionText = blankPsqlParts(written, parts);
    if (parts[0]) {
      const part = { ...parts[0], start: parts[0].start + section.start, end: parts[0].end + section.start };
      psqlOnly = psqlOnly ? { ...psqlOnly, count: psqlOnly.count + parts.length } : { part, direction: section.direction, count: parts.length };
    }
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
  if (psqlOnly && source.tool !== "sql") insertInOrder(statements, psqlOnlyStatement(source, lines, psqlOnly));
  const transaction = source.tool === "dbmate" || source.tool === "goose" ? assignSectionTransactions(source.tool, sections, statements, operations) : assignTransactions(source.tool, statements, operations, assumeTransaction, source.direction ?? "up");
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
    dependencies: [],
    ...source.tool === "dbmate" || source.tool === "goose" ? { hasDown: statements.some((s) => s.direction === "down") } : {}
  };
}
const RUNNERS = {
  prisma: "Prisma Migrate",
  drizzle: "drizzle-kit's migrator",
  supabase: "the Supabase CLI",
  "golang-migrate": "golang-migrate",
  dbmate: "dbmate",
  goose: "goose"
};
function psqlOnlyStatement(source, lines, found) {
  const { part, direction, count } = found;
  const start = lines.position(part.start);
  const written = source.text.slice(part.start, part.end).replace(/\s+$/, "");
  const end = lines.position(part.start + written.length);
  const what = part.kind === "meta-command" ? `the psql meta-command \`${metaCommandName(source.text, part)}\`` : "the data rows of a COPY ... FROM stdin";
  const more = count > 1 ? ` (and ${count - 1} more psql-only ${count > 2 ? "lines" : "line"} in this file)` : "";
  const runner = RUNNERS[source.tool];
  return {
    index: 0,
    sql: written,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    direction,
    transaction: null,
    error: {
      message: `syntax error at or near "${written.slice(0, 1)}": ${what}${more} runs only under psql, and ${runner} sends the file to Postgres as SQL`,
      span: { line: start.line, column: start.column, endLine: start.line, endColumn: start.column }
    }
  };
}
function insertInOrder(statements, statement) {
  const at = statements.findIndex((s) => s.line > statement.line || s.line === statement.line && s.column > statement.column);
  statements.splice(at < 0 ? statements.length : at, 0, statement);
  statements.forEach((s, i) => s.index = i);
}
function assignTransactions(tool, statements, operations, assumeTransaction, direction) {
  const count = statements.length;
  const runnerWraps = tool === "drizzle" || tool !== "prisma" && assumeTransaction === true;
  const wrapped = { runnerWraps: { up: runnerWraps, down: runnerWraps } };
  const oneScript = tool === "prisma" || tool !== "drizzle" && assumeTransaction === "multi-statement";
  if (assignExplicitTransactions(statements, operations, oneScript)) {
    return {
      transactional: transactionalOf(statements, operations, direction),
      reason: oneScript ? "the file opens a transaction with BEGIN, and the statements outside BEGIN ... COMMIT of a script sent as one query run in an implicit transaction" : "the file opens a transaction with BEGIN",
      optOut: "move the statement out of the BEGIN ... COMMIT block, into a migration of its own",
      ...wrapped
    };
  }
  switch (tool) {
    case "prisma":
      if (count > 1) assignSingleTransaction(statements, operations);
      return {
        ...wrapped,
        transactional: transactionalOf(statements, operations, direction),
        reason: count > 1 ? "Prisma sends a migration.sql with several statements as one script, which Postgres runs as one implicit transaction" : "Prisma runs a migration.sql with a single statement outside a transaction",
        optOut: "put the statement alone in a migration.sql of its own (Prisma runs a single-statement file outside a transaction)"
      };
    case "drizzle":
      assignSingleTransaction(statements, operations);
      return {
        ...wrapped,
        transactional: transactionalOf(statements, operations, direction),
        reason: "drizzle-kit's migrator runs all pending migrations in one transaction",
        sharedAcrossPending: true,
        optOut: "drizzle-kit cannot run a migration outside its transaction: run the statement separately (a script or a custom migration step) and keep it out of the drizzle folder"
      };
    default: {
      const wraps = assumeTransaction === true || assumeTransaction === "multi-statement" && count > 1;
      if (wraps) assignSingleTransaction(statements, operations);
      return {
        ...wrapped,
        transactional: transactionalOf(statements, operations, direction),
        ...defaultSqlTransaction(assumeTransaction, count)
      };
    }
  }
}
function defaultSqlTransaction(assumeTransaction, count) {
  if (assumeTransaction === true) {
    return {
      reason: "the runner wraps each migration in a transaction (setting `assumeTransaction: true`)",
      optOut: 'put the statement in a migration your runner runs outside a transaction (its per-migration opt-out), or set `assumeTransaction: "multi-statement"` if the runner sends each file as it is'
    };
  }
  const alone = "put the statement alone in a migration file of its own, without BEGIN/COMMIT";
  if (assumeTransaction === "multi-statement" && count > 1) {
    return {
      reason: 'a file with several statements goes to Postgres as one script, which runs as one implicit transaction (setting `assumeTransaction: "multi-statement"`, the default)',
      optOut: alone
    };
  }
  return {
    reason: assumeTransaction === false ? "the runner sends each statement on its own, outside a transaction (setting `assumeTransaction: false`)" : "the file holds a single statement and no BEGIN, so it runs outside a transaction",
    optOut: alone
  };
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
  const wraps = (direction) => sections.some((s) => s.direction === direction && s.transactional);
  return {
    transactional,
    runnerWraps: { up: wraps("up"), down: wraps("down") },
    reason: transactional ? `${name} runs each migration in a transaction` : `the file opts out of ${name}'s transaction`,
    optOut: tool === "dbmate" ? "put the statement in a migration of its own whose marker reads `-- migrate:up transaction:false`" : "put the statement in a migration of its own with a `-- +goose NO TRANSACTION` line"
  };
}

function flattenChain(ts, sf, expression) {
  const links = [];
  let node = skipOuter(ts, expression);
  let pendingCall;
  for (; ; ) {
    if (ts.isCallExpression(node)) {
      pendingCall = node;
      node = skipOuter(ts, node.expression);
      continue;
    }
    if (ts.isPropertyAccessExpression(node)) {
      links.push({
        name: node.name.text,
        ...pendingCall ? { call: pendingCall } : {},
        args: pendingCall?.arguments ?? [],
        node: pendingCall ?? node,
        start: node.name.getStart(sf)
      });
      pendingCall = void 0;
      node = skipOuter(ts, node.expression);
      continue;
    }
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      links.push({
        name: node.argumentExpression.text,
        ...pendingCall ? { call: pendingCall } : {},
        args: pendingCall?.arguments ?? [],
        node: pendingCall ?? node,
        start: node.argumentExpression.getStart(sf)
      });
      pendingCall = void 0;
      node = skipOuter(ts, node.expression);
      continue;
    }
    break;
  }
  if (pendingCall) links.push({ name: "", call: pendingCall, args: pendingCall.arguments, node: pendingCall, start: node.getStart(sf) });
  links.reverse();
  return { root: node, links, outer: expression };
}

const NOWHERE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function modelGeneratedSql(sql, direction) {
  const parsed = parseSql(sql);
  if (parsed.some((p) => p.error || !p.ast)) return void 0;
  const ops = [];
  for (const p of parsed) {
    const statement = { index: 0, sql: sql.slice(p.start, p.end), ...NOWHERE, direction, transaction: null };
    const ctx = extractContext(statement, () => NOWHERE, () => NOWHERE);
    for (const op of statementOperations(p.ast, ctx)) {
      delete op.statement;
      for (const r of op.rejected ?? []) delete r.span;
      for (const n of op.longNames ?? []) delete n.span;
      ops.push(op);
    }
  }
  return ops;
}
function quoteName(name) {
  return name.split(".").map((part) => quoteIdent(part)).join(".");
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
function columnList(columns) {
  return columns.map(quoteIdent).join(", ");
}

const MAX_INLINE_DEPTH = 4;
const MAX_UNROLLED = 64;
class Extractor {
  constructor(ts, sf, lines, evaluator, reader) {
    this.ts = ts;
    this.sf = sf;
    this.lines = lines;
    this.evaluator = evaluator;
    this.reader = reader;
  }
  ts;
  sf;
  lines;
  evaluator;
  reader;
  entries = [];
  uninspectable = [];
  /** Directions whose code opts out of the tool's transaction (node-pg-migrate's `pgm.noTransaction()`). */
  noTransaction = /* @__PURE__ */ new Set();
  direction = "up";
  deferred = [];
  statementCount = 0;
  consumed = /* @__PURE__ */ new Set();
  parameterHandles = /* @__PURE__ */ new Map();
  inlining = [];
  seen = /* @__PURE__ */ new Set();
  /** Lines of the helper calls being read as if inline, outermost first. */
  callSites = [];
  /** Values the file exports besides up/down (node-pg-migrate's `shorthands`). */
  exports = /* @__PURE__ */ new Map();
  exportedValue(name) {
    const expression = this.exports.get(name);
    return expression ? this.evaluator.value(expression) : void 0;
  }
  /** Reads one entry function (`up` or `down`). */
  readEntry(fn, direction) {
    this.direction = direction;
    this.bindParameters(fn, this.reader.parameterHandles(fn));
    if (fn.body) this.walk(fn.body);
    this.entries.push(...this.deferred);
    this.deferred = [];
  }
  /** Registers handle kinds for a function's parameters (an entry function, or a callback a tool hands a handle to). */
  bindParameters(fn, kinds) {
    const ts = this.ts;
    fn.parameters.forEach((p, i) => {
      const kind = kinds[i];
      if (!kind) return;
      const names = /* @__PURE__ */ new Map();
      if (ts.isIdentifier(p.name)) {
        names.set(p.name.text, kind);
      } else if (ts.isObjectBindingPattern(p.name)) {
        for (const element of p.name.elements) {
          const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : "";
          if (key === "context" && ts.isIdentifier(element.name)) names.set(element.name.text, kind);
        }
      }
      this.parameterHandles.set(p, names);
    });
  }
  /** Visits a subtree, reading every call chain in it. */
  walk(node) {
    const ts = this.ts;
    if (this.consumed.has(node)) return;
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
      if (this.readCall(node)) return;
    }
    if (ts.isFunctionDeclaration(node)) return;
    if (ts.isForOfStatement(node) && this.unrollLoop(node)) return;
    ts.forEachChild(node, (child) => this.walk(child));
  }
  /**
   * `for (const table of ["users", "orders"]) { ... }`: the body is read once per item, with the
   * loop variable standing for it, as each iteration runs. Loops over anything else are walked
   * once, their variable known only at run time.
   */
  unrollLoop(loop) {
    const ts = this.ts;
    const list = loop.initializer;
    if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) return false;
    const declaration = list.declarations[0];
    if (!ts.isIdentifier(declaration.name)) return false;
    if (leavesLoop(ts, loop.statement)) return false;
    const items = this.evaluator.value(loop.expression);
    if (items.kind !== "array" || items.items.length === 0 || items.items.length > MAX_UNROLLED || items.items.some((i) => i.kind === "dynamic")) return false;
    this.walk(loop.expression);
    for (const item of items.items) {
      const restore = this.evaluator.bindLoopVariable(declaration, item);
      try {
        this.walk(loop.statement);
      } finally {
        restore();
      }
    }
    return true;
  }
  /** Returns true when the whole call was read (its children need no further walking). */
  readCall(node) {
    const ts = this.ts;
    const chain = this.canonicalChain(flattenChain(this.ts, this.sf, node));
    const handle = this.handleOf(chain);
    if (handle) {
      const known = this.reader.read({ ...chain, handle }, this);
      if (!known && !(ts.isCallExpression(node) && this.inlineOwnMethod(node))) this.unknownCall(chain, handle);
      this.walkUnconsumed(chain);
      return true;
    }
    if (ts.isCallExpression(node) && this.passesHandle(node)) return true;
    return false;
  }
  /**
   * Walks the callbacks a reader left alone in a chain (`.then(() => knex.schema...)`). Other
   * arguments are values: a `knex.raw(...)` passed to `.update({...})` is part of that query,
   * not a statement of its own.
   */
  walkUnconsumed(chain) {
    const ts = this.ts;
    for (const link of chain.links) {
      for (const arg of link.args) {
        const node = skipOuter(ts, arg);
        if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !this.consumed.has(arg) && !this.consumed.has(node)) this.walk(node.body);
      }
    }
  }
  /** Follows aliases (`const schema = knex.schema`) so the chain starts at the handle itself. */
  canonicalChain(chain) {
    const ts = this.ts;
    let current = chain;
    for (let hops = 0; hops < 8; hops++) {
      if (!ts.isIdentifier(current.root)) return current;
      const binding = this.evaluator.bindingOf(current.root);
      if (binding.kind !== "value") return current;
      const target = skipOuter(ts, binding.expression);
      if (!ts.isPropertyAccessExpression(target) && !ts.isCallExpression(target) && !ts.isIdentifier(target)) return current;
      const prefix = flattenChain(ts, this.sf, target);
      current = { root: prefix.root, links: [...prefix.links, ...current.links], outer: current.outer };
    }
    return current;
  }
  /** The handle a chain starts at, if any. */
  handleOf(chain) {
    const ts = this.ts;
    const root = chain.root;
    if (root.kind === ts.SyntaxKind.ThisKeyword) return this.reader.thisHandle;
    if (ts.isIdentifier(root)) {
      const kind = this.identifierHandle(root);
      if (kind) return kind;
    }
    return this.reader.rootHandle?.(chain, this);
  }
  /** The handle kind of an identifier bound to a handle parameter. */
  identifierHandle(id) {
    const binding = this.evaluator.bindingOf(id);
    if (binding.kind === "parameter") return this.parameterHandles.get(binding.node)?.get(id.text);
    if (binding.kind === "value") {
      const target = skipOuter(this.ts, binding.expression);
      if (this.ts.isIdentifier(target) && target !== id) return this.identifierHandle(target);
    }
    return void 0;
  }
  /** The handle an expression is, when it is one (`queryRunner`, `knex`, `this`). */
  expressionHandle(expression) {
    const ts = this.ts;
    const node = skipOuter(ts, expression);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return this.reader.thisHandle;
    return ts.isIdentifier(node) ? this.identifierHandle(node) : void 0;
  }
  /**
   * A call that hands a migration handle to another function: a function of this file is read as
   * if its body were inline; one from elsewhere cannot be seen, which is reported.
   */
  passesHandle(call) {
    const ts = this.ts;
    const kinds = call.arguments.map((a) => this.expressionHandle(a));
    if (!kinds.some(Boolean)) return false;
    const callee = skipOuter(ts, call.expression);
    const fn = this.localFunction(callee);
    if (fn && fn.body && this.inlining.length < MAX_INLINE_DEPTH && !this.inlining.includes(fn)) {
      this.inline(fn, call, kinds);
      for (const arg of call.arguments) this.walk(arg);
      return true;
    }
    const name = callee.getText(this.sf);
    const handleArg = call.arguments.find((a) => this.expressionHandle(a));
    const where = this.describeOrigin(callee);
    this.report(call, `it passes \`${handleArg.getText(this.sf)}\` to \`${name}\`${where}, so migration-guard cannot see what that runs`);
    return true;
  }
  /** A callback argument: an inline function, or the name of one defined in this file. */
  localFunctionOf(expression) {
    const node = skipOuter(this.ts, expression);
    if (this.ts.isArrowFunction(node) || this.ts.isFunctionExpression(node)) return node;
    return this.localFunction(node);
  }
  /** `this.helper(...)` in a migration class (MikroORM): the method's body is read as if inline. */
  inlineOwnMethod(call) {
    const callee = skipOuter(this.ts, call.expression);
    if (!this.ts.isPropertyAccessExpression(callee) || callee.expression.kind !== this.ts.SyntaxKind.ThisKeyword) return false;
    const fn = this.localFunction(callee);
    if (!fn?.body || this.inlining.includes(fn) || this.inlining.length >= MAX_INLINE_DEPTH) return false;
    this.inline(fn, call, call.arguments.map((a) => this.expressionHandle(a)));
    return true;
  }
  /**
   * Reads a helper's body for one call: handles passed in become the helper's handles, and its
   * other parameters stand for this call's arguments, so `this.changeType(queryRunner, "users")`
   * is read with `table` = "users" rather than a parameter name.
   */
  inline(fn, call, kinds) {
    this.inlining.push(fn);
    this.callSites.push(this.lines.position(call.getStart(this.sf)).line);
    this.bindParameters(fn, kinds);
    const restore = this.evaluator.bindArguments(fn, call.arguments);
    try {
      if (fn.body) this.walk(fn.body);
    } finally {
      restore();
      this.inlining.pop();
      this.callSites.pop();
    }
  }
  /** A function defined in this file that a callee refers to. */
  localFunction(callee) {
    return this.evaluator.calledFunction(callee);
  }
  describeOrigin(callee) {
    const ts = this.ts;
    let root = callee;
    while (ts.isPropertyAccessExpression(root)) root = root.expression;
    if (!ts.isIdentifier(root)) return "";
    const binding = this.evaluator.bindingOf(root);
    if (binding.kind === "import") return ` (imported from \`${binding.module}\`)`;
    if (binding.kind === "parameter") return " (a parameter)";
    return "";
  }
  unknownCall(chain, handle) {
    const text = compact(chain.outer.getText(this.sf));
    this.report(chain.outer, `\`${text}\` is not a ${describeHandle(handle)} call migration-guard knows, so no rule checked what it does`);
  }
  /** Marks nodes a reader handled itself, so the walk does not read them again. */
  consume(...nodes) {
    for (const n of nodes) if (n) this.consumed.add(n);
  }
  // ---- positions -------------------------------------------------------------------------
  span(node, start) {
    const from = this.lines.position(start ?? node.getStart(this.sf));
    const to = this.lines.position(node.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
  text(node) {
    return node.getText(this.sf);
  }
  // ---- what the migration does -------------------------------------------------------------
  /** SQL an argument evaluates to: parsed, with every statement at its line in the file. */
  sql(argument, options) {
    if (!argument) {
      this.report(options.call, `\`${options.via}\` is called without SQL`);
      return;
    }
    this.sqlVariants(argument, options, (value) => value.text);
  }
  /**
   * The SQL of an argument in every variant the code can build it in (a condition known only at
   * run time choosing between known values): each distinct text is read, its statements marked
   * with the variant, so every variant is checked and a finding they share is reported once.
   * `text` turns a string value into the SQL the tool sends (substituting bindings, say).
   */
  sqlVariants(argument, options, text) {
    const variants = this.evaluator.variants(argument, options.policy);
    const strings = variants.filter((v) => v.value.kind === "string");
    if (variants.length > 1 && strings.length === variants.length) {
      const distinct = /* @__PURE__ */ new Map();
      for (const v of strings) {
        const mapped = text(v.value);
        const label = v.choices.map(([condition, branch]) => `\`${compact(this.text(condition.condition), 60)}\` is ${branch ? "true" : "false"}`).join(" and ");
        if (!distinct.has(mapped.text)) distinct.set(mapped.text, { mapped, label });
      }
      const count = distinct.size;
      for (const { mapped, label } of distinct.values()) this.sqlText(mapped, count > 1 ? { ...options, variant: { label, count } } : options);
      return;
    }
    const value = variants.length === 1 ? variants[0].value : this.evaluator.value(argument, options.policy);
    if (value.kind !== "string") {
      const reason = value.kind === "dynamic" ? value.reason : "it is not a string";
      this.report(options.call, `the SQL passed to \`${options.via}\` is not static: ${reason}`);
      return;
    }
    this.sqlText(text(value), options);
  }
  /** SQL text already assembled (e.g. with bindings substituted). */
  sqlText(mapped, options) {
    if (isOnlyPlaceholders(mapped)) {
      const what = mapped.placeholders.map((p) => `\`${compact(p.source)}\``).join(", ");
      this.report(options.call, `the SQL passed to \`${options.via}\` is built from ${what}, known only at run time`);
      return;
    }
    const callSpan = this.span(options.call);
    const read = readSql(mapped.text, {
      lines: this.lines,
      toFileOffset: (offset) => fileOffsetOf(mapped, offset),
      direction: this.direction,
      firstIndex: this.statementCount,
      callSpan
    });
    const placeholderLines = mapped.placeholders.map((p) => this.lines.position(fileOffsetOf(mapped, p.start)));
    const statements = [];
    const operations = [];
    const callStart = options.call.getStart(this.sf);
    for (const [ordinal, statement] of read.statements.entries()) {
      if (this.isRepeat(`${this.direction}:${options.transactionKey}:${statement.line}:${statement.column}:${statement.sql}`)) continue;
      if (options.variant) statement.variant = { group: `${callStart}:${ordinal}`, ...options.variant };
      const hasPlaceholder = placeholderLines.some((p) => within(statement, p));
      if (statement.error && hasPlaceholder) {
        const what = mapped.placeholders.map((p) => `\`${compact(p.source)}\``).join(", ");
        this.uninspectable.push({
          span: { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn },
          reason: `the SQL passed to \`${options.via}\` depends on ${what}, known only at run time`,
          direction: this.direction
        });
        continue;
      }
      statement.index = this.statementCount++;
      if (this.callSites.length > 0) statement.callSites = [...this.callSites];
      statements.push(statement);
      operations.push(...read.operations.filter((op) => op.statement === statement));
    }
    if (statements.length === 0) return;
    const entry = { direction: this.direction, statements, operations };
    if (options.transactionKey !== void 0) entry.transactionKey = options.transactionKey;
    if (options.deferred) this.deferred.push(entry);
    else this.entries.push(entry);
  }
  /**
   * Operations of a builder call, modelled from the SQL the tool generates for it: the same SQL
   * reader makes the same operations, which then point at the call instead of a statement.
   */
  builder(sql, options) {
    const texts = Array.isArray(sql) ? sql : [sql];
    const modelled = modelGeneratedSql(texts.join(";\n"), this.direction);
    if (!modelled) {
      this.report(options.site, `migration-guard could not model \`${compact(this.text(options.site))}\``);
      return;
    }
    const span = this.span(options.site, options.start);
    const call = this.text(options.site);
    if (this.isRepeat(`${this.direction}:${options.transactionKey}:${span.line}:${span.column}:${texts.join(";")}`)) return;
    const outerSpan = options.outer && options.outer !== options.site ? this.span(options.outer) : void 0;
    for (const op of modelled) {
      op.span = span;
      op.call = call;
      if (outerSpan) op.callSpan = outerSpan;
      if (this.callSites.length > 0) op.callSites = [...this.callSites];
      if (op.kind === "create-table" && options.columnSites) {
        for (const column of op.columns) {
          const site = options.columnSites.get(column.name);
          if (site) column.span = "kind" in site ? this.span(site) : this.span(site.node, site.start);
        }
      }
    }
    options.adjust?.(modelled);
    if (modelled.length === 0) return;
    modelled[0].generatedSql = texts.join(";\n");
    const entry = { direction: this.direction, statements: [], operations: modelled };
    if (options.transactionKey !== void 0) entry.transactionKey = options.transactionKey;
    this.entries.push(entry);
  }
  /**
   * A transaction boundary set by code (`queryRunner.commitTransaction()`), at the call `node`: it
   * is also an operation, so rules about transaction structure see it like a SQL BEGIN/COMMIT.
   */
  boundary(action, node) {
    const op = { kind: "transaction", action, direction: this.direction, span: this.span(node), call: this.text(node), transaction: null };
    this.entries.push({ direction: this.direction, statements: [], operations: [op], boundary: action });
  }
  /** Something no rule could look into, at the line of `node`. */
  report(node, reason) {
    const span = this.span(node);
    if (this.isRepeat(`${this.direction}:${span.line}:${span.column}:${reason}`)) return;
    this.uninspectable.push({ span, reason, direction: this.direction });
  }
  /** True when the same thing was already read at the same place (see `sqlText`). */
  isRepeat(key) {
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }
  /** Evaluates an argument, for readers. */
  value(expression) {
    return expression ? this.evaluator.value(expression) : void 0;
  }
}
function leavesLoop(ts, body) {
  let found = false;
  const visit = (node) => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) || ts.isBreakStatement(node) || ts.isThrowStatement(node) || ts.isTryStatement(node)) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}
function within(span, p) {
  if (p.line < span.line || p.line > span.endLine) return false;
  if (p.line === span.line && p.column < span.column) return false;
  if (p.line === span.endLine && p.column > span.endColumn) return false;
  return true;
}
function isOnlyPlaceholders(mapped) {
  if (mapped.placeholders.length === 0) return false;
  let rest = "";
  let last = 0;
  for (const p of mapped.placeholders) {
    rest += mapped.text.slice(last, p.start);
    last = p.end;
  }
  rest += mapped.text.slice(last);
  return /^[\s;"]*$/.test(rest);
}
function compact(text, max = 80) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
const HANDLE_NAMES = {
  queryRunner: "TypeORM QueryRunner",
  knex: "Knex",
  queryInterface: "Sequelize QueryInterface",
  sequelize: "Sequelize",
  mikro: "MikroORM Migration",
  kysely: "Kysely",
  pgm: "node-pg-migrate"
};
function describeHandle(handle) {
  return HANDLE_NAMES[handle] ?? handle;
}

const EXTERNAL_SYSTEMS = [
  [/^(ioredis|redis|@redis\/client|@upstash\/redis)$/, "a Redis client"],
  [/^(axios|node-fetch|got|superagent|undici|request|request-promise|request-promise-native|ky|cross-fetch|isomorphic-fetch|needle|phin)$/, "an HTTP client"],
  [/^(amqplib|amqp-connection-manager|kafkajs|bull|bullmq|bee-queue|nats|mqtt|rhea|sqs-consumer|@google-cloud\/pubsub|@azure\/service-bus)$/, "a message queue client"],
  [/^(@aws-sdk\/|aws-sdk$|@google-cloud\/|@azure\/|firebase-admin$|googleapis$)/, "a cloud SDK"],
  [/^(stripe|twilio|@sendgrid\/mail|nodemailer|@slack\/web-api|algoliasearch|@elastic\/elasticsearch|@opensearch-project\/opensearch|mongodb|mongoose|typesense|meilisearch)$/, "a client of another service"]
];
const PROCESS_MODULES = /* @__PURE__ */ new Set(["child_process", "node:child_process"]);
const PROCESS_CALLS = /* @__PURE__ */ new Set(["exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", "fork"]);
const SHELL_PACKAGES = /* @__PURE__ */ new Set(["execa", "zx", "shelljs", "cross-spawn"]);
const ENTITY_MANAGER_METHODS = /* @__PURE__ */ new Set([
  "save",
  "insert",
  "update",
  "delete",
  "remove",
  "softDelete",
  "softRemove",
  "restore",
  "upsert",
  "find",
  "findOne",
  "findBy",
  "findOneBy",
  "findOneOrFail",
  "findOneByOrFail",
  "findAndCount",
  "findAndCountBy",
  "count",
  "countBy",
  "exists",
  "existsBy",
  "increment",
  "decrement",
  "preload",
  "merge",
  "create",
  "clear",
  "persist",
  "persistAndFlush",
  "flush",
  "nativeInsert",
  "nativeUpdate",
  "nativeDelete",
  "findAll"
]);
const MODEL_METHODS = /* @__PURE__ */ new Set([
  ...ENTITY_MANAGER_METHODS,
  "findByPk",
  "findOrCreate",
  "bulkCreate",
  "destroy",
  "query",
  "createQueryBuilder",
  "sum",
  "max",
  "min",
  "aggregate",
  "where",
  "getRepository"
]);
const REPOSITORY_CALLS = /* @__PURE__ */ new Set(["getRepository", "getTreeRepository", "getMongoRepository", "getCustomRepository", "withRepository"]);
const GLOBAL_ORM_CALLS = /* @__PURE__ */ new Set(["getRepository", "getTreeRepository", "getCustomRepository", "getManager", "getConnection", "getMongoRepository"]);
const CONTAINER_PACKAGES = /* @__PURE__ */ new Set(["typedi", "tsyringe", "inversify", "@nestjs/core", "awilix"]);
function findAppDependencies(ts, sf, lines, evaluator, imports, shape, resolver) {
  const found = [];
  const span = (node) => {
    const from = lines.position(node.getStart(sf));
    const to = lines.position(node.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  const downFunctions = shape.entries.filter((e) => e.direction === "down").map((e) => e.fn);
  const directionOf = (node) => {
    for (let n = node; n; n = n.parent) if (downFunctions.includes(n)) return "down";
    return "up";
  };
  const add = (node, kind, name, detail) => {
    found.push({ span: span(node), kind, name, detail, direction: directionOf(node) });
  };
  const appNames = /* @__PURE__ */ new Map();
  const containerNames = /* @__PURE__ */ new Set();
  const processNames = /* @__PURE__ */ new Set();
  const processNamespaces = /* @__PURE__ */ new Set();
  for (const imp of imports) {
    if (imp.typeOnly) continue;
    if (PROCESS_MODULES.has(imp.module)) {
      for (const name of imp.names) (PROCESS_CALLS.has(name) ? processNames : processNamespaces).add(name);
      continue;
    }
    if (SHELL_PACKAGES.has(packageOf(imp.module))) {
      for (const name of imp.names) processNames.add(name);
      continue;
    }
    if (CONTAINER_PACKAGES.has(packageOf(imp.module))) {
      for (const name of imp.names) containerNames.add(name);
      continue;
    }
    const external = EXTERNAL_SYSTEMS.find(([pattern]) => pattern.test(imp.module));
    if (external) {
      add(imp.node, "network-client", imp.module, external[1]);
      continue;
    }
    const resolved = resolver?.resolve(imp.module, sf.fileName) ?? fallbackResolution(imp.module);
    if (resolved.kind !== "app" && resolved.kind !== "workspace") continue;
    const usedNames = imp.names.filter((n) => usedAsValue(ts, sf, n, imp.node));
    if (imp.names.length > 0 && usedNames.length === 0) continue;
    for (const n of imp.names) appNames.set(n, imp.module);
    const where = resolved.kind === "workspace" ? `a package of this repository (\`${resolved.packageName}\`)` : describeAppModule(resolved.path);
    add(imp.node, "import", imp.module, where);
  }
  const covered = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (ts.isCallExpression(node) && !covered.has(node)) {
      const before = found.length;
      inspectCall(node);
      if (found.length > before) {
        for (const link of flattenChain(ts, sf, node).links) if (link.call) covered.add(link.call);
      }
    }
    ts.forEachChild(node, visit);
  };
  const inspectCall = (call) => {
    const callee = skipOuter(ts, call.expression);
    let shortText;
    const text = () => shortText ??= compact(call.getText(sf), 60);
    if (ts.isIdentifier(callee)) {
      const name = callee.text;
      if (processNames.has(name)) return add(call, "process", commandOf(call) ?? text(), "runs a program while the migration runs");
      if (name === "fetch" && evaluator.bindingOf(callee).kind === "other") return add(call, "network-client", text(), "calls another system over HTTP");
      if (GLOBAL_ORM_CALLS.has(name) && importedFrom(evaluator, callee, /^typeorm$/)) {
        return add(call, "orm-data-api", text(), "goes through the application's TypeORM entities and data source");
      }
      return;
    }
    if (call.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    const chain = flattenChain(ts, sf, call);
    const last = chain.links[chain.links.length - 1];
    if (!last) return;
    const root = chain.root;
    const rootName = ts.isIdentifier(root) ? root.text : root.kind === ts.SyntaxKind.ThisKeyword ? "this" : void 0;
    if (rootName && processNamespaces.has(rootName) && PROCESS_CALLS.has(last.name)) {
      return add(call, "process", commandOf(call) ?? text(), "runs a program while the migration runs");
    }
    if (ts.isCallExpression(root) && ts.isIdentifier(root.expression) && root.expression.text === "require") {
      const arg = root.arguments[0];
      if (arg && ts.isStringLiteralLike(arg) && PROCESS_MODULES.has(arg.text) && PROCESS_CALLS.has(last.name)) {
        return add(call, "process", commandOf(call) ?? text(), "runs a program while the migration runs");
      }
    }
    if (rootName && containerNames.has(rootName)) return add(call, "orm-data-api", text(), "takes services from the application's dependency-injection container");
    if (rootName === "this" && last.name === "getEntityManager") {
      return add(call, "orm-data-api", text(), "reads and writes through the application's MikroORM entities");
    }
    if (REPOSITORY_CALLS.has(last.name)) return add(call, "orm-data-api", text(), "goes through the application's entity metadata");
    const names = chain.links.map((l) => l.name);
    const managerAt = names.indexOf("manager");
    if (managerAt >= 0 && managerAt === chain.links.length - 2 && ENTITY_MANAGER_METHODS.has(last.name) && chain.links[managerAt].call === void 0) {
      return add(call, "orm-data-api", text(), "goes through the application's entity metadata");
    }
    if (names.includes("models") && MODEL_METHODS.has(last.name)) return add(call, "orm-data-api", text(), "uses the application's Sequelize models");
    if (rootName && appNames.has(rootName) && MODEL_METHODS.has(last.name) && chain.links.every((l, i) => i === chain.links.length - 1 || !l.call)) {
      return add(call, "orm-data-api", text(), `uses the application's model from \`${appNames.get(rootName)}\``);
    }
  };
  visit(sf);
  return found;
}
function packageOf(module) {
  const parts = module.split("/");
  return module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function fallbackResolution(module) {
  if (module.startsWith("node:")) return { kind: "builtin" };
  if (module.startsWith("../")) return { kind: "app", path: module };
  if (module.startsWith(".")) return { kind: "migrations", path: module };
  return { kind: "package", packageName: packageOf(module) };
}
function describeAppModule(path) {
  const lower = path.toLowerCase();
  const segments = lower.split(/[/\\]/);
  const has = (pattern) => segments.some((s) => pattern.test(s));
  if (has(/^entit(y|ies)$/) || /\.entity\.[cm]?[jt]s$/.test(lower)) return "an entity of the application";
  if (has(/^models?$/) || /\.model\.[cm]?[jt]s$/.test(lower)) return "a model of the application";
  if (has(/^repositor(y|ies)$/) || /\.repository\.[cm]?[jt]s$/.test(lower)) return "a repository of the application";
  if (has(/^services?$/) || /\.service\.[cm]?[jt]s$/.test(lower)) return "a service of the application";
  if (has(/^(config|configs|configuration|settings)$/) || /(^|[/.-])(config|configuration|settings)\.[cm]?[jt]s$/.test(lower)) return "the application's configuration";
  if (has(/^(container|di|ioc|inversify)$/) || /(container|inversify\.config)\.[cm]?[jt]s$/.test(lower)) return "the application's dependency-injection container";
  if (/data-?source\.[cm]?[jt]s$/.test(lower) || /ormconfig/.test(lower)) return "the application's data source";
  return "an application module";
}
function usedAsValue(ts, sf, name, importNode) {
  let used = false;
  const visit = (node) => {
    if (used || node === importNode) return;
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword) return;
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent;
      const isDeclarationName = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyAssignment(parent)) && parent.name === node;
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (!isDeclarationName && !isMemberName) used = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return used;
}
function importedFrom(evaluator, id, module) {
  const binding = evaluator.bindingOf(id);
  return binding.kind === "import" && module.test(binding.module);
}
function commandOf(call) {
  const arg = call.arguments[0];
  if (!arg) return void 0;
  const text = arg.getText().replace(/^['"`]|['"`]$/g, "");
  const args = call.arguments[1];
  const rest = args && args.getText().startsWith("[") ? ` ${args.getText().slice(1, -1).replace(/['"`,]/g, "").replace(/\s+/g, " ").trim()}` : "";
  return compact(`${text}${rest}`, 60);
}

const DIRECTIONS = /* @__PURE__ */ new Set(["up", "down"]);
function findMigrationShape(ts, sf, evaluator) {
  const shape = { entries: [], classes: [], downDisabled: false, exports: /* @__PURE__ */ new Map() };
  const addFunction = (direction, value, cls) => {
    if (!DIRECTIONS.has(direction) || !value) return;
    const fn = functionOf(ts, value, evaluator);
    if (fn) {
      if (shape.entries.some((e) => e.fn === fn && e.direction === direction)) return;
      shape.entries.push({ direction, fn, ...cls ? { cls } : {} });
    } else if (direction === "down" && ts.isExpression(value) && skipOuter(ts, value).kind === ts.SyntaxKind.FalseKeyword) {
      shape.downDisabled = true;
    }
  };
  const addClass = (cls) => {
    if (shape.classes.includes(cls)) return;
    let found = false;
    for (const member of cls.members) {
      const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : void 0;
      if (!name || !DIRECTIONS.has(name)) continue;
      if (ts.isMethodDeclaration(member)) addFunction(name, member, cls), found = true;
      else if (ts.isPropertyDeclaration(member)) addFunction(name, member.initializer, cls), found = true;
    }
    if (found || heritageMentions(ts, cls, /MigrationInterface|Migration\b/)) shape.classes.push(cls);
  };
  const addObject = (object) => {
    const resolved = evaluator.resolve(object);
    if (ts.isClassExpression(resolved)) return addClass(resolved);
    if (ts.isIdentifier(resolved)) {
      const binding = evaluator.bindingOf(resolved);
      if (binding.kind === "class") addClass(binding.node);
      return;
    }
    if (!ts.isObjectLiteralExpression(resolved)) return;
    for (const property of resolved.properties) {
      const name = property.name && evaluator.propertyKey(property.name);
      if (!name) continue;
      if (ts.isMethodDeclaration(property)) addFunction(name, property);
      else if (ts.isPropertyAssignment(property)) {
        addFunction(name, property.initializer);
        if (!DIRECTIONS.has(name)) shape.exports.set(name, property.initializer);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        addFunction(name, property.name);
        if (!DIRECTIONS.has(name)) shape.exports.set(name, property.name);
      }
    }
  };
  for (const statement of sf.statements) {
    if (ts.isClassDeclaration(statement)) addClass(statement);
    else if (ts.isFunctionDeclaration(statement) && statement.name) addFunction(statement.name.text, statement);
    else if (ts.isVariableStatement(statement)) {
      const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        addFunction(d.name.text, d.initializer);
        if (exported && !DIRECTIONS.has(d.name.text)) shape.exports.set(d.name.text, d.initializer);
      }
    } else if (ts.isExportAssignment(statement)) {
      addObject(statement.expression);
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        const name = element.name.text;
        const local = element.propertyName ?? element.name;
        if (!ts.isIdentifier(local)) continue;
        if (name === "default") addObject(local);
        else {
          addFunction(name, local);
          if (!DIRECTIONS.has(name)) shape.exports.set(name, local);
        }
      }
    } else if (ts.isExpressionStatement(statement)) {
      const expr = skipOuter(ts, statement.expression);
      if (!ts.isBinaryExpression(expr) || expr.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const target = exportTarget(ts, expr.left);
      if (target === "module") addObject(expr.right);
      else if (target) {
        addFunction(target, expr.right);
        if (!DIRECTIONS.has(target)) shape.exports.set(target, expr.right);
      }
    }
  }
  return shape;
}
function exportTarget(ts, left) {
  if (!ts.isPropertyAccessExpression(left)) return void 0;
  const object = left.expression;
  if (ts.isIdentifier(object) && object.text === "module" && left.name.text === "exports") return "module";
  if (ts.isIdentifier(object) && object.text === "exports") return left.name.text;
  if (ts.isPropertyAccessExpression(object) && ts.isIdentifier(object.expression) && object.expression.text === "module" && object.name.text === "exports") {
    return left.name.text;
  }
  return void 0;
}
function functionOf(ts, node, evaluator) {
  if (ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return node;
  if (!ts.isExpression(node)) return void 0;
  const resolved = evaluator.resolve(node);
  if (ts.isFunctionExpression(resolved) || ts.isArrowFunction(resolved)) return resolved;
  if (ts.isIdentifier(resolved)) {
    const binding = evaluator.bindingOf(resolved);
    if (binding.kind === "function") return binding.node;
  }
  return void 0;
}
function heritageMentions(ts, cls, pattern) {
  return (cls.heritageClauses ?? []).some((h) => h.types.some((t) => pattern.test(t.expression.getText())));
}
function isEmptyFunction(ts, fn) {
  const body = fn.body;
  if (!body) return true;
  if (!ts.isBlock(body)) {
    const expr = skipOuter(ts, body);
    return expr.kind === ts.SyntaxKind.NullKeyword || ts.isIdentifier(expr) && expr.text === "undefined" || isResolvedPromise(ts, expr);
  }
  return body.statements.every((s) => {
    if (ts.isEmptyStatement(s) || ts.isThrowStatement(s)) return true;
    if (ts.isReturnStatement(s)) return !s.expression || isResolvedPromise(ts, skipOuter(ts, s.expression)) || s.expression.kind === ts.SyntaxKind.NullKeyword;
    return false;
  });
}
function isResolvedPromise(ts, expr) {
  return ts.isCallExpression(expr) && expr.expression.getText() === "Promise.resolve";
}

const TOOL_IMPORTS = [
  [/^typeorm(\/|$)/, "typeorm"],
  [/^knex(\/|$)/, "knex"],
  [/^(sequelize|@sequelize\/core|sequelize-typescript|umzug)(\/|$)/, "sequelize"],
  [/^@mikro-orm\//, "mikro-orm"],
  [/^kysely(\/|$)/, "kysely"],
  [/^node-pg-migrate(\/|$)/, "node-pg-migrate"]
];
const PARAMETER_TYPES = [
  [/\bQueryRunner\b/, "typeorm"],
  [/\bKnex\b/, "knex"],
  [/\bQueryInterface\b/, "sequelize"],
  [/\bKysely\b/, "kysely"],
  [/\bMigrationBuilder\b/, "node-pg-migrate"]
];
const PARAMETER_NAMES = {
  queryRunner: ["typeorm", 2],
  knex: ["knex", 2],
  queryInterface: ["sequelize", 2],
  qi: ["sequelize", 1],
  pgm: ["node-pg-migrate", 2],
  db: ["kysely", 1]
};
function detectTool(ts, sf, shape, imports) {
  const score = /* @__PURE__ */ new Map();
  const add = (tool, points) => score.set(tool, (score.get(tool) ?? 0) + points);
  for (const module of imports) {
    for (const [pattern, tool] of TOOL_IMPORTS) if (pattern.test(module)) add(tool, 3);
  }
  for (const cls of shape.classes) {
    if (heritageMentions(ts, cls, /\bMigrationInterface\b/)) add("typeorm", 5);
    if (heritageMentions(ts, cls, /^Migration$/)) add("mikro-orm", 5);
  }
  const text = sf.text;
  if (/\bthis\s*\.\s*(addSql|execute)\s*\(/.test(text)) add("mikro-orm", 2);
  if (shape.exports.has("shorthands")) add("node-pg-migrate", 2);
  for (const entry of shape.entries) {
    const first = entry.fn.parameters[0];
    if (!first) continue;
    const typeText = first.type?.getText(sf) ?? "";
    for (const [pattern, tool] of PARAMETER_TYPES) if (pattern.test(typeText)) add(tool, 4);
    const second2 = entry.fn.parameters[1];
    if (second2 && ts.isIdentifier(second2.name) && /^(Sequelize|DataTypes)$/.test(second2.name.text)) add("sequelize", 3);
    const name = parameterName(ts, first);
    if (!name) continue;
    const conventional = PARAMETER_NAMES[name];
    if (conventional) add(conventional[0], conventional[1]);
    const body = entry.fn.body?.getText(sf) ?? "";
    for (const [tool, points] of usageEvidence(name, body)) add(tool, points);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return void 0;
  if (second && second[1] === best[1]) return void 0;
  return best[0];
}
function parameterName(ts, p) {
  if (ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isObjectBindingPattern(p.name)) {
    for (const e of p.name.elements) {
      const key = e.propertyName && ts.isIdentifier(e.propertyName) ? e.propertyName.text : ts.isIdentifier(e.name) ? e.name.text : "";
      if (key === "context" && ts.isIdentifier(e.name)) return e.name.text;
    }
  }
  return void 0;
}
function usageEvidence(name, body) {
  const p = name.replace(/\$/g, "\\$");
  const found = [];
  const has = (pattern) => new RegExp(pattern).test(body);
  if (has(`\\b${p}\\s*\\.\\s*schema\\s*\\.\\s*\\w+\\(\\s*(['"\`][^'"\`]*['"\`]|\\w+)\\s*,\\s*(async\\s*)?(function\\b|\\(|\\w+\\s*=>)`)) found.push(["knex", 3]);
  if (has(`\\b${p}\\s*\\.\\s*(raw|fn)\\b`) || has(`\\b${p}\\s*\\(\\s*['"\`]`)) found.push(["knex", 2]);
  if (has(`\\b${p}\\s*\\.\\s*schema\\s*\\.\\s*\\w+\\([^()]*\\)\\s*\\.\\s*(addColumn|alterColumn|dropColumn|renameColumn|on|column|columns|ifExists|ifNotExists|asEnum|addValue|execute)\\b`)) {
    found.push(["kysely", 3]);
  }
  if (has(`\\.execute\\(\\s*${p}\\s*\\)`)) found.push(["kysely", 2]);
  if (has(`\\b${p}\\s*\\.\\s*(addIndex|removeIndex|changeColumn|removeColumn|bulkInsert|bulkUpdate|bulkDelete|describeTable|removeConstraint)\\s*\\(`) || has(`\\b${p}\\s*\\.\\s*sequelize\\b`)) {
    found.push(["sequelize", 3]);
  }
  if (has(`\\b${p}\\s*\\.\\s*(addColumns|dropColumns|createIndex|sql|func|noTransaction|alterColumn|createType|addTypeValue|addConstraint|renameTypeValue)\\s*\\(`) && !has(`\\b${p}\\s*\\.\\s*schema\\b`)) {
    found.push(["node-pg-migrate", 2]);
  }
  if (has(`\\b${p}\\s*\\.\\s*(query|createTable|addColumn|createIndex|createForeignKey|changeColumn)\\s*\\([^)]*new\\s+Table`) || has(`\\b${p}\\s*\\.\\s*(manager|startTransaction|commitTransaction|getTable)\\b`)) {
    found.push(["typeorm", 3]);
  }
  return found;
}
function importsOf(ts, sf) {
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : void 0;
      const typeOnly = clause !== void 0 && (clause.isTypeOnly || !clause.name && named !== void 0 && named.length > 0 && named.every((e) => e.isTypeOnly));
      const names = [];
      if (clause?.name) names.push(clause.name.text);
      if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.push(clause.namedBindings.name.text);
      for (const e of named ?? []) if (!e.isTypeOnly) names.push(e.name.text);
      found.push({ module: node.moduleSpecifier.text, node, typeOnly, names });
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ module: node.moduleSpecifier.text, node, typeOnly: node.isTypeOnly, names: [] });
      return;
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push({ module: node.moduleReference.expression.text, node, typeOnly: node.isTypeOnly, names: [node.name.text] });
      return;
    }
    if (ts.isCallExpression(node)) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const arg = node.arguments[0];
      if ((isRequire || isImport) && arg && ts.isStringLiteralLike(arg)) {
        found.push({ module: arg.text, node: statementOf(ts, node), typeOnly: false, names: boundNames(ts, node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
function statementOf(ts, node) {
  let current = node;
  while (current.parent && !ts.isSourceFile(current.parent) && !ts.isBlock(current.parent)) current = current.parent;
  return current;
}
function boundNames(ts, call) {
  let node = call;
  while (node.parent && (ts.isPropertyAccessExpression(node.parent) || ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent))) node = node.parent;
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl)) return [];
  if (ts.isIdentifier(decl.name)) return [decl.name.text];
  if (ts.isObjectBindingPattern(decl.name)) return decl.name.elements.flatMap((e) => ts.isIdentifier(e.name) ? [e.name.text] : []);
  return [];
}

const MAX_HOPS = 3;
function helperConstants(ts, resolver, fromPath, hops = 0) {
  if (!resolver.readMigrationsModule || hops >= MAX_HOPS) return void 0;
  const resolved = /* @__PURE__ */ new Map();
  return (module, name) => {
    let entry = resolved.get(module);
    if (entry === void 0) {
      const file = resolver.readMigrationsModule(module, fromPath) ?? resolver.readWorkspaceModule?.(module, fromPath);
      entry = file ? helper(ts, resolver, file, hops) : null;
      resolved.set(module, entry);
    }
    if (!entry) return void 0;
    const expression = exportedExpression(ts, entry.sf, name);
    if (expression) {
      const value = entry.evaluator.value(expression);
      return value.kind === "dynamic" ? void 0 : value;
    }
    for (const re of reexports(ts, entry.sf, name)) {
      const value = entry.evaluator.importedConstants?.(re.module, re.name);
      if (value) return value;
    }
    return void 0;
  };
}
function reexports(ts, sf, name) {
  const found = [];
  for (const statement of sf.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const module = statement.moduleSpecifier.text;
    const clause = statement.exportClause;
    if (!clause) found.push({ module, name });
    else if (ts.isNamedExports(clause)) {
      const element = clause.elements.find((e) => e.name.text === name);
      if (element) found.push({ module, name: (element.propertyName ?? element.name).text });
    }
  }
  return found;
}
const helpers = /* @__PURE__ */ new WeakMap();
function helper(ts, resolver, file, hops) {
  let cache = helpers.get(resolver);
  if (!cache) helpers.set(resolver, cache = /* @__PURE__ */ new Map());
  let entry = cache.get(file.path);
  if (!entry) {
    const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, /\.[mc]?ts$/i.test(file.path) ? ts.ScriptKind.TS : ts.ScriptKind.JS);
    const evaluator = new StaticEvaluator(ts, sf);
    evaluator.importedConstants = helperConstants(ts, resolver, file.path, hops + 1);
    entry = { sf, evaluator };
    cache.set(file.path, entry);
  }
  return entry;
}
function exportedExpression(ts, sf, name) {
  const local = (localName) => {
    for (const statement of sf.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === localName && d.initializer) return d.initializer;
    }
    return void 0;
  };
  for (const statement of sf.statements) {
    if (ts.isVariableStatement(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
    }
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const element = statement.exportClause.elements.find((e) => e.name.text === name);
      if (element) return local((element.propertyName ?? element.name).text);
    }
    if (ts.isExportAssignment(statement) && name === "default") return statement.expression;
    if (!ts.isExpressionStatement(statement)) continue;
    const expr = skipOuter(ts, statement.expression);
    if (!ts.isBinaryExpression(expr) || expr.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const target = expr.left.getText(sf).replace(/\s+/g, "");
    if (target === `exports.${name}` || target === `module.exports.${name}`) return expr.right;
    if (target === "module.exports") {
      const right = skipOuter(ts, expr.right);
      if (name === "default") return right;
      if (!ts.isObjectLiteralExpression(right)) continue;
      for (const p of right.properties) {
        if (ts.isPropertyAssignment(p) && p.name.getText(sf) === name) return p.initializer;
        if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return local(name);
      }
    }
  }
  return void 0;
}

const TOOLS = {
  typeorm: {
    wraps: true,
    sharedAcrossPending: true,
    reason: "TypeORM runs all pending migrations in one transaction (`migrationsTransactionMode` defaults to `all`)",
    optedOutReason: "the class sets `transaction = false`, which TypeORM honours when `migrationsTransactionMode` is `each` or `none` (with the default `all` it refuses to run)",
    optOut: "put the statement in a migration of its own whose class sets `transaction = false`, with `migrationsTransactionMode: 'each'` in the data source options (TypeORM ignores the flag under the default `all`)"
  },
  knex: {
    wraps: true,
    sharedAcrossPending: false,
    reason: "Knex runs each migration in a transaction",
    optedOutReason: "the migration exports `config = { transaction: false }`, so Knex runs it outside a transaction",
    optOut: "put the statement in a migration of its own that exports `config = { transaction: false }`"
  },
  sequelize: {
    wraps: false,
    sharedAcrossPending: false,
    reason: "Sequelize runs migrations outside a transaction unless the code opens one",
    optedOutReason: "Sequelize runs migrations outside a transaction unless the code opens one",
    optOut: "run it outside `sequelize.transaction(...)`, without a `transaction` option"
  },
  "mikro-orm": {
    wraps: true,
    sharedAcrossPending: true,
    reason: "MikroORM runs each migration in a transaction, inside one master transaction for all pending migrations (`allOrNothing` defaults to true)",
    optedOutReason: "the class overrides `isTransactional()` to return false, so MikroORM runs it outside a transaction",
    optOut: "put the statement in a migration of its own whose class overrides `isTransactional()` to return `false`"
  },
  kysely: {
    wraps: true,
    sharedAcrossPending: true,
    reason: "Kysely's Migrator runs all pending migrations in one transaction",
    optedOutReason: "Kysely's Migrator runs all pending migrations in one transaction",
    optOut: "Kysely has no per-migration opt-out: run it outside the Migrator, or create the Migrator with `disableTransactions: true` (which applies to every migration)"
  },
  "node-pg-migrate": {
    wraps: true,
    sharedAcrossPending: false,
    reason: "node-pg-migrate runs each migration in a transaction",
    optedOutReason: "the migration calls `pgm.noTransaction()`, so node-pg-migrate runs it outside a transaction",
    optOut: "put the statement in a migration of its own that calls `pgm.noTransaction()` first"
  }
};
function fileOptOuts(ts, tool, shape, evaluator) {
  const out = /* @__PURE__ */ new Set();
  if (tool === "knex") {
    const config = shape.exports.get("config");
    const value = config && evaluator.value(config);
    const transaction = value?.kind === "object" ? value.entries.get("transaction") : void 0;
    if (transaction?.kind === "boolean" && !transaction.value) out.add("up"), out.add("down");
  }
  for (const cls of shape.classes) {
    for (const member of cls.members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : void 0;
      if (tool === "typeorm" && name === "transaction" && ts.isPropertyDeclaration(member) && member.initializer) {
        if (skipOuter(ts, member.initializer).kind === ts.SyntaxKind.FalseKeyword) out.add("up");
      }
      if (tool === "mikro-orm" && name === "isTransactional" && returnsFalse(ts, member)) out.add("up"), out.add("down");
    }
  }
  return out;
}
function returnsFalse(ts, member) {
  let body;
  if (ts.isMethodDeclaration(member)) body = member.body;
  else if (ts.isPropertyDeclaration(member) && member.initializer) {
    const init = skipOuter(ts, member.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) body = init.body;
  }
  if (!body) return false;
  if (ts.isBlock(body)) {
    const ret = body.statements.find(ts.isReturnStatement);
    return ret?.expression !== void 0 && skipOuter(ts, ret.expression).kind === ts.SyntaxKind.FalseKeyword;
  }
  return ts.isExpression(body) && skipOuter(ts, body).kind === ts.SyntaxKind.FalseKeyword;
}
function assignCodeTransactions(tool, entries, optOuts) {
  const config = TOOLS[tool];
  let next = 0;
  const keys = /* @__PURE__ */ new Map();
  for (const direction of ["up", "down"]) {
    let current = config.wraps && !optOuts.has(direction) ? next++ : null;
    for (const entry of entries) {
      if (entry.direction !== direction) continue;
      if (entry.boundary) {
        if (entry.boundary === "begin") current = current ?? next++;
        for (const op of entry.operations) op.transaction = current;
        if (entry.boundary !== "begin") current = null;
        continue;
      }
      if (entry.transactionKey !== void 0) {
        const key = entry.transactionKey;
        const index = key === null ? null : keys.get(`${direction}:${key}`) ?? next++;
        if (key !== null) keys.set(`${direction}:${key}`, index);
        for (const s of entry.statements) s.transaction = index;
        for (const op of entry.operations) op.transaction = index;
        continue;
      }
      for (const s of entry.statements) {
        const action = transactionAction(entry.operations, s);
        if (action === "begin") current = current ?? next++;
        s.transaction = current;
        if (action === "commit" || action === "rollback") current = null;
      }
      for (const op of entry.operations) op.transaction = op.statement ? op.statement.transaction : current;
    }
  }
  const statements = entries.flatMap((e) => e.statements);
  const operations = entries.flatMap((e) => e.operations);
  const optedOut = optOuts.has("up");
  return {
    transactional: transactionalOf(statements, operations),
    reason: optedOut ? config.optedOutReason : config.reason,
    optOut: config.optOut,
    runnerWraps: { up: config.wraps && !optOuts.has("up"), down: config.wraps && !optOuts.has("down") },
    ...config.sharedAcrossPending && config.wraps && !optedOut ? { sharedAcrossPending: true } : {}
  };
}
function transactionAction(operations, statement) {
  for (const op of operations) {
    if (op.statement !== statement || op.kind !== "transaction") continue;
    if (op.action === "begin") return "begin";
    if (op.action === "commit" || op.action === "prepare") return "commit";
    if (op.action === "rollback") return "rollback";
  }
  return void 0;
}

function substituteBindings(sql, bindings, style) {
  if (!bindings || bindings.kind === "null") return sql;
  const positional = bindings.kind === "array" ? bindings.items : void 0;
  const named = bindings.kind === "object" ? bindings.entries : void 0;
  if (!positional && !named) return sql;
  const text = sql.text;
  const parts = [];
  let last = 0;
  let next = 0;
  let param = 0;
  const slice = (from, to) => ({
    text: text.slice(from, to),
    offsets: sql.offsets.slice(from, to + 1),
    placeholders: sql.placeholders.filter((p) => p.start >= from && p.end <= to).map((p) => ({ ...p, start: p.start - from, end: p.end - from }))
  });
  const substitute = (start, end, value, identifier) => {
    parts.push(slice(last, start));
    const at = sql.offsets[start];
    const rendered = identifier ? renderIdentifier(value) : renderValue(value, () => `$${++param}`);
    const mapped = textAt(rendered.text, at);
    if (rendered.placeholder) mapped.placeholders.push({ start: 0, end: rendered.text.length, source: rendered.placeholder });
    parts.push(mapped);
    last = end;
  };
  let i = 0;
  let quote;
  while (i < text.length) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "?") {
      parts.push(slice(last, i));
      last = i + 1;
      i += 2;
      continue;
    }
    if (positional && c === "?") {
      const identifier = style === "knex" && text[i + 1] === "?";
      if (text[i + 1] === "|" || text[i + 1] === "&") {
        i += 2;
        continue;
      }
      substitute(i, i + (identifier ? 2 : 1), positional[next++], identifier);
      i += identifier ? 2 : 1;
      continue;
    }
    if (named && c === ":" && text[i - 1] !== ":" && text[i + 1] !== ":") {
      const match = /^:([A-Za-z_]\w*)(:?)/.exec(text.slice(i));
      if (match && named.has(match[1])) {
        const identifier = style === "knex" && match[2] === ":" && text[i + match[0].length] !== ":";
        const length = identifier ? match[0].length : match[1].length + 1;
        substitute(i, i + length, named.get(match[1]), identifier);
        i += length;
        continue;
      }
    }
    i++;
  }
  if (parts.length === 0) return sql;
  parts.push(slice(last, text.length));
  return concatTexts(parts);
}
function renderIdentifier(value) {
  if (value?.kind === "string" && value.text.placeholders.length === 0) return { text: quoteName(value.text.text) };
  if (value?.kind === "array") return { text: value.items.map((v) => renderIdentifier(v).text).join(", ") };
  const source = value?.kind === "dynamic" ? value.node.getText() : "identifier";
  return { text: `"${placeholderName$1(source)}"`, placeholder: source };
}
function renderValue(value, parameter) {
  switch (value?.kind) {
    case "string":
      return value.text.placeholders.length === 0 ? { text: quoteLiteral(value.text.text) } : { text: parameter() };
    case "number":
      return { text: String(value.value) };
    case "boolean":
      return { text: value.value ? "true" : "false" };
    case "null":
      return { text: "NULL" };
    case "array":
      return { text: value.items.map((v) => renderValue(v, parameter).text).join(", ") || "NULL" };
    default:
      return { text: parameter() };
  }
}

function insertSql(table, rows) {
  const list = rows?.kind === "array" ? rows.items : rows ? [rows] : [];
  const objects = list.filter((r) => r.kind === "object");
  const first = objects[0];
  if (!first || first.entries.size === 0) return `INSERT INTO ${quoteName(table)} DEFAULT VALUES`;
  const columns = [...first.entries.keys()];
  let param = 0;
  const values = objects.map((o) => `(${columns.map((c) => renderValue(o.entries.get(c), () => `$${++param}`).text).join(", ")})`);
  return `INSERT INTO ${quoteName(table)} (${columns.map(quoteIdent).join(", ")}) VALUES ${values.join(", ")}`;
}
function updateSql(table, values, where) {
  let param = 0;
  const assignments = values?.kind === "object" && values.entries.size > 0 ? [...values.entries].map(([column, value]) => `${quoteIdent(column)} = ${renderValue(value, () => `$${++param}`).text}`) : [`"value" = $${++param}`];
  return `UPDATE ${quoteName(table)} SET ${assignments.join(", ")}${where}`;
}

class Options {
  constructor(value) {
    this.value = value;
  }
  value;
  get isObject() {
    return this.value?.kind === "object";
  }
  get(key) {
    return this.value?.kind === "object" ? this.value.entries.get(key) : void 0;
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  string(key) {
    return staticString(this.get(key));
  }
  number(key) {
    const v = this.get(key);
    if (v?.kind === "number") return v.value;
    if (v?.kind === "string" && /^\d+$/.test(v.text.text)) return Number(v.text.text);
    return void 0;
  }
  boolean(key) {
    const v = this.get(key);
    return v?.kind === "boolean" ? v.value : void 0;
  }
  strings(key) {
    return staticStrings(this.get(key));
  }
  object(key) {
    return new Options(this.get(key));
  }
}
function staticString(v) {
  if (v?.kind === "string" && v.text.placeholders.length === 0) return v.text.text;
  if (v?.kind === "number") return String(v.value);
  return void 0;
}
function staticStrings(v) {
  if (!v) return void 0;
  const single = staticString(v);
  if (single !== void 0) return [single];
  if (v.kind !== "array") return void 0;
  const out = [];
  for (const item of v.items) {
    const s = staticString(item);
    if (s === void 0) return void 0;
    out.push(s);
  }
  return out;
}
function whyDynamic(v, what) {
  if (!v) return `${what} is missing`;
  if (v.kind === "dynamic") return `${what}: ${v.reason}`;
  return `${what} is not a plain value`;
}
function constructed(ts, node, names) {
  if (!ts.isNewExpression(node)) return void 0;
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  return names.includes(name) ? node.arguments?.[0] : void 0;
}
function runtimeValueDefault(node, x) {
  return quoteLiteral(compact(x.text(node)));
}
function runtimeSqlDefault(node, x, via) {
  x.report(node, `the default passed to \`${via}\` is SQL built at run time, so no rule could check whether it is volatile`);
  return quoteLiteral(compact(x.text(node)));
}
function runtimeName(value) {
  const source = value && "node" in value && value.node ? value.node.getText() : "name";
  return `\${${placeholderName$1(source)}}`;
}

const knexReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "knex" : void 0],
  read(chain, x) {
    const [first] = chain.links;
    if (!first) return true;
    if (first.name === "raw" && first.call) {
      raw(first.args, chain.outer, x, "knex.raw");
      return true;
    }
    if (first.name === "schema") return schema$1(chain, 0, x);
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
    return queryBuilder$1(chain, x);
  }
};
const KNEX_NO_OPS = /* @__PURE__ */ new Set(["fn", "ref", "client", "destroy", "initialize", "userParams", "withUserParams", "migrate", "seed", "isTransaction", "queryBuilder"]);
function raw(args, call, x, via) {
  if (!args[0]) return void x.report(call, `the SQL passed to \`${via}\` is not static: it is missing`);
  const bindings = x.value(args[1]);
  x.sqlVariants(args[0], { call, via }, (sql) => substituteBindings(sql.text, bindings, "knex"));
}
function schema$1(chain, from, x) {
  let schemaName;
  for (let i = from + 1; i < chain.links.length; i++) {
    const link = chain.links[i];
    if (!link.call) continue;
    const site = { x, chain, link, schema: schemaName };
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
        const table = tableName$2(site, link.args[0]);
        if (table) emit$2(site, `DROP TABLE ${link.name === "dropTableIfExists" ? "IF EXISTS " : ""}${quoteName(table)}`);
        break;
      }
      case "renameTable": {
        const table = tableName$2(site, link.args[0]);
        const to = staticString(x.value(link.args[1]));
        if (table && to) emit$2(site, `ALTER TABLE ${quoteName(table)} RENAME TO ${quoteIdent(to)}`);
        else if (table) x.report(link.node, whyDynamic(x.value(link.args[1]), "the new table name"));
        break;
      }
      case "raw":
        raw(link.args, chain.outer, x, "knex.schema.raw");
        break;
      case "refreshMaterializedView": {
        const view = tableName$2(site, link.args[0]);
        const concurrently = x.value(link.args[1]);
        if (view) emit$2(site, `REFRESH MATERIALIZED VIEW ${concurrently?.kind === "boolean" && concurrently.value ? "CONCURRENTLY " : ""}${quoteName(view)}`);
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
const SCHEMA_NO_OPS = /* @__PURE__ */ new Set([
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
  "generateDdlCommands"
]);
function emit$2(site, sql, node = site.link.node, start = site.link.start) {
  site.x.builder(sql, { site: node, start, outer: site.chain.outer });
}
function tableName$2(site, arg) {
  const name = staticString(site.x.value(arg));
  if (name === void 0) {
    site.x.report(arg ?? site.link.node, whyDynamic(site.x.value(arg), "the table name"));
    return void 0;
  }
  return site.schema ? `${site.schema}.${name}` : name;
}
function tableBlock(site, nameArg, callbackArg, mode, ifNotExists) {
  const { x } = site;
  const table = tableName$2(site, nameArg);
  if (!table) return;
  const callback = callbackArg && x.localFunctionOf(callbackArg);
  x.consume(callbackArg);
  if (callbackArg && !callback) {
    x.report(callbackArg, `the ${mode === "create" ? "createTable" : "alterTable"} callback is not defined in this file`);
    return;
  }
  const columns = [];
  const after = [];
  const checks = [];
  let primary;
  const param = callback?.parameters[0];
  const t = quoteName(table);
  const visit = (node) => {
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
  const tableCall = (chain) => {
    const [head, ...modifiers] = chain.links;
    if (!head?.call) return;
    const args = head.args;
    const str = (i) => staticString(x.value(args[i]));
    const strs = (i) => staticStrings(x.value(args[i]));
    const piece = (sql) => after.push({ sql, node: chain.outer });
    const type = columnType(head.name, args, x, table);
    if (type) {
      if (head.name === "timestamps") {
        for (const c of timestamps(args, x, chain.outer)) columns.push(c);
        return;
      }
      const name = head.name === "increments" || head.name === "bigIncrements" || head.name === "bigincrements" ? str(0) ?? "id" : str(0);
      if (!name) return void x.report(chain.outer, whyDynamic(x.value(args[0]), "the column name"));
      columns.push(readColumn$1(name, type, modifiers, chain.outer, x));
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
          useConstraint ? `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name)} UNIQUE (${columnList(cols)})` : `CREATE UNIQUE INDEX ${quoteIdent(name)} ON ${t} (${columnList(cols)})${predicate ? " WHERE true" : ""}`
        );
        return;
      }
      case "primary": {
        const cols = strs(0);
        if (!cols) return;
        const options = new Options(x.value(args[1]));
        const name = str(1) ?? options.string("constraintName");
        if (mode === "create") primary = { columns: cols, ...name ? { name } : {} };
        else piece(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name ?? `${bareTable(table)}_pkey`)} PRIMARY KEY (${columnList(cols)})`);
        return;
      }
      case "foreign": {
        const cols = strs(0);
        if (!cols) return void x.report(chain.outer, whyDynamic(x.value(args[0]), "the foreign key columns"));
        const fk = { columns: cols };
        const keyName = str(1);
        if (keyName) fk.name = keyName;
        applyForeignKeyModifiers(fk, modifiers, x);
        if (!fk.table || !fk.referenced) return void x.report(chain.outer, "the foreign key's referenced table is not static");
        piece(foreignKeySql$1(table, fk));
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
        const predicate = predicateValue?.kind === "string" && predicateValue.text.placeholders.length === 0 ? substituteBindings(predicateValue.text, x.value(args[1]), "knex").text : void 0;
        if (predicate === void 0) return void x.report(chain.outer, whyDynamic(predicateValue, "the check expression"));
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
  const statements = [];
  const linkNode = site.link.node;
  if (mode === "create") {
    const definitions = columns.map((c) => columnDefinition$2(c, "create"));
    const pk = primary ?? primaryFromColumns(columns);
    if (pk) definitions.push(`CONSTRAINT ${quoteIdent(pk.name ?? `${bareTable(table)}_pkey`)} PRIMARY KEY (${columnList(pk.columns)})`);
    definitions.push(...checks);
    for (const c of columns) statements.push(...c.preSql.map((sql) => ({ sql, node: linkNode })));
    statements.push({ sql: `CREATE TABLE ${ifNotExists ? "IF NOT EXISTS " : ""}${t} (${definitions.join(", ")})`, node: linkNode });
  } else {
    for (const c of columns) {
      statements.push(...c.preSql.map((sql) => ({ sql, node: c.node })));
      if (c.alter) statements.push(...alterColumn(t, c).map((sql) => ({ sql, node: c.node })));
      else statements.push({ sql: `ALTER TABLE ${t} ADD COLUMN ${columnDefinition$2(c, "alter")}`, node: c.node });
    }
  }
  for (const c of columns) statements.push(...columnExtras(table, c, mode).map((sql) => ({ sql, node: c.node })));
  statements.push(...after);
  const columnSites = new Map(columns.map((c) => [c.name, c.node]));
  for (const s of statements) {
    const isLink = s.node === linkNode;
    x.builder(s.sql, {
      site: s.node,
      ...isLink ? { start: site.link.start } : {},
      outer: site.chain.outer,
      ...isLink ? { columnSites } : {}
    });
  }
}
const TABLE_NO_OPS = /* @__PURE__ */ new Set(["comment", "engine", "charset", "collate", "inherits", "queryContext", "setSchema"]);
function isParameter(x, root, param) {
  if (!x.ts.isIdentifier(root)) return false;
  const binding = x.evaluator.bindingOf(root);
  return binding.kind === "parameter" && binding.node === param;
}
function columnType(method, args, x, table) {
  const num = (i) => {
    const v = x.value(args[i]);
    return v?.kind === "number" ? v.value : void 0;
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
      let precision;
      if (options?.kind === "boolean") useTz = !options.value;
      if (options?.kind === "object") {
        const o = new Options(options);
        useTz = o.boolean("useTz") ?? true;
        precision = o.number("precision");
      }
      if (precision === void 0 && num(2) !== void 0) precision = num(2);
      return `${useTz ? "timestamptz" : "timestamp"}${precision !== void 0 ? `(${precision})` : ""}`;
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
      return num(1) !== void 0 ? `bit(${num(1)})` : "bit";
    case "enu":
    case "enum": {
      const options = new Options(x.value(args[2]));
      if (options.boolean("useNative")) return quoteName(options.string("enumName") ?? `${bareTable(table)}_enum`);
      return "text";
    }
    case "specificType":
      return staticString(x.value(args[1])) ?? "unknown";
    default:
      return void 0;
  }
}
function readColumn$1(name, type, modifiers, node, x, table) {
  const head = flattenChain(x.ts, x.sf, node).links[0];
  const method = head.name;
  const column = {
    name,
    type,
    primaryKeyInType: false,
    checks: [],
    preSql: [],
    node
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
  const fk = { columns: [name] };
  for (const m of modifiers) {
    const arg = (i) => x.value(m.args[i]);
    switch (m.name) {
      case "notNullable":
      case "notNull":
        column.nullable = false;
        break;
      case "nullable":
        column.nullable = arg(0)?.kind === "boolean" ? arg(0).value : true;
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
        column.unique = { ...n ? { name: n } : {}, useConstraint: o.boolean("useConstraint") ?? true };
        break;
      }
      case "index": {
        const n = staticString(arg(0));
        const using = staticString(arg(1)) ?? new Options(arg(1)).string("indexType");
        column.index = { ...n ? { name: n } : {}, ...using ? { using } : {} };
        break;
      }
      case "references": {
        const target = staticString(arg(0));
        if (target?.includes(".")) {
          const [t, c] = target.split(".");
          fk.table = t;
          fk.referenced = [c];
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
        const values = arg(0)?.kind === "array" ? arg(0).items : [];
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
    }
  }
  if (fk.referenced && fk.table) column.references = fk;
  return column;
}
function applyForeignKeyModifiers(fk, modifiers, x) {
  for (const m of modifiers) {
    const value = staticString(x.value(m.args[0]));
    const values = staticStrings(x.value(m.args[0]));
    if (m.name === "references") {
      if (value?.includes(".")) {
        const [t, c] = value.split(".");
        fk.table = t;
        fk.referenced = [c];
      } else if (values) fk.referenced = values;
    } else if (m.name === "inTable" || m.name === "on") fk.table = value;
    else if (m.name === "onDelete") fk.onDelete = value;
    else if (m.name === "onUpdate") fk.onUpdate = value;
    else if (m.name === "withKeyName") fk.name = value;
  }
}
function timestamps(args, x, node) {
  let useTimestamps = x.value(args[0]);
  let defaultToNow = x.value(args[1]);
  let camel = x.value(args[2]);
  if (useTimestamps?.kind === "object") {
    const o = new Options(useTimestamps);
    defaultToNow = o.get("defaultToNow");
    camel = o.get("useCamelCase");
    useTimestamps = o.get("useTimestamps");
  }
  const isTrue = (v) => v?.kind === "boolean" && v.value;
  const names = isTrue(camel) ? ["createdAt", "updatedAt"] : ["created_at", "updated_at"];
  return names.map((name) => ({
    name,
    type: "timestamptz",
    primaryKeyInType: false,
    ...isTrue(defaultToNow) ? { nullable: false, default: "CURRENT_TIMESTAMP" } : {},
    checks: [],
    preSql: [],
    node
  }));
}
function knexDefault(arg, x, type) {
  if (!arg) return "NULL";
  const resolved = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (x.ts.isCallExpression(resolved)) {
    const chain = flattenChain(x.ts, x.sf, resolved);
    const names = chain.links.map((l) => l.name);
    const last = names[names.length - 1];
    if (names.includes("fn") && last === "now") return "CURRENT_TIMESTAMP";
    if (names.includes("fn") && last === "uuid") return "gen_random_uuid()";
    if (last === "raw") {
      const sql = staticString(x.value(chain.links[chain.links.length - 1].args[0]));
      return sql ?? runtimeSqlDefault(arg, x, "knex.raw");
    }
  }
  const value = x.value(arg);
  if (value?.kind === "null") return "NULL";
  if (type === "boolean" && value?.kind === "boolean") return quoteLiteral(value.value ? "1" : "0");
  if (value?.kind === "object" || value?.kind === "array") return quoteLiteral("{}");
  return renderValue(value, () => runtimeValueDefault(arg, x)).text;
}
function columnDefinition$2(c, mode) {
  let sql = `${quoteIdent(c.name)} ${c.type}`;
  if (c.primaryKeyInType) sql += " PRIMARY KEY";
  if (c.nullable === false && !c.primaryKeyInType) sql += " NOT NULL";
  if (c.default !== void 0) sql += ` DEFAULT ${c.default}`;
  if (mode === "create" || !c.alter) sql += c.checks.map((check) => ` ${check}`).join("");
  return sql;
}
function primaryFromColumns(columns) {
  const marked = columns.filter((c) => c.primary);
  if (marked.length === 0) return void 0;
  const name = marked.find((c) => c.primary?.name)?.primary?.name;
  return { columns: marked.map((c) => c.name), ...name ? { name } : {} };
}
function columnExtras(table, c, mode) {
  const t = quoteName(table);
  const sql = [];
  if (c.primary && mode === "alter") {
    sql.push(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(c.primary.name ?? `${bareTable(table)}_pkey`)} PRIMARY KEY (${quoteIdent(c.name)})`);
  }
  if (c.unique) {
    const name = quoteIdent(c.unique.name ?? knexName(table, [c.name], "unique"));
    sql.push(
      c.unique.useConstraint ? `ALTER TABLE ${t} ADD CONSTRAINT ${name} UNIQUE (${quoteIdent(c.name)})` : `CREATE UNIQUE INDEX ${name} ON ${t} (${quoteIdent(c.name)})`
    );
  }
  if (c.index) {
    const name = quoteIdent(c.index.name ?? knexName(table, [c.name], "index"));
    sql.push(`CREATE INDEX ${name} ON ${t}${c.index.using ? ` USING ${c.index.using}` : ""} (${quoteIdent(c.name)})`);
  }
  if (c.references) sql.push(foreignKeySql$1(table, c.references));
  return sql;
}
function foreignKeySql$1(table, fk) {
  const name = fk.name ?? knexName(table, fk.columns, "foreign");
  return `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(name)} FOREIGN KEY (${columnList(fk.columns)}) REFERENCES ${quoteName(fk.table)} (${columnList(fk.referenced)})${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ""}${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ""}`;
}
function alterColumn(t, c) {
  const col = quoteIdent(c.name);
  const sql = [`ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT`];
  if (c.alter.nullable) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP NOT NULL`);
  if (c.alter.type) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${c.type}`);
  if (c.default !== void 0) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${c.default}`);
  if (c.alter.nullable && c.nullable === false) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL`);
  return sql;
}
function knexName(table, columns, kind) {
  return `${bareTable(table).replace(/\.|-/g, "_")}_${columns.join("_")}_${kind}`.toLowerCase();
}
function bareTable(table) {
  return table.split(".").pop();
}
function queryBuilder$1(chain, x) {
  const links = chain.links;
  const names = links.map((l) => l.name);
  let table;
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
  const where = whereClause$1(links, x);
  let sql;
  switch (action) {
    case "insert":
    case "upsert": {
      const link = links.find((l) => l.name === action);
      sql = insertSql(table, x.value(link.args[0]));
      break;
    }
    case "update": {
      const link = links.find((l) => l.name === action);
      sql = updateSql(table, x.value(link.args[0]), where);
      break;
    }
    case "increment":
    case "decrement": {
      const link = links.find((l) => l.name === action);
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
const READ_METHODS = /* @__PURE__ */ new Set(["select", "first", "pluck", "count", "max", "min", "sum", "avg", "columnInfo", "where", "then"]);
const WHERE_METHODS = /* @__PURE__ */ new Set(["where", "andWhere", "orWhere", "whereNot", "whereIn", "whereNotIn", "whereNull", "whereNotNull", "whereBetween", "whereRaw", "whereExists"]);
function whereClause$1(links, x) {
  const conditions = [];
  let param = 0;
  const value = (v) => renderValue(v, () => `$${++param}`).text;
  for (const l of links) {
    if (!WHERE_METHODS.has(l.name) || !l.call) continue;
    const or = l.name === "orWhere";
    const first = x.value(l.args[0]);
    const column = staticString(first);
    let sql;
    switch (l.name) {
      case "whereNull":
        sql = column ? `${quoteName(column)} IS NULL` : void 0;
        break;
      case "whereNotNull":
        sql = column ? `${quoteName(column)} IS NOT NULL` : void 0;
        break;
      case "whereIn":
      case "whereNotIn": {
        const list = x.value(l.args[1]);
        const items = list?.kind === "array" ? list.items.map(value).join(", ") : void 0;
        sql = column ? `${quoteName(column)} ${l.name === "whereNotIn" ? "NOT " : ""}IN (${items ?? `SELECT unnest(${value(void 0)})`})` : void 0;
        break;
      }
      case "whereBetween": {
        const range = x.value(l.args[1]);
        const [low, high] = range?.kind === "array" ? range.items : [];
        sql = column ? `${quoteName(column)} BETWEEN ${value(low)} AND ${value(high)}` : void 0;
        break;
      }
      case "whereRaw":
        sql = column ? `(${column})` : void 0;
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
    conditions.push({ sql: sql ? `(${sql})` : "(unknown_condition IS NOT NULL)", or });
  }
  if (conditions.length === 0) return "";
  return ` WHERE ${conditions.map((c, i) => i === 0 ? c.sql : `${c.or ? "OR" : "AND"} ${c.sql}`).join(" ")}`;
}

const kyselyReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "kysely" : void 0],
  rootHandle(chain, x) {
    const root = chain.root;
    if (x.ts.isTaggedTemplateExpression(root) && isSqlTag(root.tag, x)) return "sql";
    if (x.ts.isIdentifier(root) && isSqlTag(root, x)) return "sql";
    if (x.ts.isIdentifier(root) && root.text === "CompiledQuery") return "sql";
    return void 0;
  },
  read(chain, x) {
    if (chain.handle === "sql") return sqlChain(chain, x);
    const [first] = chain.links;
    if (!first) return true;
    if (first.name === "schema" || first.name === "withSchema" && chain.links[1]?.name === "schema") return schema(chain, x);
    if (first.name === "executeQuery") {
      executeQuery(first.args[0], chain.outer, x);
      return true;
    }
    if (first.name === "transaction" || first.name === "connection") {
      const execute = chain.links.find((l) => l.name === "execute");
      const callback = execute?.args[0] && x.localFunctionOf(execute.args[0]);
      if (callback) {
        x.bindParameters(callback, ["kysely"]);
        x.consume(execute.args[0]);
        if (callback.body) x.walk(callback.body);
      }
      return true;
    }
    if (["insertInto", "replaceInto", "updateTable", "deleteFrom", "mergeInto"].includes(first.name)) return dataChange(chain, x);
    return ["selectFrom", "selectNoFrom", "with", "withRecursive", "fn", "dynamic", "introspection", "destroy", "withPlugin", "withoutPlugins", "withTables", "case"].includes(first.name);
  }
};
function isSqlTag(tag, x) {
  const node = skipOuter(x.ts, tag);
  const id = x.ts.isIdentifier(node) ? node : x.ts.isExpressionWithTypeArguments(node) && x.ts.isIdentifier(node.expression) ? node.expression : void 0;
  if (!id || id.text !== "sql") return false;
  const binding = x.evaluator.bindingOf(id);
  return binding.kind === "import" ? /^kysely(\/|$)/.test(binding.module) : binding.kind === "other";
}
function kyselyTemplate(template, x) {
  const ts = x.ts;
  const source = x.sf.text;
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return cookLiteral(source, template.getStart(x.sf) + 1, template.end - 1, "template");
  }
  let param = 0;
  const parts = [cookLiteral(source, template.head.getStart(x.sf) + 1, template.head.end - 2, "template")];
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
function withPlaceholder(text, at, source) {
  const mapped = textAt(text, at);
  mapped.placeholders.push({ start: 0, end: text.length, source });
  return mapped;
}
function inlineHelper(expression, x) {
  const node = skipOuter(x.ts, x.evaluator.resolve(expression));
  if (x.ts.isTaggedTemplateExpression(node) && isSqlTag(node.tag, x)) return { text: kyselyTemplate(node.template, x).text, placeholder: false };
  if (!x.ts.isCallExpression(node)) return void 0;
  const callee = x.ts.isIdentifier(node.expression) ? skipOuter(x.ts, x.evaluator.resolve(node.expression)) : node.expression;
  if (!x.ts.isPropertyAccessExpression(callee)) return void 0;
  const target = callee.expression;
  if (!isSqlTag(target, x) && !isDynamicModule(target, x)) return void 0;
  const helper = callee.name.text;
  const arg = node.arguments[0];
  const value = arg ? x.value(arg) : void 0;
  const name = placeholderName$1(arg?.getText(x.sf) ?? "value");
  if (helper === "raw") {
    const raw = staticString(value);
    return raw !== void 0 ? { text: raw, placeholder: false } : { text: `"${name}"`, placeholder: true };
  }
  if (helper === "lit") return { text: renderValue(value, () => "NULL").text, placeholder: value?.kind === "dynamic" };
  if (helper === "ref" || helper === "id" || helper === "table") {
    const names = staticStrings(value);
    return names ? { text: names.map(quoteName).join("."), placeholder: false } : { text: `"${name}"`, placeholder: true };
  }
  return void 0;
}
function isDynamicModule(target, x) {
  const node = skipOuter(x.ts, target);
  return x.ts.isPropertyAccessExpression(node) && node.name.text === "dynamic" && x.expressionHandle(node.expression) === "kysely";
}
function sqlChain(chain, x) {
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
function executeQuery(arg, call, x) {
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
function schema(chain, x) {
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
  const site = { x};
  const has = (name2) => modifiers.some((m) => m.name === name2);
  const arg = (link, i) => staticString(x.value(link.args[i]));
  const target = arg(head, 0);
  if (target === void 0 && head.name !== "dropType") {
    x.report(head.node, whyDynamic(x.value(head.args[0]), "the name"));
    return true;
  }
  const name = quoteName(`${prefix}${target ?? ""}`.replace(/^\./, ""));
  const emitAt = (sql, link, extra = {}) => x.builder(sql, { site: link.node, start: link.start, outer: chain.outer, ...extra });
  switch (head.name) {
    case "createTable":
      createTable$1(site, name, head, modifiers, emitAt);
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
      const columns = modifiers.flatMap((m) => m.name === "column" ? staticStrings(x.value(m.args[0])) ?? [] : m.name === "columns" ? staticStrings(x.value(m.args[0])) ?? [] : []);
      const expression = modifiers.some((m) => m.name === "expression");
      const using = modifiers.find((m) => m.name === "using");
      const usingType = using && arg(using, 0);
      const cols = columns.length > 0 ? columnList(columns.map((c) => c.split(" ")[0])) : expression ? "(expression_placeholder)" : "";
      emitAt(
        `CREATE ${has("unique") ? "UNIQUE " : ""}INDEX ${has("ifNotExists") ? "IF NOT EXISTS " : ""}${name} ON ${quoteName(`${prefix}${table}`.replace(/^\./, ""))}${usingType ? ` USING ${usingType}` : ""} (${cols})${has("where") ? " WHERE true" : ""}`,
        head
      );
      return true;
    }
    case "dropIndex":
      emitAt(`DROP INDEX ${has("ifExists") ? "IF EXISTS " : ""}${name}${has("cascade") ? " CASCADE" : ""}`, head);
      return true;
    case "createType": {
      const asEnum = modifiers.find((m) => m.name === "asEnum");
      const values = asEnum ? staticStrings(x.value(asEnum.args[0])) ?? [] : [];
      if (asEnum) emitAt(`CREATE TYPE ${name} AS ENUM (${values.map(quoteLiteral).join(", ")})`, head);
      return true;
    }
    case "alterType": {
      for (const m of modifiers) {
        if (m.name === "addValue") {
          const value = arg(m, 0);
          if (value !== void 0) emitAt(`ALTER TYPE ${name} ADD VALUE ${has("ifNotExists") ? "IF NOT EXISTS " : ""}${quoteLiteral(value)}`, m);
        } else if (m.name === "renameValue") {
          const from = arg(m, 0);
          const to = arg(m, 1);
          if (from !== void 0 && to !== void 0) emitAt(`ALTER TYPE ${name} RENAME VALUE ${quoteLiteral(from)} TO ${quoteLiteral(to)}`, m);
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
function createTable$1(site, name, head, modifiers, emitAt) {
  const { x } = site;
  const parts = [];
  const columnSites = /* @__PURE__ */ new Map();
  let ifNotExists = false;
  for (const m of modifiers) {
    switch (m.name) {
      case "ifNotExists":
        ifNotExists = true;
        break;
      case "addColumn": {
        const column = columnDefinition$1(m, x);
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
function alterTable(site, name, modifiers, emitAt) {
  const { x } = site;
  const arg = (link, i) => staticString(x.value(link.args[i]));
  for (const m of modifiers) {
    const alter = (action) => emitAt(`ALTER TABLE ${name} ${action}`, m);
    switch (m.name) {
      case "addColumn": {
        const column = columnDefinition$1(m, x);
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
        const column = columnDefinition$1(m, x);
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
function alterColumnActions(callback, x) {
  const fn = callback && x.localFunctionOf(callback);
  if (!fn?.body) return [];
  x.consume(callback);
  const actions = [];
  for (const link of callbackChain(fn, x)) {
    switch (link.name) {
      case "setDataType":
        actions.push(`TYPE ${dataType$1(link.args[0], x)}`);
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
    }
  }
  return actions;
}
function callbackChain(fn, x) {
  const body = fn.body;
  let expression;
  if (x.ts.isBlock(body)) {
    const ret = body.statements.find(x.ts.isReturnStatement);
    expression = ret?.expression;
  } else {
    expression = body;
  }
  return expression ? flattenChain(x.ts, x.sf, expression).links : [];
}
function columnDefinition$1(link, x) {
  const name = staticString(x.value(link.args[0]));
  if (!name) {
    x.report(link.node, whyDynamic(x.value(link.args[0]), "the column name"));
    return void 0;
  }
  const type = dataType$1(link.args[1], x);
  let sql = `${quoteIdent(name)} ${type}`;
  let ifNotExists = false;
  const callback = link.args[2] && x.localFunctionOf(link.args[2]);
  if (callback?.body) {
    x.consume(link.args[2]);
    const references = {};
    for (const m of callbackChain(callback, x)) {
      const value = (i) => staticString(x.value(m.args[i]));
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
function splitReference(target) {
  const parts = target.split(".");
  if (parts.length === 1) return [parts[0], void 0];
  return [parts.slice(0, -1).join("."), parts[parts.length - 1]];
}
function tableConstraint(m, x) {
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
      return void 0;
  }
}
function dataType$1(arg, x) {
  const type = staticString(x.value(arg));
  if (type !== void 0) return type;
  return expressionSql(arg, x);
}
function expressionSql(arg, x) {
  if (!arg) return "NULL";
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (x.ts.isTaggedTemplateExpression(node)) return kyselyTemplate(node.template, x).text;
  if (x.ts.isCallExpression(node)) {
    const chain = flattenChain(x.ts, x.sf, node);
    const last = chain.links[chain.links.length - 1];
    if (last?.name === "raw" || last?.name === "lit") {
      const text = staticString(x.value(last.args[0]));
      if (text !== void 0) return last.name === "raw" ? text : quoteLiteral(text);
    }
  }
  x.report(arg, `the SQL expression \`${compact(x.text(arg))}\` is built at run time, so no rule could check it`);
  return quoteLiteral(compact(x.text(arg)));
}
function defaultValue(arg, x) {
  if (!arg) return "NULL";
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (x.ts.isTaggedTemplateExpression(node) || x.ts.isCallExpression(node)) return expressionSql(arg, x);
  const value = x.value(arg);
  if (value && value.kind !== "dynamic") return renderValue(value, () => "NULL").text;
  return runtimeValueDefault(arg, x);
}
function dataChange(chain, x) {
  const links = chain.links;
  if (!links.some((l) => l.name.startsWith("execute") && l.call)) return true;
  const head = links[0];
  const table = staticString(x.value(head.args[0]));
  if (!table) {
    x.report(chain.outer, whyDynamic(x.value(head.args[0]), "the table"));
    return true;
  }
  const t = quoteName(table.split(" ")[0]);
  const where = whereClause(links, x);
  let sql;
  const bareTable = table.split(" ")[0];
  if (head.name === "insertInto" || head.name === "replaceInto") {
    const fromSelect = links.some((l) => l.name === "expression" || l.name === "columns");
    const values = links.find((l) => l.name === "values");
    sql = fromSelect ? `INSERT INTO ${t} SELECT 1` : insertSql(bareTable, values ? x.value(values.args[0]) : void 0);
  } else if (head.name === "updateTable") {
    const set = links.find((l) => l.name === "set");
    sql = updateSql(bareTable, set ? x.value(set.args[0]) : void 0, where);
  } else if (head.name === "deleteFrom") {
    sql = `DELETE FROM ${t}${where}`;
  } else {
    sql = `UPDATE ${t} SET value = $1`;
  }
  x.builder(sql, { site: chain.outer });
  return true;
}
function whereClause(links, x) {
  const conditions = [];
  let param = 0;
  for (const l of links) {
    if (l.name !== "where" || !l.call) continue;
    const column = staticString(x.value(l.args[0]));
    if (l.args.length === 3 && column) {
      const op = staticString(x.value(l.args[1])) ?? "=";
      const value = x.value(l.args[2]);
      const rhs = op.toLowerCase() === "in" && value?.kind === "array" ? `(${renderValue(value, () => `$${++param}`).text})` : renderValue(value, () => `$${++param}`).text;
      conditions.push(`${quoteName(column)} ${/^[<>=!~a-z ]+$/i.test(op) ? op : "="} ${rhs}`);
    } else {
      conditions.push("(unknown_condition IS NOT NULL)");
    }
  }
  return conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
}

const mikroOrmReader = {
  parameterHandles: () => [],
  thisHandle: "mikro",
  read(chain, x) {
    const [first] = chain.links;
    if (!first) return true;
    if ((first.name === "addSql" || first.name === "execute") && first.call) {
      const deferred = first.name === "addSql";
      const arg = first.args[0];
      const built = arg && knexBuilder(arg, x);
      if (built) {
        const inner = flattenChain(x.ts, x.sf, built);
        const canonical = x.canonicalChain(inner);
        const links = canonical.links[0]?.name === "getKnex" ? canonical.links.slice(1) : canonical.links;
        knexReader.read({ root: canonical.root, links, outer: chain.outer, handle: "knex" }, x);
        return true;
      }
      x.sql(arg, { call: chain.outer, via: `this.${first.name}`, deferred });
      return true;
    }
    return ["getEntityManager", "getKnex", "isTransactional", "reset", "getQueries", "setTransactionContext", "driver", "config", "ctx", "name"].includes(first.name);
  }
};
function knexBuilder(arg, x) {
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (!x.ts.isCallExpression(node)) return void 0;
  const chain = x.canonicalChain(flattenChain(x.ts, x.sf, node));
  const isKnex = chain.root.kind === x.ts.SyntaxKind.ThisKeyword && chain.links[0]?.name === "getKnex";
  return isKnex ? node : void 0;
}

const nodePgMigrateReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "pgm" : void 0],
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
  }
};
const NO_OPS = /* @__PURE__ */ new Set([
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
  "setComment"
]);
const TYPE_ADAPTERS = {
  int: "integer",
  string: "varchar",
  float: "real",
  double: "double precision",
  datetime: "timestamp",
  bool: "boolean"
};
const METHODS = {
  createTable: (args, s) => {
    const table = name$1(args[0], s);
    const columns = s.x.value(args[1]);
    if (!table) return;
    if (columns?.kind !== "object") return void s.x.report(s.chain.outer, whyDynamic(columns, "the columns"));
    const options = new Options(s.x.value(args[2]));
    const definitions = [];
    const primary = [];
    const columnSites = /* @__PURE__ */ new Map();
    for (const [column, value] of columns.entries) {
      const def = columnDefinition(table, column, value, s);
      if (!def) continue;
      definitions.push(def.sql);
      if (def.primaryKey) primary.push(column);
      columnSites.set(column, value.node);
    }
    if (primary.length > 1) {
      for (let i = 0; i < definitions.length; i++) definitions[i] = definitions[i].replace(" PRIMARY KEY", "");
      definitions.push(`PRIMARY KEY (${columnList(primary)})`);
    }
    definitions.push(...constraints(table, options.object("constraints"), null));
    s.x.builder(`CREATE TABLE ${options.boolean("ifNotExists") ? "IF NOT EXISTS " : ""}${quoteName(table)} (${definitions.join(", ")})`, {
      site: s.chain.outer,
      columnSites
    });
  },
  dropTable: (args, s) => {
    const table = name$1(args[0], s);
    const options = new Options(s.x.value(args[1]));
    if (table) emit$1(s, `DROP TABLE ${options.boolean("ifExists") ? "IF EXISTS " : ""}${quoteName(table)}${options.boolean("cascade") ? " CASCADE" : ""}`);
  },
  renameTable: (args, s) => {
    const table = name$1(args[0], s);
    const to = name$1(args[1], s);
    if (table && to) emit$1(s, `ALTER TABLE ${quoteName(table)} RENAME TO ${quoteIdent(to)}`);
  },
  addColumns: (args, s) => addColumns(args, s),
  addColumn: (args, s) => addColumns(args, s),
  dropColumns: (args, s) => dropColumns(args, s),
  dropColumn: (args, s) => dropColumns(args, s),
  renameColumn: (args, s) => {
    const table = name$1(args[0], s);
    const from = name$1(args[1], s);
    const to = name$1(args[2], s);
    if (table && from && to) emit$1(s, `ALTER TABLE ${quoteName(table)} RENAME ${quoteIdent(from)} TO ${quoteIdent(to)}`);
  },
  alterColumn: (args, s) => {
    const table = name$1(args[0], s);
    const column = name$1(args[1], s);
    if (!table || !column) return;
    const o = new Options(s.x.value(args[2]));
    const actions = [];
    const def = o.get("default");
    if (def?.kind === "null") actions.push("DROP DEFAULT");
    else if (def) actions.push(`SET DEFAULT ${escapeValue(def, s)}`);
    const type = o.string("type");
    if (type) actions.push(`SET DATA TYPE ${adaptType(type)}${o.string("using") ? ` USING ${o.string("using")}` : ""}`);
    if (o.boolean("notNull") === true) actions.push("SET NOT NULL");
    else if (o.boolean("notNull") === false || o.boolean("allowNull") === true) actions.push("DROP NOT NULL");
    if (actions.length > 0) emit$1(s, actions.map((a) => `ALTER TABLE ${quoteName(table)} ALTER ${quoteIdent(column)} ${a}`));
  },
  addConstraint: (args, s) => addConstraint(args, s),
  createConstraint: (args, s) => addConstraint(args, s),
  dropConstraint: (args, s) => {
    const table = name$1(args[0], s);
    const constraint = name$1(args[1], s);
    const o = new Options(s.x.value(args[2]));
    if (table && constraint) emit$1(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${o.boolean("ifExists") ? "IF EXISTS " : ""}${quoteIdent(constraint)}${o.boolean("cascade") ? " CASCADE" : ""}`);
  },
  renameConstraint: (args, s) => {
    const table = name$1(args[0], s);
    const from = name$1(args[1], s);
    const to = name$1(args[2], s);
    if (table && from && to) emit$1(s, `ALTER TABLE ${quoteName(table)} RENAME CONSTRAINT ${quoteIdent(from)} TO ${quoteIdent(to)}`);
  },
  createIndex: (args, s) => createIndex(args, s),
  addIndex: (args, s) => createIndex(args, s),
  dropIndex: (args, s) => {
    const table = name$1(args[0], s);
    if (!table) return;
    const o = new Options(s.x.value(args[2]));
    const columns = staticStrings(s.x.value(args[1])) ?? [];
    const index = o.string("name") ?? indexName$1(table, columns, o.boolean("unique") === true);
    emit$1(s, `DROP INDEX${o.boolean("concurrently") ? " CONCURRENTLY" : ""}${o.boolean("ifExists") ? " IF EXISTS" : ""} ${quoteIdent(index)}${o.boolean("cascade") ? " CASCADE" : ""}`);
  },
  renameIndex: (args, s) => {
    const from = name$1(args[0], s);
    const to = name$1(args[1], s);
    if (from && to) emit$1(s, `ALTER INDEX ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
  },
  createType: (args, s) => createType(args, s),
  addType: (args, s) => createType(args, s),
  addTypeValue: (args, s) => {
    const type = name$1(args[0], s);
    const value = name$1(args[1], s);
    if (!type || value === void 0) return;
    const o = new Options(s.x.value(args[2]));
    const position = o.string("before") ? ` BEFORE ${quoteLiteral(o.string("before"))}` : o.string("after") ? ` AFTER ${quoteLiteral(o.string("after"))}` : "";
    emit$1(s, `ALTER TYPE ${quoteName(type)} ADD VALUE${o.boolean("ifNotExists") ? " IF NOT EXISTS" : ""} ${quoteLiteral(value)}${position}`);
  },
  renameTypeValue: (args, s) => {
    const type = name$1(args[0], s);
    const from = name$1(args[1], s);
    const to = name$1(args[2], s);
    if (type && from && to) emit$1(s, `ALTER TYPE ${quoteName(type)} RENAME VALUE ${quoteLiteral(from)} TO ${quoteLiteral(to)}`);
  },
  createTrigger: (args, s) => {
    const table = name$1(args[0], s);
    const trigger = name$1(args[1], s);
    if (table && trigger) emit$1(s, `CREATE TRIGGER ${quoteIdent(trigger)} AFTER INSERT ON ${quoteName(table)} FOR EACH ROW EXECUTE FUNCTION trigger_placeholder()`);
  },
  refreshMaterializedView: (args, s) => {
    const view = name$1(args[0], s);
    const o = new Options(s.x.value(args[1]));
    if (view) emit$1(s, `REFRESH MATERIALIZED VIEW${o.boolean("concurrently") ? " CONCURRENTLY" : ""} ${quoteName(view)}`);
  },
  alterTable: (args, s) => {
    const table = name$1(args[0], s);
    const o = new Options(s.x.value(args[1]));
    if (table && o.boolean("unlogged") !== void 0) emit$1(s, `ALTER TABLE ${quoteName(table)} SET ${o.boolean("unlogged") ? "UNLOGGED" : "LOGGED"}`);
  }
};
function sql(args, call, x) {
  if (!args[0]) return void x.report(call, "the SQL passed to `pgm.sql` is not static: it is missing");
  const values = x.value(args[1]);
  x.sqlVariants(args[0], { call, via: "pgm.sql" }, (text) => values?.kind === "object" ? fillArguments(text.text, values, x) : text.text);
}
function fillArguments(text, values, x) {
  const parts = [];
  let last = 0;
  const slice = (from, to) => ({
    text: text.text.slice(from, to),
    offsets: text.offsets.slice(from, to + 1),
    placeholders: text.placeholders.filter((p) => p.start >= from && p.end <= to).map((p) => ({ ...p, start: p.start - from, end: p.end - from }))
  });
  for (const match of text.text.matchAll(/\{(\w+)\}/g)) {
    const value = values.entries.get(match[1]);
    if (!value) continue;
    parts.push(slice(last, match.index));
    const name2 = staticString(value);
    const rendered = value.kind === "dynamic" ? `"${match[1]}"` : value.kind === "string" && name2 !== void 0 ? quoteName(name2) : String(escapeValue(value, { x }));
    const mapped = textAt(rendered, text.offsets[match.index]);
    if (value.kind === "dynamic") mapped.placeholders.push({ start: 0, end: rendered.length, source: match[1] });
    parts.push(mapped);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(slice(last, text.text.length));
  return concatTexts(parts);
}
function addColumns(args, s) {
  const table = name$1(args[0], s);
  const columns = s.x.value(args[1]);
  if (!table) return;
  if (columns?.kind !== "object") return void s.x.report(s.chain.outer, whyDynamic(columns, "the columns"));
  const ifNotExists = new Options(s.x.value(args[2])).boolean("ifNotExists") === true;
  for (const [column, value] of columns.entries) {
    const def = columnDefinition(table, column, value, s);
    const site = value.node.parent && s.x.ts.isPropertyAssignment(value.node.parent) ? value.node.parent : value.node;
    if (def) s.x.builder(`ALTER TABLE ${quoteName(table)} ADD ${ifNotExists ? "IF NOT EXISTS " : ""}${def.sql}`, { site, outer: s.chain.outer });
  }
}
function dropColumns(args, s) {
  const table = name$1(args[0], s);
  if (!table) return;
  const value = s.x.value(args[1]);
  const columns = staticStrings(value) ?? (value?.kind === "object" ? [...value.entries.keys()] : void 0);
  if (!columns) return void s.x.report(s.chain.outer, whyDynamic(value, "the columns"));
  const o = new Options(s.x.value(args[2]));
  emit$1(
    s,
    columns.map((c) => `ALTER TABLE ${quoteName(table)} DROP ${o.boolean("ifExists") ? "IF EXISTS " : ""}${quoteIdent(c)}${o.boolean("cascade") ? " CASCADE" : ""}`)
  );
}
function addConstraint(args, s) {
  const table = name$1(args[0], s);
  if (!table) return;
  const constraintName = staticString(s.x.value(args[1]));
  const spec = s.x.value(args[2]);
  const expression = staticString(spec);
  if (expression !== void 0) {
    emit$1(s, `ALTER TABLE ${quoteName(table)} ADD ${constraintName ? `CONSTRAINT ${quoteIdent(constraintName)} ` : ""}${expression}`);
    return;
  }
  if (spec?.kind !== "object") return void s.x.report(s.chain.outer, whyDynamic(spec, "the constraint"));
  const parts = constraints(table, new Options(spec), constraintName ?? null);
  if (parts.length > 0) emit$1(s, `ALTER TABLE ${quoteName(table)} ${parts.map((p) => `ADD ${p}`).join(", ")}`);
}
function constraints(table, o, given) {
  const bare = table.split(".").pop();
  const out = [];
  const named = (fallback) => `CONSTRAINT ${quoteIdent(given ?? fallback)}`;
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
function references(o) {
  const target = o.string("references") ?? o.object("references").string("name") ?? runtimeName(o.object("references").isObject ? o.object("references").get("name") : o.get("references"));
  const clause = target.startsWith('"') || target.endsWith(")") ? `REFERENCES ${target}` : `REFERENCES ${quoteName(target)}`;
  const onDelete = o.string("onDelete");
  const onUpdate = o.string("onUpdate");
  return `${clause}${onDelete ? ` ON DELETE ${onDelete}` : ""}${onUpdate ? ` ON UPDATE ${onUpdate}` : ""}`;
}
function createIndex(args, s) {
  const table = name$1(args[0], s);
  if (!table) return;
  const columnsValue = s.x.value(args[1]);
  const columns = indexColumns(columnsValue);
  if (!columns) return void s.x.report(s.chain.outer, whyDynamic(columnsValue, "the index columns"));
  const o = new Options(s.x.value(args[2]));
  const unique = o.boolean("unique") === true;
  const index = o.string("name") ?? indexName$1(table, columns, unique);
  const method = o.string("method");
  emit$1(
    s,
    `CREATE${unique ? " UNIQUE" : ""} INDEX${o.boolean("concurrently") ? " CONCURRENTLY" : ""}${o.boolean("ifNotExists") ? " IF NOT EXISTS" : ""} ${quoteIdent(index)} ON ${quoteName(table)}${method ? ` USING ${method}` : ""} (${columns.map((c) => /^[\w"]+$/.test(c) ? quoteIdent(c.replace(/"/g, "")) : `(${c})`).join(", ")})${o.has("where") ? ` WHERE ${o.string("where") ?? "true"}` : ""}`
  );
}
function indexColumns(value) {
  if (value?.kind !== "array") return staticStrings(value);
  const out = [];
  for (const item of value.items) {
    const n = staticString(item) ?? (item.kind === "object" ? staticString(item.entries.get("name")) : void 0);
    if (!n) return void 0;
    out.push(n);
  }
  return out;
}
function indexName$1(table, columns, unique) {
  return `${table.split(".").pop()}_${columns.join("_")}${unique ? "_unique" : ""}_index`;
}
function createType(args, s) {
  const type = name$1(args[0], s);
  const values = staticStrings(s.x.value(args[1]));
  if (type && values) emit$1(s, `CREATE TYPE ${quoteName(type)} AS ENUM (${values.map(quoteLiteral).join(", ")})`);
}
function columnDefinition(table, column, value, s) {
  let o;
  const shorthand = staticString(value);
  if (shorthand !== void 0) {
    const custom = shorthandOf(shorthand, s);
    o = custom ?? new Options(void 0);
    if (!custom) return { sql: `${quoteIdent(column)} ${adaptType(shorthand)}`, primaryKey: false };
  } else if (value.kind === "object") {
    o = new Options(value);
    const typeName = o.string("type");
    const custom = typeName ? shorthandOf(typeName, s) : void 0;
    if (custom) o = new Options({ kind: "object", entries: new Map([...custom.value.entries, ...value.entries].filter(([k]) => k !== "type" || !custom.has("type"))), node: value.node });
  } else {
    s.x.report(value.node, whyDynamic(value, `the definition of column \`${column}\``));
    return void 0;
  }
  const type = o.string("type");
  if (!type) {
    s.x.report(value.node, whyDynamic(o.get("type"), `the type of column \`${column}\``));
    return void 0;
  }
  let sql2 = `${quoteIdent(column)} ${adaptType(type)}`;
  const primaryKey = o.boolean("primaryKey") === true;
  if (o.has("default")) sql2 += ` DEFAULT ${escapeValue(o.get("default"), s)}`;
  if (o.boolean("unique")) sql2 += " UNIQUE";
  if (primaryKey) sql2 += " PRIMARY KEY";
  if (o.boolean("notNull")) sql2 += " NOT NULL";
  const check = o.string("check");
  if (check) sql2 += ` CHECK (${check})`;
  if (o.has("references")) {
    const constraint = o.string("referencesConstraintName");
    sql2 += `${constraint ? ` CONSTRAINT ${quoteIdent(constraint)}` : ""} ${references(o)}`;
  }
  const generated = o.object("sequenceGenerated");
  if (generated.isObject) sql2 += ` GENERATED ${generated.string("precedence") ?? "BY DEFAULT"} AS IDENTITY`;
  const expression = o.string("expressionGenerated");
  if (expression) sql2 += ` GENERATED ALWAYS AS (${expression}) STORED`;
  return { sql: sql2, primaryKey };
}
function shorthandOf(type, s) {
  const exported = s.x.exportedValue("shorthands");
  if (exported?.kind === "object") {
    const custom = exported.entries.get(type);
    if (custom?.kind === "object") return new Options(custom);
    if (custom && staticString(custom)) return new Options({ kind: "object", entries: /* @__PURE__ */ new Map([["type", custom]]), node: custom.node });
  }
  if (type === "id") {
    const node = s.chain.outer;
    return new Options({
      kind: "object",
      entries: /* @__PURE__ */ new Map([
        ["type", { kind: "string", text: textAt("serial", 0), node }],
        ["primaryKey", { kind: "boolean", value: true, node }]
      ]),
      node
    });
  }
  return void 0;
}
function adaptType(type) {
  return TYPE_ADAPTERS[type] ?? type;
}
function escapeValue(value, s) {
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
      const node = skipOuter(s.x.ts, value.node);
      if (s.x.ts.isCallExpression(node)) {
        const chain = flattenChain(s.x.ts, s.x.sf, node);
        const last = chain.links[chain.links.length - 1];
        if (last?.name === "func") return staticString(s.x.value(last.args[0])) ?? runtimeSqlDefault(node, s.x, "pgm.func");
      }
      return runtimeValueDefault(node, s.x);
    }
  }
}
function emit$1(s, sqlText) {
  s.x.builder(sqlText, { site: s.chain.outer });
}
function name$1(arg, s) {
  const value = s.x.value(arg);
  const text = staticString(value);
  if (text !== void 0) return text;
  if (value?.kind === "object") {
    const o = new Options(value);
    const n = o.string("name");
    const schema = o.string("schema");
    if (n) return schema && schema !== "public" ? `${schema}.${n}` : n;
  }
  s.x.report(arg ?? s.chain.outer, whyDynamic(value, "a name"));
  return void 0;
}

const sequelizeReader = {
  parameterHandles(fn) {
    const first = fn.parameters[0];
    if (!first) return [];
    const typeText = first.type?.getText() ?? "";
    const name = first.name.getText();
    const isInstance = /\bSequelize\b/.test(typeText) || /^\{?\s*(context\s*:\s*)?sequelize\s*\}?$/.test(name);
    return [isInstance ? "sequelize" : "queryInterface", fn.parameters[1] ? "sequelizeLib" : void 0];
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
  }
};
function rawQuery(args, chain, x) {
  const options = new Options(x.value(args[1]));
  if (!args[0]) return void x.report(chain.outer, "the SQL passed to `sequelize.query` is not static: it is missing");
  const replacements = options.get("replacements");
  x.sqlVariants(args[0], { call: chain.outer, via: "sequelize.query", transactionKey: transactionKey(args[1], x) }, (sql) => substituteBindings(sql.text, replacements, "sequelize"));
}
function transactionKey(options, x) {
  if (!options) return null;
  const node = skipOuter(x.ts, x.evaluator.resolve(options));
  if (!x.ts.isObjectLiteralExpression(node)) return null;
  for (const p of node.properties) {
    if (p.name?.getText() !== "transaction") continue;
    if (x.ts.isShorthandPropertyAssignment(p)) return transactionIdentity(p.name, x);
    if (x.ts.isPropertyAssignment(p)) {
      const value = skipOuter(x.ts, p.initializer);
      if (value.kind === x.ts.SyntaxKind.NullKeyword || x.ts.isIdentifier(value) && value.text === "undefined") return null;
      return transactionIdentity(value, x);
    }
  }
  return null;
}
function transactionIdentity(expression, x) {
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
function lastOptions(args, from, x) {
  for (let i = args.length - 1; i >= from; i--) {
    const key = transactionKey(args[i], x);
    if (key !== null) return key;
  }
  return null;
}
function queryInterface(chain, at, x) {
  const link = chain.links[at];
  if (!link) return true;
  if (link.name === "sequelize") {
    const next = chain.links[at + 1];
    if (next?.name === "query") rawQuery(next.args, chain, x);
    return true;
  }
  if (!link.call) return true;
  const args = link.args;
  const emit = (sql, fromArg) => x.builder(sql, { site: chain.outer, transactionKey: lastOptions(args, fromArg, x) });
  const table = () => tableName$1(args[0], x, chain.outer);
  switch (link.name) {
    case "createTable": {
      const t = table();
      if (!t) return true;
      const attributes = x.value(args[1]);
      if (attributes?.kind !== "object") return void x.report(chain.outer, whyDynamic(attributes, "the table's attributes")), true;
      const columns = [];
      const pre = [];
      const primary = [];
      const columnSites = /* @__PURE__ */ new Map();
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
        transactionKey: lastOptions(args, 2, x)
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
      const to = tableName$1(args[1], x, chain.outer);
      if (t && to) emit(`ALTER TABLE ${quoteName(t)} RENAME TO ${quoteIdent(to.split(".").pop())}`, 2);
      return true;
    }
    case "addColumn": {
      const t = table();
      const name = columnName$1(args[1], x, chain.outer);
      if (!t || !name) return true;
      const column = readAttribute(t, name, x.value(args[2]), x);
      if (column) emit([...column.pre, `ALTER TABLE ${quoteName(t)} ADD COLUMN ${column.definition}`], 3);
      return true;
    }
    case "removeColumn": {
      const t = table();
      const name = columnName$1(args[1], x, chain.outer);
      if (t && name) emit(`ALTER TABLE ${quoteName(t)} DROP COLUMN ${quoteIdent(name)}`, 2);
      return true;
    }
    case "renameColumn": {
      const t = table();
      const from = columnName$1(args[1], x, chain.outer);
      const to = columnName$1(args[2], x, chain.outer);
      if (t && from && to) emit(`ALTER TABLE ${quoteName(t)} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`, 3);
      return true;
    }
    case "changeColumn": {
      const t = table();
      const name = columnName$1(args[1], x, chain.outer);
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
      const named = target?.kind === "string" ? staticString(target) : void 0;
      const fields = named === void 0 ? staticStrings(target) : void 0;
      const name = named ?? (fields ? underscore(`${t.split(".").pop()}_${fields.join("_")}`) : void 0);
      if (!name) return void x.report(chain.outer, whyDynamic(target, "the index")), true;
      const concurrently = new Options(x.value(args[2])).boolean("concurrently") === true;
      emit(`DROP INDEX ${concurrently ? "CONCURRENTLY " : ""}IF EXISTS ${quoteIdent(name)}`, 2);
      return true;
    }
    case "addConstraint": {
      const t = table();
      if (!t) return true;
      const second = x.value(args[1]);
      const options = new Options(second?.kind === "array" ? x.value(args[2]) : second);
      const fields = second?.kind === "array" ? staticStrings(second) : staticStrings(options.get("fields"));
      const sql = constraintSql(t, options, fields ?? []);
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
function readAttribute(table, name, value, x) {
  if (!value) return void 0;
  const options = new Options(value.kind === "object" ? value : void 0);
  const typeNode = value.kind === "object" ? options.get("type") : value;
  let type = typeNode ? dataType(typeNode, table, name, x) : void 0;
  if (!type) {
    x.report(value.node, `the type of column \`${name}\` is not a Sequelize data type migration-guard can read`);
    return void 0;
  }
  const pre = [];
  if (type.enumValues) pre.push(`CREATE TYPE ${type.sql} AS ENUM(${type.enumValues.map(quoteLiteral).join(", ")})`);
  if (options.boolean("autoIncrement")) {
    if (options.boolean("autoIncrementIdentity")) type = { sql: `${type.sql} GENERATED BY DEFAULT AS IDENTITY` };
    else type = { sql: type.sql === "bigint" ? "bigserial" : type.sql === "smallint" ? "smallserial" : "serial" };
  }
  const primaryKey = options.boolean("primaryKey") === true;
  const allowNull = options.boolean("allowNull") !== false;
  const attribute = { definition: "", pre, primaryKey, type: type.sql, allowNull, unique: options.get("unique") !== void 0 && options.boolean("unique") !== false };
  const def = options.get("defaultValue");
  const rendered = def ? defaultSql(def, x) : void 0;
  if (rendered !== void 0) attribute.default = rendered;
  const references = options.object("references");
  const model = references.string("model") ?? references.object("model").string("tableName");
  if (model) {
    const key = references.string("key") ?? "id";
    attribute.references = `REFERENCES ${quoteName(model)} (${quoteIdent(key)})${options.string("onDelete") ? ` ON DELETE ${options.string("onDelete")}` : ""}${options.string("onUpdate") ? ` ON UPDATE ${options.string("onUpdate")}` : ""}`;
  }
  let definition = `${quoteIdent(name)} ${type.sql}`;
  if (!allowNull) definition += " NOT NULL";
  if (attribute.unique) definition += " UNIQUE";
  if (attribute.default !== void 0) definition += ` DEFAULT ${attribute.default}`;
  if (attribute.references) definition += ` ${attribute.references}`;
  attribute.definition = definition;
  return attribute;
}
function changeColumnSql(table, name, a) {
  const t = quoteName(table);
  const c = quoteIdent(name);
  const sql = [...a.pre];
  if (!a.allowNull) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL`);
  else if (!a.references) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL`);
  if (a.default !== void 0) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${a.default}`);
  else if (!a.references) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT`);
  if (a.unique) sql.push(`ALTER TABLE ${t} ADD UNIQUE (${c})`);
  if (a.references) sql.push(`ALTER TABLE ${t} ADD FOREIGN KEY (${c}) ${a.references}`);
  else sql.push(`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${a.type}${a.pre.length > 0 ? ` USING (${c}::${a.type})` : ""}`);
  return sql;
}
const DATA_TYPES = {
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
  DECIMAL: ([p, s]) => p !== void 0 ? `decimal(${p}${s !== void 0 ? `,${s}` : ""})` : "decimal",
  NUMERIC: ([p, s]) => p !== void 0 ? `numeric(${p}${s !== void 0 ? `,${s}` : ""})` : "numeric",
  BOOLEAN: () => "boolean",
  DATE: ([n]) => `timestamptz${n !== void 0 ? `(${n})` : ""}`,
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
  GEOGRAPHY: () => "geography"
};
function dataType(value, table, column, x) {
  if (value.kind === "string") {
    const text = staticString(value);
    return text ? { sql: text } : void 0;
  }
  const node = skipOuter(x.ts, x.evaluator.resolve(value.node));
  const chain = flattenChain(x.ts, x.sf, node);
  const links = chain.links.filter((l) => l.name !== "DataTypes");
  const typeLink = links[0];
  if (!typeLink) return void 0;
  const name = typeLink.name.toUpperCase();
  if (name === "ENUM") {
    const values = typeLink.args.flatMap((a) => staticStrings(x.value(a)) ?? []);
    return { sql: quoteName(`enum_${table.split(".").pop()}_${column}`), enumValues: values };
  }
  if (name === "ARRAY") {
    const inner = typeLink.args[0] ? dataType(x.value(typeLink.args[0]), table, column, x) : void 0;
    return inner ? { sql: `${inner.sql}[]` } : void 0;
  }
  const render = DATA_TYPES[name];
  if (!render) return void 0;
  const numbers = typeLink.args.map((a) => {
    const v = x.value(a);
    return v?.kind === "number" ? v.value : void 0;
  });
  const lengthOption = typeLink.args[0] ? new Options(x.value(typeLink.args[0])).number("length") : void 0;
  return { sql: render(lengthOption !== void 0 ? [lengthOption] : numbers) };
}
function defaultSql(value, x) {
  if (value.kind !== "dynamic") return value.kind === "null" ? void 0 : renderValue(value, () => "NULL").text;
  const node = skipOuter(x.ts, value.node);
  const chain = flattenChain(x.ts, x.sf, node);
  const last = chain.links[chain.links.length - 1];
  if (!last) return runtimeValueDefault(node, x);
  if (!last.call && /^(NOW|UUIDV1|UUIDV4)$/.test(last.name)) return void 0;
  if (last.name === "literal") return staticString(x.value(last.args[0])) ?? runtimeSqlDefault(node, x, "Sequelize.literal");
  if (last.name === "fn") {
    const fn = staticString(x.value(last.args[0]));
    return fn ? `${fn}()` : runtimeSqlDefault(node, x, "Sequelize.fn");
  }
  return runtimeValueDefault(node, x);
}
function constraintSql(table, options, fields, x) {
  const type = options.string("type")?.toUpperCase();
  const t = quoteName(table);
  const bare = table.split(".").pop();
  const joined = fields.join("_");
  switch (type) {
    case "UNIQUE":
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(options.string("name") ?? `${bare}_${joined}_uk`)} UNIQUE (${columnList(fields)})`;
    case "PRIMARY KEY":
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(options.string("name") ?? `${bare}_${joined}_pk`)} PRIMARY KEY (${columnList(fields)})`;
    case "CHECK": {
      const where = options.get("where");
      const condition = where?.kind === "object" ? whereSql(where).replace(/^ WHERE /, "") : staticString(where);
      if (!condition) return void 0;
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(options.string("name") ?? `${bare}_${joined}_ck`)} CHECK (${condition})`;
    }
    case "FOREIGN KEY": {
      const references = options.object("references");
      const target = references.string("table") ?? references.object("table").string("tableName");
      const field = references.string("field") ?? "id";
      if (!target) return void 0;
      const name = options.string("name") ?? `${bare}_${joined}_${target.split(".").pop()}_fk`;
      const onDelete = options.string("onDelete");
      const onUpdate = options.string("onUpdate");
      return `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name)} FOREIGN KEY (${columnList(fields)}) REFERENCES ${quoteName(target)} (${quoteIdent(field)})${onDelete ? ` ON DELETE ${onDelete}` : ""}${onUpdate ? ` ON UPDATE ${onUpdate}` : ""}`;
    }
    default:
      return void 0;
  }
}
function whereSql(where) {
  if (!where || where.kind === "null") return "";
  if (where.kind !== "object") return " WHERE (unknown_condition IS NOT NULL)";
  if (where.entries.size === 0) return "";
  const parts = [];
  let param = 0;
  for (const [key, value] of where.entries) {
    if (value.kind === "null") parts.push(`${quoteIdent(key)} IS NULL`);
    else if (value.kind === "array") parts.push(`${quoteIdent(key)} IN (${value.items.map((v) => renderValue(v, () => `$${++param}`).text).join(", ")})`);
    else if (value.kind === "object") parts.push("(unknown_condition IS NOT NULL)");
    else parts.push(`${quoteIdent(key)} = ${renderValue(value, () => `$${++param}`).text}`);
  }
  return ` WHERE ${parts.join(" AND ")}`;
}
function indexFields(value) {
  if (value?.kind !== "array") return staticStrings(value);
  const out = [];
  for (const item of value.items) {
    const name = staticString(item) ?? (item.kind === "object" ? staticString(item.entries.get("name")) ?? staticString(item.entries.get("attribute")) : void 0);
    if (!name) return void 0;
    out.push(name);
  }
  return out;
}
function tableName$1(arg, x, call) {
  const value = x.value(arg);
  const name = staticString(value);
  if (name !== void 0) return name;
  if (value?.kind === "object") {
    const o = new Options(value);
    const table = o.string("tableName");
    const schema = o.string("schema");
    if (table) return schema && schema !== "public" ? `${schema}.${table}` : table;
  }
  x.report(arg ?? call, whyDynamic(value, "the table name"));
  return void 0;
}
function columnName$1(arg, x, call) {
  const value = x.value(arg);
  const name = staticString(value);
  if (name === void 0) x.report(arg ?? call, whyDynamic(value, "the column name"));
  return name;
}
function underscore(text) {
  return text.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1_$2").replace(/-/g, "_").toLowerCase();
}

const typeormReader = {
  parameterHandles: (fn) => [fn.parameters.length > 0 ? "queryRunner" : void 0],
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
  }
};
const READ_ONLY = /* @__PURE__ */ new Set([
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
  "getCachedTable"
]);
const SCHEMA_METHODS = {
  createTable: (args, s) => createTable(args, s),
  dropTable: (args, s) => {
    const table = tableName(args[0], s);
    if (!table) return;
    const ifExists = s.x.value(args[1])?.kind === "boolean" && s.x.value(args[1]).value;
    emit(s, `DROP TABLE ${ifExists ? "IF EXISTS " : ""}${quoteName(table)}`);
  },
  renameTable: (args, s) => {
    const table = tableName(args[0], s);
    const to = name(args[1], s, "the new table name");
    if (table && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME TO ${quoteIdent(to.split(".").pop())}`);
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
    const to = from === void 0 ? void 0 : columnName(args[2], s);
    if (from && to) emit(s, `ALTER TABLE ${quoteName(table)} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`);
  },
  changeColumn: (args, s) => changeColumn(args[0], args[1], args[2], s),
  changeColumns: (args, s) => {
    const changes = list(args[1], s, "the column changes");
    for (const change of changes ?? []) {
      const o = resolveObject(change, s);
      const entry = o && s.x.ts.isObjectLiteralExpression(o) ? o : void 0;
      const get = (key) => entry?.properties.find((p) => p.name?.getText() === key);
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
    if (expression === void 0) return void s.x.report(s.call, whyDynamic(exclusion.get("expression"), "the exclusion expression"));
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
  createView: (_args, _s) => void 0,
  dropView: (_args, _s) => void 0,
  createSchema: (_args, _s) => void 0,
  dropSchema: (_args, _s) => void 0,
  createDatabase: (_args, _s) => void 0,
  dropDatabase: (_args, _s) => void 0
};
function readColumn(expression, s) {
  const options = optionsOf(expression, ["TableColumn"], s);
  if (!options) return void 0;
  const name2 = options.string("name");
  if (!name2) return void s.x.report(expression ?? s.call, whyDynamic(options.get("name"), "the column name"));
  const rawType = options.string("type");
  if (rawType === void 0) return void s.x.report(expression ?? s.call, whyDynamic(options.get("type"), `the type of column \`${name2}\``));
  const column = {
    name: name2,
    type: rawType,
    isNullable: options.boolean("isNullable") === true,
    isPrimary: options.boolean("isPrimary") === true,
    isGenerated: options.boolean("isGenerated") === true,
    isUnique: options.boolean("isUnique") === true,
    isArray: options.boolean("isArray") === true,
    node: expression
  };
  const length = options.string("length");
  if (length) column.length = length;
  const precision = options.number("precision");
  if (precision !== void 0) column.precision = precision;
  const scale = options.number("scale");
  if (scale !== void 0) column.scale = scale;
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
    const rendered = def.kind === "string" ? staticString(def) : def.kind === "number" || def.kind === "boolean" ? String(def.value) : void 0;
    column.default = rendered ?? "NULL::unknown";
  }
  return column;
}
function columnTypeSql(table, c) {
  if (c.type === "enum" || c.type === "simple-enum") return quoteName(enumTypeName(table, c)) + (c.isArray ? " array" : "");
  let type = c.type;
  if (c.length) type += `(${c.length})`;
  else if (c.precision !== void 0 && c.scale !== void 0) type += `(${c.precision},${c.scale})`;
  else if (c.precision !== void 0) type += `(${c.precision})`;
  if (c.isArray) type += " array";
  return type;
}
function enumTypeName(table, c) {
  return c.enumName ?? `${bare(table)}_${c.name.toLowerCase()}_enum`;
}
function columnSql(table, c) {
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
  if (c.default !== void 0) sql += ` DEFAULT ${c.default}`;
  if (c.isGenerated && c.generationStrategy === "uuid" && c.default === void 0) sql += " DEFAULT uuid_generate_v4()";
  return sql;
}
function enumSql(table, c) {
  if (c.type !== "enum" && c.type !== "simple-enum" || !c.enumValues) return [];
  const values = c.enumValues.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
  return [`CREATE TYPE ${quoteName(enumTypeName(table, c))} AS ENUM(${values})`];
}
function addColumnSql(table, c) {
  const sql = [...enumSql(table, c), `ALTER TABLE ${quoteName(table)} ADD ${columnSql(table, c)}`];
  if (c.isPrimary) sql.push(`ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(namingFor("PK", table, [c.name]))} PRIMARY KEY (${quoteIdent(c.name)})`);
  if (c.isUnique) sql.push(`ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(namingFor("UQ", table, [c.name]))} UNIQUE (${quoteIdent(c.name)})`);
  return sql;
}
function readIndex(expression, table, s) {
  const options = optionsOf(expression, ["TableIndex"], s);
  if (!options) return void 0;
  const columns = options.strings("columnNames");
  if (!columns) return void s.x.report(expression ?? s.call, whyDynamic(options.get("columnNames"), "the index columns"));
  const where = options.string("where");
  const index = {
    name: options.string("name") ?? indexName(table, columns, where),
    columns,
    unique: options.boolean("isUnique") === true,
    concurrent: options.boolean("isConcurrent") === true,
    spatial: options.boolean("isSpatial") === true
  };
  if (where) index.where = where;
  return index;
}
function createIndexSql(table, i) {
  return `CREATE ${i.unique ? "UNIQUE " : ""}INDEX${i.concurrent ? " CONCURRENTLY" : ""} ${quoteIdent(i.name)} ON ${quoteName(table)} ${i.spatial ? "USING GiST " : ""}(${columnList(i.columns)})${i.where ? ` WHERE ${i.where}` : ""}`;
}
function droppedIndex(expression, table, s) {
  const v = s.x.value(expression);
  const named = staticString(v);
  if (named !== void 0) return { name: named, concurrent: false };
  const options = optionsOf(expression, ["TableIndex"], s);
  if (!options) return void 0;
  const columns = options.strings("columnNames") ?? [];
  return {
    name: options.string("name") ?? indexName(table, columns, options.string("where")),
    concurrent: options.boolean("isConcurrent") === true
  };
}
function quoteIndex(table, name2) {
  const schema = table.includes(".") ? table.split(".")[0] : void 0;
  return schema ? `${quoteIdent(schema)}.${quoteIdent(name2)}` : quoteIdent(name2);
}
function readForeignKey(expression, table, s) {
  const options = optionsOf(expression, ["TableForeignKey"], s);
  if (!options) return void 0;
  const columns = options.strings("columnNames");
  const referencedTable = options.string("referencedTableName");
  const referencedColumns = options.strings("referencedColumnNames");
  if (!columns || !referencedTable || !referencedColumns) {
    s.x.report(expression ?? s.call, "the foreign key's columns or referenced table are not static");
    return void 0;
  }
  const fk = {
    name: options.string("name") ?? namingFor("FK", table, columns),
    columns,
    referencedTable,
    referencedColumns
  };
  const onDelete = options.string("onDelete");
  if (onDelete) fk.onDelete = onDelete;
  const onUpdate = options.string("onUpdate");
  if (onUpdate) fk.onUpdate = onUpdate;
  return fk;
}
function foreignKeySql(fk) {
  return `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${columnList(fk.columns)}) REFERENCES ${quoteName(fk.referencedTable)}(${columnList(fk.referencedColumns)})${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ""}${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ""}`;
}
function emitCheck(table, check, s) {
  const expression = check.string("expression");
  if (expression === void 0) return void s.x.report(s.call, whyDynamic(check.get("expression"), "the check expression"));
  const constraint = check.string("name") ?? checkName(table, expression);
  emit(s, `ALTER TABLE ${quoteName(table)} ADD CONSTRAINT ${quoteIdent(constraint)} CHECK (${expression})`);
}
function readConstraint(expression, s) {
  return optionsOf(expression, ["TableUnique", "TableCheck", "TableExclusion", "TableForeignKey"], s);
}
function dropNamed(args, s, what, generated) {
  const table = tableName(args[0], s);
  if (!table) return;
  const constraint = constraintName(args[1], table, s, what, generated);
  if (constraint) emit(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${quoteIdent(constraint)}`);
}
function dropEach(args, s, what, generated) {
  const table = tableName(args[0], s);
  if (!table) return;
  for (const item of list(args[1], s, `the ${what}s`) ?? []) {
    const constraint = constraintName(item, table, s, what, generated);
    if (constraint) emit(s, `ALTER TABLE ${quoteName(table)} DROP CONSTRAINT ${quoteIdent(constraint)}`);
  }
}
function constraintName(expression, table, s, what, generated) {
  const named = staticString(s.x.value(expression));
  if (named !== void 0) return named;
  const options = optionsOf(expression, ["TableForeignKey", "TableUnique", "TableCheck", "TableExclusion"], s);
  if (!options) return void 0;
  return options.string("name") ?? generated(options, table);
}
function changeColumn(tableArg, oldArg, newArg, s) {
  const table = tableName(tableArg, s);
  if (!table) return;
  const next = readColumn(newArg, s);
  if (!next) return;
  const oldName = staticString(s.x.value(oldArg));
  const previous = oldName === void 0 ? readColumn(oldArg, s) : void 0;
  if (oldName === void 0 && !previous) return;
  const from = oldName ?? previous.name;
  const t = quoteName(table);
  const sql = [];
  const recreate = (columnName2) => (ops) => {
    for (const op of ops) if (op.kind === "alter-column-type" && op.column === columnName2) op.recreatesColumn = true;
  };
  if (!previous) {
    const column2 = quoteIdent(next.name);
    if (from !== next.name) sql.push(`ALTER TABLE ${t} RENAME COLUMN ${quoteIdent(from)} TO ${column2}`);
    sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column2} TYPE ${columnTypeSql(table, next)}`);
    sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column2} ${next.isNullable ? "DROP" : "SET"} NOT NULL`);
    if (next.default !== void 0) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column2} SET DEFAULT ${next.default}`);
    emit(s, sql, recreate(next.name));
    return;
  }
  const retyped = previous.type !== next.type || (previous.length ?? "") !== (next.length ?? "") || previous.isArray !== next.isArray;
  if (retyped || next.generatedType === "STORED" && previous.asExpression !== next.asExpression) {
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
    const added = next.enumValues.filter((v) => !previous.enumValues.includes(v));
    const removed = previous.enumValues.filter((v) => !next.enumValues.includes(v));
    if (removed.length === 0) {
      for (const v of added) sql.push(`ALTER TYPE ${quoteName(enumTypeName(table, previous))} ADD VALUE '${v.replace(/'/g, "''")}'`);
    } else {
      sql.push(...enumSql(table, { ...next, enumName: `${enumTypeName(table, next)}_new` }));
      sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} TYPE ${quoteName(`${enumTypeName(table, next)}_new`)} USING ${column}::text::${quoteName(`${enumTypeName(table, next)}_new`)}`);
    }
  }
  if (previous.default !== next.default) {
    sql.push(next.default === void 0 ? `ALTER TABLE ${t} ALTER COLUMN ${column} DROP DEFAULT` : `ALTER TABLE ${t} ALTER COLUMN ${column} SET DEFAULT ${next.default}`);
  }
  if (previous.isNullable !== next.isNullable) sql.push(`ALTER TABLE ${t} ALTER COLUMN ${column} ${next.isNullable ? "DROP" : "SET"} NOT NULL`);
  if (previous.isUnique !== next.isUnique) {
    const constraint = quoteIdent(namingFor("UQ", table, [next.name]));
    sql.push(next.isUnique ? `ALTER TABLE ${t} ADD CONSTRAINT ${constraint} UNIQUE (${column})` : `ALTER TABLE ${t} DROP CONSTRAINT ${constraint}`);
  }
  if (sql.length > 0) emit(s, sql);
}
function createTable(args, s) {
  const options = optionsOf(args[0], ["Table"], s);
  if (!options) return;
  const table = options.string("name");
  if (!table) return void s.x.report(args[0] ?? s.call, whyDynamic(options.get("name"), "the table name"));
  const ifNotExists = s.x.value(args[1])?.kind === "boolean" && s.x.value(args[1]).value;
  const createForeignKeys = !(s.x.value(args[2])?.kind === "boolean" && !s.x.value(args[2]).value);
  const createIndices = !(s.x.value(args[3])?.kind === "boolean" && !s.x.value(args[3]).value);
  const columnSites = /* @__PURE__ */ new Map();
  const columns = [];
  const columnNodes = arrayNodes(options.get("columns"));
  for (const node of columnNodes) {
    const column = readColumn(node, s);
    if (!column) return;
    columns.push(column);
    columnSites.set(column.name, node);
  }
  const parts = columns.map((c) => columnSql(table, c));
  const uniques = columns.filter((c) => c.isUnique).map((c) => `CONSTRAINT ${quoteIdent(namingFor("UQ", table, [c.name]))} UNIQUE (${quoteIdent(c.name)})`);
  for (const node of arrayNodes(options.get("uniques"))) {
    const u = optionsOf(node, ["TableUnique"], s);
    const cols = u?.strings("columnNames");
    if (u && cols) uniques.push(`CONSTRAINT ${quoteIdent(u.string("name") ?? namingFor("UQ", table, cols))} UNIQUE (${columnList(cols)})`);
  }
  const checks = [];
  for (const node of arrayNodes(options.get("checks"))) {
    const c = optionsOf(node, ["TableCheck"], s);
    const expression = c?.string("expression");
    if (c && expression) checks.push(`CONSTRAINT ${quoteIdent(c.string("name") ?? checkName(table, expression))} CHECK (${expression})`);
  }
  const foreignKeys = [];
  if (createForeignKeys) {
    for (const node of arrayNodes(options.get("foreignKeys"))) {
      const fk = readForeignKey(node, table, s);
      if (fk) foreignKeys.push(foreignKeySql(fk));
    }
  }
  const primary = columns.filter((c) => c.isPrimary).map((c) => c.name);
  if (primary.length > 0) parts.push(`CONSTRAINT ${quoteIdent(namingFor("PK", table, primary))} PRIMARY KEY (${columnList(primary)})`);
  const sql = [
    ...columns.flatMap((c) => enumSql(table, c)),
    `CREATE TABLE ${ifNotExists ? "IF NOT EXISTS " : ""}${quoteName(table)} (${[...parts, ...uniques, ...checks, ...foreignKeys].join(", ")})`
  ];
  if (createIndices) {
    for (const node of arrayNodes(options.get("indices"))) {
      const index = readIndex(node, table, s);
      if (index) sql.push(createIndexSql(table, index));
    }
  }
  emit(s, sql, void 0, columnSites);
}
function queryBuilder(chain, x) {
  const names = chain.links.map((l) => l.name);
  if (!names.includes("execute")) return true;
  const link = (name2) => chain.links.find((l) => l.name === name2);
  const where = link("where");
  const whereSql = where ? staticString(x.value(where.args[0])) : void 0;
  const whereClause = whereSql ? ` WHERE ${whereSql.replace(/:\.\.\.(\w+)|:(\w+)/g, "$$1")}` : "";
  const target = (name2, arg = 0) => {
    const l = link(name2);
    return l ? staticString(x.value(l.args[arg])) : void 0;
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
function emit(s, sql, adjust, columnSites) {
  s.x.builder(sql, { site: s.chain.outer, ...adjust ? { adjust } : {}, ...columnSites ? { columnSites } : {} });
}
function optionsOf(expression, classes, s) {
  if (!expression) return void s.x.report(s.call, "an argument is missing");
  const ts = s.x.ts;
  const resolved = s.x.evaluator.resolve(expression);
  const inner = constructed(ts, resolved, classes) ?? resolved;
  const value = s.x.value(inner);
  if (value?.kind !== "object") {
    s.x.report(expression, whyDynamic(value, `\`${compactText(s, expression)}\``));
    return void 0;
  }
  return new Options(value);
}
function resolveObject(expression, s) {
  return s.x.evaluator.resolve(expression);
}
function tableName(expression, s) {
  if (!expression) return void s.x.report(s.call, "the table is missing");
  const ts = s.x.ts;
  const value = s.x.value(expression);
  const named = staticString(value);
  if (named !== void 0) return named;
  const resolved = skipOuter(ts, s.x.evaluator.resolve(expression));
  if (ts.isCallExpression(resolved) && ts.isPropertyAccessExpression(resolved.expression) && resolved.expression.name.text === "getTable") {
    const table = staticString(s.x.value(resolved.arguments[0]));
    if (table !== void 0) return table;
  }
  const tableOptions = constructed(ts, resolved, ["Table"]);
  if (tableOptions) {
    const name2 = new Options(s.x.value(tableOptions)).string("name");
    if (name2) return name2;
  }
  s.x.report(expression, whyDynamic(value, "the table name"));
  return void 0;
}
function name(expression, s, what) {
  const value = s.x.value(expression);
  const named = staticString(value);
  if (named === void 0) s.x.report(expression ?? s.call, whyDynamic(value, what));
  return named;
}
function columnName(expression, s) {
  const value = s.x.value(expression);
  const named = staticString(value);
  if (named !== void 0) return named;
  const column = readColumn(expression, s);
  return column?.name;
}
function list(expression, s, what) {
  const value = s.x.value(expression);
  if (value?.kind === "array") return value.items.map((i) => i.node);
  s.x.report(expression ?? s.call, whyDynamic(value, what));
  return void 0;
}
function arrayNodes(value) {
  return value?.kind === "array" ? value.items.map((i) => i.node) : [];
}
function compactText(s, node) {
  const text = s.x.text(node).replace(/\s+/g, " ");
  return text.length > 50 ? `${text.slice(0, 49)}\u2026` : text;
}
function bare(table) {
  return table.split(".").pop();
}
function sha1(text) {
  return createHash("sha1").update(text).digest("hex");
}
function namingFor(prefix, table, columns) {
  const key = `${bare(table).replace(".", "_")}_${[...columns].sort().join("_")}`;
  return `${prefix}_${sha1(key).slice(0, 27)}`;
}
function indexName(table, columns, where) {
  let key = `${bare(table).replace(".", "_")}_${[...columns].sort().join("_")}`;
  if (where) key += `_${where}`;
  return `IDX_${sha1(key).slice(0, 26)}`;
}
function checkName(table, expression) {
  return `CHK_${sha1(`${bare(table).replace(".", "_")}_${expression}`).slice(0, 26)}`;
}

const READERS = {
  typeorm: typeormReader,
  knex: knexReader,
  sequelize: sequelizeReader,
  "mikro-orm": mikroOrmReader,
  kysely: kyselyReader,
  "node-pg-migrate": nodePgMigrateReader
};
function readCodeMigration(source, context = {}) {
  const ts = typescriptApi();
  const sf = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, scriptKind(ts, source.path));
  const lines = new LineIndex(source.text);
  const evaluator = new StaticEvaluator(ts, sf);
  if (context.resolver) evaluator.importedConstants = helperConstants(ts, context.resolver, source.path);
  const shape = findMigrationShape(ts, sf, evaluator);
  const imports = importsOf(ts, sf);
  const tool = detectTool(
    ts,
    sf,
    shape,
    imports.map((i) => i.module)
  );
  const language = /\.[mc]?ts$/i.test(source.path) ? "typescript" : "javascript";
  const base = {
    path: source.path,
    version: source.version,
    setId: source.setId,
    language,
    text: source.text,
    suppressions: findSuppressions(source.text)
  };
  const dependencies = findAppDependencies(ts, sf, lines, evaluator, imports, shape, context.resolver);
  const empty = sf.statements.length === 0 || shape.entries.length > 0 && shape.entries.every((e) => isEmptyFunction(ts, e.fn));
  if (!tool && empty) {
    return {
      ...base,
      tool: "unknown",
      statements: [],
      operations: [],
      transaction: { transactional: false, reason: "the migration is empty" },
      uninspectable: [],
      dependencies
    };
  }
  if (!tool || shape.entries.length === 0) {
    return {
      ...base,
      tool: "unknown",
      statements: [],
      operations: [],
      transaction: { transactional: false, reason: "migration-guard does not recognize which tool runs this file" },
      uninspectable: [unrecognized(sf, lines, shape, tool)],
      dependencies
    };
  }
  const extractor = new Extractor(ts, sf, lines, evaluator, READERS[tool]);
  extractor.exports = shape.exports;
  const ordered = [...shape.entries].sort((a, b) => a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1);
  for (const entry of ordered) extractor.readEntry(entry.fn, entry.direction);
  const optOuts = fileOptOuts(ts, tool, shape, evaluator);
  for (const direction of extractor.noTransaction) optOuts.add(direction);
  const transaction = assignCodeTransactions(tool, extractor.entries, optOuts);
  return {
    ...base,
    tool,
    statements: extractor.entries.flatMap((e) => e.statements),
    operations: extractor.entries.flatMap((e) => e.operations),
    transaction,
    uninspectable: extractor.uninspectable,
    dependencies,
    hasDown: hasDown(ts, tool, shape, extractor),
    ...reversalSpan(sf, lines, shape)
  };
}
function reversalSpan(sf, lines, shape) {
  const entry = shape.entries.find((e) => e.direction === "down") ?? shape.entries.find((e) => e.direction === "up");
  if (!entry) return {};
  const node = entry.fn.name ?? entry.fn;
  const from = lines.position(node.getStart(sf));
  const to = lines.position(node.end);
  return { downSpan: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column } };
}
function scriptKind(ts, path) {
  if (/\.[mc]?ts$/i.test(path)) return ts.ScriptKind.TS;
  return ts.ScriptKind.JS;
}
function hasDown(ts, tool, shape, extractor) {
  const down = shape.entries.find((e) => e.direction === "down");
  if (down) return !isEmptyFunction(ts, down.fn);
  if (tool === "node-pg-migrate" && !shape.downDisabled) {
    return !extractor.entries.some((e) => e.direction === "up" && e.statements.length > 0);
  }
  return false;
}
function unrecognized(sf, lines, shape, tool) {
  const first = shape.entries[0]?.fn ?? sf.statements[0];
  const start = lines.position(first ? first.getStart(sf) : 0);
  const span = { line: start.line, column: start.column, endLine: start.line, endColumn: start.column };
  if (shape.entries.length === 0) {
    return {
      span,
      reason: "the file has no `up` function or migration class, so it is not a migration migration-guard can check",
      direction: "up",
      kind: "not-a-migration"
    };
  }
  return {
    span,
    reason: tool ? "migration-guard could not read this migration" : "migration-guard cannot tell which tool runs this migration (TypeORM, Knex, Sequelize, MikroORM, Kysely or node-pg-migrate), so no rule checked it",
    direction: "up",
    kind: "unrecognized-tool"
  };
}

function readMigration(file, config, context = {}) {
  if (isCodeMigrationPath(file.path)) {
    return readCodeMigration({ path: file.path, text: file.text, version: file.version, setId: file.setId }, context);
  }
  if (file.downOf !== void 0) {
    const source = { path: file.path, text: file.text, tool: downFileTool(file.setTool), version: file.version, setId: file.setId, direction: "down" };
    return { ...readSqlMigration(source, config.assumeTransaction), downOf: file.downOf };
  }
  const migration = readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction
  );
  if (migration.hasDown === void 0 && file.hasDown !== void 0) migration.hasDown = file.hasDown;
  return migration;
}
function downFileTool(setTool) {
  return setTool === "prisma" ? "sql" : setTool;
}

export { DatabaseModel as D, attachLazyAst as a, loadSqlParser as l, parseSql as p, readMigration as r, walk as w };
