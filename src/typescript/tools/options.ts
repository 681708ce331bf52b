import type * as TS from "typescript";
import type { TypeScriptApi } from "../compiler.js";
import { quoteLiteral } from "../builder-sql.js";
import { compact, type Extractor } from "../extractor.js";
import { placeholderName, type StaticValue } from "../static-values.js";

/** Reading builder arguments: option objects, names, lists. */
export class Options {
  constructor(readonly value: StaticValue | undefined) {}

  get isObject(): boolean {
    return this.value?.kind === "object";
  }

  get(key: string): StaticValue | undefined {
    return this.value?.kind === "object" ? this.value.entries.get(key) : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  string(key: string): string | undefined {
    return staticString(this.get(key));
  }

  number(key: string): number | undefined {
    const v = this.get(key);
    if (v?.kind === "number") return v.value;
    if (v?.kind === "string" && /^\d+$/.test(v.text.text)) return Number(v.text.text);
    return undefined;
  }

  boolean(key: string): boolean | undefined {
    const v = this.get(key);
    return v?.kind === "boolean" ? v.value : undefined;
  }

  strings(key: string): string[] | undefined {
    return staticStrings(this.get(key));
  }

  object(key: string): Options {
    return new Options(this.get(key));
  }
}

export function staticString(v: StaticValue | undefined): string | undefined {
  if (v?.kind === "string" && v.text.placeholders.length === 0) return v.text.text;
  if (v?.kind === "number") return String(v.value);
  return undefined;
}

/** A string or a list of strings (`'email'` or `['a', 'b']`). */
export function staticStrings(v: StaticValue | undefined): string[] | undefined {
  if (!v) return undefined;
  const single = staticString(v);
  if (single !== undefined) return [single];
  if (v.kind !== "array") return undefined;
  const out: string[] = [];
  for (const item of v.items) {
    const s = staticString(item);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

/** Why a value is not static, for a message. */
export function whyDynamic(v: StaticValue | undefined, what: string): string {
  if (!v) return `${what} is missing`;
  if (v.kind === "dynamic") return `${what}: ${v.reason}`;
  return `${what} is not a plain value`;
}

/** `new Name(arg)` → its first argument, when the class is one of `names`. */
export function constructed(ts: TypeScriptApi, node: TS.Node, names: readonly string[]): TS.Expression | undefined {
  if (!ts.isNewExpression(node)) return undefined;
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  return names.includes(name) ? node.arguments?.[0] : undefined;
}

/**
 * A default the migration computes when it runs (`process.env.X`, a variable): the tools send such
 * a value as a literal, so the column gets a constant default. It stands in the modelled SQL as a
 * literal of the code that computes it, which is also what messages quote.
 */
export function runtimeValueDefault(node: TS.Node, x: Extractor): string {
  return quoteLiteral(compact(x.text(node)));
}

/**
 * A default given as SQL built at run time (`knex.raw(expr)`, `Sequelize.literal(expr)`): nothing
 * can tell whether it is volatile, which is reported; the column is modelled with a default that
 * names the code, never an invented function.
 */
export function runtimeSqlDefault(node: TS.Node, x: Extractor, via: string): string {
  x.report(node, `the default passed to \`${via}\` is SQL built at run time, so no rule could check whether it is volatile`);
  return quoteLiteral(compact(x.text(node)));
}

/**
 * A name known only at run time (a referenced table from a variable), as the stand-in the SQL
 * readers use for one: `${name}` after the code, which no real table can be mistaken for.
 */
export function runtimeName(value: StaticValue | undefined): string {
  const source = value && "node" in value && value.node ? value.node.getText() : "name";
  return `\${${placeholderName(source)}}`;
}
