import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { CliIO } from "./io.js";

/** Writes a report to `--output-file` (creating its directory), or to stdout. */
export async function writeReport(report: string, outputFile: string | undefined, io: CliIO): Promise<void> {
  if (outputFile === undefined) {
    io.stdout.write(report);
    return;
  }
  const file = path.resolve(io.cwd, outputFile);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, report);
  } catch (error) {
    throw new UsageError(`Cannot write the report to ${outputFile}: ${(error as Error).message}`);
  }
}
