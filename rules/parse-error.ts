import { defineRule } from "../src/index.js";

/** Other databases' syntax that Postgres rejects, and what Postgres writes instead. */
const DIALECT_HINTS: [RegExp, string][] = [
  [/at or near "`"/, "Backticks quote identifiers in MySQL; Postgres uses double quotes."],
  [/at or near "AUTO_?INCREMENT"/i, "AUTO_INCREMENT/AUTOINCREMENT is MySQL/SQLite; Postgres writes `GENERATED ALWAYS AS IDENTITY`."],
  [/at or near "IDENTITY"/i, "`IDENTITY(1,1)` is SQL Server; Postgres writes `GENERATED ALWAYS AS IDENTITY`."],
];

export default defineRule({
  id: "parse-error",
  description: "A statement that Postgres rejects: it fails when the migration runs, and no other rule could check it.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const statement of ctx.statements) {
      if (!statement.error) continue;
      const hint = DIALECT_HINTS.find(([pattern]) => pattern.test(statement.error!.message))?.[1];
      ctx.report({
        // With the statement's direction: an error in a down section or `down()` is a rollback finding.
        at: { span: statement.error.span, direction: statement.direction, reason: statement.error.message },
        message: `Postgres rejects this statement: ${statement.error.message}. The migration fails here when it runs, and no rule could check the statement.${hint ? ` ${hint}` : ""}`,
      });
    }
  },
});
