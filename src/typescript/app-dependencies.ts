import type * as TS from "typescript";
import type { AppDependency } from "../core/migration.js";
import type { LineIndex } from "../sql/positions.js";
import { flattenChain } from "./chains.js";
import type { TypeScriptApi } from "./compiler.js";
import type { MigrationShape } from "./entry-points.js";
import { compact } from "./extractor.js";
import { skipOuter, type StaticEvaluator } from "./static-values.js";

/** Where an import of a migration leads. */
export type ResolvedImport =
  /** A module inside the migration's own folder tree (a helper of the migrations). */
  | { kind: "migrations"; path: string }
  /** A module of the application: outside the migrations tree, in this repository. */
  | { kind: "app"; path: string }
  /** A package of this repository's workspace (monorepo). */
  | { kind: "workspace"; packageName: string; path?: string }
  /** A third-party package from the registry. */
  | { kind: "package"; packageName: string }
  | { kind: "builtin" };

/** Resolves a migration's imports (tsconfig `paths`/`baseUrl`, workspaces): implemented at the edge, where files are read. */
export interface ImportResolver {
  resolve(specifier: string, migrationPath: string): ResolvedImport;
  /** The text of an imported module when it is a helper inside the migrations folder, to read its constants. */
  readMigrationsModule?(specifier: string, fromPath: string): { path: string; text: string } | undefined;
  /** The text of a module of one of the repository's workspace packages, to read its constants. */
  readWorkspaceModule?(specifier: string, fromPath: string): { path: string; text: string } | undefined;
}

export interface ImportInfo {
  module: string;
  node: TS.Node;
  typeOnly: boolean;
  /** Local names the import binds. */
  names: string[];
}

/** Packages that talk to other systems: what a migration does through them is not part of the database's history. */
const EXTERNAL_SYSTEMS: [RegExp, string][] = [
  [/^(ioredis|redis|@redis\/client|@upstash\/redis)$/, "a Redis client"],
  [/^(axios|node-fetch|got|superagent|undici|request|request-promise|request-promise-native|ky|cross-fetch|isomorphic-fetch|needle|phin)$/, "an HTTP client"],
  [/^(amqplib|amqp-connection-manager|kafkajs|bull|bullmq|bee-queue|nats|mqtt|rhea|sqs-consumer|@google-cloud\/pubsub|@azure\/service-bus)$/, "a message queue client"],
  [/^(@aws-sdk\/|aws-sdk$|@google-cloud\/|@azure\/|firebase-admin$|googleapis$)/, "a cloud SDK"],
  [/^(stripe|twilio|@sendgrid\/mail|nodemailer|@slack\/web-api|algoliasearch|@elastic\/elasticsearch|@opensearch-project\/opensearch|mongodb|mongoose|typesense|meilisearch)$/, "a client of another service"],
];

const PROCESS_MODULES = new Set(["child_process", "node:child_process"]);
const PROCESS_CALLS = new Set(["exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", "fork"]);
const SHELL_PACKAGES = new Set(["execa", "zx", "shelljs", "cross-spawn"]);

/** Entity manager and repository calls (TypeORM, MikroORM) that go through the app's entity metadata. */
const ENTITY_MANAGER_METHODS = new Set([
  "save",
  "insert",
  "update",
  "delete",
  "remove",
  "softDelete",
  "softRemove",
  "restore",
  "upsert",
  "find",
  "findOne",
  "findBy",
  "findOneBy",
  "findOneOrFail",
  "findOneByOrFail",
  "findAndCount",
  "findAndCountBy",
  "count",
  "countBy",
  "exists",
  "existsBy",
  "increment",
  "decrement",
  "preload",
  "merge",
  "create",
  "clear",
  "persist",
  "persistAndFlush",
  "flush",
  "nativeInsert",
  "nativeUpdate",
  "nativeDelete",
  "findAll",
]);

/** Model (active record) class methods of TypeORM, Sequelize, Objection, Mongoose-style ORMs. */
const MODEL_METHODS = new Set([
  ...ENTITY_MANAGER_METHODS,
  "findByPk",
  "findOrCreate",
  "bulkCreate",
  "destroy",
  "query",
  "createQueryBuilder",
  "sum",
  "max",
  "min",
  "aggregate",
  "where",
  "getRepository",
]);

const REPOSITORY_CALLS = new Set(["getRepository", "getTreeRepository", "getMongoRepository", "getCustomRepository", "withRepository"]);
const GLOBAL_ORM_CALLS = new Set(["getRepository", "getTreeRepository", "getCustomRepository", "getManager", "getConnection", "getMongoRepository"]);
const CONTAINER_PACKAGES = new Set(["typedi", "tsyringe", "inversify", "@nestjs/core", "awilix"]);

