import type * as TS from "typescript";
import type { ImportResolver } from "./app-dependencies.js";
import type { TypeScriptApi } from "./compiler.js";
import { skipOuter, StaticEvaluator, type ImportedConstants, type StaticValue } from "./static-values.js";

const MAX_HOPS = 3;

/**
 * Constants that helper modules of the migrations folder export (`export const LOCK_TIMEOUT =
 * "SET lock_timeout = '5s'"`, `exports.batchSize = 1000`), read without running anything: each
 * helper is parsed once, its exports evaluated like the migration's own constants. Modules of the
 * repository's workspace packages (a monorepo's shared `@acme/db` constants) are read the same way.
 * Other modules outside the migrations folder are application code and are not read
 * (no-app-code-in-migration reports them).
 */
export function helperConstants(ts: TypeScriptApi, resolver: ImportResolver, fromPath: string, hops = 0): ImportedConstants | undefined {
  if (!resolver.readMigrationsModule || hops >= MAX_HOPS) return undefined;
  const resolved = new Map<string, Helper | null>();
  return (module, name) => {
    let entry = resolved.get(module);
    if (entry === undefined) {
      const file = resolver.readMigrationsModule!(module, fromPath) ?? resolver.readWorkspaceModule?.(module, fromPath);
      entry = file ? helper(ts, resolver, file, hops) : null;
      resolved.set(module, entry);
    }
    if (!entry) return undefined;
    const expression = exportedExpression(ts, entry.sf, name);
    if (expression) {
      const value = entry.evaluator.value(expression);
      return value.kind === "dynamic" ? undefined : value;
    }
    // A package's index re-exports its modules: `export * from "./tables"`, `export { T } from "./t"`.
    for (const re of reexports(ts, entry.sf, name)) {
      const value = entry.evaluator.importedConstants?.(re.module, re.name);
      if (value) return value;
    }
    return undefined;
  };
}

/** Where a module re-exports `name` from, in order. */
function reexports(ts: TypeScriptApi, sf: TS.SourceFile, name: string): { module: string; name: string }[] {
  const found: { module: string; name: string }[] = [];
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

interface Helper {
  sf: TS.SourceFile;
  evaluator: StaticEvaluator;
}

/** Each helper is parsed once per run, however many migrations import it. */
const helpers = new WeakMap<ImportResolver, Map<string, Helper>>();

function helper(ts: TypeScriptApi, resolver: ImportResolver, file: { path: string; text: string }, hops: number): Helper {
  let cache = helpers.get(resolver);
  if (!cache) helpers.set(resolver, (cache = new Map()));
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

/** The expression a module exports under `name` (ESM or CommonJS). */
function exportedExpression(ts: TypeScriptApi, sf: TS.SourceFile, name: string): TS.Expression | undefined {
  const local = (localName: string): TS.Expression | undefined => {
    for (const statement of sf.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === localName && d.initializer) return d.initializer;
    }
    return undefined;
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
  return undefined;
}

export type { StaticValue };
