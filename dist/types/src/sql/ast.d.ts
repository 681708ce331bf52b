import type { Node, RangeVar } from "@pgsql/types";
type KeysOfUnion<T> = T extends T ? keyof T : never;
export type NodeKey = KeysOfUnion<Node>;
export type NodeOf<K extends NodeKey> = Extract<Node, Record<K, unknown>> extends Record<K, infer V> ? V : never;
/** The payload of a node when it has the given type, e.g. `as(node, "ColumnRef")`. */
export declare function as<K extends NodeKey>(node: Node | undefined, key: K): NodeOf<K> | undefined;
/** The `sval`s of a list of `String` nodes (how the AST spells qualified names). */
export declare function stringList(nodes: Node[] | undefined): string[];
/** The canonical name of a possibly schema-qualified object: `public.` dropped, other schemas kept. */
export declare function qualify(schema: string | undefined, name: string): string;
export declare function nameFromParts(parts: string[]): string;
/**
 * The canonical name of an object named in a string, the way a `regclass` cast reads it
 * (`'"User_id_seq"'`, `'public.users_id_seq'`): unquoted parts fold to lower case, quoted parts
 * keep their case.
 */
export declare function nameFromText(text: string): string;
export declare function relationName(rv: RangeVar | undefined): string;
/** Visits every node below `root` (depth first), including `root`. Return false to skip a subtree. */
export declare function walk(root: unknown, visit: (type: string, value: Record<string, unknown>) => boolean | void): void;
export {};
