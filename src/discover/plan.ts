import { existsSync, lstatSync, statSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { UsageError } from "../errors.js";
import type { MigrationHistory } from "../core/history.js";
import { findConfiguredSets, type MigrationLayout } from "./configured-sets.js";
import { detectSetTool, isConventionalDownFile, isConventionalMigration, setMembership } from "./conventions.js";
import { compareFileRefs, findMigrationSets, groupIntoSets, toPosix, type MigrationSetRef } from "./find-migrations.js";
import { compareVersions } from "./versions.js";
import { changedSince, GitError, mergeBase, stagedContent, stagedFiles, type ChangedFile } from "./git.js";
import type { ResolvedConfig } from "../config/types.js";
import { historySince } from "./history.js";

export interface PlannedFile {
  path: string;
  version: string;
  /** See MigrationFileRef.hasDown. */
  hasDown?: boolean;
  /** See MigrationFileRef.downOf: a down file, which is never history. */
  downOf?: string;
  /** Checked by the rules; otherwise history. */
  checked: boolean;
  /** Content to use instead of the working tree's (the staged content with `--staged`). */
  content?: string;
}

export interface PlannedSet extends Omit<MigrationSetRef, "files"> {
  files: PlannedFile[];
  /** The checked files ship together (see MigrationSetInput.together). */
  together: boolean;
  /** With `--base`: the set's migrations on the base and what the change set does to them. */
  history?: MigrationHistory;
}

/** Which migrations to check, what history each has, and what they are compared with. */
export interface LintPlan {
  sets: PlannedSet[];
  /** With `--base` (or a PR): the merge-base commit the change set is compared with. */
  baseCommit?: string;
  /** With `--staged`/`--base`: every changed file, migrations or not (for schema comparison, history hygiene). */
  changedFiles?: ChangedFile[];
}

export interface PlanRequest {
  cwd: string;
  paths: string[];
  staged?: boolean;
  base?: string;
  /**
   * The change set, already known (a pull request's file list from the API): planned like `base`
   * but without asking git what changed. Paths relative to `cwd`.
   */
  changedFiles?: ChangedFile[];
  /** With `changedFiles`: the commit they are compared with (a pull request's base), when available. */
  baseCommit?: string;
  /** Globs (relative to `rootDir`) of migrations never checked; they stay history. */
  ignore?: string[];
  /** Check only migrations whose version sorts after this one (a set's own `startAfter` wins). */
  startAfter?: string;
  /** Migration sets named by the config; without it, sets are found by convention. */
  layout?: MigrationLayout;
  /** The directory `ignore` globs are relative to (the config file's); default `cwd`. */
  rootDir?: string;
}

export async function planLint(request: PlanRequest): Promise<LintPlan> {
  const isIgnored = ignoreMatcher(request);
  const configured = request.layout ? await findConfiguredSets(request.cwd, request.layout) : undefined;
  let plan: LintPlan;
  if (request.changedFiles) plan = await planChangeSet(request, request.changedFiles, request.baseCommit, isIgnored, configured);
  else if (request.staged || request.base) plan = await planFromGit(request, isIgnored, configured);
  else if (request.paths.length === 0) plan = { sets: everyFileAlone(configured ?? (await findMigrationSets(request.cwd, request.cwd)), isIgnored) };
  else plan = { sets: await planPaths(request, isIgnored, configured) };
  for (const set of plan.sets) skipStartedBefore(set, set.startAfter ?? request.startAfter);
  return plan;
}

/** An ignored migration's down file is ignored with it. */
function ignored(file: { path: string; downOf?: string }, isIgnored: (p: string) => boolean): boolean {
  return isIgnored(file.path) || (file.downOf !== undefined && isIgnored(file.downOf));
}

/**
 * Whether a file is in the change set: a migration when it is, a down file when it or its up
 * file is (a pair is one migration, as a dbmate file with both sections is).
 */
function inChange(file: { path: string; downOf?: string }, changed: ReadonlySet<string>): boolean {
  return changed.has(file.path) || (file.downOf !== undefined && changed.has(file.downOf));
}

function ignoreMatcher(request: PlanRequest): (file: string) => boolean {
  if (!request.ignore?.length) return () => false;
  const matches = picomatch(request.ignore, { dot: true });
  const rootDir = request.rootDir ?? request.cwd;
  return (file) => matches(toPosix(path.relative(rootDir, path.resolve(request.cwd, file))));
}

/** Migrations at or before `startAfter` ran long ago: they are history, not checked. */
function skipStartedBefore(set: PlannedSet, startAfter: string | undefined): void {
  if (startAfter === undefined) return;
  for (const file of set.files) {
    if (file.checked && compareVersions(file.version, startAfter) <= 0) file.checked = false;
  }
}

async function planPaths(request: PlanRequest, isIgnored: (p: string) => boolean, configured: MigrationSetRef[] | undefined): Promise<PlannedSet[]> {
  const { cwd } = request;
  const configuredFiles = configured?.flatMap((s) => s.files.map((f) => f.path)) ?? [];
  const sets: PlannedSet[] = [];
  const namedFiles: string[] = [];
  const configuredInDirs = new Set<string>();
  const configuredNamed = new Set<string>();
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
  if (namedFiles.length > 0) sets.push(...(await setsAround(cwd, namedFiles, isIgnored)));
  return mergeSets(sets);
}

function isWithin(file: string, dir: string): boolean {
  return dir === "" || dir === "." || file === dir || file.startsWith(`${dir}/`);
}

/** The configured sets that hold a file of `checked`, with their other files as history. */
function selectFrom(
  configured: MigrationSetRef[],
  checked: ReadonlySet<string>,
  together: boolean,
  isIgnored: (p: string) => boolean,
  contents?: Map<string, string>,
): PlannedSet[] {
  return configured
    .filter((set) => set.files.some((f) => checked.has(f.path)))
    .map((set) => ({
      ...set,
      together,
      files: set.files.map((f) => {
        const content = contents?.get(f.path);
        return { ...f, checked: inChange(f, checked) && !ignored(f, isIgnored), ...(content !== undefined ? { content } : {}) };
      }),
    }));
}

function statKind(absolute: string, given: string): "file" | "directory" {
  try {
    return statSync(absolute).isDirectory() ? "directory" : "file";
  } catch {
    // A dangling or looping link exists: it is planned, and reported as not read.
    if (lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) return "file";
    throw new UsageError(`No such file or directory: ${given}`);
  }
}

/** Linting a folder: each migration is checked on its own against the ones before it. */
function everyFileAlone(sets: MigrationSetRef[], isIgnored: (p: string) => boolean): PlannedSet[] {
  return sets.map((set) => ({
    ...set,
    together: false,
    files: set.files.map((f) => ({ ...f, checked: !ignored(f, isIgnored) })),
  }));
}

/**
 * The sets of explicitly named files, with the other files of each set as history. A named file
 * outside any conventional folder forms a set of its own directory.
 */
async function setsAround(cwd: string, files: string[], isIgnored: (p: string) => boolean, contents?: Map<string, string>): Promise<PlannedSet[]> {
  const setDirs = new Set(files.map((f) => setMembership(f).setDir));
  const sets: MigrationSetRef[] = [];
  for (const dir of setDirs) {
    const found = (await findMigrationSets(cwd, dir, { explicit: true })).filter((s) => s.dir === dir);
    const known = new Set(found.flatMap((s) => s.files.map((f) => f.path)));
    const missing = files.filter((f) => setMembership(f).setDir === dir && !known.has(f));
    sets.push(...(missing.length > 0 ? mergeRefs(found, groupIntoSets(cwd, missing)) : found));
  }
  const named = new Set(files);
  return sets.map((set) => ({
    ...set,
    together: true,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: inChange(f, named) && !ignored(f, isIgnored), ...(content !== undefined ? { content } : {}) };
    }),
  }));
}

