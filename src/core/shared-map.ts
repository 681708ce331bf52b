/**
 * Versions of a map that share one store. The database state before each operation of a migration
 * keeps every version of a changed table; copying a table's columns per change made memory grow
 * with the square of the statements (a table gaining a column per statement). Here a change records
 * only what it changes: each key keeps its entries in the order they were made, stamped with the
 * version that made them, and a version reads the last entry at or below its own stamp.
 *
 * Only the newest version of a store can be derived without a copy; deriving from an older one (a
 * branch) copies its visible entries into a new store, so one store always holds a single line of
 * versions. Iteration follows `Map` order: by when each key last became present.
 */

export interface WritableMap<K, V> extends ReadonlyMap<K, V> {
  set(key: K, value: V): this;
  delete(key: K): boolean;
}

const ABSENT: unique symbol = Symbol("absent");

interface Entry<V> {
  stamp: number;
  value: V | typeof ABSENT;
  /** When the key last became present (a store-wide sequence): its place in iteration. */
  since: number;
}

interface Store<K, V> {
  entries: Map<K, Entry<V>[]>;
  /** The newest stamp handed out. */
  tip: number;
  /** The last `since` handed out. */
  sequence: number;
}

export class SharedMap<K, V> implements WritableMap<K, V> {
  private constructor(
    private readonly store: Store<K, V>,
    private readonly stamp: number,
  ) {}

  /**
   * A new version of `source` to change: shares `source`'s store when it is that store's newest
   * version, and copies otherwise (a plain `Map`, or an older version).
   */
  static derive<K, V>(source: ReadonlyMap<K, V>): SharedMap<K, V> {
    if (source instanceof SharedMap && source.stamp === source.store.tip) {
      const store = source.store as Store<K, V>;
      store.tip++;
      return new SharedMap(store, store.tip);
    }
    const store: Store<K, V> = { entries: new Map(), tip: 0, sequence: 0 };
    for (const [key, value] of source) store.entries.set(key, [{ stamp: 0, value, since: ++store.sequence }]);
    return new SharedMap(store, 0);
  }

  get size(): number {
    let count = 0;
    for (const list of this.store.entries.values()) {
      const entry = this.visible(list);
      if (entry && entry.value !== ABSENT) count++;
    }
    return count;
  }

  get(key: K): V | undefined {
    const list = this.store.entries.get(key);
    const entry = list && this.visible(list);
    return entry && entry.value !== ABSENT ? entry.value : undefined;
  }

  has(key: K): boolean {
    const list = this.store.entries.get(key);
    const entry = list && this.visible(list);
    return entry !== undefined && entry.value !== ABSENT;
  }

  set(key: K, value: V): this {
    this.write(key, value);
    return this;
  }

  delete(key: K): boolean {
    const had = this.has(key);
    if (had) this.write(key, ABSENT);
    return had;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.ordered()) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    yield* this.ordered();
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.ordered()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.ordered()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  private write(key: K, value: V | typeof ABSENT): void {
    if (this.stamp !== this.store.tip) throw new Error("SharedMap: only the newest version of a store can change");
    let list = this.store.entries.get(key);
    if (!list) this.store.entries.set(key, (list = []));
    const last = list[list.length - 1];
    const present = last !== undefined && last.value !== ABSENT;
    const since = value === ABSENT ? 0 : present ? last.since : ++this.store.sequence;
    // Entries of this version replace each other: the earlier versions never saw them.
    if (last && last.stamp === this.stamp) list[list.length - 1] = { stamp: this.stamp, value, since };
    else list.push({ stamp: this.stamp, value, since });
  }

  /** The last entry at or below this version's stamp (entries are in stamp order). */
  private visible(list: readonly Entry<V>[]): Entry<V> | undefined {
    let lo = 0;
    let hi = list.length - 1;
    if (hi < 0 || list[0]!.stamp > this.stamp) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid]!.stamp <= this.stamp) lo = mid;
      else hi = mid - 1;
    }
    return list[lo];
  }

  /** A snapshot of the present entries in `Map` order, so callers may change the map while iterating. */
  private ordered(): [K, V][] {
    const found: { key: K; value: V; since: number }[] = [];
    for (const [key, list] of this.store.entries) {
      const entry = this.visible(list);
      if (entry && entry.value !== ABSENT) found.push({ key, value: entry.value, since: entry.since });
    }
    found.sort((a, b) => a.since - b.since);
    return found.map((e) => [e.key, e.value]);
  }
}
