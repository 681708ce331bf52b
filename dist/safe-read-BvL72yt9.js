import { lstatSync, realpathSync, statSync, readlinkSync, readdirSync, openSync, constants, fstatSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';

class UsageError extends Error {
  name = "UsageError";
}
function describeThrown(value) {
  if (value instanceof Error) return value.message || value.name;
  if (typeof value === "object" && value !== null) {
    const message = value.message;
    if (typeof message === "string" && message) return message;
    try {
      const json = JSON.stringify(value);
      if (json && json !== "{}") return json.length > 300 ? `${json.slice(0, 297)}...` : json;
    } catch {
    }
    return `a ${value.constructor?.name ?? "value"} without a message`;
  }
  return String(value);
}

const DEFAULT_READ_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxRunBytes: 256 * 1024 * 1024 };
const UNITS = { "": 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };
function parseSize(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  if (!match) return void 0;
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  return bytes > 0 ? bytes : void 0;
}
function formatSize(bytes) {
  for (const [unit, size] of [["GB", 1024 ** 3], ["MB", 1024 ** 2], ["KB", 1024]]) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
function within(file, root) {
  const relative = path.relative(root, file);
  return relative === "" || !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}
function realRoot(root) {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}
class ReadGuard {
  constructor(roots, limits = DEFAULT_READ_LIMITS) {
    this.limits = limits;
    this.roots = [...new Set(roots.map(realRoot))];
  }
  limits;
  roots;
  total = 0;
  /** Whether `file` may be read: a regular file inside a root, within the per-file limit. */
  check(file) {
    let link;
    try {
      link = lstatSync(file);
    } catch (error) {
      return { ok: false, kind: "missing", reason: `it cannot be read (${error.code ?? "error"})` };
    }
    let real;
    try {
      real = link.isSymbolicLink() ? realpathSync.native(file) : path.join(this.realFolder(path.dirname(file)), path.basename(file));
    } catch (error) {
      const target = link.isSymbolicLink() ? linkTarget(file) : void 0;
      if (target === void 0 || !this.isInside(path.resolve(path.dirname(file), target))) return outside(link);
      if (error.code === "ELOOP") return { ok: false, kind: "loop", reason: "it is a symbolic link that loops back on itself" };
      return { ok: false, kind: "dangling", reason: `it is a symbolic link to ${JSON.stringify(target)}, which does not exist` };
    }
    if (!this.isInside(real)) return outside(link);
    const stat = link.isSymbolicLink() ? statSync(real) : link;
    if (!stat.isFile()) return { ok: false, kind: "special", reason: `it is ${describeKind(stat)}, not a regular file` };
    if (stat.size > this.limits.maxFileBytes) return tooLarge(stat.size, this.limits.maxFileBytes);
    return { ok: true, size: stat.size };
  }
  folders = /* @__PURE__ */ new Map();
  realFolder(dir) {
    let real = this.folders.get(dir);
    if (real === void 0) {
      real = realpathSync.native(dir);
      this.folders.set(dir, real);
    }
    return real;
  }
  isInside(file) {
    return this.roots.some((root) => within(file, root));
  }
  /** check(), then counts the file against the run's limit. */
  admit(file) {
    const result = this.check(file);
    return result.ok ? this.count(result.size) : result;
  }
  /** Counts content that is already in memory (a staged file) against both limits. */
  admitText(text) {
    const size = Buffer.byteLength(text, "utf8");
    return size > this.limits.maxFileBytes ? tooLarge(size, this.limits.maxFileBytes) : this.count(size);
  }
  count(size) {
    if (this.total + size > this.limits.maxRunBytes) {
      return { ok: false, kind: "run-limit", reason: `the run already read ${formatSize(this.total)} and the limit for one run is ${formatSize(this.limits.maxRunBytes)} (raise it with max-total-size, or maxTotalSize in the config)` };
    }
    this.total += size;
    return { ok: true, size };
  }
}
function outside(link) {
  return { ok: false, kind: "outside", reason: `it ${link.isSymbolicLink() ? "is a symbolic link" : "lies in a linked folder"} that leads outside the repository` };
}
function tooLarge(size, max) {
  return { ok: false, kind: "too-large", reason: `it is ${formatSize(size)}, over the limit of ${formatSize(max)} per file (raise it with max-file-size, or maxFileSize in the config)` };
}
function linkTarget(file) {
  try {
    return readlinkSync(file);
  } catch {
    return void 0;
  }
}
function describeKind(stat) {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isDirectory()) return "a folder";
  return "a special file";
}
function irregularEntries(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.isFile() && !entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}
class UnsafeReadError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
}
function readRegularFile(file, maxBytes = DEFAULT_READ_LIMITS.maxFileBytes) {
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

export { DEFAULT_READ_LIMITS as D, ReadGuard as R, UsageError as U, describeThrown as d, irregularEntries as i, parseSize as p, readRegularFile as r };
