import type * as TS from "typescript";
import type { SourceSpan } from "../core/location.js";
import type { CodeMigrationTool, Migration, Uninspectable } from "../core/migration.js";
import { findSuppressions } from "../core/suppression.js";
import { LineIndex } from "../sql/positions.js";
import { findAppDependencies, type ImportResolver } from "./app-dependencies.js";
import { typescriptApi, type TypeScriptApi } from "./compiler.js";
import { detectTool, importsOf } from "./detect-tool.js";
import { findMigrationShape, isEmptyFunction, type MigrationShape } from "./entry-points.js";
import { helperConstants } from "./helper-modules.js";
import { Extractor, type ToolReader } from "./extractor.js";
import { StaticEvaluator } from "./static-values.js";
import { assignCodeTransactions, fileOptOuts } from "./transaction-context.js";
import { knexReader } from "./tools/knex.js";
import { kyselyReader } from "./tools/kysely.js";
import { mikroOrmReader } from "./tools/mikro-orm.js";
import { nodePgMigrateReader } from "./tools/node-pg-migrate.js";
import { sequelizeReader } from "./tools/sequelize.js";
import { typeormReader } from "./tools/typeorm.js";

const READERS: Record<CodeMigrationTool, ToolReader> = {
  typeorm: typeormReader,
  knex: knexReader,
  sequelize: sequelizeReader,
  "mikro-orm": mikroOrmReader,
  kysely: kyselyReader,
  "node-pg-migrate": nodePgMigrateReader,
};

export interface CodeMigrationSource {
  /** Relative to the working directory, `/` separators. */
  path: string;
  text: string;
  version: string;
  setId: string;
}

export interface CodeMigrationContext {
  /** Resolves the file's imports to decide which are application code (reads tsconfig, at the edge). */
  resolver?: ImportResolver;
}

/**
 * Reads a TS/JS migration: one parse with `createSourceFile` (no type checker), the tool
 * recognized from imports and shape, then `up` and `down` walked for SQL strings and builder calls.
 */
export function readCodeMigration(source: CodeMigrationSource, context: CodeMigrationContext = {}): Migration {
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
    imports.map((i) => i.module),
  );
  const language = /\.[mc]?ts$/i.test(source.path) ? "typescript" : "javascript";
  const base = {
    path: source.path,
    version: source.version,
    setId: source.setId,
    language,
    text: source.text,
    suppressions: findSuppressions(source.text),
  } as const;
  const dependencies = findAppDependencies(ts, sf, lines, evaluator, imports, shape, context.resolver);
  // An empty (blank, comment-only) file, or one whose up and down are empty, does nothing to check.
  const empty = sf.statements.length === 0 || (shape.entries.length > 0 && shape.entries.every((e) => isEmptyFunction(ts, e.fn)));
  if (!tool && empty) {
    return {
      ...base,
      tool: "unknown",
      statements: [],
      operations: [],
      transaction: { transactional: false, reason: "the migration is empty" },
      uninspectable: [],
      dependencies,
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
      dependencies,
    };
  }
  const extractor = new Extractor(ts, sf, lines, evaluator, READERS[tool]);
  extractor.exports = shape.exports;
  const ordered = [...shape.entries].sort((a, b) => (a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1));
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
    ...reversalSpan(sf, lines, shape),
  };
}

function reversalSpan(sf: TS.SourceFile, lines: LineIndex, shape: MigrationShape): { downSpan?: SourceSpan } {
  const entry = shape.entries.find((e) => e.direction === "down") ?? shape.entries.find((e) => e.direction === "up");
  if (!entry) return {};
  const node = entry.fn.name ?? entry.fn;
  const from = lines.position(node.getStart(sf));
  const to = lines.position(node.end);
  return { downSpan: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column } };
}

function scriptKind(ts: TypeScriptApi, path: string): TS.ScriptKind {
  if (/\.[mc]?ts$/i.test(path)) return ts.ScriptKind.TS;
  return ts.ScriptKind.JS;
}

/**
 * Whether `down` undoes something. node-pg-migrate reverses a migration without `down` itself
 * when every call in `up` can be reversed, which raw SQL cannot.
 */
function hasDown(ts: TypeScriptApi, tool: CodeMigrationTool, shape: MigrationShape, extractor: Extractor): boolean {
  const down = shape.entries.find((e) => e.direction === "down");
  if (down) return !isEmptyFunction(ts, down.fn);
  if (tool === "node-pg-migrate" && !shape.downDisabled) {
    return !extractor.entries.some((e) => e.direction === "up" && e.statements.length > 0);
  }
  return false;
}

function unrecognized(sf: TS.SourceFile, lines: LineIndex, shape: MigrationShape, tool: CodeMigrationTool | undefined): Uninspectable {
  const first = shape.entries[0]?.fn ?? sf.statements[0];
  const start = lines.position(first ? first.getStart(sf) : 0);
  const span = { line: start.line, column: start.column, endLine: start.line, endColumn: start.column };
  if (shape.entries.length === 0) {
    return {
      span,
      reason: "the file has no `up` function or migration class, so it is not a migration migration-guard can check",
      direction: "up",
      kind: "not-a-migration",
    };
  }
  return {
    span,
    reason: tool
      ? "migration-guard could not read this migration"
      : "migration-guard cannot tell which tool runs this migration (TypeORM, Knex, Sequelize, MikroORM, Kysely or node-pg-migrate), so no rule checked it",
    direction: "up",
    kind: "unrecognized-tool",
  };
}
