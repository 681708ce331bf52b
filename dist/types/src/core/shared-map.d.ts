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
export declare class SharedMap<K, V> implements WritableMap<K, V> {
    private readonly store;
    private readonly stamp;
    private constructor();
    /**
     * A new version of `source` to change: shares `source`'s store when it is that store's newest
     * version, and copies otherwise (a plain `Map`, or an older version).
     */
    static derive<K, V>(source: ReadonlyMap<K, V>): SharedMap<K, V>;
    get size(): number;
    get(key: K): V | undefined;
    has(key: K): boolean;
    set(key: K, value: V): this;
    delete(key: K): boolean;
    forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void;
    entries(): MapIterator<[K, V]>;
    keys(): MapIterator<K>;
    values(): MapIterator<V>;
    [Symbol.iterator](): MapIterator<[K, V]>;
    private write;
    /** The last entry at or below this version's stamp (entries are in stamp order). */
    private visible;
    /** A snapshot of the present entries in `Map` order, so callers may change the map while iterating. */
    private ordered;
}
