import path from "node:path";
import type * as TS from "typescript";
import { describeError } from "../core/internal-error.js";
import { skipOuter } from "../typescript/static-values.js";

export type Ts = typeof TS;

/**
 * The TypeScript compiler, loaded on first use: it is large, and only repositories with TS/JS
 * models (or migrations) need it. Parsing only (`createSourceFile`), never a type-checked program.
 * One loader serves the schema readers and the migration reader.
 */
export { loadTypeScript } from "../typescript/compiler.js";

export interface ImportBinding {
  module: string;
  /** The exported name, `default`, or `*` for a namespace import. */
  imported: string;
}

export interface TsFile {
  path: string;
  source: TS.SourceFile;
  imports: ReadonlyMap<string, ImportBinding>;
  /** Top-level `const` initializers, by name. */
  consts: ReadonlyMap<string, TS.Expression>;
  /** Top-level classes, by name. */
  classes: ReadonlyMap<string, TS.ClassDeclaration>;
}

export interface Located<T> {
  file: TsFile;
  node: T;
}

export interface DecoratorCall {
  /** The decorator's name (`Column` for `@Column()`, `@TypeORM.Column()` and `@Column`). */
  name: string;
  args: readonly TS.Expression[];
  node: TS.Decorator;
}

/**
 * Parsed files by path, shared by the projects of one run: the schema at the base and at the head
 * of a change set are read from mostly the same files, and a file whose text is the same is parsed
 * once.
 */
export type ParseCache = Map<string, { text: string; file: TsFile }>;

const SCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

/**
 * A set of parsed source files that can follow names across them: the base class a model
 * extends, the embedded class a column holds, a constant spread into a table's columns. Only
 * relative imports are followed; a name imported otherwise falls back to the one class or
 * constant of that name in the set, if there is exactly one.
 */
export class TsProject {
  /** Model files with syntax errors, or that the parser failed on: what they map is unknown. */
  readonly unreadable: { file: string; line: number; reason: string }[] = [];
  private readonly texts = new Map<string, string>();
  /** Parsed so far; null for a file the parser failed on. Only the primary files are parsed up front. */
  private readonly parsed = new Map<string, TsFile | null>();

  /**
   * @param primary the files whose declarations are read (`forEachNode`); the others are there to
   * follow names into, and are parsed the first time a name leads into them. All files when absent.
   */
  constructor(
    readonly ts: Ts,
    sources: readonly { path: string; text: string }[],
    private readonly primary?: ReadonlySet<string>,
    private readonly cache?: ParseCache,
  ) {
    for (const s of sources) this.texts.set(s.path, s.text);
    for (const s of sources) if (this.isPrimary(s.path)) this.file(s.path);
  }

  /** The parsed file at `filePath`, parsing it on first use; undefined when it is not in the set or cannot be parsed. */
  private file(filePath: string): TsFile | undefined {
    const known = this.parsed.get(filePath);
    if (known !== undefined) return known ?? undefined;
    const text = this.texts.get(filePath);
    if (text === undefined) return undefined;
    try {
      const cached = this.cache?.get(filePath);
      const file = cached && cached.text === text ? cached.file : this.parse(filePath, text);
      if (file !== cached?.file) this.cache?.set(filePath, { text, file });
      this.noteSyntaxError(file);
      this.parsed.set(filePath, file);
      return file;
    } catch (error) {
      // Deep nesting overflows the parser's stack: the file is unreadable, the others are not.
      if (this.isPrimary(filePath)) this.unreadable.push({ file: filePath, line: 1, reason: describeError(error) });
      this.parsed.set(filePath, null);
      return undefined;
    }
  }

  /**
   * The files of the set in their order, parsed: the primary ones, and of the others those whose
   * text contains `mentions` (all of them without it). A file that does not contain a name
   * cannot declare it, so the others need no parse.
   */
  private filesMentioning(mentions?: RegExp | string, all = true): TsFile[] {
    const result: TsFile[] = [];
    for (const [filePath, text] of this.texts) {
      const wanted = this.isPrimary(filePath) || (all && (mentions === undefined || (typeof mentions === "string" ? text.includes(mentions) : mentions.test(text))));
      const file = wanted ? this.file(filePath) : undefined;
      if (file) result.push(file);
    }
    return result;
  }

