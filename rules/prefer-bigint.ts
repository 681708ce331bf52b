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

interface Options {
  /** `keys` (default): primary and foreign keys only; `all`: every integer and smallint column. */
  columns: "keys" | "all";
}

export default defineRule<Options>({
  id: "prefer-bigint",
  description: "An integer or smallint primary key or foreign key column (option: every integer column): it can run out of values, and widening it later rewrites the table.",
  severity: "off",
  defaultOptions: { columns: "keys" },
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const small = SMALL_INTEGERS[c.type.name];
      const key = c.primaryKey || c.foreignKey;
      if (!small || c.type.array || !(key || ctx.options.columns === "all")) continue;
      const role = c.primaryKey ? "a primary-key column" : c.foreignKey ? "a foreign-key column" : "a column";
      ctx.report({
        at: c.at,
        message:
          `${code(c.table)}.${code(c.column)} is ${role} of type ${c.type.display}: ${key ? "inserts fail once ids pass" : "writes fail once a value passes"} ${small.max}, and widening it then rewrites the table${key ? " and every referencing table" : ""} under ACCESS EXCLUSIVE locks. ` +
          `Declare it ${small.wide} from the start; it costs ${small.extraBytes} more bytes per row.`,
      });
    }
  },
});
