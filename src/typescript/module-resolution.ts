import { existsSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import type * as TS from "typescript";
import { globSync } from "tinyglobby";
import { isMigrationDirectory } from "../discover/conventions.js";
import type { ImportResolver, ResolvedImport } from "./app-dependencies.js";
import { typescriptApi, type TypeScriptApi } from "./compiler.js";

const BUILTINS = new Set(builtinModules);

/**
 * Resolves the imports of migrations the way TypeScript does for the project: the nearest
 * tsconfig.json (or jsconfig.json) with its `paths`, `baseUrl` and `extends`, then
 * `ts.resolveModuleName`. Bare imports that name a package of the repository's workspace
 * (npm/yarn `workspaces`, pnpm-workspace.yaml) are app code even when not installed.
 * This is the edge of the pipeline: it reads the file system, nothing else does.
 */
export class TsImportResolver implements ImportResolver {
  private readonly configs = new Map<string, TS.CompilerOptions>();
  private readonly cache: TS.ModuleResolutionCache;
  private workspace: Map<string, string> | undefined;

  constructor(
    private readonly ts: TypeScriptApi,
    /** The directory migration paths are relative to. */
    private readonly cwd: string,
  ) {
    this.cache = ts.createModuleResolutionCache(cwd, (f) => f);
  }

  resolve(specifier: string, migrationPath: string): ResolvedImport {
    const ts = this.ts;
    if (specifier.startsWith("node:") || BUILTINS.has(specifier.split("/")[0]!)) return { kind: "builtin" };
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
        const pkg = relative ? undefined : this.workspacePackage(specifier);
        return pkg ? { kind: "workspace", packageName: pkg, path: toPosix(path.relative(this.cwd, real)) } : { kind: "app", path: toPosix(path.relative(this.cwd, real)) };
      }
      const pkg = this.workspacePackage(specifier);
      return pkg ? { kind: "workspace", packageName: pkg } : { kind: "package", packageName: packageName(specifier) };
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

  readMigrationsModule(specifier: string, fromPath: string): { path: string; text: string } | undefined {
    const resolved = this.resolve(specifier, fromPath);
    if (resolved.kind !== "migrations" || /\.d\.[mc]?ts$/.test(resolved.path)) return undefined;
    try {
      return { path: path.relative(this.cwd, resolved.path), text: readFileSync(resolved.path, "utf8") };
    } catch {
      return undefined;
    }
  }

  /**
   * The text of a module of a workspace package (a monorepo's shared constants), to read its
   * constants like a helper's: resolved as TypeScript does when the package is linked, otherwise
   * from its package.json (`exports`, `module`, `main`, then `src/index`), its built output mapped
   * back to the sources when only those exist. A relative import inside such a package stays in it.
   */
  readWorkspaceModule(specifier: string, fromPath: string): { path: string; text: string } | undefined {
    this.workspace ??= readWorkspace(this.cwd);
    const from = path.resolve(this.cwd, fromPath);
    let file: string | undefined;
    if (specifier.startsWith(".")) {
      // Only a workspace module's own imports: a migration's relative imports outside its folder are app code.
      if (isMigrationDirectory(path.basename(migrationsTree(from)))) return undefined;
      const owner = [...this.workspace.values()].find((dir) => isInside(from, dir));
      const target = owner ? resolveFile(path.resolve(path.dirname(from), specifier)) : undefined;
      file = target && owner && isInside(target, owner) ? target : undefined;
    } else {
      const resolved = this.resolve(specifier, fromPath);
      if (resolved.kind !== "workspace") return undefined;
      const linked = resolved.path ? path.resolve(this.cwd, resolved.path) : undefined;
      file = linked && !/\.d\.[mc]?ts$/.test(linked) ? linked : packageEntry(this.workspace.get(resolved.packageName)!, specifier.slice(resolved.packageName.length));
    }
    if (!file) return undefined;
    try {
      return { path: toPosix(path.relative(this.cwd, file)), text: readFileSync(file, "utf8") };
    } catch {
      return undefined;
    }
  }

  private optionsFor(dir: string): TS.CompilerOptions {
    const configFile = findUp(dir, ["tsconfig.json", "jsconfig.json"]);
    const key = configFile ?? "";
    let options = this.configs.get(key);
    if (!options) {
      options = { ...this.readConfig(configFile), allowJs: true };
      const kind = options.moduleResolution;
      const ts = this.ts;
      if (kind === undefined || kind === ts.ModuleResolutionKind.Classic) options.moduleResolution = ts.ModuleResolutionKind.Bundler;
      if (options.moduleResolution === ts.ModuleResolutionKind.Bundler && options.module === undefined) options.module = ts.ModuleKind.ESNext;
      this.configs.set(key, options);
    }
    return options;
  }

  private readConfig(configFile: string | undefined): TS.CompilerOptions {
    const ts = this.ts;
    if (!configFile) return {};
    const read = ts.readConfigFile(configFile, ts.sys.readFile);
    if (read.error || !read.config) return {};
    return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configFile), undefined, configFile).options;
  }

  /** The workspace package an import names, if the repository is a workspace. */
  private workspacePackage(specifier: string): string | undefined {
    this.workspace ??= readWorkspace(this.cwd);
    const name = packageName(specifier);
    return this.workspace.has(name) ? name : undefined;
  }
}

