import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { builtInRules } from "../../rules/index.js";
import { toPosix } from "../discover/find-migrations.js";
import { ruleSettingProblems } from "./check-rules.js";
import { allRules } from "./configure-rules.js";
import { findConfig, locateConfig, PACKAGE_JSON_KEY, type ConfigLocation } from "./find-config.js";
import { importUserModule } from "./import-module.js";
import { loadPlugins } from "./plugins.js";
import { ConfigError, validateConfig } from "./schema.js";
import { resolveConfig } from "./resolve-config.js";
import { DEFAULT_CONFIG, type ResolvedConfig, type SchemaSourceConfig } from "./types.js";

export interface LoadConfigOptions {
  cwd: string;
  /** An explicit config file (`--config`, the Action's `config` input); otherwise discovered from `cwd` upward. */
  configFile?: string;
}

/**
 * Loads the project's configuration: finds it (or takes the explicit file), reads it (JSON,
 * package.json key, or a JS/TS module), validates every key, loads the plugins it names, checks
 * rule ids and options, and applies defaults. Every problem is a ConfigError (exit code 2).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const location = options.configFile ? explicitConfig(options.cwd, options.configFile) : findConfig(options.cwd);
  if (!location) return { ...DEFAULT_CONFIG };
  const shown = displayPath(options.cwd, location.file);
  const user = validateConfig(await readConfigData(location, shown), shown);
  const configDir = path.dirname(location.file);
  // Globs are relative to a discovered config's directory (a monorepo's root config serves every
  // package), but to the working directory for a file named explicitly (often a shared or CI
  // config kept in a subfolder), as ESLint does. Plugin paths are always the config file's.
  const rootDir = options.configFile ? path.resolve(options.cwd) : configDir;
  const plugins = await loadPlugins(user.plugins ?? {}, configDir, shown);
  const config = resolveConfig(user, plugins, rootDir, location.file);
  if (config.schema) config.schema = { sources: config.schema.sources.map((s) => rebaseSource(s, rootDir, options.cwd)) };
  const problems = ruleSettingProblems(allRules(builtInRules, config), config);
  if (problems.length === 1) throw new ConfigError(`${shown}: ${problems[0]}`);
  if (problems.length > 1) throw new ConfigError(`${shown} has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return config;
}

function explicitConfig(cwd: string, configFile: string): ConfigLocation {
  const file = path.resolve(cwd, configFile);
  if (!existsSync(file)) throw new ConfigError(`Cannot read the config file ${configFile}.`);
  return locateConfig(file);
}

async function readConfigData(location: ConfigLocation, shown: string): Promise<unknown> {
  if (location.kind === "module") {
    const module = await importUserModule(location.file, "the config");
    if (module["default"] === undefined) {
      throw new ConfigError(`${shown} must export the config as its default export (export default defineConfig({...}), or module.exports = {...}).`);
    }
    return module["default"];
  }
  let text: string;
  try {
    text = await readFile(location.file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${shown}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}${jsonErrorPlace(text, error)} is not valid JSON: ${(error as Error).message}`);
  }
  if (location.kind === "package-json") {
    const value = (data as Record<string, unknown> | null)?.[PACKAGE_JSON_KEY];
    if (value === undefined) throw new ConfigError(`${shown} has no "${PACKAGE_JSON_KEY}" key to read the config from.`);
    return value;
  }
  return data;
}

/** `:line:column` of a JSON.parse error, from the offset its message gives (Node 20 gives no line). */
function jsonErrorPlace(text: string, error: unknown): string {
  const offset = /at position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (offset === undefined) return "";
  const before = text.slice(0, Number(offset));
  const line = before.split("\n").length;
  return `:${line}:${Number(offset) - before.lastIndexOf("\n")}`;
}

/**
 * The schema readers match globs against paths relative to the working directory: a glob written
 * relative to a config above it loses the way down (`services/api/prisma/*.prisma` run from
 * `services/api` is `prisma/*.prisma`). Globs that do not lead into the working directory stay as
 * they are (`**` patterns match there as well).
 */
export function rebaseSource(source: SchemaSourceConfig, rootDir: string, cwd: string): SchemaSourceConfig {
  const down = toPosix(path.relative(rootDir, cwd));
  if (down === "" || down.startsWith("..")) return source;
  const rebase = (glob: string) => (glob.startsWith(`${down}/`) ? glob.slice(down.length + 1) : glob);
  return { ...source, include: source.include.map(rebase), ...(source.exclude ? { exclude: source.exclude.map(rebase) } : {}) };
}

function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") ? toPosix(relative) : file;
}
