import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The config file names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = [
  "migration-guard.config.ts",
  "migration-guard.config.mts",
  "migration-guard.config.js",
  "migration-guard.config.mjs",
  "migration-guard.config.cjs",
  "migration-guard.config.json",
  ".migration-guardrc.json",
] as const;

/** The package.json key that can hold the config instead of a file of its own. */
export const PACKAGE_JSON_KEY = "migrationGuard";

export interface ConfigLocation {
  file: string;
  /** `package-json`: the config is the `migrationGuard` key of a package.json. */
  kind: "module" | "json" | "package-json";
}

/**
 * The config that applies to `cwd`: the first config file (or package.json with a
 * `migrationGuard` key) in `cwd` or the nearest directory above it. Like ESLint's flat config,
 * a monorepo can keep one config at its root and run from any package.
 */
export function findConfig(cwd: string): ConfigLocation | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const found = configIn(dir);
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function configIn(dir: string): ConfigLocation | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(dir, name);
    if (isFile(file)) return { file, kind: name.endsWith(".json") ? "json" : "module" };
  }
  const packageJson = path.join(dir, "package.json");
  if (isFile(packageJson) && hasConfigKey(packageJson)) return { file: packageJson, kind: "package-json" };
  return undefined;
}

/** An explicit `--config` path: its kind comes from its name. */
export function locateConfig(file: string): ConfigLocation {
  const base = path.basename(file);
  if (base === "package.json") return { file, kind: "package-json" };
  return { file, kind: base.endsWith(".json") ? "json" : "module" };
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * A package.json that cannot be parsed is not ours to report (the package manager will), unless
 * it holds our key: then it is the config, and loading it says where the JSON breaks, rather than
 * the run going on without the config the user wrote.
 */
function hasConfigKey(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === "object" && data !== null && PACKAGE_JSON_KEY in data;
  } catch {
    return text.includes(`"${PACKAGE_JSON_KEY}"`);
  }
}
