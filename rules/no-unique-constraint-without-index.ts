import { defineRule } from "../src/index.js";
import { code, outsideTransactionAdvice } from "./support/advice.js";
import { sqlColumns, sqlName } from "./support/sql-names.js";

export default defineRule({
  id: "no-unique-constraint-without-index",
  description: "ADD UNIQUE / ADD PRIMARY KEY on an existing table builds the index under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "index-build",
  check(ctx) {
    for (const op of ctx.operations) {
      let kind: "UNIQUE" | "PRIMARY KEY";
      let name: string;
      let columns: readonly string[];
      let subject: string;
      let first = "";
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if ((c.type !== "unique" && c.type !== "primary-key") || c.usingIndex !== undefined) continue;
        kind = c.type === "unique" ? "UNIQUE" : "PRIMARY KEY";
        name = c.name;
        columns = c.columns;
        subject = `ADD CONSTRAINT ${code(name)} ${kind}`;
      } else if (op.kind === "add-column" && (op.column.unique || op.column.primaryKey)) {
        kind = op.column.primaryKey ? "PRIMARY KEY" : "UNIQUE";
        const bare = op.table.slice(op.table.lastIndexOf(".") + 1);
        name = kind === "UNIQUE" ? `${bare}_${op.column.name}_key` : `${bare}_pkey`;
        columns = [op.column.name];
        subject = `ADD COLUMN ${code(op.column.name)} ${kind}`;
        first = `add the column without ${kind}, then `;
      } else {
        continue;
      }
      if (ctx.isNewTable(op.table, op)) continue;
      const build = code(`CREATE UNIQUE INDEX CONCURRENTLY ${sqlName(name)} ON ${sqlName(op.table)} ${sqlColumns(columns)}`);
      const adopt = code(`ALTER TABLE ${sqlName(op.table)} ADD CONSTRAINT ${sqlName(name)} ${kind} USING INDEX ${sqlName(name)}`);
      // USING INDEX for a primary key still sets NOT NULL on its columns, with a scan unless they already are.
      const notNull = kind === "PRIMARY KEY" ? " (make the key's columns NOT NULL first, or that step scans the table)" : "";
      ctx.report({
        at: op,
        message:
          `${subject} builds a unique index on ${code(op.table)} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the whole index is built. ` +
          `Instead, ${first}build the index with ${build}.${outsideTransactionAdvice(ctx.migration, op)} Then attach it with ${adopt}, which holds the lock only for an instant${notNull}.`,
      });
    }
  },
});
