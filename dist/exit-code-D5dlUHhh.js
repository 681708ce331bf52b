import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { S as SEVERITY_RANK } from './engine-_lwTqXC0.js';
import { p as plural } from './summary-CgYW8Yzl.js';

async function writeReport(report, outputFile, io) {
  if (outputFile === void 0) {
    io.stdout.write(report);
    return;
  }
  const file = path.resolve(io.cwd, outputFile);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, report);
  } catch (error) {
    throw new UsageError(`Cannot write the report to ${outputFile}: ${error.message}`);
  }
}

function findingsExitCode(findings, maxWarnings, io) {
  if (findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.error)) return 1;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr.write(`migration-guard: ${plural(warnings, "warning")}, more than --max-warnings ${maxWarnings} allows.
`);
    return 1;
  }
  return 0;
}

export { findingsExitCode as f, writeReport as w };
