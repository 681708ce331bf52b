import fs, { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { g as glob } from './index-B-QiK_jm.js';
import { f as folderDatabase } from './databases-YdsN_1qF.js';
import { e as isConventionalMigration, f as isConventionalDownFile, h as isMigrationDirectory, i as isCodeMigrationPath, l as looksLikeCodeMigration, c as isDownFilePath, s as setMembership, u as upFileCandidates, g as detectSetTool, I as IGNORED_DIRECTORIES } from './conventions-BOeyDc8W.js';
import { v as versionOf, c as compareVersions, a as comparePaths } from './versions-LHSCgUBv.js';

const unlisted = /* @__PURE__ */ new Map();
const REASONS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files"
};
function remember(dir, error) {
  if (!error || error.code === "ENOENT" || error.code === "ENOTDIR") return;
  unlisted.set(dir.replace(/[\\/]+$/, ""), REASONS[error.code ?? ""] ?? error.code ?? error.message);
}
const listingFs = {
  realpath: fs.realpath,
  realpathSync: fs.realpathSync,
  stat: fs.stat,
  statSync: fs.statSync,
  readdir: ((dir, options, callback) => fs.readdir(dir, options, (error, entries) => {
    remember(dir, error);
    callback(error, entries);
  })),
  readdirSync: ((dir, options) => {
    try {
      return fs.readdirSync(dir, options);
    } catch (error) {
      remember(dir, error);
      throw error;
    }
  })
};
function takeUnlistedFolders() {
  const taken = new Map(unlisted);
  unlisted.clear();
  return taken;
}

function isDownFile(file) {
  return file.downOf !== void 0;
}
function migrationFiles(files) {
  return files.filter((f) => !isDownFile(f));
}
function compareFileRefs(a, b) {
  return compareVersions(a.version, b.version) || comparePaths(a.downOf ?? a.path, b.downOf ?? b.path) || Number(isDownFile(a)) - Number(isDownFile(b)) || comparePaths(a.path, b.path);
}
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
    followSymbolicLinks: false,
    fs: listingFs
  });
  const relative = found.map((f) => toPosix(path.relative(cwd, path.join(absoluteRoot, f))));
  let files = relative.filter(isConventionalMigration);
  let downFiles = relative.filter(isConventionalDownFile);
  const insideMigrationsFolder = isMigrationDirectory(path.basename(absoluteRoot));
  if (files.length === 0 && (options.explicit || insideMigrationsFolder)) {
    files = relative.filter(
      (f) => isCodeMigrationPath(f) ? looksLikeCodeMigration(readText(path.resolve(cwd, f))) : f.toLowerCase().endsWith(".sql") && !isDownFilePath(f)
    );
    downFiles = relative.filter(isDownFilePath);
  }
  return groupIntoSets(cwd, [...files, ...downFiles]);
}
function markDownFiles(cwd, files, unpaired) {
  const paired = /* @__PURE__ */ new Set();
  const sql = files.filter((f) => f.path.toLowerCase().endsWith(".sql"));
  const downOf = /* @__PURE__ */ new Map();
  for (const f of sql) {
    const down = downFileCandidates(f.path).find((c) => existsSync(path.resolve(cwd, c)));
    if (down !== void 0 && !paired.has(down)) {
      downOf.set(f, down);
      paired.add(down);
    }
  }
  for (const down of unpaired) {
    if (paired.has(down)) continue;
    const version = versionOf(setMembership(upFileCandidates(down)[0]).versionName);
    const up = onlyMigrationOfVersion(down, sql.filter((f) => f.version === version && !downOf.has(f)));
    if (!up) continue;
    downOf.set(up, down);
    paired.add(down);
  }
  if (downOf.size === 0) return paired;
  for (const f of sql) f.hasDown = downOf.has(f);
  for (const [up, down] of downOf) files.push({ path: down, version: up.version, downOf: up.path });
  return paired;
}
function onlyMigrationOfVersion(down, candidates) {
  const own = databaseTags(down);
  if (own.length > 0) {
    const same = candidates.filter((f) => databaseTags(f.path).join() === own.join());
    return same.length === 1 ? same[0] : void 0;
  }
  if (candidates.length <= 1) return candidates[0];
  const postgres = candidates.filter((f) => databaseTags(f.path).includes("postgresql"));
  if (postgres.length > 0) return postgres.length === 1 ? postgres[0] : void 0;
  const untagged = candidates.filter((f) => databaseTags(f.path).length === 0);
  return untagged.length === 1 ? untagged[0] : void 0;
}
function databaseTags(file) {
  return path.posix.basename(file).split(".").slice(1, -1).flatMap((part) => folderDatabase(part) ?? []);
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
  const add = (ref, file) => {
    const { setDir } = setMembership(file);
    const list = byDir.get(setDir) ?? [];
    list.push(ref);
    byDir.set(setDir, list);
  };
  const downFiles = new Set(files.filter(isDownFilePath));
  for (const file of files) {
    if (!downFiles.has(file)) add({ path: file, version: versionOf(setMembership(file).versionName) }, file);
  }
  const setOfDown = (down) => setMembership(upFileCandidates(down)[0]).setDir;
  for (const [dir, list] of byDir) {
    const unpaired = new Set([...downFiles].filter((down) => setOfDown(down) === dir));
    for (const down of markDownFiles(cwd, list, unpaired)) downFiles.delete(down);
  }
  for (const down of downFiles) {
    const up = upFileCandidates(down)[0];
    add({ path: down, version: versionOf(setMembership(up).versionName), downOf: up }, up);
  }
  const sets = [];
  for (const [dir, list] of byDir) {
    list.sort(compareFileRefs);
    const absolute = path.resolve(cwd, dir);
    const tool = detectSetTool(
      dir,
      migrationFiles(list).map((f) => f.path),
      existsSync(path.join(absolute, "meta", "_journal.json")),
      existsSync(path.join(absolute, "migration_lock.toml"))
    );
    sets.push({ dir, tool, files: list });
  }
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}

export { takeUnlistedFolders as a, compareFileRefs as c, findMigrationSets as f, groupIntoSets as g, listingFs as l, migrationFiles as m, toPosix as t };
