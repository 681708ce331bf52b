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
export declare const DEFAULT_READ_LIMITS: ReadLimits;
/** Why a file was not read: what the user sees in the finding (after "Not read: "). */
export type RefusalKind = "outside" | "dangling" | "loop" | "special" | "too-large" | "run-limit" | "missing";
export interface Refusal {
    kind: RefusalKind;
    reason: string;
}
export type FileCheck = {
    ok: true;
    size: number;
} | ({
    ok: false;
} & Refusal);
/** `"10MB"`, `"512kb"`, `"1.5 GB"` or a number of bytes → bytes; undefined when it is none of these. */
export declare function parseSize(value: string | number): number | undefined;
/** 16777216 → "16 MB": sizes in messages, in the units a user writes them in. */
export declare function formatSize(bytes: number): string;
/**
 * Checks files before they are read, and keeps the run's total. Files are admitted in the order
 * they will be read, so the run limit cuts the same files on every run.
 */
export declare class ReadGuard {
    readonly limits: ReadLimits;
    private readonly roots;
    private total;
    constructor(roots: readonly string[], limits?: ReadLimits);
    /** Whether `file` may be read: a regular file inside a root, within the per-file limit. */
    check(file: string): FileCheck;
    private readonly folders;
    private realFolder;
    private isInside;
    /** check(), then counts the file against the run's limit. */
    admit(file: string): FileCheck;
    /** Counts content that is already in memory (a staged file) against both limits. */
    admitText(text: string): FileCheck;
    private count;
}
/**
 * The entries of `dir` that a file search passes over without a word: symbolic links, FIFOs,
 * sockets and devices (names, not followed or opened).
 */
export declare function irregularEntries(dir: string): string[];
/** An error from readRegularFile: `code` as Node's (ENOENT, ...) or what the checks found. */
export declare class UnsafeReadError extends Error {
    readonly code: string;
    constructor(code: string, message: string);
}
/**
 * Reads a file that was checked, guarding the gap between the check and the read: it is opened
 * without blocking (a FIFO swapped in cannot hang the run), must still be a regular file within
 * the limit, and is read up to that limit only.
 */
export declare function readRegularFile(file: string, maxBytes?: number): string;
