import path from 'node:path';
import { t as typescriptApi, d as describeError } from './compiler-CkYlFMWm.js';
import { h as isMigrationDirectory, i as isCodeMigrationPath } from './conventions-BOeyDc8W.js';
import { r as readMigration } from './read-migration-DmXnXnoF.js';
import { r as readRegularFile, D as DEFAULT_READ_LIMITS } from './safe-read-BvL72yt9.js';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { a as globSync } from './index-B-QiK_jm.js';

const BUILTINS = new Set(builtinModules);
class TsImportResolver {
  constructor(ts, cwd) {
    this.ts = ts;
    this.cwd = cwd;
    this.cache = ts.createModuleResolutionCache(cwd, (f) => f);
  }
  ts;
  cwd;
  configs = /* @__PURE__ */ new Map();
  cache;
  workspace;
  resolve(specifier, migrationPath) {
    const ts = this.ts;
    if (specifier.startsWith("node:") || BUILTINS.has(specifier.split("/")[0])) return { kind: "builtin" };
    const file = path.resolve(this.cwd, migrationPath);
    const tree = migrationsTree(file);
    const options = this.optionsFor(path.dirname(file));
    const result = ts.resolveModuleName(specifier, file, options, ts.sys, this.cache).resolvedModule;
    const relative = specifier.startsWith(".");
    if (result) {
      const resolved = path.resolve(result.resolvedFileName);
      const real = ts.sys.realpath ? ts.sys.realpath(resolved) : resolved;
      const inNodeModules = /[\\/]node_modules[\\/]/.test(real);
      if (!inNodeModules && isInside(real, tree)) return { kind: "migrations", path: real };
      if (!inNodeModules) {
        const pkg3 = relative ? void 0 : this.workspacePackage(specifier);
        return pkg3 ? { kind: "workspace", packageName: pkg3, path: toPosix(path.relative(this.cwd, real)) } : { kind: "app", path: toPosix(path.relative(this.cwd, real)) };
      }
      const pkg2 = this.workspacePackage(specifier);
      return pkg2 ? { kind: "workspace", packageName: pkg2 } : { kind: "package", packageName: packageName(specifier) };
    }
    if (relative) {
      const target = path.resolve(path.dirname(file), specifier);
      return isInside(target, tree) ? { kind: "migrations", path: target } : { kind: "app", path: toPosix(path.relative(this.cwd, target)) };
    }
    const pkg = this.workspacePackage(specifier);
    if (pkg) return { kind: "workspace", packageName: pkg };
    if (matchesPathAlias(specifier, options)) return { kind: "app", path: specifier };
    return { kind: "package", packageName: packageName(specifier) };
  }
  readMigrationsModule(specifier, fromPath) {
    const resolved = this.resolve(specifier, fromPath);
    if (resolved.kind !== "migrations" || /\.d\.[mc]?ts$/.test(resolved.path)) return void 0;
    try {
      return { path: path.relative(this.cwd, resolved.path), text: readFileSync(resolved.path, "utf8") };
    } catch {
      return void 0;
    }
  }
  /**
   * The text of a module of a workspace package (a monorepo's shared constants), to read its
   * constants like a helper's: resolved as TypeScript does when the package is linked, otherwise
   * from its package.json (`exports`, `module`, `main`, then `src/index`), its built output mapped
   * back to the sources when only those exist. A relative import inside such a package stays in it.
   */
  readWorkspaceModule(specifier, fromPath) {
    this.workspace ??= readWorkspace(this.cwd);
    const from = path.resolve(this.cwd, fromPath);
    let file;
    if (specifier.startsWith(".")) {
      if (isMigrationDirectory(path.basename(migrationsTree(from)))) return void 0;
      const owner = [...this.workspace.values()].find((dir) => isInside(from, dir));
      const target = owner ? resolveFile(path.resolve(path.dirname(from), specifier)) : void 0;
      file = target && owner && isInside(target, owner) ? target : void 0;
    } else {
      const resolved = this.resolve(specifier, fromPath);
      if (resolved.kind !== "workspace") return void 0;
      const linked = resolved.path ? path.resolve(this.cwd, resolved.path) : void 0;
      file = linked && !/\.d\.[mc]?ts$/.test(linked) ? linked : packageEntry(this.workspace.get(resolved.packageName), specifier.slice(resolved.packageName.length));
    }
    if (!file) return void 0;
    try {
      return { path: toPosix(path.relative(this.cwd, file)), text: readFileSync(file, "utf8") };
    } catch {
      return void 0;
    }
  }
  optionsFor(dir) {
    const configFile = findUp(dir, ["tsconfig.json", "jsconfig.json"]);
    const key = configFile ?? "";
    let options = this.configs.get(key);
    if (!options) {
      options = { ...this.readConfig(configFile), allowJs: true };
      const kind = options.moduleResolution;
      const ts = this.ts;
      if (kind === void 0 || kind === ts.ModuleResolutionKind.Classic) options.moduleResolution = ts.ModuleResolutionKind.Bundler;
      if (options.moduleResolution === ts.ModuleResolutionKind.Bundler && options.module === void 0) options.module = ts.ModuleKind.ESNext;
      this.configs.set(key, options);
    }
    return options;
  }
  readConfig(configFile) {
    const ts = this.ts;
    if (!configFile) return {};
    const read = ts.readConfigFile(configFile, ts.sys.readFile);
    if (read.error || !read.config) return {};
    return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configFile), void 0, configFile).options;
  }
  /** The workspace package an import names, if the repository is a workspace. */
  workspacePackage(specifier) {
    this.workspace ??= readWorkspace(this.cwd);
    const name = packageName(specifier);
    return this.workspace.has(name) ? name : void 0;
  }
}
const resolvers = /* @__PURE__ */ new Map();
function importResolverFor(cwd) {
  let resolver = resolvers.get(cwd);
  if (!resolver) {
    resolver = new TsImportResolver(typescriptApi(), cwd);
    resolvers.set(cwd, resolver);
  }
  return resolver;
}
function migrationsTree(file) {
  let dir = path.dirname(file);
  for (; ; ) {
    if (isMigrationDirectory(path.basename(dir))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(file);
    dir = parent;
  }
}
function isInside(file, dir) {
  const rel = path.relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}
function findUp(dir, names) {
  let current = dir;
  for (; ; ) {
    for (const name of names) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(path.join(current, ".git"))) return void 0;
    const parent = path.dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function matchesPathAlias(specifier, options) {
  for (const pattern of Object.keys(options.paths ?? {})) {
    const star = pattern.indexOf("*");
    if (star < 0 ? specifier === pattern : specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1))) return true;
  }
  return false;
}
function readWorkspace(cwd) {
  const packages = /* @__PURE__ */ new Map();
  let dir = cwd;
  for (; ; ) {
    const patterns = workspacePatterns(dir);
    if (patterns.length > 0) {
      for (const manifest of globSync(patterns.map((p) => `${p.replace(/\/$/, "")}/package.json`), { cwd: dir, ignore: ["**/node_modules/**"], absolute: true })) {
        try {
          const name = JSON.parse(readFileSync(manifest, "utf8")).name;
          if (name) packages.set(name, path.dirname(manifest));
        } catch {
        }
      }
      return packages;
    }
    if (existsSync(path.join(dir, ".git"))) return packages;
    const parent = path.dirname(dir);
    if (parent === dir) return packages;
    dir = parent;
  }
}
function workspacePatterns(dir) {
  const manifest = path.join(dir, "package.json");
  if (existsSync(manifest)) {
    try {
      const workspaces = JSON.parse(readFileSync(manifest, "utf8")).workspaces;
      const list = Array.isArray(workspaces) ? workspaces : workspaces?.packages;
      if (list && list.length > 0) return list;
    } catch {
    }
  }
  const pnpm = path.join(dir, "pnpm-workspace.yaml");
  if (existsSync(pnpm)) {
    const patterns = [];
    for (const line of readFileSync(pnpm, "utf8").split(/\r?\n/)) {
      const item = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
      if (item && !item[1].startsWith("!")) patterns.push(item[1].trim());
    }
    return patterns;
  }
  return [];
}
const SOURCE_EXTENSIONS = [".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs"];
function resolveFile(base) {
  const stem = base.replace(/\.[mc]?js$/, "");
  const candidates = [base, ...SOURCE_EXTENSIONS.map((e) => stem + e), ...SOURCE_EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && !/\.d\.[mc]?ts$/.test(c) && statSync(c).isFile());
}
function packageEntry(dir, subpath) {
  let manifest = {};
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  } catch {
  }
  const key = subpath ? `.${subpath}` : ".";
  const targets = [];
  const collect = (value) => {
    if (typeof value === "string") targets.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      for (const condition of ["source", "types", "import", "require", "node", "default"]) collect(value[condition]);
    }
  };
  const exports = manifest.exports;
  if (typeof exports === "string" || Array.isArray(exports)) {
    if (!subpath) collect(exports);
  } else if (exports && typeof exports === "object") {
    const map = exports;
    if (Object.keys(map).some((k) => k.startsWith("."))) collect(map[key]);
    else if (!subpath) collect(map);
  }
  if (!subpath) {
    for (const field of [manifest.module, manifest.main]) if (typeof field === "string") targets.push(field);
  }
  if (subpath) targets.push(`.${subpath}`, `./src${subpath}`);
  else targets.push("./src/index", "./index");
  for (const target of targets) {
    const file = path.resolve(dir, target);
    const sourceTwin = file.replace(/([\\/])(dist|build|lib|out)([\\/])/, "$1src$3").replace(/\.d(\.[mc]?ts)$/, "$1");
    const found = resolveFile(file.replace(/\.d(\.[mc]?ts)$/, "$1")) ?? resolveFile(sourceTwin);
    if (found) return found;
  }
  return void 0;
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}

