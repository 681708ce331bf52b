import { readFile } from "node:fs/promises";
import { builtInRules } from "../../rules/index.js";
import { allRules } from "../config/configure-rules.js";
import { closest } from "../config/did-you-mean.js";
import { loadConfig } from "../config/load-config.js";
import { UsageError } from "../errors.js";
import { ruleDocFile } from "../package-root.js";
import type { CliIO } from "./io.js";

/**
 * `migration-guard explain <rule-id>`: a built-in rule's doc page as shipped in the package (the
 * same page the docs site shows), or a plugin rule's description and link.
 */
export async function explainCommand(ruleId: string, options: { config?: string }, io: CliIO): Promise<number> {
  if (ruleId.includes("/")) {
    // Only plugin rules need the config: a broken config must not stop reading a built-in rule's doc.
    const config = await loadConfig({ cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
    const rules = allRules(builtInRules, config);
    const rule = rules.get(ruleId);
    if (!rule) throw new UsageError(unknownRule(ruleId, [...rules.keys()]));
    const docs = rule.docsUrl ? `\nDocs: ${rule.docsUrl}\n` : "";
    io.stdout.write(`# ${ruleId}\n\n**Default severity:** ${rule.severity}\n\n${rule.description}\n${docs}`);
    return 0;
  }
  if (!builtInRules.some((r) => r.id === ruleId)) throw new UsageError(unknownRule(ruleId, builtInRules.map((r) => r.id)));
  const page = await readFile(ruleDocFile(ruleId), "utf8");
  // Config hints for the doc tests are HTML comments: invisible on the rendered page, so here too.
  io.stdout.write(page.replace(/^<!--.*-->\n/gm, ""));
  return 0;
}

function unknownRule(ruleId: string, ids: string[]): string {
  const guess = closest(ruleId, ids);
  return `There is no rule "${ruleId}".${guess ? ` Did you mean "${guess}"?` : ""} \`migration-guard rules\` lists them all.`;
}
