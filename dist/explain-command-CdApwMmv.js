import { readFile } from 'node:fs/promises';
import { a as allRules, b as builtInRules } from './configure-rules-CYF7ZMlJ.js';
import { c as closest } from './resolve-config-BoZbNIQm.js';
import { l as loadConfig } from './load-config-B8kk6YTs.js';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './locks-Fx4bbqIT.js';
import './versions-LHSCgUBv.js';
import './app-schema-DvHJx9OH.js';
import './index-C_jiFsAu.js';
import './databases-YdsN_1qF.js';
import './find-migrations-sOKXtTZz.js';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './_commonjsHelpers-Bgu_3bK-.js';
import './conventions-BOeyDc8W.js';
import './find-config-jf7gnxpX.js';
import 'node:module';

let root;
function packageRoot() {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "migration-guard") {
      root = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error("migration-guard cannot find its own package.json (is the package installed completely?)");
  }
}
function ruleDocFile(ruleId) {
  return path.join(packageRoot(), "docs", "rules", `${ruleId}.md`);
}

async function explainCommand(ruleId, options, io) {
  if (ruleId.includes("/")) {
    const config = await loadConfig({ cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
    const rules = allRules(builtInRules, config);
    const rule = rules.get(ruleId);
    if (!rule) throw new UsageError(unknownRule(ruleId, [...rules.keys()]));
    const docs = rule.docsUrl ? `
Docs: ${rule.docsUrl}
` : "";
    io.stdout.write(`# ${ruleId}

**Default severity:** ${rule.severity}

${rule.description}
${docs}`);
    return 0;
  }
  if (!builtInRules.some((r) => r.id === ruleId)) throw new UsageError(unknownRule(ruleId, builtInRules.map((r) => r.id)));
  const page = await readFile(ruleDocFile(ruleId), "utf8");
  io.stdout.write(page.replace(/^<!--.*-->\n/gm, ""));
  return 0;
}
function unknownRule(ruleId, ids) {
  const guess = closest(ruleId, ids);
  return `There is no rule "${ruleId}".${guess ? ` Did you mean "${guess}"?` : ""} \`migration-guard rules\` lists them all.`;
}

export { explainCommand };
