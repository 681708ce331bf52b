import { defineRule } from "../src/index.js";

export default defineRule({
  id: "parse-error",
  description: "A statement that Postgres rejects: it fails when the migration runs, and no other rule could check it.",
  severity: "error",
  check(ctx) {
    for (const statement of ctx.statements) {
      if (!statement.error) continue;
      ctx.report({
        at: statement.error.span,
        message: `Postgres rejects this statement: ${statement.error.message}. The migration fails here when it runs, and no rule could check the statement.`,
      });
    }
  },
});
