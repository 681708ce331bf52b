import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { declaredColumns } from "./support/declared-columns.js";

export default defineRule({
  id: "prefer-timestamptz",
  description: "A timestamp without time zone column: it stores wall-clock readings, not instants.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      if (c.type.name !== "timestamp") continue;
      const precision = c.type.modifiers.length ? `(${c.type.modifiers.join(",")})` : "";
      ctx.report({
        at: c.at,
        message:
          `${code(c.table)}.${code(c.column)} is ${c.type.display} without time zone: it stores a wall-clock reading with no zone, so values written by servers or sessions in different time zones mix silently, ` +
          `and an hour of readings repeats every autumn in zones with daylight saving time. Declare it timestamptz${precision}${c.type.array ? "[]" : ""}, which stores an instant in the same 8 bytes.`,
      });
    }
  },
});
