import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { declaredColumns } from "./support/declared-columns.js";

/** 32- and 16-bit integer types (serials included) and the largest value each holds. */
const SMALL_INTEGERS: Record<string, { max: string; wide: string; extraBytes: number }> = {
  int4: { max: "2,147,483,647", wide: "bigint", extraBytes: 4 },
  serial: { max: "2,147,483,647", wide: "bigserial", extraBytes: 4 },
  serial4: { max: "2,147,483,647", wide: "bigserial", extraBytes: 4 },
  int2: { max: "32,767", wide: "bigint", extraBytes: 6 },
  smallserial: { max: "32,767", wide: "bigserial", extraBytes: 6 },
  serial2: { max: "32,767", wide: "bigserial", extraBytes: 6 },
};

export default defineRule({
  id: "prefer-bigint",
  description: "An integer or smallint primary key or foreign key column: it can run out of values, and widening it later rewrites the table.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const small = SMALL_INTEGERS[c.type.name];
      if (!small || c.type.array || !(c.primaryKey || c.foreignKey)) continue;
      const role = c.primaryKey ? "primary-key" : "foreign-key";
      ctx.report({
        at: c.at,
        message:
          `${code(c.table)}.${code(c.column)} is a ${role} column of type ${c.type.display}: inserts fail once ids pass ${small.max}, and widening it then rewrites the table and every referencing table under ACCESS EXCLUSIVE locks. ` +
          `Declare it ${small.wide} from the start; it costs ${small.extraBytes} more bytes per row.`,
      });
    }
  },
});
