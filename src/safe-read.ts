import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";

/**
 * Reading what a repository (a pull request, a cloned project) puts on disk, without being led
 * out of it. A migration can be a symbolic link to any file on the runner, a FIFO that blocks
 * the first `read`, a device, or a file of gigabytes: each is refused before it is opened, with a
 * reason that becomes a finding on that file. Only regular files whose real path lies inside one
 * of the allowed roots (the checkout) are read, and only up to the size limits.
 */

/** How much a run reads: per file, and in all (migrations and their history). */
export interface ReadLimits {
  maxFileBytes: number;
  maxRunBytes: number;
}

/**
 * 10 MB is far above any hand-written migration (the largest of the real corpus are a few hundred
 * KB) and below what the parser survives (a 15 MB file of DDL exhausts it); 256 MB in all is fifty
 * times a 4,000-migration repository.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 10 * 1024 * 1024, maxRunBytes: 256 * 1024 * 1024 };

/** Why a file was not read: what the user sees in the finding (after "Not read: "). */
export type RefusalKind = "outside" | "dangling" | "loop" | "special" | "too-large" | "run-limit" | "missing";

export interface Refusal {
  kind: RefusalKind;
  reason: string;
}

export type FileCheck = { ok: true; size: number } | ({ ok: false } & Refusal);

const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** `"10MB"`, `"512kb"`, `"1.5 GB"` or a number of bytes → bytes; undefined when it is none of these. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!);
  return bytes > 0 ? bytes : undefined;
}

/** 16777216 → "16 MB": sizes in messages, in the units a user writes them in. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [["GB", 1024 ** 3], ["MB", 1024 ** 2], ["KB", 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

function within(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

/**
 * Checks files before they are read, and keeps the run's total. Files are admitted in the order
 * they will be read, so the run limit cuts the same files on every run.
 */
export class ReadGuard {
  private readonly roots: string[];
  private total = 0;

  constructor(roots: readonly string[], readonly limits: ReadLimits = DEFAULT_READ_LIMITS) {
    this.roots = [...new Set(roots.map(realRoot))];
  }

  /** Whether `file` may be read: a regular file inside a root, within the per-file limit. */
  check(file: string): FileCheck {
    let link: Stats;
    try {
      link = lstatSync(file);
    } catch (error) {
      return { ok: false, kind: "missing", reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
    }
    let real: string;
    try {
      // A plain file's real path is its folder's plus its name: one lookup per folder, not per file.
      real = link.isSymbolicLink() ? realpathSync.native(file) : path.join(this.realFolder(path.dirname(file)), path.basename(file));
    } catch (error) {
      // A link that leads out is "outside" whether or not its target exists: the finding must not
      // tell a pull request which files exist on the runner.
      const target = link.isSymbolicLink() ? linkTarget(file) : undefined;
      if (target === undefined || !this.isInside(path.resolve(path.dirname(file), target))) return outside(link);
      if ((error as NodeJS.ErrnoException).code === "ELOOP") return { ok: false, kind: "loop", reason: "it is a symbolic link that loops back on itself" };
      return { ok: false, kind: "dangling", reason: `it is a symbolic link to ${JSON.stringify(target)}, which does not exist` };
    }
    if (!this.isInside(real)) return outside(link);
    const stat = link.isSymbolicLink() ? statSync(real) : link;
    if (!stat.isFile()) return { ok: false, kind: "special", reason: `it is ${describeKind(stat)}, not a regular file` };
    if (stat.size > this.limits.maxFileBytes) return tooLarge(stat.size, this.limits.maxFileBytes);
    return { ok: true, size: stat.size };
  }

  private readonly folders = new Map<string, string>();

  private realFolder(dir: string): string {
    let real = this.folders.get(dir);
    if (real === undefined) {
      real = realpathSync.native(dir);
      this.folders.set(dir, real);
    }
    return real;
  }

  private isInside(file: string): boolean {
    return this.roots.some((root) => within(file, root));
  }

  /** check(), then counts the file against the run's limit. */
  admit(file: string): FileCheck {
    const result = this.check(file);
    return result.ok ? this.count(result.size) : result;
  }

  /** Counts content that is already in memory (a staged file) against both limits. */
  admitText(text: string): FileCheck {
    const size = Buffer.byteLength(text, "utf8");
    return size > this.limits.maxFileBytes ? tooLarge(size, this.limits.maxFileBytes) : this.count(size);
  }

  private count(size: number): FileCheck {
    if (this.total + size > this.limits.maxRunBytes) {
      return { ok: false, kind: "run-limit", reason: `the run already read ${formatSize(this.total)} and the limit for one run is ${formatSize(this.limits.maxRunBytes)} (raise it with max-total-size, or maxTotalSize in the config)` };
    }
    this.total += size;
    return { ok: true, size };
  }
}

function outside(link: Stats): FileCheck {
  return { ok: false, kind: "outside", reason: `it ${link.isSymbolicLink() ? "is a symbolic link" : "lies in a linked folder"} that leads outside the repository` };
}

function tooLarge(size: number, max: number): FileCheck {
  return { ok: false, kind: "too-large", reason: `it is ${formatSize(size)}, over the limit of ${formatSize(max)} per file (raise it with max-file-size, or maxFileSize in the config)` };
}

/** Where a link points, as written in it (the repository's own text, never the target's). */
function linkTarget(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}

function describeKind(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isDirectory()) return "a folder";
  return "a special file";
}

/**
 * The entries of `dir` that a file search passes over without a word: symbolic links, FIFOs,
 * sockets and devices (names, not followed or opened).
 */
export function irregularEntries(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.isFile() && !entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** An error from readRegularFile: `code` as Node's (ENOENT, ...) or what the checks found. */
export class UnsafeReadError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Reads a file that was checked, guarding the gap between the check and the read: it is opened
 * without blocking (a FIFO swapped in cannot hang the run), must still be a regular file within
 * the limit, and is read up to that limit only.
 */
export function readRegularFile(file: string, maxBytes: number = DEFAULT_READ_LIMITS.maxFileBytes): string {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnsafeReadError("ESPECIAL", `it is ${describeKind(stat)}, not a regular file`);
    if (stat.size > maxBytes) throw new UnsafeReadError("ETOOLARGE", `it is ${formatSize(stat.size)}, over the limit of ${formatSize(maxBytes)} per file`);
    const buffer = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString("utf8", 0, read);
  } finally {
    closeSync(fd);
  }
}
