import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { declaredColumns } from "./support/declared-columns.js";
import { sqlIdentifier } from "./support/sql-names.js";

export default defineRule({
  id: "prefer-text",
  description: "A varchar(n), char(n), bare bpchar or \"char\"(n) column: text with a CHECK constraint is as fast and easier to change.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const column = `${code(c.table)}.${code(c.column)}`;
      const limit = c.type.modifiers[0];
      if (c.type.name === "varchar" && limit !== undefined) {
        ctx.report({
          at: c.at,
          message:
            `${column} is ${c.type.display}: Postgres stores it exactly like text, so the limit buys no space or speed, only an error at run time, and lowering it later rewrites the table. ` +
            `Declare it text, with CHECK (char_length(${sqlIdentifier(c.column)}) <= ${limit}) if the limit is a real rule: a CHECK can be replaced with NOT VALID and validated without a long lock.`,
        });
      } else if (c.type.name === "bpchar" && limit === undefined) {
        // `bpchar` written out without a length: blank-padded, of any length (unlike `char`, which is char(1)).
        ctx.report({
          at: c.at,
          message:
            `${column} is bpchar without a length: it accepts any length like text, but ignores trailing spaces when comparing ('a' = 'a  '), and most client libraries and ORMs do not expect the type. ` +
            `Declare it text.`,
        });
      } else if (c.type.name === '"char"' && limit !== undefined) {
        ctx.report({
          at: c.at,
          message:
            `${column} is declared "char"(${limit}): in double quotes, "char" is Postgres's internal one-byte type, not char(n), and it takes no length, so Postgres rejects the statement ("type modifier is not allowed for type "char""). ` +
            `Declare it text (with a CHECK on char_length(${sqlIdentifier(c.column)}) if the length matters).`,
        });
      } else if (c.type.name === "bpchar" && limit !== undefined) {
        ctx.report({
          at: c.at,
          message:
            `${column} is ${c.type.display}: char(n) pads every value with spaces to n characters, which wastes space and makes comparisons with text surprising, and it is no faster than text. ` +
            `Declare it text, with a CHECK on char_length(${sqlIdentifier(c.column)}) if the length matters.`,
        });
      }
    }
  },
});
