import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { declaredColumns } from "./support/declared-columns.js";

const SERIALS: Record<string, string> = {
  serial: "integer",
  serial4: "integer",
  bigserial: "bigint",
  serial8: "bigint",
  smallserial: "smallint",
  serial2: "smallint",
};

export default defineRule({
  id: "prefer-identity",
  description: "A serial/bigserial column: an identity column is the standard, better-behaved way to number rows.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const base = SERIALS[c.type.name];
      if (!base) continue;
      ctx.report({
        at: c.at,
        message:
          `${code(c.table)}.${code(c.column)} is ${c.type.display}: its sequence is a separate object with its own permissions (roles that INSERT also need USAGE on it) that CREATE TABLE ... LIKE copies keep sharing, ` +
          `and inserts with explicit ids slip past it and collide later. Declare it ${base} GENERATED ALWAYS AS IDENTITY (BY DEFAULT if code must insert explicit ids).`,
      });
    }
  },
});
