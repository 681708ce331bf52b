import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { U as UsageError } from './safe-read-BvL72yt9.js';

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

export { writeReport as w };
