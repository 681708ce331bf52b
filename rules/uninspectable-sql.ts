import { defineRule } from "../src/index.js";

export default defineRule({
  id: "uninspectable-sql",
  description: "SQL or builder arguments in a TS/JS migration that are only known at run time, so no rule could check them.",
  severity: "warning",
  alwaysInDown: true,
  check(ctx) {
    for (const u of ctx.migration.uninspectable) {
      if (u.kind === "not-a-migration") {
        ctx.report({
          at: u,
          severity: "info",
          message:
            "This file sits in a migrations folder but has no `up` function or migration class, so migration-guard checked nothing in it. " +
            "If it is a helper, the migrations that use it are checked where they call it; if it is a migration, export `up` the way its tool expects.",
        });
      } else if (u.kind === "unrecognized-tool") {
        ctx.report({
          at: u,
          message:
            `No rule checked this migration: ${u.reason}. ` +
            "Import the tool's types (e.g. `import type { Knex } from 'knex'`) or name `up`'s parameter as the tool's documentation does (`queryRunner`, `knex`, `queryInterface`, `db`, `pgm`).",
        });
      } else {
        ctx.report({
          at: u,
          message:
            `No rule checked what this runs: ${u.reason}. ` +
            "Write the SQL (or the builder's arguments) from literals and constants of this file so it can be checked; if it must be built at run time, review its locks by hand and suppress this warning with the reason.",
        });
      }
    }
  },
});
