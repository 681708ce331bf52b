import type * as TS from "typescript";
import type { SourceSpan } from "../core/location.js";
import type { Uninspectable } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import type { LineIndex } from "../sql/positions.js";
import { readSql } from "../sql/read-sql.js";
import { modelGeneratedSql } from "./builder-sql.js";
import { flattenChain, type Chain } from "./chains.js";
import type { TypeScriptApi } from "./compiler.js";
import { fileOffsetOf, type MappedText } from "./mapped-text.js";
import { skipOuter, type PlaceholderPolicy, type StaticEvaluator, type StaticValue } from "./static-values.js";

export type Direction = "up" | "down";
export type TransactionAction = "begin" | "commit" | "rollback";

/** Something the migration does, in the order it runs: SQL, builder operations, or a transaction boundary. */
export interface Entry {
  direction: Direction;
  statements: Statement[];
  operations: Operation[];
  /** A transaction boundary the code itself sets (`queryRunner.commitTransaction()`, ...). */
  boundary?: TransactionAction;
  /**
   * For tools where each call chooses its transaction (Sequelize's `{ transaction: t }`): the
   * transaction the call passes, or null for none. Undefined: the migration's transaction context applies.
   */
  transactionKey?: string | null;
}

/** A chain whose root is one of the migration's handles (`queryRunner`, `knex`, `this`, ...). */
export interface HandleChain extends Chain {
  handle: string;
}

/** How one tool reads the calls of its migrations. */
export interface ToolReader {
  /** Handle kinds of an entry function's parameters (by position); `this` is handled by `thisHandle`. */
  parameterHandles(fn: TS.FunctionLikeDeclaration): (string | undefined)[];
  /** The handle `this` stands for in a migration class, if any. */
  thisHandle?: string;
  /** A chain that starts at something other than a handle but is still the tool's (Kysely's `sql` tag). */
  rootHandle?(chain: Chain, x: Extractor): string | undefined;
  /** Reads a chain rooted at a handle. Returns false when the call is not one the tool knows. */
  read(chain: HandleChain, x: Extractor): boolean;
}

export interface SqlOptions {
  /** The chain or call whose span suppression comments and messages refer to. */
  call: TS.Node;
  /** Placeholders for `${}` values known only at run time. */
  policy?: PlaceholderPolicy;
  transactionKey?: string | null;
  /** MikroORM's `addSql` queues statements that run after `up()` returns. */
  deferred?: boolean;
  /** Set by `sqlVariants`: which variant of the call's SQL this text is. */
  variant?: { label: string; count: number };
  /** What the SQL is passed to, for messages: e.g. `queryRunner.query`. */
  via: string;
}

export interface BuilderOptions {
  /** The node the operations point at (a call, or one step of a chain). */
  site: TS.Node;
  /** Where the operations' span starts, when not at `site`'s start (a step of a chain). */
  start?: number;
  /** The whole statement the site belongs to, for suppression comments above it. */
  outer?: TS.Node;
  /** Column name → where it is declared, so a finding about one column points at its line. */
  columnSites?: Map<string, TS.Node | { node: TS.Node; start: number }>;
  transactionKey?: string | null;
  /** Adjusts the modelled operations (e.g. to mark TypeORM's drop-and-add of a column). */
  adjust?: (ops: Operation[]) => void;
}

const MAX_INLINE_DEPTH = 4;
/** Loops over more items than this are read once, with the variable known only at run time. */
const MAX_UNROLLED = 64;

/**
 * Walks the `up` and `down` functions of a TS/JS migration, handing each call chain rooted at a
 * migration handle to the tool's reader, and collects what the migration does in order.
 */
export class Extractor {
  readonly entries: Entry[] = [];
  readonly uninspectable: Uninspectable[] = [];
  /** Directions whose code opts out of the tool's transaction (node-pg-migrate's `pgm.noTransaction()`). */
  readonly noTransaction = new Set<Direction>();
  direction: Direction = "up";
  private deferred: Entry[] = [];
  private statementCount = 0;
  private readonly consumed = new Set<TS.Node>();
  private readonly parameterHandles = new Map<TS.Node, Map<string, string>>();
  private readonly inlining: TS.Node[] = [];
  private readonly seen = new Set<string>();
  /** Lines of the helper calls being read as if inline, outermost first. */
  private readonly callSites: number[] = [];