  private isPrimary(file: string): boolean {
    return this.primary === undefined || this.primary.has(file);
  }

  /** The parser recovers from syntax errors by guessing; a model read from such a guess cannot be trusted to be complete. */
  private noteSyntaxError(file: TsFile): void {
    if (!this.isPrimary(file.path)) return;
    const diagnostics = (file.source as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
    const first = diagnostics[0];
    if (!first) return;
    const line = file.source.getLineAndCharacterOfPosition(first.start).line + 1;
    this.unreadable.push({ file: file.path, line, reason: this.ts.flattenDiagnosticMessageText(first.messageText, " ") });
  }

  line(file: TsFile, node: TS.Node): number {
    return file.source.getLineAndCharacterOfPosition(node.getStart(file.source)).line + 1;
  }

  decorators(node: TS.Node): DecoratorCall[] {
    const { ts } = this;
    if (!ts.canHaveDecorators(node)) return [];
    const result: DecoratorCall[] = [];
    for (const decorator of ts.getDecorators(node) ?? []) {
      const expr = decorator.expression;
      const callee = ts.isCallExpression(expr) ? expr.expression : expr;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (name) result.push({ name, args: ts.isCallExpression(expr) ? expr.arguments : [], node: decorator });
    }
    return result;
  }

  /** A property's name as written: identifier, string or number literal, or a computed string. */
  propertyName(name: TS.PropertyName | TS.BindingName | undefined, file?: TsFile): string | undefined {
    const { ts } = this;
    if (!name) return undefined;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isComputedPropertyName(name) && file) return this.stringValue(file, name.expression);
    return undefined;
  }

