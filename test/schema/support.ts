import path from "node:path";
import type { AppSchema } from "../../src/core/app-schema.js";
import { memoryFiles, workingTreeFiles } from "../../src/schema/files.js";
import { loadAppSchema } from "../../src/schema/load-schema.js";
import type { SchemaConfig } from "../../src/config/types.js";

export const APPS = path.resolve(import.meta.dirname, "../../fixtures/apps");

/** Tables with their columns, in the order the readers found them. */
export function columnsByTable(schema: AppSchema | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const table of schema?.tables.values() ?? []) result[table.name] = [...table.columns.keys()];
  return result;
}

/** `Model.field file:line` of a column's mapping. */
export function siteOf(schema: AppSchema | undefined, table: string, column?: string): string | undefined {
  const t = schema?.tables.get(table);
  const site = column === undefined ? t?.site : t?.columns.get(column)?.site;
  return site ? `${site.name} ${site.file}:${site.line}` : undefined;
}

export async function appSchema(app: string, config: SchemaConfig = { sources: [] }): Promise<AppSchema | undefined> {
  return loadAppSchema(await workingTreeFiles(path.join(APPS, app)), config);
}

export async function schemaOf(files: Record<string, string>, config: SchemaConfig = { sources: [] }): Promise<AppSchema | undefined> {
  return loadAppSchema(memoryFiles(new Map(Object.entries(files))), config);
}
