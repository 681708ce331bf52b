import path from "node:path";
import picocolors from "picocolors";
import { builtInRules } from "../../rules/index.js";
import { allRules, configureRules } from "../config/configure-rules.js";
import { loadConfig } from "../config/load-config.js";
import type { RuleLevel } from "../core/finding.js";
import { useColor, type CliIO } from "./io.js";

/** `migration-guard rules`: every rule (built-in and plugins), its level as configured, and what it flags. */
export async function rulesCommand(options: { config?: string }, io: CliIO): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const rules = allRules(builtInRules, config);
  const levels = new Map<string, RuleLevel>(configureRules(rules, config).map((r) => [r.id, r.severity]));
  const colors = picocolors.createColors(useColor(io));
  const paint: Record<RuleLevel, (s: string) => string> = { error: colors.red, warning: colors.yellow, info: colors.blue, off: colors.dim };
  const ids = [...rules.keys()].sort((a, b) => Number(a.includes("/")) - Number(b.includes("/")) || a.localeCompare(b));
  const width = Math.max(...ids.map((id) => id.length));
  const source = config.source ? `levels from ${path.relative(io.cwd, config.source) || config.source}` : "default levels, no config file found";
  const lines = [`${ids.length} rules (${source}):`, ""];
  for (const id of ids) {
    const level = levels.get(id) ?? "off";
    lines.push(`  ${paint[level](level.padEnd(7))}  ${id.padEnd(width)}  ${colors.dim(rules.get(id)!.description)}`);
  }
  lines.push("", "`migration-guard explain <rule-id>` prints a rule's documentation.");
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
