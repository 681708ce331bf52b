const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function defineRule(rule) {
  if (!RULE_ID.test(rule.id)) {
    throw new Error(`Rule id "${rule.id}" must be lower-case words joined by "-" (e.g. "no-drop-column").`);
  }
  if (!rule.check && !rule.checkSet && !rule.checkSuppressions) {
    throw new Error(`Rule "${rule.id}" needs a check(ctx) function.`);
  }
  return rule;
}

export { defineRule as d };