/**
 * What a migration depends on outside the database's history: application modules it imports,
 * ORM APIs bound to the app's entities and models, clients of other systems, and app scripts it
 * runs. Import resolution is the resolver's (it reads tsconfig); this only reads the syntax.
 */
export function findAppDependencies(
  ts: TypeScriptApi,
  sf: TS.SourceFile,
  lines: LineIndex,
  evaluator: StaticEvaluator,
  imports: readonly ImportInfo[],
  shape: MigrationShape,
  resolver: ImportResolver | undefined,
): AppDependency[] {
  const found: AppDependency[] = [];
  const span = (node: TS.Node) => {
    const from = lines.position(node.getStart(sf));
    const to = lines.position(node.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  const downFunctions = shape.entries.filter((e) => e.direction === "down").map((e) => e.fn);
  const directionOf = (node: TS.Node): "up" | "down" => {
    for (let n: TS.Node | undefined = node; n; n = n.parent) if (downFunctions.includes(n as TS.FunctionLikeDeclaration)) return "down";
    return "up";
  };
  const add = (node: TS.Node, kind: AppDependency["kind"], name: string, detail: string) => {
    found.push({ span: span(node), kind, name, detail, direction: directionOf(node) });
  };

  const appNames = new Map<string, string>();
  const containerNames = new Set<string>();
  const processNames = new Set<string>();
  const processNamespaces = new Set<string>();
  for (const imp of imports) {
    if (imp.typeOnly) continue;
    if (PROCESS_MODULES.has(imp.module)) {
      for (const name of imp.names) (PROCESS_CALLS.has(name) ? processNames : processNamespaces).add(name);
      continue;
    }
    if (SHELL_PACKAGES.has(packageOf(imp.module))) {
      for (const name of imp.names) processNames.add(name);
      continue;
    }
    if (CONTAINER_PACKAGES.has(packageOf(imp.module))) {
      for (const name of imp.names) containerNames.add(name);
      continue;
    }
    const external = EXTERNAL_SYSTEMS.find(([pattern]) => pattern.test(imp.module));
    if (external) {
      add(imp.node, "network-client", imp.module, external[1]);
      continue;
    }
    const resolved = resolver?.resolve(imp.module, sf.fileName) ?? fallbackResolution(imp.module);
    if (resolved.kind !== "app" && resolved.kind !== "workspace") continue;
    const usedNames = imp.names.filter((n) => usedAsValue(ts, sf, n, imp.node));
    if (imp.names.length > 0 && usedNames.length === 0) continue;
    for (const n of imp.names) appNames.set(n, imp.module);
    const where = resolved.kind === "workspace" ? `a package of this repository (\`${resolved.packageName}\`)` : describeAppModule(resolved.path);
    add(imp.node, "import", imp.module, where);
  }

  // A call reported as a whole (`Container.get(X).run()`) also covers the calls of its chain.
  const covered = new Set<TS.Node>();
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && !covered.has(node)) {
      const before = found.length;
      inspectCall(node);
      if (found.length > before) for (const link of flattenChain(ts, sf, node).links) if (link.call) covered.add(link.call);
    }
    ts.forEachChild(node, visit);
  };
  const inspectCall = (call: TS.CallExpression) => {
    const callee = skipOuter(ts, call.expression);
    let shortText: string | undefined;
    const text = () => (shortText ??= compact(call.getText(sf), 60));
    if (ts.isIdentifier(callee)) {
      const name = callee.text;
      if (processNames.has(name)) return add(call, "process", commandOf(call) ?? text(), "runs a program while the migration runs");
      if (name === "fetch" && evaluator.bindingOf(callee).kind === "other") return add(call, "network-client", text(), "calls another system over HTTP");
      if (GLOBAL_ORM_CALLS.has(name) && importedFrom(evaluator, callee, /^typeorm$/)) {
        return add(call, "orm-data-api", text(), "goes through the application's TypeORM entities and data source");
      }
      return;
    }
    if (call.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    const chain = flattenChain(ts, sf, call);
    const last = chain.links[chain.links.length - 1];
    if (!last) return;
    const root = chain.root;
    const rootName = ts.isIdentifier(root) ? root.text : root.kind === ts.SyntaxKind.ThisKeyword ? "this" : undefined;
    if (rootName && processNamespaces.has(rootName) && PROCESS_CALLS.has(last.name)) {
      return add(call, "process", commandOf(call) ?? text(), "runs a program while the migration runs");
    }
    if (ts.isCallExpression(root) && ts.isIdentifier(root.expression) && root.expression.text === "require") {
      const arg = root.arguments[0];
      if (arg && ts.isStringLiteralLike(arg) && PROCESS_MODULES.has(arg.text) && PROCESS_CALLS.has(last.name)) {
        return add(call, "process", commandOf(call) ?? text(), "runs a program while the migration runs");
      }
    }
    if (rootName && containerNames.has(rootName)) return add(call, "orm-data-api", text(), "takes services from the application's dependency-injection container");
    if (rootName === "this" && last.name === "getEntityManager") {
      return add(call, "orm-data-api", text(), "reads and writes through the application's MikroORM entities");
    }
    if (REPOSITORY_CALLS.has(last.name)) return add(call, "orm-data-api", text(), "goes through the application's entity metadata");
    const names = chain.links.map((l) => l.name);
    const managerAt = names.indexOf("manager");
    if (managerAt >= 0 && managerAt === chain.links.length - 2 && ENTITY_MANAGER_METHODS.has(last.name) && chain.links[managerAt]!.call === undefined) {
      return add(call, "orm-data-api", text(), "goes through the application's entity metadata");
    }
    if (names.includes("models") && MODEL_METHODS.has(last.name)) return add(call, "orm-data-api", text(), "uses the application's Sequelize models");
    if (rootName && appNames.has(rootName) && MODEL_METHODS.has(last.name) && chain.links.every((l, i) => i === chain.links.length - 1 || !l.call)) {
      return add(call, "orm-data-api", text(), `uses the application's model from \`${appNames.get(rootName)}\``);
    }
  };
  visit(sf);
  return found;
}

function packageOf(module: string): string {
  const parts = module.split("/");
  return module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** Without a resolver (no file system): relative imports leaving the folder are app code, bare ones packages. */
function fallbackResolution(module: string): ResolvedImport {
  if (module.startsWith("node:")) return { kind: "builtin" };
  if (module.startsWith("../")) return { kind: "app", path: module };
  if (module.startsWith(".")) return { kind: "migrations", path: module };
  return { kind: "package", packageName: packageOf(module) };
}

/** What kind of application module a path is, for the message. */
export function describeAppModule(path: string): string {
  const lower = path.toLowerCase();
  const segments = lower.split(/[/\\]/);
  const has = (pattern: RegExp) => segments.some((s) => pattern.test(s));
  if (has(/^entit(y|ies)$/) || /\.entity\.[cm]?[jt]s$/.test(lower)) return "an entity of the application";
  if (has(/^models?$/) || /\.model\.[cm]?[jt]s$/.test(lower)) return "a model of the application";
  if (has(/^repositor(y|ies)$/) || /\.repository\.[cm]?[jt]s$/.test(lower)) return "a repository of the application";
  if (has(/^services?$/) || /\.service\.[cm]?[jt]s$/.test(lower)) return "a service of the application";
  if (has(/^(config|configs|configuration|settings)$/) || /(^|[/.-])(config|configuration|settings)\.[cm]?[jt]s$/.test(lower)) return "the application's configuration";
  if (has(/^(container|di|ioc|inversify)$/) || /(container|inversify\.config)\.[cm]?[jt]s$/.test(lower)) return "the application's dependency-injection container";
  if (/data-?source\.[cm]?[jt]s$/.test(lower) || /ormconfig/.test(lower)) return "the application's data source";
  return "an application module";
}

/** True when an imported name is used as a value, not only in type positions (TypeScript drops those imports). */
function usedAsValue(ts: TypeScriptApi, sf: TS.SourceFile, name: string, importNode: TS.Node): boolean {
  let used = false;
  const visit = (node: TS.Node): void => {
    if (used || node === importNode) return;
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword) return;
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent;
      const isDeclarationName = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyAssignment(parent)) && parent.name === node;
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (!isDeclarationName && !isMemberName) used = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return used;
}

function importedFrom(evaluator: StaticEvaluator, id: TS.Identifier, module: RegExp): boolean {
  const binding = evaluator.bindingOf(id);
  return binding.kind === "import" && module.test(binding.module);
}

/** `execSync('node scripts/x.js')` → `node scripts/x.js`. */
function commandOf(call: TS.CallExpression): string | undefined {
  const arg = call.arguments[0];
  if (!arg) return undefined;
  const text = arg.getText().replace(/^['"`]|['"`]$/g, "");
  const args = call.arguments[1];
  const rest = args && args.getText().startsWith("[") ? ` ${args.getText().slice(1, -1).replace(/['"`,]/g, "").replace(/\s+/g, " ").trim()}` : "";
  return compact(`${text}${rest}`, 60);
}
