import { defineRule, type Operation } from "../src/index.js";
import { code } from "./support/advice.js";
import { declaredColumns } from "./support/declared-columns.js";

export default defineRule({
  id: "prefer-jsonb",
  description: "A json column: json has no equality operator, so DISTINCT, UNION and GROUP BY on it fail; use jsonb.",
  severity: "warning",
  check(ctx) {
    if (!ctx.operations.some(declaresJson)) return;
    for (const c of declaredColumns(ctx)) {
      if (c.type.name !== "json") continue;
      ctx.report({
        at: c.at,
        message:
          `${code(c.table)}.${code(c.column)} is ${c.type.display}: Postgres has no equality operator for json, so SELECT DISTINCT, UNION, GROUP BY and = on it fail ("could not identify an equality operator for type json"), ` +
          `it cannot be indexed with GIN, and every read re-parses the text. Declare it jsonb${c.type.array ? "[]" : ""}.`,
      });
    }
  },
});

/** A quick look before collecting every declared column: most migrations declare no json column. */
function declaresJson(op: Operation): boolean {
  if (op.kind === "create-table") return op.columns.some((c) => c.type?.name === "json");
  if (op.kind === "add-column") return op.column.type?.name === "json";
  return op.kind === "alter-column-type" && op.type.name === "json";
}
