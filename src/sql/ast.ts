import type { Node, RangeVar } from "@pgsql/types";

type KeysOfUnion<T> = T extends T ? keyof T : never;
export type NodeKey = KeysOfUnion<Node>;
export type NodeOf<K extends NodeKey> = Extract<Node, Record<K, unknown>> extends Record<K, infer V> ? V : never;

/** The payload of a node when it has the given type, e.g. `as(node, "ColumnRef")`. */
export function as<K extends NodeKey>(node: Node | undefined, key: K): NodeOf<K> | undefined {
  if (!node) return undefined;
  return (node as Record<string, unknown>)[key] as NodeOf<K> | undefined;
}

/** The `sval`s of a list of `String` nodes (how the AST spells qualified names). */
export function stringList(nodes: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const n of nodes ?? []) {
    const s = as(n, "String");
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/** The canonical name of a possibly schema-qualified object: `public.` dropped, other schemas kept. */
export function qualify(schema: string | undefined, name: string): string {
  return schema && schema !== "public" ? `${schema}.${name}` : name;
}

export function nameFromParts(parts: string[]): string {
  const name = parts[parts.length - 1] ?? "";
  const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
  return qualify(schema, name);
}

/**
 * The canonical name of an object named in a string, the way a `regclass` cast reads it
 * (`'"User_id_seq"'`, `'public.users_id_seq'`): unquoted parts fold to lower case, quoted parts
 * keep their case.
 */
export function nameFromText(text: string): string {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') {
        current += '"';
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (ch === "." && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += quoted ? ch : ch.toLowerCase();
    }
  }
  parts.push(current);
  return nameFromParts(parts.map((p) => p.trim()));
}

export function relationName(rv: RangeVar | undefined): string {
  return rv ? qualify(rv.schemaname, rv.relname ?? "") : "";
}

/** Visits every node below `root` (depth first), including `root`. Return false to skip a subtree. */
export function walk(root: unknown, visit: (type: string, value: Record<string, unknown>) => boolean | void): void {
  if (Array.isArray(root)) {
    for (const item of root) walk(item, visit);
    return;
  }
  if (!root || typeof root !== "object") return;
  for (const [key, value] of Object.entries(root)) {
    if (value && typeof value === "object") {
      const isNode = key[0]! >= "A" && key[0]! <= "Z" && !Array.isArray(value);
      if (isNode && visit(key, value as Record<string, unknown>) === false) continue;
      walk(value, visit);
    }
  }
}
