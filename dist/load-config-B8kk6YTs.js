import { existsSync, statSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { a as allRules, b as builtInRules } from './configure-rules-CYF7ZMlJ.js';
import { t as toPosix } from './find-migrations-sOKXtTZz.js';
import { k as keyPath, c as closest, d as describeValue, C as ConfigError, i as isPlainObject, R as RULE_LEVELS, D as DEFAULT_CONFIG, v as validateConfig, r as resolveConfig } from './resolve-config-BoZbNIQm.js';
import { f as findConfig, l as locateConfig, P as PACKAGE_JSON_KEY } from './find-config-jf7gnxpX.js';
import { register, createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';

function ruleSettingProblems(rules, config) {
  const problems = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    const where = keyPath(["rules", id]);
    const rule = rules.get(id);
    if (!rule) {
      problems.push(unknownRule(id, where, rules, config));
      continue;
    }
    problems.push(...optionProblems(rule, setting, where));
  }
  return problems;
}
function unknownRule(id, where, rules, config) {
  const slash = id.lastIndexOf("/");
  if (slash > 0) {
    const prefix = id.slice(0, slash);
    const plugin = config.plugins[prefix];
    if (!plugin) {
      const prefixes = Object.keys(config.plugins);
      return `${where}: no plugin "${prefix}" is configured, so there is no rule ${JSON.stringify(id)}. ${prefixes.length ? `Configured plugins: ${prefixes.join(", ")}.` : "Add it under `plugins` first."}`;
    }
    const ids = Object.keys(plugin.rules).map((r) => `${prefix}/${r}`);
    const guess2 = closest(id, ids);
    return `${where}: plugin "${prefix}" has no rule ${JSON.stringify(id.slice(slash + 1))}.${guess2 ? ` Did you mean "${guess2}"?` : ""} Its rules: ${ids.join(", ")}.`;
  }
  const builtIn = [...rules.keys()].filter((r) => !r.includes("/"));
  const guess = closest(id, rules.keys());
  return `${where}: unknown rule ${JSON.stringify(id)}.${guess ? ` Did you mean "${guess}"?` : ""} Allowed rule ids (\`migration-guard rules\` describes them): ${builtIn.join(", ")}${Object.keys(config.plugins).length ? ", and plugin rules as prefix/rule-id" : ""}.`;
}
function optionProblems(rule, setting, where) {
  if (!Array.isArray(setting) || setting.length < 2) return [];
  const options = setting[1] ?? {};
  const defaults = rule.defaultOptions;
  if (!defaults) return [];
  const allowed = Object.keys(defaults);
  const problems = [];
  for (const [name, value] of Object.entries(options)) {
    if (!(name in defaults)) {
      problems.push(
        allowed.length ? `${where}: ${rule.id} has no option ${JSON.stringify(name)}; its options: ${allowed.join(", ")}` : `${where}: ${rule.id} takes no options; got ${JSON.stringify(name)}`
      );
      continue;
    }
    const expected = typeOf(defaults[name]);
    if (expected !== "undefined" && expected !== "null" && typeOf(value) !== expected) {
      problems.push(`${where}: option ${JSON.stringify(name)} of ${rule.id} must be ${article(expected)} (like its default ${JSON.stringify(defaults[name])}); got ${describeValue(value)}`);
    }
  }
  return problems;
}
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

const TYPESCRIPT_FILE = /\.[cm]?ts$/;
let typescriptHooks;
async function importUserModule(file, purpose) {
  if (TYPESCRIPT_FILE.test(file)) enableTypeScript(file, purpose);
  try {
    return await import(pathToFileURL(file).href);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Could not load ${purpose} ${file}: ${detail}`, { cause: error });
  }
}
function enableTypeScript(file, purpose) {
  if (typescriptHooks) return;
  const shipped = fileURLToPath(new URL("./typescript.cjs", import.meta.url));
  const compiler = resolveFrom(path.dirname(file), "typescript") ?? (existsSync(shipped) ? shipped : void 0);
  const hooks = new URL("./typescript-hooks.mjs", import.meta.url);
  if (compiler && typeof register === "function" && existsSync(hooks)) {
    register(hooks, { data: { typescript: compiler } });
    typescriptHooks = "registered";
    return;
  }
  if (process.features.typescript) {
    typescriptHooks = "native";
    return;
  }
  throw new ConfigError(
    `Cannot load ${purpose} ${file}: TypeScript needs the \`typescript\` package in your project (npm install --save-dev typescript) or Node 22.18+ (which strips types itself); Node ${process.versions.node} has neither. Or write it as .mjs or .json.`
  );
}
function resolveFrom(dir, request) {
  try {
    return createRequire(path.join(dir, "noop.js")).resolve(request);
  } catch {
    return void 0;
  }
}

const TABLE_COSTS = ["index-build", "scan", "foreign-key-scan", "rewrite", "backfill"];

const PREFIX = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$|^@[a-z0-9][a-z0-9._-]*$/;
const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
async function loadPlugins(plugins, configDir, source) {
  const loaded = {};
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
async function importPlugin(specifier, configDir, where) {
  const file = resolvePlugin(specifier, configDir);
  if (!file) {
    const how = isPath(specifier) ? `no file ${path.resolve(configDir, specifier)}` : `the package is not installed where the config is (${configDir}); install it (npm install --save-dev ${packageName(specifier)}) or give a path starting with "./"`;
    throw new ConfigError(`${where}: cannot find plugin ${JSON.stringify(specifier)}: ${how}`);
  }
  const module = await importUserModule(file, `plugin ${JSON.stringify(specifier)}`);
  const exported = module["default"];
  if (isPlainObject(exported) && "rules" in exported) return exported;
  if ("rules" in module) return module;
  return exported ?? module;
}
function resolvePlugin(specifier, configDir) {
  if (isPath(specifier)) {
    const target = path.resolve(configDir, specifier);
    if (!existsSync(target)) return void 0;
    return statSync(target).isDirectory() ? packageEntry(target) : target;
  }
  return resolveFrom(configDir, specifier) ?? resolveEsmPackage(configDir, specifier);
}
function isPath(specifier) {
  return specifier.startsWith("./") || specifier.startsWith("../") || path.isAbsolute(specifier);
}
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function resolveEsmPackage(fromDir, specifier) {
  const name = packageName(specifier);
  const subpath = `.${specifier.slice(name.length)}`;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const root = path.join(dir, "node_modules", name);
    if (existsSync(path.join(root, "package.json"))) return packageEntry(root, subpath);
    if (path.dirname(dir) === dir) return void 0;
  }
}
function packageEntry(root, subpath = ".") {
  const manifestFile = path.join(root, "package.json");
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const exported = manifest["exports"] !== void 0 ? exportTarget(manifest["exports"], subpath) : void 0;
  const candidates = exported ? [exported] : subpath === "." ? [typeof manifest["main"] === "string" ? manifest["main"] : void 0, "index.js", "index.mjs", "index.cjs"] : [subpath];
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(root, candidate))) return path.join(root, candidate);
  }
  return void 0;
}
const CONDITIONS = ["node", "import", "default"];
function exportTarget(exports, subpath) {
  if (typeof exports === "string") return subpath === "." ? exports : void 0;
  if (Array.isArray(exports)) {
    for (const item of exports) {
      const target = exportTarget(item, subpath);
      if (target) return target;
    }
    return void 0;
  }
  if (!isPlainObject(exports)) return void 0;
  const keys = Object.keys(exports);
  if (keys.some((k) => k.startsWith("."))) return exports[subpath] === void 0 ? void 0 : exportTarget(exports[subpath], ".");
  for (const condition of CONDITIONS) {
    if (condition in exports) {
      const target = exportTarget(exports[condition], ".");
      if (target) return target;
    }
  }
  return void 0;
}
function checkPlugin(plugin, where) {
  if (!isPlainObject(plugin) || !isPlainObject(plugin["rules"])) {
    throw new ConfigError(`${where}: a plugin must be an object with \`rules\` ({ rules: { "rule-id": defineRule({...}) } }); got ${describeValue(plugin)}`);
  }
  const rules = plugin["rules"];
  for (const [key, rule] of Object.entries(rules)) {
    const at = `${where}.rules[${JSON.stringify(key)}]`;
    if (!RULE_ID.test(key)) throw new ConfigError(`${at}: a rule id is lower-case words joined by "-", e.g. "no-drop-column"`);
    if (!isPlainObject(rule)) throw new ConfigError(`${at}: expected a rule made with defineRule({ id, description, severity, check(ctx) }); got ${describeValue(rule)}`);
    if (rule["id"] !== key) throw new ConfigError(`${at}: the rule's id is ${JSON.stringify(rule["id"])}; it must be ${JSON.stringify(key)}, the key it is listed under`);
    if (typeof rule["description"] !== "string") throw new ConfigError(`${at}: the rule needs a one-line \`description\``);
    if (!RULE_LEVELS.includes(rule["severity"])) {
      throw new ConfigError(`${at}: the rule's severity must be ${RULE_LEVELS.map((l) => `"${l}"`).join(", ")}; got ${describeValue(rule["severity"])}`);
    }
    if (rule["cost"] !== void 0 && !TABLE_COSTS.includes(rule["cost"])) {
      throw new ConfigError(`${at}: the rule's cost must be one of ${TABLE_COSTS.map((c) => `"${c}"`).join(", ")}; got ${describeValue(rule["cost"])}`);
    }
    if (typeof rule["check"] !== "function" && typeof rule["checkSuppressions"] !== "function") {
      throw new ConfigError(`${at}: the rule needs a check(ctx) function`);
    }
  }
  return { rules };
}