  /** The value of a string expression: a literal, a template without substitutions, or a constant naming one. */
  stringValue(file: TsFile, expr: TS.Expression | undefined, depth = 0): string | undefined {
    const { ts } = this;
    if (!expr || depth > 8) return undefined;
    expr = this.unwrap(expr);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isIdentifier(expr)) {
      const found = this.constant(file, expr.text);
      return found ? this.stringValue(found.file, found.node, depth + 1) : undefined;
    }
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
      // `TABLES.users` where `const TABLES = { users: "users" } as const`
      const holder = this.constant(file, expr.expression.text);
      const object = holder && this.objectLiteral(holder.file, holder.node);
      const value = object?.get(expr.name.text);
      return object && value ? this.stringValue(object.file, value, depth + 1) : undefined;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.stringValue(file, expr.left, depth + 1);
      const right = this.stringValue(file, expr.right, depth + 1);
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    return undefined;
  }

  booleanValue(expr: TS.Expression | undefined): boolean | undefined {
    if (!expr) return undefined;
    expr = this.unwrap(expr);
    if (expr.kind === this.ts.SyntaxKind.TrueKeyword) return true;
    if (expr.kind === this.ts.SyntaxKind.FalseKeyword) return false;
    return undefined;
  }

  /**
   * The properties of an object literal (or of the constant an identifier names), spreads of other
   * known objects included. Later properties win, as at run time.
   */
  objectLiteral(file: TsFile, expr: TS.Expression | undefined, depth = 0): ObjectProperties | undefined {
    const { ts } = this;
    if (!expr || depth > 8) return undefined;
    expr = this.unwrap(expr);
    if (ts.isIdentifier(expr)) {
      const found = this.constant(file, expr.text);
      return found ? this.objectLiteral(found.file, found.node, depth + 1) : undefined;
    }
    if (!ts.isObjectLiteralExpression(expr)) return undefined;
    const props = new ObjectProperties(file);
    for (const p of expr.properties) {
      if (ts.isPropertyAssignment(p)) {
        const name = this.propertyName(p.name, file);
        if (name !== undefined) props.set(name, p.initializer, p, file);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        props.set(p.name.text, p.name, p, file);
      } else if (ts.isMethodDeclaration(p)) {
        const name = this.propertyName(p.name, file);
        if (name !== undefined) props.setMethod(name, p, file);
      } else if (ts.isSpreadAssignment(p)) {
        const spread = this.objectLiteral(file, p.expression, depth + 1);
        if (spread) props.merge(spread);
      }
    }
    return props;
  }

  /** A top-level constant visible in `file` under `name`: declared there or imported. */
  constant(file: TsFile, name: string): Located<TS.Expression> | undefined {
    const local = file.consts.get(name);
    if (local) return { file, node: local };
    const target = this.importedFile(file, name);
    if (target) {
      const found = target.file.consts.get(target.name);
      if (found) return { file: target.file, node: found };
    }
    return this.unique(name, (f) => f.consts.get(name));
  }

  /** A class visible in `file` under `name`: declared there or imported. */
  classNamed(file: TsFile, name: string): Located<TS.ClassDeclaration> | undefined {
    const local = file.classes.get(name);
    if (local) return { file, node: local };
    const target = this.importedFile(file, name);
    if (target) {
      const found = target.file.classes.get(target.name);
      if (found) return { file: target.file, node: found };
    }
    // Only a file that says `class Name` can declare it: most files that name the class use it.
    return this.unique(new RegExp(`\\bclass\\s+${name.replace(/\$/g, "\\$")}(?![\\w$])`), (f) => f.classes.get(name));
  }

  /** The name of the class a class extends, when it is a plain identifier (`extends Base`, `extends Base<T>`). */
  baseClass(file: TsFile, node: TS.ClassDeclaration): Located<TS.ClassDeclaration> | undefined {
    const { ts } = this;
    const clause = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const expr = clause?.types[0]?.expression;
    if (!expr || !ts.isIdentifier(expr)) return undefined;
    return this.classNamed(file, expr.text);
  }

  /** `() => User`, `(type) => User`, `User`, `"User"`: the class or entity name a relation points at. */
  targetName(file: TsFile, expr: TS.Expression | undefined): string | undefined {
    const { ts } = this;
    if (!expr) return undefined;
    expr = this.unwrap(expr);
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
      const body = ts.isArrowFunction(expr) && !ts.isBlock(expr.body) ? expr.body : returnedExpression(ts, expr.body);
      return body ? this.targetName(file, body) : undefined;
    }
    if (ts.isIdentifier(expr)) return expr.text;
    if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
    return this.stringValue(file, expr);
  }

  /** The innermost call of a chain: `serial("id").primaryKey().notNull()` → `serial("id")`. */
  rootCall(expr: TS.Expression): TS.CallExpression | undefined {
    const { ts } = this;
    let node = this.unwrap(expr);
    let root: TS.CallExpression | undefined;
    while (ts.isCallExpression(node)) {
      root = node;
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isCallExpression(this.unwrap(callee.expression))) node = this.unwrap(callee.expression);
      else break;
    }
    return root;
  }

  /** Every call in a chain, outermost last: `p.string().fieldName("x")` → [`p.string()`, `.fieldName("x")`]. */
  callChain(expr: TS.Expression): { name: string; call: TS.CallExpression }[] {
    const { ts } = this;
    const chain: { name: string; call: TS.CallExpression }[] = [];
    let node = this.unwrap(expr);
    while (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      chain.unshift({ name, call: node });
      if (!ts.isPropertyAccessExpression(callee)) break;
      node = this.unwrap(callee.expression);
    }
    return chain;
  }

  /** The name a call's callee ends in: `pgTable(...)` → `pgTable`, `t.integer()` → `integer`. */
  calleeName(call: TS.CallExpression): string | undefined {
    const { ts } = this;
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    return undefined;
  }

  /** Drops parentheses, `as`, `satisfies` and `!`, which change nothing at run time. */
  unwrap(expr: TS.Expression): TS.Expression {
    return skipOuter(this.ts, expr);
  }

  /**
   * Visits every node of the primary files; with `all`, of the other files too, or with `mentions`
   * of those other files whose text matches it (what the visitor looks for: a file without it has
   * nothing for the visitor, and is not parsed).
   */
  forEachNode(visit: (node: TS.Node, file: TsFile) => void, options: { all?: boolean; mentions?: RegExp } = {}): void {
    for (const file of this.filesMentioning(options.mentions, options.all ?? false)) {
      const walk = (node: TS.Node): void => {
        visit(node, file);
        node.forEachChild(walk);
      };
      walk(file.source);
    }
  }

  private importedFile(file: TsFile, name: string): { file: TsFile; name: string } | undefined {
    const binding = file.imports.get(name);
    if (!binding || !binding.module.startsWith(".")) return undefined;
    const target = this.resolve(file.path, binding.module);
    return target ? { file: target, name: binding.imported } : undefined;
  }

  private resolve(from: string, specifier: string): TsFile | undefined {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const stem = base.replace(/\.[cm]?js$/, "");
    const candidates = [base, ...SCRIPT_EXTENSIONS.map((e) => stem + e), ...SCRIPT_EXTENSIONS.map((e) => `${base}/index${e}`)];
    for (const c of candidates) {
      const found = this.texts.has(c) ? this.file(c) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  /** The one declaration in the set that `pick` finds, among the files whose text matches `declares`; none when two files declare it. */
  private unique<T>(declares: RegExp | string, pick: (f: TsFile) => T | undefined): Located<T> | undefined {
    let found: Located<T> | undefined;
    for (const file of this.filesMentioning(declares)) {
      const node = pick(file);
      if (node === undefined) continue;
      if (found) return undefined;
      found = { file, node };
    }
    return found;
  }

  private parse(filePath: string, text: string): TsFile {
    const { ts } = this;
    const kind = /\.[cm]?tsx$|\.jsx$/.test(filePath) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(filePath) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
    const source = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true, kind);
    const imports = new Map<string, ImportBinding>();
    const consts = new Map<string, TS.Expression>();
    const classes = new Map<string, TS.ClassDeclaration>();
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (clause?.name) imports.set(clause.name.text, { module, imported: "default" });
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, imported: "*" });
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) imports.set(el.name.text, { module, imported: (el.propertyName ?? el.name).text });
        }
      } else if (ts.isVariableStatement(statement)) {
        for (const decl of statement.declarationList.declarations) {
          if (!decl.initializer) continue;
          if (ts.isIdentifier(decl.name)) {
            consts.set(decl.name.text, decl.initializer);
            const required = requiredModule(ts, decl.initializer);
            if (required) imports.set(decl.name.text, { module: required, imported: "*" });
          } else if (ts.isObjectBindingPattern(decl.name)) {
            // const { Column, Entity } = require("typeorm")
            const required = requiredModule(ts, decl.initializer);
            if (!required) continue;
            for (const el of decl.name.elements) {
              if (ts.isIdentifier(el.name)) {
                const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
                imports.set(el.name.text, { module: required, imported });
              }
            }
          }
        }
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        classes.set(statement.name.text, statement);
      }
    }
    return { path: filePath, source, imports, consts, classes };
  }
}

