import { existsSync } from "node:fs";
import { createRequire, register } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConfigError } from "./schema.js";

const TYPESCRIPT_FILE = /\.[cm]?ts$/;

let typescriptHooks: "registered" | "native" | undefined;

/**
 * Imports a config or plugin module of the user's project. This is the one place migration-guard
 * runs user code: the config the user points it at, and the plugins that config names.
 */
export async function importUserModule(file: string, purpose: string): Promise<Record<string, unknown>> {
  if (TYPESCRIPT_FILE.test(file)) enableTypeScript(file, purpose);
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Could not load ${purpose} ${file}: ${detail}`, { cause: error });
  }
}

/**
 * Makes `.ts`/`.mts` files importable. Node 20 cannot strip types, so module hooks transpile the
 * config and every local file it imports (`./rule.js` → `./rule.ts` included) with a TypeScript
 * compiler: the project's own when it has one (the version its code is written for), else the one
 * migration-guard ships beside its bundle to read TS migrations and models (`typescript.cjs`,
 * loaded only here and there, never on a plain JSON run). Without either (running from source),
 * Node's own type stripping (22.18+, 23.6+) is the fallback.
 */
function enableTypeScript(file: string, purpose: string): void {
  if (typescriptHooks) return;
  const shipped = fileURLToPath(new URL("./typescript.cjs", import.meta.url));
  const compiler = resolveFrom(path.dirname(file), "typescript") ?? (existsSync(shipped) ? shipped : undefined);
  const hooks = new URL("./typescript-hooks.mjs", import.meta.url);
  if (compiler && typeof register === "function" && existsSync(hooks)) {
    register(hooks, { data: { typescript: compiler } });
    typescriptHooks = "registered";
    return;
  }
  if ((process.features as { typescript?: string | false }).typescript) {
    typescriptHooks = "native";
    return;
  }
  throw new ConfigError(
    `Cannot load ${purpose} ${file}: TypeScript needs the \`typescript\` package in your project (npm install --save-dev typescript) ` +
      `or Node 22.18+ (which strips types itself); Node ${process.versions.node} has neither. Or write it as .mjs or .json.`,
  );
}

/** Resolves a package the way the user's project would, from `dir`. */
export function resolveFrom(dir: string, request: string): string | undefined {
  try {
    return createRequire(path.join(dir, "noop.js")).resolve(request);
  } catch {
    return undefined;
  }
}