async function planFromGit(request: PlanRequest, isIgnored: (p: string) => boolean, configured: MigrationSetRef[] | undefined): Promise<LintPlan> {
  const { cwd } = request;
  const baseCommit = request.base ? await mergeBase(cwd, request.base) : undefined;
  const changed = baseCommit ? await changedSince(cwd, baseCommit) : await stagedFiles(cwd);
  return planChangeSet(request, changed, baseCommit, isIgnored, configured);
}

/**
 * The changed migrations are checked together; the rest of their sets is history. Paths given
 * alongside (lint-staged and pre-commit pass the staged files they matched) narrow the change to them.
 */
async function planChangeSet(
  request: PlanRequest,
  changed: ChangedFile[],
  baseCommit: string | undefined,
  isIgnored: (p: string) => boolean,
  configured: MigrationSetRef[] | undefined,
): Promise<LintPlan> {
  const { cwd } = request;
  const restrictTo = request.paths.map((p) => toPosix(path.relative(cwd, path.resolve(cwd, p))));
  const within = (file: string) => restrictTo.length === 0 || restrictTo.some((r) => isWithin(file, r));
  const configuredFiles = configured ? new Set(configured.flatMap((s) => s.files.map((f) => f.path))) : undefined;
  const isMigration = (file: string) => (configuredFiles ? configuredFiles.has(file) : isConventionalMigration(file) || isConventionalDownFile(file));
  const migrations = changed.filter((f) => f.status !== "deleted" && isMigration(f.path) && within(f.path)).map((f) => f.path);
  const contents = new Map<string, string>();
  if (request.staged) {
    for (const file of migrations) contents.set(file, await stagedContent(cwd, file));
  }
  const sets = configured
    ? selectFrom(configured, new Set(migrations), true, isIgnored, contents)
    : await setsAround(cwd, migrations, isIgnored, contents);
  if (request.staged) await stagedDownFiles(cwd, sets);
  if (baseCommit) await attachHistory(cwd, baseCommit, changed, sets, (f) => within(f) && !isIgnored(f), configured);
  return { sets, changedFiles: changed, ...(baseCommit ? { baseCommit } : {}) };
}

