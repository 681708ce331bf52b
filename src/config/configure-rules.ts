import type { ConfiguredRule } from "../core/engine.js";
import type { RuleLevel, Severity } from "../core/finding.js";
import type { RuleDefinition } from "../core/rule.js";
import type { ResolvedConfig, RuleSetting } from "./types.js";

/** Every rule that exists, by the id config and findings use (`prefix/id` for plugin rules). */
export function allRules(builtIns: readonly RuleDefinition<any>[], config: ResolvedConfig): Map<string, RuleDefinition<any>> {
  const rules = new Map<string, RuleDefinition<any>>();
  for (const rule of builtIns) rules.set(rule.id, rule);
  for (const [prefix, plugin] of Object.entries(config.plugins)) {
    for (const [id, rule] of Object.entries(plugin.rules)) rules.set(`${prefix}/${id}`, rule);
  }
  return rules;
}

/** The rules a run uses, at their configured level and with their options; `off` rules are left out. */
export function configureRules(rules: ReadonlyMap<string, RuleDefinition<any>>, config: ResolvedConfig): ConfiguredRule[] {
  const configured: ConfiguredRule[] = [];
  for (const [id, rule] of rules) {
    const { level, options } = settingOf(config.rules[id], rule.severity);
    const effective = implicitSetting(id, level, config);
    if (effective === "off") continue;
    configured.push({ id, rule, severity: effective, options: { ...implicitOptions(id, config), ...options } });
  }
  return configured;
}

function settingOf(setting: RuleSetting | undefined, fallback: RuleLevel): { level: RuleLevel; options: Record<string, unknown> } {
  if (setting === undefined) return { level: fallback, options: {} };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? {} };
  return { level: setting, options: {} };
}

/** Top-level config keys that are shorthands for a rule's level or options. */
function implicitSetting(id: string, level: RuleLevel, config: ResolvedConfig): Severity | "off" {
  if (id === "require-suppression-reason" && !config.requireSuppressionReason && config.rules[id] === undefined) return "off";
  return level;
}

function implicitOptions(id: string, config: ResolvedConfig): Record<string, unknown> {
  if (id === "require-lock-timeout" && config.assumeLockTimeout) return { assumeLockTimeout: true };
  return {};
}
