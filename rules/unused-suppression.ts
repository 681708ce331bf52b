import { defineRule } from "../src/index.js";

export default defineRule({
  id: "unused-suppression",
  description: "A migration-guard-ignore comment that names an unknown rule or suppresses nothing.",
  severity: "warning",
  checkSuppressions(ctx) {
    for (const { suppression, suppressed } of ctx.outcomes) {
      if (suppression.ruleIds.length === 0) {
        ctx.report({
          at: suppression.span,
          message: "This migration-guard-ignore comment names no rule, so it suppresses nothing. Write the rule id: `migration-guard-ignore <rule-id>: <reason>`.",
        });
        continue;
      }
      for (const [ruleId, count] of suppressed) {
        if (!ctx.knownRuleIds.has(ruleId)) {
          ctx.report({
            at: suppression.span,
            message: `migration-guard-ignore names "${ruleId}", which is not a rule. Check the spelling (\`migration-guard rules\` lists them all).`,
          });
        } else if (count === 0 && ctx.enabledRuleIds.has(ruleId)) {
          const where = suppression.scope === "file" ? "this file" : `line ${suppression.targetLine}`;
          ctx.report({
            at: suppression.span,
            message: `This comment suppresses ${ruleId}, but ${ruleId} reports nothing on ${where}. Remove it so it cannot hide a future problem.`,
          });
        }
      }
    }
  },
});
