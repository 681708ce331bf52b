import type * as TS from "typescript";
import type { TypeScriptApi } from "./compiler.js";
import { skipOuter } from "./static-values.js";

/** One step of a call chain: `.name` or `.name(args)`; the root call `f(args)` has the name `""`. */
export interface ChainLink {
  name: string;
  /** Present when the step is called. */
  call?: TS.CallExpression;
  args: readonly TS.Expression[];
  /** The property access or call node that ends at this step. */
  node: TS.Expression;
  /** Where the step starts in the file: its property name (or the root for the root call). */
  start: number;
}

/**
 * A chain of property accesses and calls read from its root outwards:
 * `knex.schema.alterTable('t', cb).then(f)` has the root `knex` and the steps
 * `schema`, `alterTable(...)`, `then(...)`.
 */
export interface Chain {
  root: TS.Expression;
  links: ChainLink[];
  /** The outermost node: the whole chain. */
  outer: TS.Expression;
}

export function flattenChain(ts: TypeScriptApi, sf: TS.SourceFile, expression: TS.Expression): Chain {
  const links: ChainLink[] = [];
  let node = skipOuter(ts, expression);
  let pendingCall: TS.CallExpression | undefined;
  for (;;) {
    if (ts.isCallExpression(node)) {
      pendingCall = node;
      node = skipOuter(ts, node.expression);
      continue;
    }
    if (ts.isPropertyAccessExpression(node)) {
      links.push({
        name: node.name.text,
        ...(pendingCall ? { call: pendingCall } : {}),
        args: pendingCall?.arguments ?? [],
        node: pendingCall ?? node,
        start: node.name.getStart(sf),
      });
      pendingCall = undefined;
      node = skipOuter(ts, node.expression);
      continue;
    }
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      links.push({
        name: node.argumentExpression.text,
        ...(pendingCall ? { call: pendingCall } : {}),
        args: pendingCall?.arguments ?? [],
        node: pendingCall ?? node,
        start: node.argumentExpression.getStart(sf),
      });
      pendingCall = undefined;
      node = skipOuter(ts, node.expression);
      continue;
    }
    break;
  }
  if (pendingCall) links.push({ name: "", call: pendingCall, args: pendingCall.arguments, node: pendingCall, start: node.getStart(sf) });
  links.reverse();
  return { root: node, links, outer: expression };
}

/** The step names, e.g. `["schema", "alterTable", "then"]`. */
export function linkNames(chain: Chain): string[] {
  return chain.links.map((l) => l.name);
}

/** The root as a plain name: an identifier's text, `this`, or undefined. */
export function rootName(ts: TypeScriptApi, chain: Chain): string | undefined {
  if (ts.isIdentifier(chain.root)) return chain.root.text;
  if (chain.root.kind === ts.SyntaxKind.ThisKeyword) return "this";
  return undefined;
}
