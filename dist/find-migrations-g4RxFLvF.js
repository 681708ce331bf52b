import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { g as glob } from './index-B-QiK_jm.js';
import { c as isConventionalMigration, f as isMigrationDirectory, i as isCodeMigrationPath, l as looksLikeCodeMigration, s as setMembership, e as detectSetTool, I as IGNORED_DIRECTORIES } from './conventions-DA_MIM4p.js';
import { v as versionOf, c as compareVersions, a as comparePaths } from './versions-D7ZM_S-n.js';

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);
function toPosix(p) {
  return p.split(path.sep).join("/");
}
async function findMigrationSets(cwd, root = cwd, options = {}) {
  const absoluteRoot = path.resolve(cwd, root);
  const found = await glob("**/*.{sql,ts,mts,cts,js,mjs,cjs}", {
    cwd: absoluteRoot,
    ignore: [...IGNORE_GLOBS, ...options.ignore ?? []],
    dot: false,
    followSymbolicLinks: false
  });
  const relative = found.map((f) => toPosix(path.relative(cwd, path.join(absoluteRoot, f))));
  let files = relative.filter(isConventionalMigration);
  const insideMigrationsFolder = isMigrationDirectory(path.basename(absoluteRoot));
  if (files.length === 0 && (options.explicit || insideMigrationsFolder)) {
    files = relative.filter(
      (f) => isCodeMigrationPath(f) ? looksLikeCodeMigration(readText(path.resolve(cwd, f))) : f.toLowerCase().endsWith(".sql") && !/\.down\.sql$|(^|\/)down\.sql$/i.test(f)
    );
  }
  return groupIntoSets(cwd, files);
}
function markDownFiles(cwd, files) {
  const sql = files.filter((f) => f.path.toLowerCase().endsWith(".sql"));
  const withDown = new Set(sql.filter((f) => downFileCandidates(f.path).some((c) => existsSync(path.resolve(cwd, c)))).map((f) => f.path));
  if (withDown.size === 0) return;
  for (const f of sql) f.hasDown = withDown.has(f.path);
}
function downFileCandidates(file) {
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  if (/^(migration|up)\.sql$/i.test(base)) return [`${dir}/down.sql`];
  if (/\.up\.sql$/i.test(base)) return [file.replace(/\.up\.sql$/i, ".down.sql")];
  return [file.replace(/\.sql$/i, ".down.sql")];
}
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
function groupIntoSets(cwd, files) {
  const byDir = /* @__PURE__ */ new Map();
  for (const file of files) {
    const { setDir, versionName } = setMembership(file);
    const list = byDir.get(setDir) ?? [];
    list.push({ path: file, version: versionOf(versionName) });
    byDir.set(setDir, list);
  }
  const sets = [];
  for (const [dir, list] of byDir) {
    list.sort((a, b) => compareVersions(a.version, b.version) || comparePaths(a.path, b.path));
    markDownFiles(cwd, list);
    const absolute = path.resolve(cwd, dir);
    const tool = detectSetTool(
      dir,
      list.map((f) => f.path),
      existsSync(path.join(absolute, "meta", "_journal.json")),
      existsSync(path.join(absolute, "migration_lock.toml"))
    );
    sets.push({ dir, tool, files: list });
  }
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}

export { findMigrationSets as f, groupIntoSets as g, toPosix as t };
