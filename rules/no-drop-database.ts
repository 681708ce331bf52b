import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";

export default defineRule({
  id: "no-drop-database",
  description: "DROP DATABASE in a migration: every environment it runs in loses a whole database.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "other" || op.nodeType !== "DropdbStmt") continue;
      const name = (op.statement?.ast as { DropdbStmt?: { dbname?: string } } | undefined)?.DropdbStmt?.dbname;
      const what = name ? `the database ${code(name)}` : "a database";
      ctx.report({
        at: op,
        message:
          `This migration drops ${what} with all its tables and data in every environment it is deployed to, production included, and no rollback brings it back (it also fails inside the runner's transaction, and while anyone is connected to it). ` +
          `Drop databases by hand, as an operation with a backup, never in a migration.`,
      });
    }
  },
});
