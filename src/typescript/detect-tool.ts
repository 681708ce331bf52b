import type * as TS from "typescript";
import type { CodeMigrationTool } from "../core/migration.js";
import type { TypeScriptApi } from "./compiler.js";
import { heritageMentions, type MigrationShape } from "./entry-points.js";

/** Packages whose import says which tool a migration is written for. */
const TOOL_IMPORTS: [RegExp, CodeMigrationTool][] = [
  [/^typeorm(\/|$)/, "typeorm"],
  [/^knex(\/|$)/, "knex"],
  [/^(sequelize|@sequelize\/core|sequelize-typescript|umzug)(\/|$)/, "sequelize"],
  [/^@mikro-orm\//, "mikro-orm"],
  [/^kysely(\/|$)/, "kysely"],
  [/^node-pg-migrate(\/|$)/, "node-pg-migrate"],
];

/** Type names of the first parameter of `up`. */
const PARAMETER_TYPES: [RegExp, CodeMigrationTool][] = [
  [/\bQueryRunner\b/, "typeorm"],
  [/\bKnex\b/, "knex"],
  [/\bQueryInterface\b/, "sequelize"],
  [/\bKysely\b/, "kysely"],
  [/\bMigrationBuilder\b/, "node-pg-migrate"],
];

/** Conventional names of the first parameter of `up`. */
const PARAMETER_NAMES: Record<string, [CodeMigrationTool, number]> = {
  queryRunner: ["typeorm", 2],
  knex: ["knex", 2],
  queryInterface: ["sequelize", 2],
  qi: ["sequelize", 1],
  pgm: ["node-pg-migrate", 2],
  db: ["kysely", 1],
};

/**
 * Which tool a migration file is written for, from its imports and its shape, not its path: the
 * imports, the migration class's heritage, the type and name of `up`'s parameter, and the calls
 * made on it. Undefined when the evidence does not single out one tool.
 */
export function detectTool(ts: TypeScriptApi, sf: TS.SourceFile, shape: MigrationShape, imports: readonly string[]): CodeMigrationTool | undefined {
  const score = new Map<CodeMigrationTool, number>();
  const add = (tool: CodeMigrationTool, points: number) => score.set(tool, (score.get(tool) ?? 0) + points);
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
    const second = entry.fn.parameters[1];
    if (second && ts.isIdentifier(second.name) && /^(Sequelize|DataTypes)$/.test(second.name.text)) add("sequelize", 3);
    const name = parameterName(ts, first);
    if (!name) continue;
    const conventional = PARAMETER_NAMES[name];
    if (conventional) add(conventional[0], conventional[1]);
    const body = entry.fn.body?.getText(sf) ?? "";
    for (const [tool, points] of usageEvidence(name, body)) add(tool, points);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return undefined;
  if (second && second[1] === best[1]) return undefined;
  return best[0];
}

/** The name a handle parameter is used under: `knex`, or `queryInterface` in umzug's `{ context: queryInterface }`. */
function parameterName(ts: TypeScriptApi, p: TS.ParameterDeclaration): string | undefined {
  if (ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isObjectBindingPattern(p.name)) {
    for (const e of p.name.elements) {
      const key = e.propertyName && ts.isIdentifier(e.propertyName) ? e.propertyName.text : ts.isIdentifier(e.name) ? e.name.text : "";
      if (key === "context" && ts.isIdentifier(e.name)) return e.name.text;
    }
  }
  return undefined;
}

/** Calls made on the handle that only one tool has. */
function usageEvidence(name: string, body: string): [CodeMigrationTool, number][] {
  const p = name.replace(/\$/g, "\\$");
  const found: [CodeMigrationTool, number][] = [];
  const has = (pattern: string) => new RegExp(pattern).test(body);
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

/** Module specifiers a file imports or requires (static imports, `require`, `import()`), with the node of each. */
export function importsOf(ts: TypeScriptApi, sf: TS.SourceFile): { module: string; node: TS.Node; typeOnly: boolean; names: string[] }[] {
  const found: { module: string; node: TS.Node; typeOnly: boolean; names: string[] }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly =
        clause !== undefined && (clause.isTypeOnly || (!clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly)));
      const names: string[] = [];
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

/** The statement holding a node (a `require` call is reported at its declaration). */
function statementOf(ts: TypeScriptApi, node: TS.Node): TS.Node {
  let current: TS.Node = node;
  while (current.parent && !ts.isSourceFile(current.parent) && !ts.isBlock(current.parent)) current = current.parent;
  return current;
}

/** `const { A, B } = require('x')` → A, B; `const x = require('x')` → x. */
function boundNames(ts: TypeScriptApi, call: TS.CallExpression): string[] {
  let node: TS.Node = call;
  while (node.parent && (ts.isPropertyAccessExpression(node.parent) || ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent))) node = node.parent;
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl)) return [];
  if (ts.isIdentifier(decl.name)) return [decl.name.text];
  if (ts.isObjectBindingPattern(decl.name)) return decl.name.elements.flatMap((e) => (ts.isIdentifier(e.name) ? [e.name.text] : []));
  return [];
}
