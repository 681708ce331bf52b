import fs from "node:fs";
import type { FileSystemAdapter } from "tinyglobby";

/**
 * The file search (tinyglobby, fdir) passes over a folder it cannot list without a word: a
 * migrations folder the CI user may not read would pass as "no problems". Its searches go through
 * this adapter, which remembers each such folder and why, for the run to report.
 */
const unlisted = new Map<string, string>();

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
};

function remember(dir: string, error: NodeJS.ErrnoException | null): void {
  // A folder removed while the search ran is simply gone; anything else hides files.
  if (!error || error.code === "ENOENT" || error.code === "ENOTDIR") return;
  unlisted.set(dir.replace(/[\\/]+$/, ""), REASONS[error.code ?? ""] ?? error.code ?? error.message);
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void;

/** The whole file system interface fdir uses (it takes an adapter in place of node:fs, not merged with it). */
export const listingFs: FileSystemAdapter = {
  realpath: fs.realpath,
  realpathSync: fs.realpathSync,
  stat: fs.stat,
  statSync: fs.statSync,
  readdir: ((dir: string, options: { withFileTypes: true }, callback: ReaddirCallback) =>
    fs.readdir(dir, options, (error, entries) => {
      remember(dir, error);
      callback(error, entries);
    })) as unknown as FileSystemAdapter["readdir"],
  readdirSync: ((dir: string, options: { withFileTypes: true }) => {
    try {
      return fs.readdirSync(dir, options);
    } catch (error) {
      remember(dir, error as NodeJS.ErrnoException);
      throw error;
    }
  }) as unknown as FileSystemAdapter["readdirSync"],
};

/** The folders the searches since the last call could not list (absolute paths), with the reason. */
export function takeUnlistedFolders(): Map<string, string> {
  const taken = new Map(unlisted);
  unlisted.clear();
  return taken;
}
