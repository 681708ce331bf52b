import { defineRule } from "../src/index.js";

export default defineRule({
  id: "require-reversible",
  description: "A migration without a way back: a TS/JS migration whose down is missing or empty, or a SQL migration without the down file its set otherwise has.",
  severity: "off",
  check(ctx) {
    const m = ctx.migration;
    if (m.hasDown !== false) return;
    const at = m.downSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (m.language === "sql") {
      ctx.report({
        at,
        message:
          m.tool === "dbmate" || m.tool === "goose"
            ? "This migration's down section is empty: if the deploy has to be rolled back, the schema change cannot be undone by the tool and must be reverted by hand under pressure. Write the statements that undo `up` in the down section."
            : "The other migrations of this folder have down files but this one has none: a rollback stops here and the change must be reverted by hand under pressure. Add the down file that undoes it.",
      });
      return;
    }
    ctx.report({
      at,
      message:
        "This migration's `down` is missing or empty: rolling the deploy back cannot undo its schema change, which then has to be reverted by hand under pressure. " +
        "Write a `down` that undoes `up`; when the change truly cannot be undone, suppress this with the reason.",
    });
  },
});
