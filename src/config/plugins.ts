import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { RuleDefinition } from "../core/rule.js";
import { TABLE_COSTS } from "../core/table-size.js";
import { importUserModule, resolveFrom } from "./import-module.js";
import { ConfigError, describeValue, isPlainObject as isObject, keyPath, RULE_LEVELS } from "./schema.js";
import type { Plugin } from "./types.js";

const PREFIX = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$|^@[a-z0-9][a-z0-9._-]*$/;
const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Turns the `plugins` of a config into plugin objects: objects are used as given (JS/TS configs),
 * strings are package names or paths resolved from the config file's directory and imported.
 */
export async function loadPlugins(plugins: Record<string, Plugin | string>, configDir: string, source: string): Promise<Record<string, Plugin>> {
  const loaded: Record<string, Plugin> = {};
  for (const [prefix, value] of Object.entries(plugins)) {
    const where = keyPath(["plugins", prefix]);
    if (!PREFIX.test(prefix)) {
      throw new ConfigError(`${source}: ${where}: a plugin prefix is lower-case letters, digits and "-" (or an npm scope like "@acme"), as rules are referenced as "prefix/rule-id"; got ${JSON.stringify(prefix)}`);
    }
    const plugin = typeof value === "string" ? await importPlugin(value, configDir, `${source}: ${where}`) : value;
    loaded[prefix] = checkPlugin(plugin, `${source}: ${where}`);
  }
  return loaded;
}

async function importPlugin(specifier: string, configDir: string, where: string): Promise<unknown> {
  const file = resolvePlugin(specifier, configDir);
  if (!file) {
    const how = isPath(specifier)
      ? `no file ${path.resolve(configDir, specifier)}`
      : `the package is not installed where the config is (${configDir}); install it (npm install --save-dev ${packageName(specifier)}) or give a path starting with "./"`;
    throw new ConfigError(`${where}: cannot find plugin ${JSON.stringify(specifier)}: ${how}`);
  }
  const module = await importUserModule(file, `plugin ${JSON.stringify(specifier)}`);
  // `export default { rules }`, `module.exports = { rules }`, or `export const rules = {...}`.
  const exported = module["default"];
  if (isObject(exported) && "rules" in exported) return exported;
  if ("rules" in module) return module;
  return exported ?? module;
}

function resolvePlugin(specifier: string, configDir: string): string | undefined {
  if (isPath(specifier)) {
    const target = path.resolve(configDir, specifier);
    if (!existsSync(target)) return undefined;
    return statSync(target).isDirectory() ? packageEntry(target) : target;
  }
  return resolveFrom(configDir, specifier) ?? resolveEsmPackage(configDir, specifier);
}

function isPath(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || path.isAbsolute(specifier);
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/**
 * `require.resolve` cannot see an ESM-only package (exports with only an `import` condition), and
 * Node 20's `import.meta.resolve` takes no parent directory: find it in node_modules ourselves.
 */
function resolveEsmPackage(fromDir: string, specifier: string): string | undefined {
  const name = packageName(specifier);
  const subpath = `.${specifier.slice(name.length)}`;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const root = path.join(dir, "node_modules", name);
    if (existsSync(path.join(root, "package.json"))) return packageEntry(root, subpath);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The file a package (or a directory with package.json) exposes for `import`. */
function packageEntry(root: string, subpath = "."): string | undefined {
  const manifestFile = path.join(root, "package.json");
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, unknown>) : {};
  const exported = manifest["exports"] !== undefined ? exportTarget(manifest["exports"], subpath) : undefined;
  const candidates = exported
    ? [exported]
    : subpath === "."
      ? [typeof manifest["main"] === "string" ? manifest["main"] : undefined, "index.js", "index.mjs", "index.cjs"]
      : [subpath];
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(root, candidate))) return path.join(root, candidate);
  }
  return undefined;
}

const CONDITIONS = ["node", "import", "default"];

function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === "string") return subpath === "." ? exports : undefined;
  if (Array.isArray(exports)) {
    for (const item of exports) {
      const target = exportTarget(item, subpath);
      if (target) return target;
    }
    return undefined;
  }
  if (!isObject(exports)) return undefined;
  const keys = Object.keys(exports);
  if (keys.some((k) => k.startsWith("."))) return exports[subpath] === undefined ? undefined : exportTarget(exports[subpath], ".");
  for (const condition of CONDITIONS) {
    if (condition in exports) {
      const target = exportTarget(exports[condition], ".");
      if (target) return target;
    }
  }
  return undefined;
}

/** A plugin must be `{ rules: { "rule-id": rule } }` with rules made by defineRule. */
function checkPlugin(plugin: unknown, where: string): Plugin {
  if (!isObject(plugin) || !isObject(plugin["rules"])) {
    throw new ConfigError(`${where}: a plugin must be an object with \`rules\` ({ rules: { "rule-id": defineRule({...}) } }); got ${describeValue(plugin)}`);
  }
  const rules = plugin["rules"];
  for (const [key, rule] of Object.entries(rules)) {
    const at = `${where}.rules[${JSON.stringify(key)}]`;
    if (!RULE_ID.test(key)) throw new ConfigError(`${at}: a rule id is lower-case words joined by "-", e.g. "no-drop-column"`);
    if (!isObject(rule)) throw new ConfigError(`${at}: expected a rule made with defineRule({ id, description, severity, check(ctx) }); got ${describeValue(rule)}`);
    if (rule["id"] !== key) throw new ConfigError(`${at}: the rule's id is ${JSON.stringify(rule["id"])}; it must be ${JSON.stringify(key)}, the key it is listed under`);
    if (typeof rule["description"] !== "string") throw new ConfigError(`${at}: the rule needs a one-line \`description\``);
    if (!(RULE_LEVELS as readonly unknown[]).includes(rule["severity"])) {
      throw new ConfigError(`${at}: the rule's severity must be ${RULE_LEVELS.map((l) => `"${l}"`).join(", ")}; got ${describeValue(rule["severity"])}`);
    }
    if (rule["cost"] !== undefined && !(TABLE_COSTS as readonly unknown[]).includes(rule["cost"])) {
      throw new ConfigError(`${at}: the rule's cost must be one of ${TABLE_COSTS.map((c) => `"${c}"`).join(", ")}; got ${describeValue(rule["cost"])}`);
    }
    if (typeof rule["check"] !== "function" && typeof rule["checkSuppressions"] !== "function") {
      throw new ConfigError(`${at}: the rule needs a check(ctx) function`);
    }
  }
  return { rules: rules as Record<string, RuleDefinition<any>> };
}
