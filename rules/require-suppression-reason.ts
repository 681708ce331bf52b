import { defineRule } from "../src/index.js";

export default defineRule({
  id: "require-suppression-reason",
  description: "A migration-guard-ignore comment without a reason after a colon.",
  severity: "warning",
  checkSuppressions(ctx) {
    for (const { suppression } of ctx.outcomes) {
      if (suppression.reason || suppression.ruleIds.length === 0) continue;
      ctx.report({
        at: suppression.span,
        message: `Say why ${suppression.ruleIds.join(", ")} is safe to ignore here, after a colon: \`migration-guard-ignore ${suppression.ruleIds.join(", ")}: <reason>\`. Reviewers and future readers need the reason.`,
      });
    }
  },
});
