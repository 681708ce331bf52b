import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away project directory, removed after the test. */
export function tempProject(files: Record<string, string> = {}): { dir: string; write(files: Record<string, string>): void; git(...args: string[]): string } {
  const dir = mkdtempSync(path.join(tmpdir(), "migration-guard-"));
  created.push(dir);
  const write = (more: Record<string, string>) => {
    for (const [file, text] of Object.entries(more)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  };
  write(files);
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
    });
  return { dir, write, git };
}

/** A temp project that is a git repository with one commit on `main`. */
export function tempRepo(files: Record<string, string>) {
  const project = tempProject(files);
  project.git("init", "-q", "-b", "main");
  project.git("add", "-A");
  project.git("commit", "-q", "-m", "base");
  return project;
}
