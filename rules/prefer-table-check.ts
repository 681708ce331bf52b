import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { domainStatements } from "./support/domains.js";

export default defineRule({
  id: "prefer-table-check",
  description: "CREATE DOMAIN with a CHECK constraint: every later change of the rule is an ALTER DOMAIN that scans all its columns at once.",
  severity: "off",
  check(ctx) {
    for (const d of domainStatements(ctx)) {
      if (!d.create || d.create.checks.length === 0) continue;
      ctx.report({
        at: d.op,
        message:
          `The domain ${code(d.domain)} carries a CHECK constraint: adding a column of this type to an existing table makes Postgres check the constraint on every row (a table rewrite under ACCESS EXCLUSIVE), and changing the rule later is an ALTER DOMAIN that validates every column of the type in every table in one statement. ` +
          `Use the base type and put the CHECK on each table's column, where it can be added NOT VALID and validated one table at a time.`,
      });
    }
  },
});