const resolvers = new Map<string, TsImportResolver>();

/** One resolver per working directory, sharing its tsconfig and resolution caches across files. */
export function importResolverFor(cwd: string): TsImportResolver {
  let resolver = resolvers.get(cwd);
  if (!resolver) {
    resolver = new TsImportResolver(typescriptApi(), cwd);
    resolvers.set(cwd, resolver);
  }
  return resolver;
}

/** The migrations folder a file belongs to: its nearest ancestor named like one, else its own folder. */
export function migrationsTree(file: string): string {
  let dir = path.dirname(file);
  for (;;) {
    if (isMigrationDirectory(path.basename(dir))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(file);
    dir = parent;
  }
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

function findUp(dir: string, names: string[]): string | undefined {
  let current = dir;
  for (;;) {
    for (const name of names) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(path.join(current, ".git"))) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function matchesPathAlias(specifier: string, options: TS.CompilerOptions): boolean {
  for (const pattern of Object.keys(options.paths ?? {})) {
    const star = pattern.indexOf("*");
    if (star < 0 ? specifier === pattern : specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1))) return true;
  }
  return false;
}

/** Package name → directory of every package in the repository's workspace. */
function readWorkspace(cwd: string): Map<string, string> {
  const packages = new Map<string, string>();
  let dir = cwd;
  for (;;) {
    const patterns = workspacePatterns(dir);
    if (patterns.length > 0) {
      for (const manifest of globSync(patterns.map((p) => `${p.replace(/\/$/, "")}/package.json`), { cwd: dir, ignore: ["**/node_modules/**"], absolute: true })) {
        try {
          const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
          if (name) packages.set(name, path.dirname(manifest));
        } catch {
          // An unreadable manifest names no package.
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

function workspacePatterns(dir: string): string[] {
  const manifest = path.join(dir, "package.json");
  if (existsSync(manifest)) {
    try {
      const workspaces = (JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: string[] | { packages?: string[] } }).workspaces;
      const list = Array.isArray(workspaces) ? workspaces : workspaces?.packages;
      if (list && list.length > 0) return list;
    } catch {
      // Not JSON: no workspace declared here.
    }
  }
  const pnpm = path.join(dir, "pnpm-workspace.yaml");
  if (existsSync(pnpm)) {
    const patterns: string[] = [];
    for (const line of readFileSync(pnpm, "utf8").split(/\r?\n/)) {
      const item = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
      if (item && !item[1]!.startsWith("!")) patterns.push(item[1]!.trim());
    }
    return patterns;
  }
  return [];
}

const SOURCE_EXTENSIONS = [".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs"];

/** A file as an import names it: as is, with a source extension, or a directory's index. */
function resolveFile(base: string): string | undefined {
  const stem = base.replace(/\.[mc]?js$/, "");
  const candidates = [base, ...SOURCE_EXTENSIONS.map((e) => stem + e), ...SOURCE_EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && !/\.d\.[mc]?ts$/.test(c) && statSync(c).isFile());
}

/** The source file a workspace package's entry (or `subpath`, e.g. `/constants`) names. */
function packageEntry(dir: string, subpath: string): string | undefined {
  let manifest: { exports?: unknown; module?: unknown; main?: unknown } = {};
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as typeof manifest;
  } catch {
    // Without a readable manifest only the conventional entries are tried.
  }
  const key = subpath ? `.${subpath}` : ".";
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") targets.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      for (const condition of ["source", "types", "import", "require", "node", "default"]) collect((value as Record<string, unknown>)[condition]);
    }
  };
  const exports = manifest.exports;
  if (typeof exports === "string" || Array.isArray(exports)) {
    if (!subpath) collect(exports);
  } else if (exports && typeof exports === "object") {
    const map = exports as Record<string, unknown>;
    if (Object.keys(map).some((k) => k.startsWith("."))) collect(map[key]);
    else if (!subpath) collect(map);
  }
  if (!subpath) for (const field of [manifest.module, manifest.main]) if (typeof field === "string") targets.push(field);
  if (subpath) targets.push(`.${subpath}`, `./src${subpath}`);
  else targets.push("./src/index", "./index");
  for (const target of targets) {
    const file = path.resolve(dir, target);
    // Built output that is not there yet (an unbuilt TS package): its source under src/.
    const sourceTwin = file.replace(/([\\/])(dist|build|lib|out)([\\/])/, "$1src$3").replace(/\.d(\.[mc]?ts)$/, "$1");
    const found = resolveFile(file.replace(/\.d(\.[mc]?ts)$/, "$1")) ?? resolveFile(sourceTwin);
    if (found) return found;
  }
  return undefined;
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
