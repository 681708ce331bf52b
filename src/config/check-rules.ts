import type { RuleDefinition } from "../core/rule.js";
import { closest } from "./did-you-mean.js";
import { describeValue, keyPath } from "./schema.js";
import type { ResolvedConfig, RuleSetting } from "./types.js";

/**
 * Problems with the `rules` of a config that only the list of rules can reveal: an id that is no
 * rule (a typo silently leaves the rule at its default), and options a rule does not take.
 */
export function ruleSettingProblems(rules: ReadonlyMap<string, RuleDefinition<any>>, config: ResolvedConfig): string[] {
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    const where = keyPath(["rules", id]);
    const rule = rules.get(id);
    if (!rule) {
      problems.push(unknownRule(id, where, rules, config));
      continue;
    }
    problems.push(...optionProblems(rule, setting, where));
  }
  return problems;
}

function unknownRule(id: string, where: string, rules: ReadonlyMap<string, RuleDefinition<any>>, config: ResolvedConfig): string {
  const slash = id.lastIndexOf("/");
  if (slash > 0) {
    const prefix = id.slice(0, slash);
    const plugin = config.plugins[prefix];
    if (!plugin) {
      const prefixes = Object.keys(config.plugins);
      return `${where}: no plugin "${prefix}" is configured, so there is no rule ${JSON.stringify(id)}. ${
        prefixes.length ? `Configured plugins: ${prefixes.join(", ")}.` : "Add it under `plugins` first."
      }`;
    }
    const ids = Object.keys(plugin.rules).map((r) => `${prefix}/${r}`);
    const guess = closest(id, ids);
    return `${where}: plugin "${prefix}" has no rule ${JSON.stringify(id.slice(slash + 1))}.${guess ? ` Did you mean "${guess}"?` : ""} Its rules: ${ids.join(", ")}.`;
  }
  const builtIn = [...rules.keys()].filter((r) => !r.includes("/"));
  const guess = closest(id, rules.keys());
  return `${where}: unknown rule ${JSON.stringify(id)}.${guess ? ` Did you mean "${guess}"?` : ""} Allowed rule ids (\`migration-guard rules\` describes them): ${builtIn.join(", ")}${
    Object.keys(config.plugins).length ? ", and plugin rules as prefix/rule-id" : ""
  }.`;
}

/**
 * Options are checked against the rule's `defaultOptions`: each option must be one the rule
 * declares, with a value of the same type. A rule without defaults takes options unchecked.
 */
function optionProblems(rule: RuleDefinition<any>, setting: RuleSetting, where: string): string[] {
  if (!Array.isArray(setting) || setting.length < 2) return [];
  const options = setting[1] ?? {};
  const defaults = rule.defaultOptions as Record<string, unknown> | undefined;
  if (!defaults) return [];
  const allowed = Object.keys(defaults);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (!(name in defaults)) {
      problems.push(
        allowed.length
          ? `${where}: ${rule.id} has no option ${JSON.stringify(name)}; its options: ${allowed.join(", ")}`
          : `${where}: ${rule.id} takes no options; got ${JSON.stringify(name)}`,
      );
      continue;
    }
    const expected = typeOf(defaults[name]);
    if (expected !== "undefined" && expected !== "null" && typeOf(value) !== expected) {
      problems.push(`${where}: option ${JSON.stringify(name)} of ${rule.id} must be ${article(expected)} (like its default ${JSON.stringify(defaults[name])}); got ${describeValue(value)}`);
    }
  }
  return problems;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
