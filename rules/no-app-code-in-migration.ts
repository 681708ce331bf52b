import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";

/**
 * A migration is replayed for years (fresh databases, CI, new environments): it must mean the same
 * thing every time, so it may depend only on the database as it is at its point in history.
 */
export default defineRule({
  id: "no-app-code-in-migration",
  description: "A migration that depends on application code (entities, models, services, config, DI), ORM data APIs, app scripts or other systems.",
  severity: "error",
  check(ctx) {
    for (const dep of ctx.migration.dependencies) {
      switch (dep.kind) {
        case "import":
          ctx.report({
            at: dep,
            message:
              `This migration imports ${code(dep.name)}, ${dep.detail}: when that code changes, replaying the migration on a fresh database (CI, a new environment, a restore) runs different code than production ran, or no longer compiles. ` +
              "Write the change in plain SQL, or copy the table shape the migration needs into a small local snapshot inside the migration.",
          });
          break;
        case "orm-data-api":
          ctx.report({
            at: dep,
            message:
              `${code(dep.name)} ${dep.detail}, as they are today rather than as the tables were at this migration: once an entity gains or loses a column, replaying this migration fails or writes the wrong columns. ` +
              "Read and write the rows with plain SQL against the table as it is at this point.",
          });
          break;
        case "process":
          ctx.report({
            at: dep,
            message:
              `This migration runs ${code(dep.name)}: a script that changes independently of the migration, with effects outside the migration's transaction that are not rolled back if it fails and run again on every replay. ` +
              "Do the data change in SQL inside the migration, or run the script as its own deploy step.",
          });
          break;
        case "network-client":
          ctx.report({
            at: dep,
            message:
              `This migration uses ${code(dep.name)}, ${dep.detail}: what it does there is not part of the database's history, is not rolled back when the migration fails, and happens again whenever the migrations are replayed. ` +
              "Keep migrations to the database; do that work in the application or a one-off job.",
          });
          break;
      }
    }
  },
});
