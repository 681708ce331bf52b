import { statSync, existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { g as glob, p as picomatch } from './index-B-QiK_jm.js';
import { R as ReadGuard, r as readRegularFile, U as UsageError } from './safe-read-BvL72yt9.js';
import { t as toPosix, g as groupIntoSets, c as compareFileRefs, l as listingFs, f as findMigrationSets } from './find-migrations-sOKXtTZz.js';
import { b as isMigrationFileName, c as isDownFilePath, I as IGNORED_DIRECTORIES, e as isConventionalMigration, s as setMembership, f as isConventionalDownFile, g as detectSetTool } from './conventions-BOeyDc8W.js';
import { c as compareVersions, a as comparePaths, v as versionOf } from './versions-LHSCgUBv.js';
import { b as filesAt, e as contentAt, a as findRepository, s as stagedContent, m as mergeBase, c as changedSince, g as stagedFiles, G as GitError } from './git-Dd9ciqyI.js';

const REPOSITORY_URL = "https://github.com/migration-guard/migration-guard";
function ruleDocsUrl(ruleId, repositoryUrl = REPOSITORY_URL, ref = "main") {
  return `${repositoryUrl}/blob/${ref}/docs/rules/${ruleId}.md`;
}

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);
async function findConfiguredSets(cwd, layout) {
  const claimed = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  for (const entry of layout.sets) {
    const files = [];
    for (const pattern of entry.files) {
      const folder = isFolder(layout.rootDir, pattern);
      const found = await glob(folder ? `${pattern.replace(/\/+$/, "")}/**/*.{sql,ts,mts,cts,js,mjs,cjs}` : pattern, {
        cwd: layout.rootDir,
        ignore: IGNORE_GLOBS,
        dot: false,
        followSymbolicLinks: false,
        fs: listingFs
      });
      for (const f of folder ? found.filter((name) => isMigrationFileName(name) || isDownFilePath(name)) : found) {
        const file = toPosix(path.relative(cwd, path.resolve(layout.rootDir, f)));
        if (!claimed.has(file) && !files.includes(file)) files.push(file);
      }
    }
    for (const f of files) claimed.add(f);
    for (const set of groupIntoSets(cwd, files)) {
      const existing = byDir.get(set.dir);
      if (existing) {
        existing.files.push(...set.files);
        continue;
      }
      byDir.set(set.dir, {
        ...set,
        ...entry.tool ? { tool: entry.tool } : {},
        ...entry.startAfter !== void 0 ? { startAfter: entry.startAfter } : {},
        ...entry.dialect ? { dialect: entry.dialect } : {}
      });
    }
  }
  const sets = [...byDir.values()];
  for (const set of sets) set.files.sort(compareFileRefs);
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
function isFolder(rootDir, pattern) {
  if (picomatch.scan(pattern).isGlob) return false;
  try {
    return statSync(path.resolve(rootDir, pattern)).isDirectory();
  } catch {
    return false;
  }
}

function firstChangedLine(before, after) {
  if (before === after) return void 0;
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i + 1;
  if (a.length === b.length) return 1;
  return Math.min(n + 1, b.length);
}

function describe(file) {
  const { setDir, versionName } = setMembership(file);
  return { setDir, version: versionOf(versionName) };
}
async function historySince(cwd, baseCommit, changed, isMigration = isConventionalMigration) {
  const base = /* @__PURE__ */ new Map();
  for (const file of await filesAt(cwd, baseCommit)) {
    if (file.startsWith("../") || !isMigration(file)) continue;
    const { setDir, version } = describe(file);
    const list = base.get(setDir);
    if (list) list.push({ path: file, version });
    else base.set(setDir, [{ path: file, version }]);
  }
  for (const list of base.values()) list.sort((a, b) => compareVersions(a.version, b.version) || comparePaths(a.path, b.path));
  const changes = /* @__PURE__ */ new Map();
  const add = (change) => {
    const { setDir } = describe(change.path);
    const list = changes.get(setDir);
    if (list) list.push(change);
    else changes.set(setDir, [change]);
  };
  for (const file of changed) {
    const now = isMigration(file.path);
    const before = file.previousPath !== void 0 && isMigration(file.previousPath);
    if (file.status === "renamed" && before && now) {
      add({ path: file.path, status: "renamed", previousPath: file.previousPath, version: describe(file.path).version });
    } else if (file.status === "renamed" && before) {
      add({ path: file.previousPath, status: "deleted", version: describe(file.previousPath).version });
    } else if (now && file.status === "modified") {
      const line = await changedLine(cwd, baseCommit, file.path);
      add({ path: file.path, status: "modified", version: describe(file.path).version, ...line !== void 0 ? { firstChangedLine: line } : {} });
    } else if (now) {
      add({ path: file.path, status: file.status === "deleted" ? "deleted" : "added", version: describe(file.path).version });
    }
  }
  const histories = /* @__PURE__ */ new Map();
  for (const setDir of /* @__PURE__ */ new Set([...base.keys(), ...changes.keys()])) {
    histories.set(setDir, { base: base.get(setDir) ?? [], changes: changes.get(setDir) ?? [] });
  }
  return histories;
}
async function changedLine(cwd, baseCommit, file) {
  const before = await contentAt(cwd, baseCommit, file);
  const absolute = path.resolve(cwd, file);
  const check = new ReadGuard([findRepository(cwd)?.root ?? cwd]).check(absolute);
  if (!check.ok) return void 0;
  let after;
  try {
    after = readRegularFile(absolute);
  } catch {
    return void 0;
  }
  return before === void 0 ? void 0 : firstChangedLine(before, after);
}

async function planLint(request) {
  const isIgnored = ignoreMatcher(request);
  const configured = request.layout ? await findConfiguredSets(request.cwd, request.layout) : void 0;
  let plan;
  if (request.changedFiles) plan = await planChangeSet(request, request.changedFiles, request.baseCommit, isIgnored, configured);
  else if (request.staged || request.base) plan = await planFromGit(request, isIgnored, configured);
  else if (request.paths.length === 0) plan = { sets: everyFileAlone(configured ?? await findMigrationSets(request.cwd, request.cwd), isIgnored) };
  else plan = { sets: await planPaths(request, isIgnored, configured) };
  for (const set of plan.sets) skipStartedBefore(set, set.startAfter ?? request.startAfter);
  return plan;
}
function ignored(file, isIgnored) {
  return isIgnored(file.path) || file.downOf !== void 0 && isIgnored(file.downOf);
}
function inChange(file, changed) {
  return changed.has(file.path) || file.downOf !== void 0 && changed.has(file.downOf);
}
function ignoreMatcher(request) {
  if (!request.ignore?.length) return () => false;
  const matches = picomatch(request.ignore, { dot: true });
  const rootDir = request.rootDir ?? request.cwd;
  return (file) => matches(toPosix(path.relative(rootDir, path.resolve(request.cwd, file))));
}
function skipStartedBefore(set, startAfter) {
  if (startAfter === void 0) return;
  for (const file of set.files) {
    if (file.checked && compareVersions(file.version, startAfter) <= 0) file.checked = false;
  }
}
async function planPaths(request, isIgnored, configured) {
  const { cwd } = request;
  const configuredFiles = configured?.flatMap((s) => s.files.map((f) => f.path)) ?? [];
  const sets = [];
  const namedFiles = [];
  const configuredInDirs = /* @__PURE__ */ new Set();
  const configuredNamed = /* @__PURE__ */ new Set();
  for (const given of request.paths) {
    const absolute = path.resolve(cwd, given);
    const kind = statKind(absolute, given);
    const relative = toPosix(path.relative(cwd, absolute));
    if (kind === "directory") {
      const inside = configuredFiles.filter((f) => isWithin(f, relative));
      if (inside.length > 0) inside.forEach((f) => configuredInDirs.add(f));
      else sets.push(...everyFileAlone(await findMigrationSets(cwd, absolute, { explicit: true }), isIgnored));
    } else if (configuredFiles.includes(relative)) {
      configuredNamed.add(relative);
    } else {
      namedFiles.push(relative);
    }
  }
  if (configured && configuredInDirs.size > 0) sets.push(...selectFrom(configured, configuredInDirs, false, isIgnored));
  if (configured && configuredNamed.size > 0) sets.push(...selectFrom(configured, configuredNamed, true, isIgnored));
  if (namedFiles.length > 0) sets.push(...await setsAround(cwd, namedFiles, isIgnored));
  return mergeSets(sets);
}
function isWithin(file, dir) {
  return dir === "" || dir === "." || file === dir || file.startsWith(`${dir}/`);
}
function selectFrom(configured, checked, together, isIgnored, contents) {
  return configured.filter((set) => set.files.some((f) => checked.has(f.path))).map((set) => ({
    ...set,
    together,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: inChange(f, checked) && !ignored(f, isIgnored), ...content !== void 0 ? { content } : {} };
    })
  }));
}
function statKind(absolute, given) {
  try {
    return statSync(absolute).isDirectory() ? "directory" : "file";
  } catch {
    if (lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) return "file";
    throw new UsageError(`No such file or directory: ${given}`);
  }
}
function everyFileAlone(sets, isIgnored) {
  return sets.map((set) => ({
    ...set,
    together: false,
    files: set.files.map((f) => ({ ...f, checked: !ignored(f, isIgnored) }))
  }));
}
async function setsAround(cwd, files, isIgnored, contents) {
  const setDirs = new Set(files.map((f) => setMembership(f).setDir));
  const sets = [];
  for (const dir of setDirs) {
    const found = (await findMigrationSets(cwd, dir, { explicit: true })).filter((s) => s.dir === dir);
    const known = new Set(found.flatMap((s) => s.files.map((f) => f.path)));
    const missing = files.filter((f) => setMembership(f).setDir === dir && !known.has(f));
    sets.push(...missing.length > 0 ? mergeRefs(found, groupIntoSets(cwd, missing)) : found);
  }
  const named = new Set(files);
  return sets.map((set) => ({
    ...set,
    together: true,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: inChange(f, named) && !ignored(f, isIgnored), ...content !== void 0 ? { content } : {} };
    })
  }));
}
async function planFromGit(request, isIgnored, configured) {
  const { cwd } = request;
  const baseCommit = request.base ? await mergeBase(cwd, request.base) : void 0;
  const changed = baseCommit ? await changedSince(cwd, baseCommit) : await stagedFiles(cwd);
  return planChangeSet(request, changed, baseCommit, isIgnored, configured);
}
async function planChangeSet(request, changed, baseCommit, isIgnored, configured) {
  const { cwd } = request;
  const restrictTo = request.paths.map((p) => toPosix(path.relative(cwd, path.resolve(cwd, p))));
  const within = (file) => restrictTo.length === 0 || restrictTo.some((r) => isWithin(file, r));
  const configuredFiles = configured ? new Set(configured.flatMap((s) => s.files.map((f) => f.path))) : void 0;
  const isMigration = (file) => configuredFiles ? configuredFiles.has(file) : isConventionalMigration(file) || isConventionalDownFile(file);
  const migrations = changed.filter((f) => f.status !== "deleted" && isMigration(f.path) && within(f.path)).map((f) => f.path);
  const contents = /* @__PURE__ */ new Map();
  if (request.staged) {
    for (const file of migrations) contents.set(file, await stagedContent(cwd, file));
  }
  const sets = configured ? selectFrom(configured, new Set(migrations), true, isIgnored, contents) : await setsAround(cwd, migrations, isIgnored, contents);
  if (request.staged) await stagedDownFiles(cwd, sets);
  if (baseCommit) await attachHistory(cwd, baseCommit, changed, sets, (f) => within(f) && !isIgnored(f), configured);
  return { sets, changedFiles: changed, ...baseCommit ? { baseCommit } : {} };
}
async function stagedDownFiles(cwd, sets) {
  for (const file of sets.flatMap((s) => s.files)) {
    if (!file.checked || file.downOf === void 0 || file.content !== void 0) continue;
    try {
      file.content = await stagedContent(cwd, file.path);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
}
async function attachHistory(cwd, baseCommit, changed, sets, relevant, configured) {
  let histories;
  try {
    histories = await historySince(cwd, baseCommit, changed);
  } catch (error) {
    if (error instanceof GitError) return;
    throw error;
  }
  for (const [dir, history] of histories) {
    const changes = history.changes.filter((c) => relevant(c.path));
    let set = sets.find((s) => s.dir === dir);
    if (!set) {
      if (changes.length === 0) continue;
      const absolute = path.resolve(cwd, dir);
      const found = configured?.find((s) => s.dir === dir) ?? (existsSync(absolute) ? (await findMigrationSets(cwd, dir, { explicit: true })).find((s) => s.dir === dir) : void 0);
      set = {
        dir,
        tool: found?.tool ?? detectSetTool(dir, [], existsSync(path.join(absolute, "meta", "_journal.json")), existsSync(path.join(absolute, "migration_lock.toml"))),
        files: (found?.files ?? []).map((f) => ({ ...f, checked: false })),
        together: true
      };
      sets.push(set);
    }
    set.history = { base: history.base, changes };
  }
  sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
function mergeRefs(a, b) {
  const byDir = /* @__PURE__ */ new Map();
  for (const set of [...a, ...b]) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, { set: { ...set, files: [...set.files] }, paths: new Set(set.files.map((f) => f.path)) });
      continue;
    }
    const added = set.files.filter((f) => !existing.paths.has(f.path));
    existing.set.files.push(...added);
    for (const f of added) existing.paths.add(f.path);
  }
  const merged = [...byDir.values()].map((entry) => entry.set);
  for (const set of merged) set.files.sort(compareFileRefs);
  return merged;
}
function mergeSets(sets) {
  const byDir = /* @__PURE__ */ new Map();
  const filesOf = /* @__PURE__ */ new Map();
  for (const set of sets) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, set);
      continue;
    }
    let byPath = filesOf.get(set.dir);
    if (!byPath) {
      byPath = /* @__PURE__ */ new Map();
      for (const f of existing.files) if (!byPath.has(f.path)) byPath.set(f.path, f);
      filesOf.set(set.dir, byPath);
    }
    for (const file of set.files) {
      const same = byPath.get(file.path);
      if (same) same.checked ||= file.checked;
      else {
        existing.files.push(file);
        byPath.set(file.path, file);
      }
    }
  }
  return [...byDir.values()];
}
function planRun(scope, config) {
  const { cwd } = scope;
  return planLint({
    cwd,
    paths: scope.paths ?? [],
    ...scope.staged ? { staged: true } : {},
    ...scope.base ? { base: scope.base } : {},
    ...scope.changedFiles ? { changedFiles: scope.changedFiles } : {},
    ...scope.baseCommit ? { baseCommit: scope.baseCommit } : {},
    ignore: config.ignore,
    ...config.startAfter !== void 0 ? { startAfter: config.startAfter } : {},
    ...config.rootDir ? { rootDir: config.rootDir } : {},
    ...config.migrations ? { layout: { rootDir: config.rootDir ?? cwd, sets: config.migrations } } : {}
  });
}

export { REPOSITORY_URL as R, planRun as p, ruleDocsUrl as r };