/**
 * A down file checked because its up file is staged is read as staged too; one git does not track
 * (not added yet) is read from the working tree.
 */
async function stagedDownFiles(cwd: string, sets: PlannedSet[]): Promise<void> {
  for (const file of sets.flatMap((s) => s.files)) {
    if (!file.checked || file.downOf === undefined || file.content !== undefined) continue;
    try {
      file.content = await stagedContent(cwd, file.path);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
}

/**
 * Gives each set its history on the base. A set whose only change is a deleted migration gets
 * planned too (its remaining files as history), so the deletion is seen.
 */
async function attachHistory(
  cwd: string,
  baseCommit: string,
  changed: readonly ChangedFile[],
  sets: PlannedSet[],
  relevant: (file: string) => boolean,
  configured: MigrationSetRef[] | undefined,
): Promise<void> {
  let histories: Map<string, MigrationHistory>;
  try {
    histories = await historySince(cwd, baseCommit, changed);
  } catch (error) {
    // A base the caller names but git cannot read (no repository, a commit not fetched): the
    // checks that compare with the base are skipped, as when no base is known.
    if (error instanceof GitError) return;
    throw error;
  }
  for (const [dir, history] of histories) {
    const changes = history.changes.filter((c) => relevant(c.path));
    let set = sets.find((s) => s.dir === dir);
    if (!set) {
      if (changes.length === 0) continue;
      const absolute = path.resolve(cwd, dir);
      const found =
        configured?.find((s) => s.dir === dir) ??
        (existsSync(absolute) ? (await findMigrationSets(cwd, dir, { explicit: true })).find((s) => s.dir === dir) : undefined);
      set = {
        dir,
        tool: found?.tool ?? detectSetTool(dir, [], existsSync(path.join(absolute, "meta", "_journal.json")), existsSync(path.join(absolute, "migration_lock.toml"))),
        files: (found?.files ?? []).map((f) => ({ ...f, checked: false })),
        together: true,
      };
      sets.push(set);
    }
    set.history = { base: history.base, changes };
  }
  sets.sort((a, b) => a.dir.localeCompare(b.dir));
}

function mergeRefs(a: MigrationSetRef[], b: MigrationSetRef[]): MigrationSetRef[] {
  const byDir = new Map<string, { set: MigrationSetRef; paths: Set<string> }>();
  for (const set of [...a, ...b]) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, { set: { ...set, files: [...set.files] }, paths: new Set(set.files.map((f) => f.path)) });
      continue;
    }
    // Compared with the files before this set's: a path twice in one set stays twice, as it came.
    const added = set.files.filter((f) => !existing.paths.has(f.path));
    existing.set.files.push(...added);
    for (const f of added) existing.paths.add(f.path);
  }
  const merged = [...byDir.values()].map((entry) => entry.set);
  for (const set of merged) set.files.sort(compareFileRefs);
  return merged;
}

/**
 * Two path arguments can name the same set: check the union, once. Folders are planned before
 * named files, so the first set of a directory is the folder's (each migration on its own), and
 * naming one of its files as well does not turn the folder into a change set that ships together.
 */
function mergeSets(sets: PlannedSet[]): PlannedSet[] {
  const byDir = new Map<string, PlannedSet>();
  // Each merged set's files by path (the first file of a path, as a linear search would find).
  const filesOf = new Map<string, Map<string, PlannedSet["files"][number]>>();
  for (const set of sets) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, set);
      continue;
    }
    let byPath = filesOf.get(set.dir);
    if (!byPath) {
      byPath = new Map();
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

/** What a run asks of discovery: its paths or change set, and what the config says about sets. */
export interface RunScope {
  cwd: string;
  paths?: string[];
  staged?: boolean;
  base?: string;
  changedFiles?: ChangedFile[];
  baseCommit?: string;
}

/** The plan of a run with this config: the one place `lint` and `verify` turn a request into a PlanRequest. */
export function planRun(scope: RunScope, config: ResolvedConfig): Promise<LintPlan> {
  const { cwd } = scope;
  return planLint({
    cwd,
    paths: scope.paths ?? [],
    ...(scope.staged ? { staged: true } : {}),
    ...(scope.base ? { base: scope.base } : {}),
    ...(scope.changedFiles ? { changedFiles: scope.changedFiles } : {}),
    ...(scope.baseCommit ? { baseCommit: scope.baseCommit } : {}),
    ignore: config.ignore,
    ...(config.startAfter !== undefined ? { startAfter: config.startAfter } : {}),
    ...(config.rootDir ? { rootDir: config.rootDir } : {}),
    ...(config.migrations ? { layout: { rootDir: config.rootDir ?? cwd, sets: config.migrations } } : {}),
  });
}
