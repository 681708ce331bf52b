import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const created: string[] = [];
// Registered when a test file imports this module, so it runs after that file's tests.
afterAll(() => created.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A project directory in the system's temp dir with the given files (path → content), removed
 * after the test file's tests. Real paths: macOS's /tmp is a symlink, git reports real paths.
 */
export function tempProject(files: Record<string, string> = {}, from?: string): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "migration-guard-test-")));
  created.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
