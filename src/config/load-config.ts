import { readFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "./types.js";

export interface LoadConfigOptions {
  cwd: string;
  /** An explicit config file (`--config`, the Action's `config` input); otherwise discovered. */
  configFile?: string;
}

/**
 * Loads the project's configuration and applies defaults.
 * (First version: an explicit JSON file only. Discovery, JS/TS configs and validation come next.)
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  if (!options.configFile) return { ...DEFAULT_CONFIG };
  const file = path.resolve(options.cwd, options.configFile);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UsageError(`Cannot read the config file ${options.configFile}.`);
  }
  let data: Partial<ResolvedConfig>;
  try {
    data = JSON.parse(text) as Partial<ResolvedConfig>;
  } catch (error) {
    throw new UsageError(`${options.configFile} is not valid JSON: ${(error as Error).message}`);
  }
  return { ...DEFAULT_CONFIG, ...data, source: file };
}