/** The properties of an object literal, each with the file it was written in. */
export class ObjectProperties {
  private readonly values = new Map<string, { value: TS.Expression; node: TS.Node; file: TsFile; method?: TS.MethodDeclaration }>();

  constructor(readonly file: TsFile) {}

  set(name: string, value: TS.Expression, node: TS.Node, file: TsFile): void {
    this.values.set(name, { value, node, file });
  }

  setMethod(name: string, method: TS.MethodDeclaration, file: TsFile): void {
    this.values.set(name, { value: method.name as unknown as TS.Expression, node: method, file, method });
  }

  merge(other: ObjectProperties): void {
    for (const [k, v] of other.values) this.values.set(k, v);
  }

  get(name: string): TS.Expression | undefined {
    return this.values.get(name)?.value;
  }

  /** The property with where it was written (a spread brings properties from other files). */
  entry(name: string): { value: TS.Expression; node: TS.Node; file: TsFile; method?: TS.MethodDeclaration } | undefined {
    return this.values.get(name);
  }

  entries(): [string, { value: TS.Expression; node: TS.Node; file: TsFile; method?: TS.MethodDeclaration }][] {
    return [...this.values];
  }

  has(name: string): boolean {
    return this.values.has(name);
  }
}

function requiredModule(ts: Ts, expr: TS.Expression): string | undefined {
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "require") {
    const arg = expr.arguments[0];
    if (arg && ts.isStringLiteral(arg)) return arg.text;
  }
  return undefined;
}

function returnedExpression(ts: Ts, body: TS.ConciseBody): TS.Expression | undefined {
  if (!ts.isBlock(body)) return body;
  for (const statement of body.statements) if (ts.isReturnStatement(statement)) return statement.expression;
  return undefined;
}
