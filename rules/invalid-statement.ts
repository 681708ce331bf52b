import { defineRule } from "../src/index.js";

export default defineRule({
  id: "invalid-statement",
  description: "A statement that parses but that Postgres rejects before running it (a column named twice): it fails when the migration runs.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const op of ctx.operations) {
      for (const rejection of op.rejected ?? []) {
        ctx.report({
          at: rejection.span ? { ...op, span: rejection.span } : op,
          message: `Postgres rejects this statement when it runs: ${rejection.message}. The migration fails here. Name each column once.`,
        });
      }
    }
  },
});
