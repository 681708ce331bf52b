import type * as TS from "typescript";
import { drizzleCamelCase, drizzleSnakeCase } from "./naming.js";
import { qualifiedTable, type SchemaBuilder } from "./schema-builder.js";
import type { ObjectProperties, TsFile, TsProject } from "./ts-project.js";

/**
 * Drizzle: `pgTable("name", { ... })`, `pgSchema("s").table(...)`, tables made by a
 * `pgTableCreator`, with columns given as an object or as `(t) => ({ ... })`. A column builder's
 * first string argument is the column name; without one the property key is, converted by the
 * `casing` the Drizzle client and drizzle-kit are configured with.
 */

export interface DrizzleSettings {
  casing?: "snake_case" | "camelCase";
}

/** Drizzle's modules, or a relative one: the app's own re-export of them (a barrel file). */
function isDrizzleModule(module: string): boolean {
  return module === "drizzle-orm" || module.startsWith("drizzle-orm/") || module.startsWith(".");
}

/** `casing: 'snake_case'` in `drizzle({ ... })` or `defineConfig({ ... })` of drizzle-kit. */
export function detectDrizzleSettings(project: TsProject): DrizzleSettings {
  const { ts } = project;
  const settings: DrizzleSettings = {};
  project.forEachNode(
    (node, file) => {
      if (!ts.isPropertyAssignment(node) || project.propertyName(node.name, file) !== "casing") return;
      const value = project.stringValue(file, node.initializer);
      if (value === "snake_case" || value === "camelCase") settings.casing = value;
    },
    { all: true, mentions: /\bcasing\b/ },
  );
  return settings;
}

type TableFactory = { kind: "pgTable" } | { kind: "schema"; schema: string } | { kind: "creator"; name: (table: string) => string };

export function readDrizzleSchema(project: TsProject, builder: SchemaBuilder, settings: DrizzleSettings): void {
  const { ts } = project;
  project.forEachNode((node, file) => {
    if (!ts.isCallExpression(node)) return;
    const factory = tableFactory(project, file, node.expression);
    if (!factory) return;
    const given = project.stringValue(file, node.arguments[0]);
    if (given === undefined) return;
    const table =
      factory.kind === "schema" ? qualifiedTable(factory.schema, given) : factory.kind === "creator" ? factory.name(given) : given;
    const variable = declaredName(project, node) ?? given;
    const mapped = builder.table(table, { file: file.path, line: project.line(file, node), name: variable }, "drizzle");
    const columns = columnsObject(project, file, node.arguments[1]);
    for (const [key, entry] of columns?.entries() ?? []) {
      const explicit = columnName(project, entry.file, entry.value);
      const name = explicit ?? (settings.casing === "snake_case" ? drizzleSnakeCase(key) : settings.casing === "camelCase" ? drizzleCamelCase(key) : key);
      mapped.column(name, { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${variable}.${key}` });
    }
  });
}

/** What a callee makes tables with: `pgTable`, `mySchema.table`, or a function `pgTableCreator` returned. */
function tableFactory(project: TsProject, file: TsFile, callee: TS.Expression, depth = 0): TableFactory | undefined {
  const { ts } = project;
  if (depth > 4) return undefined;
  if (ts.isIdentifier(callee)) {
    const binding = file.imports.get(callee.text);
    if (binding && isDrizzleModule(binding.module) && binding.imported === "pgTable") return { kind: "pgTable" };
    const made = project.constant(file, callee.text);
    if (made) {
      const creator = project.unwrap(made.node);
      if (ts.isCallExpression(creator) && isImported(project, made.file, creator.expression, "pgTableCreator")) {
        const name = creatorNaming(project, made.file, creator.arguments[0]);
        return name ? { kind: "creator", name } : undefined;
      }
    }
    return undefined;
  }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "table") {
    const target = project.unwrap(callee.expression);
    const schemaCall = ts.isIdentifier(target) ? project.constant(file, target.text) : { file, node: target };
    if (!schemaCall) return undefined;
    const call = project.unwrap(schemaCall.node);
    if (ts.isCallExpression(call) && isImported(project, schemaCall.file, call.expression, "pgSchema")) {
      const schema = project.stringValue(schemaCall.file, call.arguments[0]);
      return schema ? { kind: "schema", schema } : undefined;
    }
  }
  return undefined;
}

function isImported(project: TsProject, file: TsFile, callee: TS.Expression, name: string): boolean {
  if (!project.ts.isIdentifier(callee)) return false;
  const binding = file.imports.get(callee.text);
  return binding !== undefined && isDrizzleModule(binding.module) && binding.imported === name;
}

/** `pgTableCreator((name) => \`app_${name}\`)` → the function from a table's name to its database name. */
function creatorNaming(project: TsProject, file: TsFile, arg: TS.Expression | undefined): ((table: string) => string) | undefined {
  const { ts } = project;
  if (!arg) return undefined;
  const fn = project.unwrap(arg);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  const param = fn.parameters[0]?.name;
  const body = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  if (!param || !ts.isIdentifier(param) || !body) return undefined;
  const template = project.unwrap(body);
  if (ts.isIdentifier(template) && template.text === param.text) return (t) => t;
  if (!ts.isTemplateExpression(template)) return undefined;
  const parts = template.templateSpans;
  if (!parts.every((s) => ts.isIdentifier(s.expression) && s.expression.text === param.text)) return undefined;
  return (t) => template.head.text + parts.map((s) => t + s.literal.text).join("");
}

/** `{ ... }` or `(t) => ({ ... })`. */
function columnsObject(project: TsProject, file: TsFile, arg: TS.Expression | undefined): ObjectProperties | undefined {
  const { ts } = project;
  if (!arg) return undefined;
  const value = project.unwrap(arg);
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
    const body = ts.isBlock(value.body) ? value.body.statements.find(ts.isReturnStatement)?.expression : value.body;
    return body ? project.objectLiteral(file, body) : undefined;
  }
  return project.objectLiteral(file, value);
}

/** The column name a builder chain gives: `text("full_name").notNull()` → `full_name`; `text()` → none. */
function columnName(project: TsProject, file: TsFile, value: TS.Expression, depth = 0): string | undefined {
  const { ts } = project;
  const unwrapped = project.unwrap(value);
  if (ts.isIdentifier(unwrapped) && depth < 4) {
    const constant = project.constant(file, unwrapped.text);
    return constant ? columnName(project, constant.file, constant.node, depth + 1) : undefined;
  }
  const root = project.rootCall(unwrapped);
  return root ? project.stringValue(file, root.arguments[0]) : undefined;
}

/** `export const users = pgTable(...)` → `users`. */
function declaredName(project: TsProject, node: TS.Node): string | undefined {
  const parent = node.parent;
  return parent && project.ts.isVariableDeclaration(parent) && project.ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}
