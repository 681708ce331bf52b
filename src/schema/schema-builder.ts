import type { AppSchema, MappedColumn, MappedTable, MappingSite, SchemaOrm, UnreadableModelFile } from "../core/app-schema.js";

interface TableDraft {
  name: string;
  site: MappingSite;
  columns: Map<string, MappedColumn>;
  orm: SchemaOrm;
}

/**
 * Collects the tables and columns the readers find. When two models map the same table (two apps
 * in a monorepo, a join table both sides declare), the columns are merged and the first site of
 * each is kept.
 */
export class SchemaBuilder {
  private readonly tables = new Map<string, TableDraft>();
  private readonly sources = new Set<SchemaOrm>();
  private readonly unreadableFiles: UnreadableModelFile[] = [];

  /** Records a schema file that could not be read; the first problem per file is kept. */
  unreadable(file: string, line: number, reason: string): void {
    if (!this.unreadableFiles.some((u) => u.file === file)) this.unreadableFiles.push({ file, line, reason });
  }

  table(name: string, site: MappingSite, orm: SchemaOrm): TableBuilder {
    this.sources.add(orm);
    let draft = this.tables.get(name);
    if (!draft) {
      draft = { name, site, columns: new Map(), orm };
      this.tables.set(name, draft);
    }
    return new TableBuilder(draft);
  }

  build(): AppSchema {
    const tables = new Map<string, MappedTable>();
    for (const [name, draft] of this.tables) tables.set(name, { ...draft, columns: new Map(draft.columns) });
    return { sources: [...this.sources].sort(), tables, ...(this.unreadableFiles.length > 0 ? { unreadable: [...this.unreadableFiles] } : {}) };
  }
}

export class TableBuilder {
  constructor(private readonly draft: TableDraft) {}

  column(name: string, site: MappingSite): void {
    if (!this.draft.columns.has(name)) this.draft.columns.set(name, { name, site });
  }
}

/** A table's name as operations name it: `public.` dropped, any other schema kept as `schema.table`. */
export function qualifiedTable(schema: string | undefined, table: string): string {
  return schema && schema !== "public" ? `${schema}.${table}` : table;
}