  constructor(
    readonly ts: TypeScriptApi,
    readonly sf: TS.SourceFile,
    readonly lines: LineIndex,
    readonly evaluator: StaticEvaluator,
    private readonly reader: ToolReader,
  ) {}

  /** Values the file exports besides up/down (node-pg-migrate's `shorthands`). */
  exports = new Map<string, TS.Expression>();

  exportedValue(name: string): StaticValue | undefined {
    const expression = this.exports.get(name);
    return expression ? this.evaluator.value(expression) : undefined;
  }

  /** Reads one entry function (`up` or `down`). */
  readEntry(fn: TS.FunctionLikeDeclaration, direction: Direction): void {
    this.direction = direction;
    this.bindParameters(fn, this.reader.parameterHandles(fn));
    if (fn.body) this.walk(fn.body);
    this.entries.push(...this.deferred);
    this.deferred = [];
  }

  /** Registers handle kinds for a function's parameters (an entry function, or a callback a tool hands a handle to). */
  bindParameters(fn: TS.SignatureDeclarationBase, kinds: readonly (string | undefined)[]): void {
    const ts = this.ts;
    fn.parameters.forEach((p, i) => {
      const kind = kinds[i];
      if (!kind) return;
      const names = new Map<string, string>();
      if (ts.isIdentifier(p.name)) {
        names.set(p.name.text, kind);
      } else if (ts.isObjectBindingPattern(p.name)) {
        // umzug: `({ context: queryInterface })` or `({ context })`.
        for (const element of p.name.elements) {
          const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : "";
          if (key === "context" && ts.isIdentifier(element.name)) names.set(element.name.text, kind);
        }
      }
      this.parameterHandles.set(p, names);
    });
  }

