// Node module hooks (registered with module.register) that let a TypeScript config and the rule
// files it imports load on Node versions without type stripping. They transpile each .ts/.mts
// file of the user's project with the `typescript` package the project itself has installed, so
// migration-guard carries no compiler of its own. Plain JS: the hooks thread cannot load TS.
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const TYPESCRIPT_FILE = /\.m?ts$/;
/** Specifiers TS sources use for each other: `./x.js` (NodeNext), `./x` (bundler resolution). */
const JS_EXTENSION = /\.(m?)js$/;

let ts;

export async function initialize(data) {
  const loaded = await import(pathToFileURL(data.typescript).href);
  ts = loaded.default ?? loaded;
}

function isUserTypeScript(url) {
  return url.startsWith("file:") && TYPESCRIPT_FILE.test(new URL(url).pathname) && !url.includes("/node_modules/");
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const fromTypeScript = context.parentURL && isUserTypeScript(context.parentURL);
    const relative = specifier.startsWith("./") || specifier.startsWith("../");
    if (!fromTypeScript || !relative) throw error;
    const candidates = JS_EXTENSION.test(specifier)
      ? [specifier.replace(JS_EXTENSION, ".$1ts")]
      : [`${specifier}.ts`, `${specifier}.mts`, `${specifier}/index.ts`];
    for (const candidate of candidates) {
      try {
        return await nextResolve(candidate, context);
      } catch {
        // try the next form
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (!isUserTypeScript(url)) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const source = await readFile(file, "utf8");
  const output = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      inlineSourceMap: true,
      inlineSources: true,
    },
    reportDiagnostics: true,
  });
  // The transpiler recovers from a syntax error by guessing, and the guess is not what the user
  // wrote (`rules: { a: "off",, b: 1` reads as other keys): a config with one is not loaded.
  const problem = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error && d.file && d.start !== undefined);
  if (problem) {
    const { line, character } = problem.file.getLineAndCharacterOfPosition(problem.start);
    throw new SyntaxError(`${file}:${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(problem.messageText, " ")}`);
  }
  return { format: "module", source: output.outputText, shortCircuit: true };
}
