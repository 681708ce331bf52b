import path from "node:path";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/config/types.js";
import { verify, type VerifyResult } from "../../src/verify/verify.js";

export const VERIFY_FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/verify");

/** Runs `verify` in-process on a project directory, as the command does. */
export function verifyProject(cwd: string, options: { paths?: string[]; config?: Partial<ResolvedConfig>; databaseUrl?: string } = {}): Promise<VerifyResult> {
  const config: ResolvedConfig = { ...DEFAULT_CONFIG, rootDir: cwd, ...options.config };
  return verify({ cwd, paths: options.paths ?? [], config, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) });
}

/** The trace entries of one file, as `line: locks | rewrites`, for readable assertions. */
export function traceOf(result: VerifyResult, file: string): string[] {
  return result.trace
    .filter((t) => t.file === file)
    .map((t) => {
      if (t.notReplayed) return `${t.line}: not replayed (${t.notReplayed})`;
      if (t.error) return `${t.line}: ${t.error.code ?? ""} ${t.error.message}`;
      return `${t.line}: ${[...t.locks.map((l) => `${l.mode} ${l.table}`), ...t.rewrites.map((r) => `rewrite ${r}`)].join(", ")}`;
    });
}
