import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { migrationName } from "./support/migration-names.js";

export default defineRule({
  id: "no-edit-applied-migration",
  description: "A change set that modifies, renames or deletes a migration that already exists on the base branch.",
  severity: "error",
  checkSet(ctx) {
    for (const change of ctx.history?.changes ?? []) {
      const name = code(migrationName(change.path));
      if (change.status === "modified") {
        const line = change.firstChangedLine ?? 1;
        ctx.report({
          file: change.path,
          at: { line, column: 1, endLine: line, endColumn: 1 },
          message:
            `${name} already exists on the base branch, so databases that ran it never see this edit and drift from fresh ones (and tools that checksum applied migrations, like Prisma and Flyway, reject it). ` +
            "Revert the edit and make the change in a new migration.",
        });
      } else if (change.status === "renamed") {
        ctx.report({
          file: change.path,
          message:
            `${name} is ${code(migrationName(change.previousPath ?? change.path))} renamed: tools that record applied migrations by name run it again on databases that already ran it, and report the old name as missing. ` +
            "Keep the original name; if the order must change, add a new migration instead.",
        });
      } else if (change.status === "deleted") {
        ctx.report({
          file: change.path,
          message:
            `${name} exists on the base branch and is deleted here: databases that ran it keep its changes while new ones never get them, and tools that verify their history (Knex, Prisma) fail on the missing file. ` +
            "Restore it, and undo its effect with a new migration if needed.",
        });
      }
    }
  },
});
