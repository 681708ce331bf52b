import { existsSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';

const CONFIG_FILE_NAMES = [
  "migration-guard.config.ts",
  "migration-guard.config.mts",
  "migration-guard.config.js",
  "migration-guard.config.mjs",
  "migration-guard.config.cjs",
  "migration-guard.config.json",
  ".migration-guardrc.json"
];
const PACKAGE_JSON_KEY = "migrationGuard";
function findConfig(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    const found = configIn(dir);
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function configIn(dir) {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(dir, name);
    if (isFile(file)) return { file, kind: name.endsWith(".json") ? "json" : "module" };
  }
  const packageJson = path.join(dir, "package.json");
  if (isFile(packageJson) && hasConfigKey(packageJson)) return { file: packageJson, kind: "package-json" };
  return void 0;
}
function locateConfig(file) {
  const base = path.basename(file);
  if (base === "package.json") return { file, kind: "package-json" };
  return { file, kind: base.endsWith(".json") ? "json" : "module" };
}
function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}
function hasConfigKey(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  try {
    const data = JSON.parse(text);
    return typeof data === "object" && data !== null && PACKAGE_JSON_KEY in data;
  } catch {
    return text.includes(`"${PACKAGE_JSON_KEY}"`);
  }
}

export { CONFIG_FILE_NAMES as C, PACKAGE_JSON_KEY as P, findConfig as f, locateConfig as l };
