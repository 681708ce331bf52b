import path from "node:path";
import { firstChangedLine, type BaseMigration, type MigrationChange, type MigrationHistory } from "../core/history.js";
import { isConventionalMigration, setMembership } from "./conventions.js";
import { contentAt, filesAt, type ChangedFile } from "./git.js";
import { findRepository } from "./git-process.js";
import { readRegularFile, ReadGuard } from "../safe-read.js";
import { comparePaths, compareVersions, versionOf } from "./versions.js";

/** A migration file's set and version, from its path. */
function describe(file: string): { setDir: string; version: string } {
  const { setDir, versionName } = setMembership(file);
  return { setDir, version: versionOf(versionName) };
}

/**
 * What the change set does to each migration set's history: the base's migrations per set, and
 * the migration files added, modified, renamed or deleted since the base. Keyed by set directory.
 */
export async function historySince(
  cwd: string,
  baseCommit: string,
  changed: readonly ChangedFile[],
  isMigration: (file: string) => boolean = isConventionalMigration,
): Promise<Map<string, MigrationHistory>> {
  const base = new Map<string, BaseMigration[]>();
  for (const file of await filesAt(cwd, baseCommit)) {
    if (file.startsWith("../") || !isMigration(file)) continue;
    const { setDir, version } = describe(file);
    const list = base.get(setDir);
    if (list) list.push({ path: file, version });
    else base.set(setDir, [{ path: file, version }]);
  }
  for (const list of base.values()) list.sort((a, b) => compareVersions(a.version, b.version) || comparePaths(a.path, b.path));
  const changes = new Map<string, MigrationChange[]>();
  const add = (change: MigrationChange) => {
    const { setDir } = describe(change.path);
    const list = changes.get(setDir);
    if (list) list.push(change);
    else changes.set(setDir, [change]);
  };
  for (const file of changed) {
    const now = isMigration(file.path);
    const before = file.previousPath !== undefined && isMigration(file.previousPath);
    if (file.status === "renamed" && before && now) {
      add({ path: file.path, status: "renamed", previousPath: file.previousPath!, version: describe(file.path).version });
    } else if (file.status === "renamed" && before) {
      add({ path: file.previousPath!, status: "deleted", version: describe(file.previousPath!).version });
    } else if (now && file.status === "modified") {
      const line = await changedLine(cwd, baseCommit, file.path);
      add({ path: file.path, status: "modified", version: describe(file.path).version, ...(line !== undefined ? { firstChangedLine: line } : {}) });
    } else if (now) {
      add({ path: file.path, status: file.status === "deleted" ? "deleted" : "added", version: describe(file.path).version });
    }
  }
  const histories = new Map<string, MigrationHistory>();
  for (const setDir of new Set([...base.keys(), ...changes.keys()])) {
    histories.set(setDir, { base: base.get(setDir) ?? [], changes: changes.get(setDir) ?? [] });
  }
  return histories;
}

async function changedLine(cwd: string, baseCommit: string, file: string): Promise<number | undefined> {
  const before = await contentAt(cwd, baseCommit, file);
  // The working tree's file is the pull request's: read only if it is a regular file inside the checkout.
  const absolute = path.resolve(cwd, file);
  const check = new ReadGuard([findRepository(cwd)?.root ?? cwd]).check(absolute);
  if (!check.ok) return undefined;
  let after: string;
  try {
    after = readRegularFile(absolute);
  } catch {
    return undefined;
  }
  return before === undefined ? undefined : firstChangedLine(before, after);
}
