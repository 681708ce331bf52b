import type * as TS from "typescript";
import type { TypeScriptApi } from "./compiler.js";
import { skipOuter, type StaticEvaluator } from "./static-values.js";

/** An `up` or `down` function of a migration. */
export interface EntryFunction {
  direction: "up" | "down";
  fn: TS.FunctionLikeDeclaration;
  /** The migration class it is a method of (TypeORM, MikroORM). */
  cls?: TS.ClassLikeDeclaration;
}

/** The migration a file defines: its up/down functions, its class, and what else it exports for the tool. */
export interface MigrationShape {
  entries: EntryFunction[];
  classes: TS.ClassLikeDeclaration[];
  /** `down = false` (node-pg-migrate: the migration cannot be reversed). */
  downDisabled: boolean;
  /** Top-level exported values by name (`config`, `shorthands`), for tool options. */
  exports: Map<string, TS.Expression>;
}

const DIRECTIONS = new Set(["up", "down"]);

/**
 * Finds `up` and `down` in every shape the six tools use: class methods, `export function up`,
 * `export const up = ...`, `exports.up = ...`, `module.exports = { up, down }`,
 * `export { up, down }` and `export default { up, down }`. A function met under more than one of
 * these (declared, then exported) is one entry.
 */
export function findMigrationShape(ts: TypeScriptApi, sf: TS.SourceFile, evaluator: StaticEvaluator): MigrationShape {
  const shape: MigrationShape = { entries: [], classes: [], downDisabled: false, exports: new Map() };
  const addFunction = (direction: string, value: TS.Node | undefined, cls?: TS.ClassLikeDeclaration) => {
    if (!DIRECTIONS.has(direction) || !value) return;
    const fn = functionOf(ts, value, evaluator);
    if (fn) {
      // A function declared first and exported later (`async function up(knex) {}` then
      // `module.exports = { up, down }`) is met twice: it is still one migration step.
      if (shape.entries.some((e) => e.fn === fn && e.direction === direction)) return;
      shape.entries.push({ direction: direction as "up" | "down", fn, ...(cls ? { cls } : {}) });
    } else if (direction === "down" && ts.isExpression(value) && skipOuter(ts, value).kind === ts.SyntaxKind.FalseKeyword) {
      shape.downDisabled = true;
    }
  };
  const addClass = (cls: TS.ClassLikeDeclaration) => {
    // `class X {}` then `module.exports = X` / `export default X`: one class, read once.
    if (shape.classes.includes(cls)) return;
    let found = false;
    for (const member of cls.members) {
      const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined;
      if (!name || !DIRECTIONS.has(name)) continue;
      if (ts.isMethodDeclaration(member)) (addFunction(name, member, cls), (found = true));
      else if (ts.isPropertyDeclaration(member)) (addFunction(name, member.initializer, cls), (found = true));
    }
    if (found || heritageMentions(ts, cls, /MigrationInterface|Migration\b/)) shape.classes.push(cls);
  };
  const addObject = (object: TS.Expression) => {
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
      // `export { up, down, config }` of earlier declarations.
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

/** `exports.up` / `module.exports.up` → "up"; `module.exports` → "module". */
function exportTarget(ts: TypeScriptApi, left: TS.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(left)) return undefined;
  const object = left.expression;
  if (ts.isIdentifier(object) && object.text === "module" && left.name.text === "exports") return "module";
  if (ts.isIdentifier(object) && object.text === "exports") return left.name.text;
  if (ts.isPropertyAccessExpression(object) && ts.isIdentifier(object.expression) && object.expression.text === "module" && object.name.text === "exports") {
    return left.name.text;
  }
  return undefined;
}

function functionOf(ts: TypeScriptApi, node: TS.Node, evaluator: StaticEvaluator): TS.FunctionLikeDeclaration | undefined {
  if (ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return node;
  if (!ts.isExpression(node)) return undefined;
  const resolved = evaluator.resolve(node);
  if (ts.isFunctionExpression(resolved) || ts.isArrowFunction(resolved)) return resolved;
  if (ts.isIdentifier(resolved)) {
    const binding = evaluator.bindingOf(resolved);
    if (binding.kind === "function") return binding.node;
  }
  return undefined;
}

export function heritageMentions(ts: TypeScriptApi, cls: TS.ClassLikeDeclaration, pattern: RegExp): boolean {
  return (cls.heritageClauses ?? []).some((h) => h.types.some((t) => pattern.test(t.expression.getText())));
}

/** True when a function does nothing: an empty body, or only `return`, a throw, or a no-op expression. */
export function isEmptyFunction(ts: TypeScriptApi, fn: TS.FunctionLikeDeclaration): boolean {
  const body = fn.body;
  if (!body) return true;
  if (!ts.isBlock(body)) {
    const expr = skipOuter(ts, body);
    return expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === "undefined") || isResolvedPromise(ts, expr);
  }
  return body.statements.every((s) => {
    if (ts.isEmptyStatement(s) || ts.isThrowStatement(s)) return true;
    if (ts.isReturnStatement(s)) return !s.expression || isResolvedPromise(ts, skipOuter(ts, s.expression)) || s.expression.kind === ts.SyntaxKind.NullKeyword;
    return false;
  });
}

function isResolvedPromise(ts: TypeScriptApi, expr: TS.Expression): boolean {
  return ts.isCallExpression(expr) && expr.expression.getText() === "Promise.resolve";
}
