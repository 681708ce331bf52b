import type * as TS from "typescript";
import { flattenChain } from "../chains.js";
import type { Extractor, ToolReader } from "../extractor.js";
import { skipOuter } from "../static-values.js";
import { knexReader } from "./knex.js";

/**
 * MikroORM migrations: a class extending `Migration` whose `up()` queues SQL with `this.addSql()`
 * (run after `up()` returns, in order) or runs it at once with `this.execute()`. MikroORM 5/6
 * also accept a Knex query built from `this.getKnex()`, read like a Knex migration's.
 */
export const mikroOrmReader: ToolReader = {
  parameterHandles: () => [],
  thisHandle: "mikro",
  read(chain, x) {
    const [first] = chain.links;
    if (!first) return true;
    if ((first.name === "addSql" || first.name === "execute") && first.call) {
      const deferred = first.name === "addSql";
      const arg = first.args[0];
      const built = arg && knexBuilder(arg, x);
      if (built) {
        const inner = flattenChain(x.ts, x.sf, built);
        const canonical = x.canonicalChain(inner);
        const links = canonical.links[0]?.name === "getKnex" ? canonical.links.slice(1) : canonical.links;
        knexReader.read({ root: canonical.root, links, outer: chain.outer, handle: "knex" }, x);
        return true;
      }
      x.sql(arg, { call: chain.outer, via: `this.${first.name}`, deferred });
      return true;
    }
    // `getEntityManager()` is app code (reported by no-app-code-in-migration); the rest manage the migration itself.
    return ["getEntityManager", "getKnex", "isTransactional", "reset", "getQueries", "setTransactionContext", "driver", "config", "ctx", "name"].includes(first.name);
  },
};

/** A query built with `this.getKnex()` (directly, or through a variable holding it). */
function knexBuilder(arg: TS.Expression, x: Extractor): TS.Expression | undefined {
  const node = skipOuter(x.ts, x.evaluator.resolve(arg));
  if (!x.ts.isCallExpression(node)) return undefined;
  const chain = x.canonicalChain(flattenChain(x.ts, x.sf, node));
  const isKnex = chain.root.kind === x.ts.SyntaxKind.ThisKeyword && chain.links[0]?.name === "getKnex";
  return isKnex ? node : undefined;
}