function needsTypeScript(tasks) {
  return tasks.some((t) => isCodeMigrationPath(t.path));
}
function runReadTask(task, cwd, config, cache) {
  if (task.refused !== void 0) return { path: task.path, error: task.refused };
  let text;
  try {
    text = task.content ?? readRegularFile(path.resolve(cwd, task.path), (config.readLimits ?? DEFAULT_READ_LIMITS).maxFileBytes);
  } catch (error) {
    const reason = error.code ?? (error instanceof Error ? error.message : String(error));
    return { path: task.path, error: reason };
  }
  const input = { path: task.path, text, version: task.version, setId: task.setId, setTool: task.setTool };
  if (task.hasDown !== void 0) input.hasDown = task.hasDown;
  if (task.downOf !== void 0) input.downOf = task.downOf;
  try {
    const code = isCodeMigrationPath(task.path);
    const cached = code ? void 0 : cache?.get(task, text);
    if (cached) return { migration: cached };
    const migration = readMigration(input, config, code ? { resolver: importResolverFor(cwd) } : {});
    if (!code) cache?.set(task, text, migration);
    return { migration };
  } catch (error) {
    const stack = error instanceof Error ? error.stack : void 0;
    return { path: task.path, error: describeError(error), internal: stack ? { stack } : {} };
  }
}

export { needsTypeScript as n, runReadTask as r };