  /** Visits a subtree, reading every call chain in it. */
  walk(node: TS.Node): void {
    const ts = this.ts;
    if (this.consumed.has(node)) return;
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
      if (this.readCall(node)) return;
    }
    // Functions declared inside up/down run only if called: they are read where they are called.
    if (ts.isFunctionDeclaration(node)) return;
    if (ts.isForOfStatement(node) && this.unrollLoop(node)) return;
    ts.forEachChild(node, (child) => this.walk(child));
  }

  /**
   * `for (const table of ["users", "orders"]) { ... }`: the body is read once per item, with the
   * loop variable standing for it, as each iteration runs. Loops over anything else are walked
   * once, their variable known only at run time.
   */
  private unrollLoop(loop: TS.ForOfStatement): boolean {
    const ts = this.ts;
    const list = loop.initializer;
    if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) return false;
    const declaration = list.declarations[0]!;
    if (!ts.isIdentifier(declaration.name)) return false;
    // A body that can leave the loop (`try { ...; return; } catch {}` trying alternatives) does
    // not run for every item: read once, the variable known only at run time.
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
  private readCall(node: TS.CallExpression | TS.TaggedTemplateExpression): boolean {
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
  private walkUnconsumed(chain: Chain): void {
    const ts = this.ts;
    for (const link of chain.links) {
      for (const arg of link.args) {
        const node = skipOuter(ts, arg);
        if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !this.consumed.has(arg) && !this.consumed.has(node)) this.walk(node.body);
      }
    }
  }

  /** Follows aliases (`const schema = knex.schema`) so the chain starts at the handle itself. */
  canonicalChain(chain: Chain): Chain {
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
  handleOf(chain: Chain): string | undefined {
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
  identifierHandle(id: TS.Identifier): string | undefined {
    const binding = this.evaluator.bindingOf(id);
    if (binding.kind === "parameter") return this.parameterHandles.get(binding.node)?.get(id.text);
    if (binding.kind === "value") {
      const target = skipOuter(this.ts, binding.expression);
      if (this.ts.isIdentifier(target) && target !== id) return this.identifierHandle(target);
    }
    return undefined;
  }

  /** The handle an expression is, when it is one (`queryRunner`, `knex`, `this`). */
  expressionHandle(expression: TS.Expression): string | undefined {
    const ts = this.ts;
    const node = skipOuter(ts, expression);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return this.reader.thisHandle;
    return ts.isIdentifier(node) ? this.identifierHandle(node) : undefined;
  }

  /**
   * A call that hands a migration handle to another function: a function of this file is read as
   * if its body were inline; one from elsewhere cannot be seen, which is reported.
   */
  private passesHandle(call: TS.CallExpression): boolean {
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
    const handleArg = call.arguments.find((a) => this.expressionHandle(a))!;
    const where = this.describeOrigin(callee);
    this.report(call, `it passes \`${handleArg.getText(this.sf)}\` to \`${name}\`${where}, so migration-guard cannot see what that runs`);
    return true;
  }

  /** A callback argument: an inline function, or the name of one defined in this file. */
  localFunctionOf(expression: TS.Expression): TS.FunctionLikeDeclaration | undefined {
    const node = skipOuter(this.ts, expression);
    if (this.ts.isArrowFunction(node) || this.ts.isFunctionExpression(node)) return node;
    return this.localFunction(node);
  }

  /** `this.helper(...)` in a migration class (MikroORM): the method's body is read as if inline. */
  private inlineOwnMethod(call: TS.CallExpression): boolean {
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
  private inline(fn: TS.FunctionLikeDeclaration, call: TS.CallExpression, kinds: (string | undefined)[]): void {
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
  localFunction(callee: TS.Expression): TS.FunctionLikeDeclaration | undefined {
    return this.evaluator.calledFunction(callee);
  }

  private describeOrigin(callee: TS.Expression): string {
    const ts = this.ts;
    let root = callee;
    while (ts.isPropertyAccessExpression(root)) root = root.expression;
    if (!ts.isIdentifier(root)) return "";
    const binding = this.evaluator.bindingOf(root);
    if (binding.kind === "import") return ` (imported from \`${binding.module}\`)`;
    if (binding.kind === "parameter") return " (a parameter)";
    return "";
  }

  private unknownCall(chain: Chain, handle: string): void {
    const text = compact(chain.outer.getText(this.sf));
    this.report(chain.outer, `\`${text}\` is not a ${describeHandle(handle)} call migration-guard knows, so no rule checked what it does`);
  }

  /** Marks nodes a reader handled itself, so the walk does not read them again. */
  consume(...nodes: (TS.Node | undefined)[]): void {
    for (const n of nodes) if (n) this.consumed.add(n);
  }

  // ---- positions -------------------------------------------------------------------------

  span(node: TS.Node, start?: number): SourceSpan {
    const from = this.lines.position(start ?? node.getStart(this.sf));
    const to = this.lines.position(node.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  text(node: TS.Node): string {
    return node.getText(this.sf);
  }

  // ---- what the migration does -------------------------------------------------------------

  /** SQL an argument evaluates to: parsed, with every statement at its line in the file. */
  sql(argument: TS.Expression | undefined, options: SqlOptions): void {
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
  sqlVariants(argument: TS.Expression, options: SqlOptions, text: (value: Extract<StaticValue, { kind: "string" }>) => MappedText): void {
    const variants = this.evaluator.variants(argument, options.policy);
    const strings = variants.filter((v): v is { value: Extract<StaticValue, { kind: "string" }>; choices: typeof v.choices } => v.value.kind === "string");
    if (variants.length > 1 && strings.length === variants.length) {
      const distinct = new Map<string, { mapped: MappedText; label: string }>();
      for (const v of strings) {
        const mapped = text(v.value);
        const label = v.choices.map(([condition, branch]) => `\`${compact(this.text(condition.condition), 60)}\` is ${branch ? "true" : "false"}`).join(" and ");
        if (!distinct.has(mapped.text)) distinct.set(mapped.text, { mapped, label });
      }
      const count = distinct.size;
      for (const { mapped, label } of distinct.values()) this.sqlText(mapped, count > 1 ? { ...options, variant: { label, count } } : options);
      return;
    }
    const value = variants.length === 1 ? variants[0]!.value : this.evaluator.value(argument, options.policy);
    if (value.kind !== "string") {
      const reason = value.kind === "dynamic" ? value.reason : "it is not a string";
      this.report(options.call, `the SQL passed to \`${options.via}\` is not static: ${reason}`);
      return;
    }
    this.sqlText(text(value), options);
  }

  /** SQL text already assembled (e.g. with bindings substituted). */
  sqlText(mapped: MappedText, options: SqlOptions): void {
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
      callSpan,
    });
    const placeholderLines = mapped.placeholders.map((p) => this.lines.position(fileOffsetOf(mapped, p.start)));
    const statements: Statement[] = [];
    const operations: Operation[] = [];
    const callStart = options.call.getStart(this.sf);
    for (const [ordinal, statement] of read.statements.entries()) {
      // The same statement at the same place again (a loop body or helper that does not depend on
      // the item or argument): it is one statement of the file, reported once.
      if (this.isRepeat(`${this.direction}:${options.transactionKey}:${statement.line}:${statement.column}:${statement.sql}`)) continue;
      if (options.variant) statement.variant = { group: `${callStart}:${ordinal}`, ...options.variant };
      const hasPlaceholder = placeholderLines.some((p) => within(statement, p));
      if (statement.error && hasPlaceholder) {
        const what = mapped.placeholders.map((p) => `\`${compact(p.source)}\``).join(", ");
        this.uninspectable.push({
          span: { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn },
          reason: `the SQL passed to \`${options.via}\` depends on ${what}, known only at run time`,
          direction: this.direction,
        });
        continue;
      }
      statement.index = this.statementCount++;
      if (this.callSites.length > 0) statement.callSites = [...this.callSites];
      statements.push(statement);
      operations.push(...read.operations.filter((op) => op.statement === statement));
    }
    if (statements.length === 0) return;
    const entry: Entry = { direction: this.direction, statements, operations };
    if (options.transactionKey !== undefined) entry.transactionKey = options.transactionKey;
    if (options.deferred) this.deferred.push(entry);
    else this.entries.push(entry);
  }

  /**
   * Operations of a builder call, modelled from the SQL the tool generates for it: the same SQL
   * reader makes the same operations, which then point at the call instead of a statement.
   */
  builder(sql: string | string[], options: BuilderOptions): void {
    const texts = Array.isArray(sql) ? sql : [sql];
    const modelled = modelGeneratedSql(texts.join(";\n"), this.direction);
    if (!modelled) {
      this.report(options.site, `migration-guard could not model \`${compact(this.text(options.site))}\``);
      return;
    }
    const span = this.span(options.site, options.start);
    const call = this.text(options.site);
    if (this.isRepeat(`${this.direction}:${options.transactionKey}:${span.line}:${span.column}:${texts.join(";")}`)) return;
    const outerSpan = options.outer && options.outer !== options.site ? this.span(options.outer) : undefined;
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
    modelled[0]!.generatedSql = texts.join(";\n");
    const entry: Entry = { direction: this.direction, statements: [], operations: modelled };
    if (options.transactionKey !== undefined) entry.transactionKey = options.transactionKey;
    this.entries.push(entry);
  }

  /**
   * A transaction boundary set by code (`queryRunner.commitTransaction()`), at the call `node`: it
   * is also an operation, so rules about transaction structure see it like a SQL BEGIN/COMMIT.
   */
  boundary(action: TransactionAction, node: TS.Node): void {
    const op: Operation = { kind: "transaction", action, direction: this.direction, span: this.span(node), call: this.text(node), transaction: null };
    this.entries.push({ direction: this.direction, statements: [], operations: [op], boundary: action });
  }

  /** Something no rule could look into, at the line of `node`. */
  report(node: TS.Node, reason: string): void {
    const span = this.span(node);
    if (this.isRepeat(`${this.direction}:${span.line}:${span.column}:${reason}`)) return;
    this.uninspectable.push({ span, reason, direction: this.direction });
  }

  /** True when the same thing was already read at the same place (see `sqlText`). */
  private isRepeat(key: string): boolean {
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }

  /** Evaluates an argument, for readers. */
  value(expression: TS.Expression | undefined): StaticValue | undefined {
    return expression ? this.evaluator.value(expression) : undefined;
  }
}

/** Whether a loop body contains `return`, `break`, `throw` or `try` outside nested functions. */
function leavesLoop(ts: TypeScriptApi, body: TS.Node): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
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

function within(span: SourceSpan, p: { line: number; column: number }): boolean {
  if (p.line < span.line || p.line > span.endLine) return false;
  if (p.line === span.line && p.column < span.column) return false;
  if (p.line === span.endLine && p.column > span.endColumn) return false;
  return true;
}

function isOnlyPlaceholders(mapped: MappedText): boolean {
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

/** Source text on one line, shortened for a message. */
export function compact(text: string, max = 80): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const HANDLE_NAMES: Record<string, string> = {
  queryRunner: "TypeORM QueryRunner",
  knex: "Knex",
  queryInterface: "Sequelize QueryInterface",
  sequelize: "Sequelize",
  mikro: "MikroORM Migration",
  kysely: "Kysely",
  pgm: "node-pg-migrate",
};

function describeHandle(handle: string): string {
  return HANDLE_NAMES[handle] ?? handle;
}
