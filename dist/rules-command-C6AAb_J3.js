import path from 'node:path';
import { p as picocolors, u as useColor } from './io-BLfcQbCr.js';
import { a as allRules, b as builtInRules, c as configureRules } from './configure-rules-CYF7ZMlJ.js';
import { l as loadConfig } from './load-config-B8kk6YTs.js';
import './_commonjsHelpers-Bgu_3bK-.js';
import './locks-Fx4bbqIT.js';
import './versions-LHSCgUBv.js';
import './app-schema-DvHJx9OH.js';
import 'node:fs';
import 'node:fs/promises';
import './find-migrations-sOKXtTZz.js';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './databases-YdsN_1qF.js';
import './conventions-BOeyDc8W.js';
import './resolve-config-BoZbNIQm.js';
import './index-C_jiFsAu.js';
import './safe-read-BvL72yt9.js';
import './find-config-jf7gnxpX.js';
import 'node:module';
import 'node:url';

async function rulesCommand(options, io) {
  const config = await loadConfig({ cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
  const rules = allRules(builtInRules, config);
  const levels = new Map(configureRules(rules, config).map((r) => [r.id, r.severity]));
  const colors = picocolors.createColors(useColor(io));
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue, off: colors.dim };
  const ids = [...rules.keys()].sort((a, b) => Number(a.includes("/")) - Number(b.includes("/")) || a.localeCompare(b));
  const width = Math.max(...ids.map((id) => id.length));
  const source = config.source ? `levels from ${path.relative(io.cwd, config.source) || config.source}` : "default levels, no config file found";
  const lines = [`${ids.length} rules (${source}):`, ""];
  for (const id of ids) {
    const level = levels.get(id) ?? "off";
    lines.push(`  ${paint[level](level.padEnd(7))}  ${id.padEnd(width)}  ${colors.dim(rules.get(id).description)}`);
  }
  lines.push("", "`migration-guard explain <rule-id>` prints a rule's documentation.");
  io.stdout.write(`${lines.join("\n")}
`);
  return 0;
}

export { rulesCommand };
