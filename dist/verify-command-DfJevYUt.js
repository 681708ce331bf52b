import { p as picocolors, u as useColor } from './io-BLfcQbCr.js';
import { l as loadConfig } from './load-config-B8kk6YTs.js';
import { r as ruleDocsUrl, R as REPOSITORY_URL } from './plan-DoJ7VLMM.js';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { d as formatReport } from './format-CNyPUkbb.js';
import { p as plural } from './summary-CgYW8Yzl.js';
import { V as VERSION } from './version-1orC8wbS.js';
import { v as verify } from './verify-l2czjHDg.js';
import { w as writeReport, f as findingsExitCode } from './exit-code-D5dlUHhh.js';
import './_commonjsHelpers-Bgu_3bK-.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:path';
import './configure-rules-CYF7ZMlJ.js';
import './locks-Fx4bbqIT.js';
import './versions-LHSCgUBv.js';
import './app-schema-DvHJx9OH.js';
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
import './find-config-jf7gnxpX.js';
import 'node:module';
import 'node:url';
import './git-Dd9ciqyI.js';
import 'node:child_process';
import 'node:os';
import 'node:util';
import './engine-_lwTqXC0.js';
import 'node:crypto';
import './read-migration-DmXnXnoF.js';
import './compiler-CkYlFMWm.js';
import './operations-RGWoK5XR.js';
import './read-task-BsnErpjg.js';

function formatTrace(trace, colors) {
  const byFile = /* @__PURE__ */ new Map();
  for (const entry of trace) byFile.set(entry.file, [...byFile.get(entry.file) ?? [], entry]);
  const blocks = [];
  for (const [file, entries] of byFile) {
    const lines = [];
    for (const e of entries) {
      const at = colors.dim(`  ${String(e.line).padStart(4)}  `);
      if (e.notReplayed) {
        lines.push(`${at}${colors.yellow("not replayed")}: ${e.notReplayed}`);
        continue;
      }
      if (e.error) {
        lines.push(`${at}${colors.red("failed")}: ${e.error.message}${e.error.code ? ` (${e.error.code})` : ""}`);
        continue;
      }
      const parts = [
        ...e.locks.map((l) => `${l.mode} ${l.table}`),
        ...e.rewrites.map((r) => colors.magenta(`rewrite ${r}`)),
        ...e.note ? [colors.dim(e.note)] : []
      ];
      if (parts.length) lines.push(`${at}${parts.join(", ")}`);
    }
    const replayed = entries.filter((e) => !e.notReplayed && !e.error).length;
    blocks.push(`${colors.bold(file)} ${colors.dim(`(${plural(replayed, "statement")} replayed)`)}${lines.length ? `
${lines.join("\n")}` : ""}`);
  }
  return blocks.length ? `${blocks.join("\n")}
` : "";
}
function formatVerifySummary(sets, colors) {
  return sets.map((s) => {
    const mark = s.failure ? colors.red("\u2716") : s.replayed === s.migrations ? colors.green("\u2714") : colors.yellow("\u26A0");
    const stop = s.failure ? ` \xB7 stopped at ${s.failure.file}:${s.failure.line}` : "";
    return `${mark} ${s.setId}: replayed ${s.replayed}/${plural(s.migrations, "migration")} on ${s.engine} in ${(s.wallMs / 1e3).toFixed(1)} s${stop}
`;
  }).join("");
}

async function verifyCommand(paths, options, io) {
  if (options.staged && options.base) {
    throw new UsageError("--staged and --base cannot be combined: --staged checks what you are about to commit, --base what a branch changes.");
  }
  const loaded = await loadConfig({ cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
  const config = {
    ...loaded,
    verify: { ...loaded.verify, ...options.statementTimeout !== void 0 ? { statementTimeoutMs: options.statementTimeout } : {} }
  };
  const result = await verify({
    cwd: io.cwd,
    paths,
    ...options.staged ? { staged: true } : {},
    ...options.base ? { base: options.base } : {},
    ...options.databaseUrl ? { databaseUrl: options.databaseUrl } : {},
    config
  });
  const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const toFile = options.outputFile !== void 0;
  const colors = picocolors.createColors(!toFile && useColor(io));
  const report = formatReport(options.format, {
    findings,
    checkedMigrations: result.checked.length,
    sources: result.sources,
    rules: result.rules.map((r) => ({ id: r.id, description: r.rule.description, severity: r.severity, docsUrl: r.rule.docsUrl ?? ruleDocsUrl(r.id) })),
    colors,
    cwd: io.cwd,
    toolVersion: VERSION,
    informationUri: REPOSITORY_URL,
    verify: { trace: result.trace, sets: result.sets }
  });
  const extra = options.format === "stylish" ? `${options.trace ? formatTrace(result.trace, colors) : ""}${formatVerifySummary(result.sets, colors)}` : "";
  await writeReport(extra ? `${extra}
${report}` : report, options.outputFile, io);
  return findingsExitCode(findings, options.maxWarnings, io);
}

export { verifyCommand };
