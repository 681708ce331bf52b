import { DatabaseModel, type DatabaseState, type EnumState, type IndexState, type TableState } from "./database-state.js";
import type { Operation } from "./operations.js";

/**
 * The database before each operation of one migration, for `ctx.stateBefore(op)`. Operations are
 * applied once, in order, as far as the rules have asked; each change is recorded in a history per
 * table, index and enum name, and the state before operation `k` is a view that looks each name up
 * in its history (a binary search). A migration of n statements costs O(n log n) however many
 * operations the rules ask about, where a copy of the state per operation would cost O(n²).
 */
export class StateHistory {
  private readonly tables = new History<TableState>();
  private readonly indexes = new History<IndexState>();
  private readonly enums = new History<EnumState>();
  /** Names of the indexes that were on each table at some point: the candidates of `indexesOf`. */
  private readonly indexNamesByTable = new Map<string, Set<string>>();
  private applied = 0;

  constructor(
    private readonly operations: readonly Operation[],
    private readonly base: DatabaseState,
    private readonly path: string,
  ) {}

  /** The state before operation `index` runs. */
  before(index: number): DatabaseState {
    while (this.applied < index) this.applyNext();
    return this.viewAt(index);
  }

  private applyNext(): void {
    const step = new DatabaseModel(this.viewAt(this.applied));
    step.apply(this.operations[this.applied]!, { migration: this.path, inChangeSet: true });
    this.applied++;
    const changes = step.ownChanges();
    for (const [name, value] of changes.tables) this.tables.set(name, this.applied, value);
    for (const [name, value] of changes.enums) this.enums.set(name, this.applied, value);
    for (const [name, value] of changes.indexes) {
      this.indexes.set(name, this.applied, value);
      if (!value) continue;
      const names = this.indexNamesByTable.get(value.table) ?? new Set<string>();
      names.add(name);
      this.indexNamesByTable.set(value.table, names);
    }
  }

  /** The state after the first `applied` operations. */
  private viewAt(applied: number): DatabaseState {
    const { base, tables, indexes, enums } = this;
    const table = (name: string) => orBase(tables.at(name, applied), () => base.table(name));
    const index = (name: string) => orBase(indexes.at(name, applied), () => base.index(name));
    return {
      table,
      index,
      enumType: (name) => orBase(enums.at(name, applied), () => base.enumType(name)),
      tables: () => merged(base.tables(), tables.names(), table),
      indexes: () => merged(base.indexes(), indexes.names(), index),
      indexesOf: (tableName) => {
        const candidates = new Set([...base.indexesOf(tableName).map((i) => i.name), ...(this.indexNamesByTable.get(tableName) ?? [])]);
        return [...candidates].flatMap((name) => {
          const found = index(name);
          return found && found.table === tableName ? [found] : [];
        });
      },
    };
  }
}

/** A history entry's value (null: dropped) or, when the name has none yet, the base's. */
function orBase<T>(entry: T | null | undefined, fromBase: () => T | undefined): T | undefined {
  if (entry === undefined) return fromBase();
  return entry ?? undefined;
}

function merged<T extends { name: string }>(fromBase: readonly T[], changed: Iterable<string>, lookup: (name: string) => T | undefined): T[] {
  const names = new Set([...fromBase.map((t) => t.name), ...changed]);
  return [...names].flatMap((name) => {
    const found = lookup(name);
    return found ? [found] : [];
  });
}

/** Values of one kind of object by name, each with the number of operations applied when it was set. */
class History<T> {
  private readonly byName = new Map<string, { at: number[]; values: (T | null)[] }>();

  set(name: string, at: number, value: T | null): void {
    const entry = this.byName.get(name);
    if (!entry) {
      this.byName.set(name, { at: [at], values: [value] });
      return;
    }
    entry.at.push(at);
    entry.values.push(value);
  }

  /** The value after `applied` operations; undefined when nothing was recorded by then. */
  at(name: string, applied: number): T | null | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    // The last entry set at or before `applied`; entries are in order.
    let lo = 0;
    let hi = entry.at.length - 1;
    if (entry.at[0]! > applied) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (entry.at[mid]! <= applied) lo = mid;
      else hi = mid - 1;
    }
    return entry.values[lo];
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}
