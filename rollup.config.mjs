// Bundles the CLI (dist/cli.js), the Action (dist/index.js) and the public API (dist/lib.js) as ESM
// with every dependency inside, so the Action runs from a checkout and `npx` installs one package.
import { copyFileSync, cpSync, mkdirSync, rmSync } from "node:fs";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import esbuild from "rollup-plugin-esbuild";

// libpg-query's Emscripten loader is CommonJS that finds its .wasm through __dirname: it stays a
// separate .cjs file beside the bundle instead of being rewritten into ESM.
const PG_LOADER = /libpg-query[\\/]wasm[\\/]libpg-query\.js$/;

// The TypeScript compiler (loaded on demand to read TS/JS models) is CommonJS that needs
// __filename: it ships beside the bundle as typescript.cjs, like the parser's loader.
const TYPESCRIPT = "typescript";

// PGlite (the embedded Postgres of `verify`) finds its .wasm, .data and contrib bundles next to
// its own entry file: it ships as-is in dist/pglite/ and is imported from there, by its worker only.

// Tests that run the built CLI build into a temporary directory, leaving the checked-in dist/ alone.
const DIST = process.env.MIGRATION_GUARD_DIST ?? "dist";

function copyAssets() {
  return {
    name: "copy-assets",
    buildStart() {
      rmSync(DIST, { recursive: true, force: true });
    },
    writeBundle() {
      mkdirSync(DIST, { recursive: true });
      copyFileSync("node_modules/libpg-query/wasm/libpg-query.js", `${DIST}/libpg-query.cjs`);
      copyFileSync("node_modules/libpg-query/wasm/libpg-query.wasm", `${DIST}/libpg-query.wasm`);
      copyFileSync("node_modules/typescript/lib/typescript.js", `${DIST}/typescript.cjs`);
      // Node module hooks load from a file URL in a thread of their own: they ship as a file beside the bundle.
      copyFileSync("src/config/typescript-hooks.mjs", `${DIST}/typescript-hooks.mjs`);
      copyFileSync("src/verify/pglite-worker.mjs", `${DIST}/pglite-worker.mjs`);
      cpSync("node_modules/@electric-sql/pglite/dist", `${DIST}/pglite`, {
        recursive: true,
        filter: (source) => !/\.map$|\.d\.c?ts$|\.cjs$/.test(source) && !/[\\/](live|worker|node-postgres|contrib)([\\/]|$)/.test(source.slice(source.indexOf("pglite/dist") + 11)),
      });
      copyFileSync("node_modules/@electric-sql/pglite/package.json", `${DIST}/pglite/package.json`);
    },
  };
}

export default {
  input: {
    cli: "src/cli/bin.ts",
    lib: "src/index.ts",
    testing: "src/testing/index.ts",
    index: "src/github/main.ts",
    "read-worker": "src/parallel/read-worker.ts",
  },
  output: {
    dir: DIST,
    format: "es",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    generatedCode: "es2015",
    paths: (id) => (PG_LOADER.test(id) ? "./libpg-query.cjs" : id === TYPESCRIPT ? "./typescript.cjs" : id),
  },
  external: (id) => PG_LOADER.test(id) || id === TYPESCRIPT,
  plugins: [
    copyAssets(),
    nodeResolve({ preferBuiltins: true, exportConditions: ["node", "import", "default"] }),
    // pg's optional native binding (pg-native) is never used: the pure-JS client is.
    commonjs({ ignore: ["pg-native"] }),
    json(),
    esbuild({ target: "node20", tsconfig: "tsconfig.json", loaders: { ".ts": "ts" } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === "CIRCULAR_DEPENDENCY" && warning.ids?.some((id) => id.includes("node_modules"))) return;
    // TypeScript's downlevel helpers in @actions/* test `this` at module level, which ESM leaves undefined: harmless.
    if (warning.code === "THIS_IS_UNDEFINED" && warning.id?.includes("node_modules")) return;
    warn(warning);
  },
};