async function loadConfig(options) {
  const location = options.configFile ? explicitConfig(options.cwd, options.configFile) : findConfig(options.cwd);
  if (!location) return { ...DEFAULT_CONFIG };
  const shown = displayPath(options.cwd, location.file);
  const user = validateConfig(await readConfigData(location, shown), shown);
  const configDir = path.dirname(location.file);
  const rootDir = options.configFile ? path.resolve(options.cwd) : configDir;
  const plugins = await loadPlugins(user.plugins ?? {}, configDir, shown);
  const config = resolveConfig(user, plugins, rootDir, location.file);
  if (config.schema) config.schema = { sources: config.schema.sources.map((s) => rebaseSource(s, rootDir, options.cwd)) };
  const problems = ruleSettingProblems(allRules(builtInRules, config), config);
  if (problems.length === 1) throw new ConfigError(`${shown}: ${problems[0]}`);
  if (problems.length > 1) throw new ConfigError(`${shown} has ${problems.length} problems:
${problems.map((p) => `  - ${p}`).join("\n")}`);
  return config;
}
function explicitConfig(cwd, configFile) {
  const file = path.resolve(cwd, configFile);
  if (!existsSync(file)) throw new ConfigError(`Cannot read the config file ${configFile}.`);
  return locateConfig(file);
}
async function readConfigData(location, shown) {
  if (location.kind === "module") {
    const module = await importUserModule(location.file, "the config");
    if (module["default"] === void 0) {
      throw new ConfigError(`${shown} must export the config as its default export (export default defineConfig({...}), or module.exports = {...}).`);
    }
    return module["default"];
  }
  let text;
  try {
    text = await readFile(location.file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${shown}: ${error.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}${jsonErrorPlace(text, error)} is not valid JSON: ${error.message}`);
  }
  if (location.kind === "package-json") {
    const value = data?.[PACKAGE_JSON_KEY];
    if (value === void 0) throw new ConfigError(`${shown} has no "${PACKAGE_JSON_KEY}" key to read the config from.`);
    return value;
  }
  return data;
}
function jsonErrorPlace(text, error) {
  const offset = /at position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (offset === void 0) return "";
  const before = text.slice(0, Number(offset));
  const line = before.split("\n").length;
  return `:${line}:${Number(offset) - before.lastIndexOf("\n")}`;
}
function rebaseSource(source, rootDir, cwd) {
  const down = toPosix(path.relative(rootDir, cwd));
  if (down === "" || down.startsWith("..")) return source;
  const rebase = (glob) => glob.startsWith(`${down}/`) ? glob.slice(down.length + 1) : glob;
  return { ...source, include: source.include.map(rebase), ...source.exclude ? { exclude: source.exclude.map(rebase) } : {} };
}
function displayPath(cwd, file) {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") ? toPosix(relative) : file;
}

export { loadConfig as l };
