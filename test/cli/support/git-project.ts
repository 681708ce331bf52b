import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

/**
 * Builds the CLI the way a release does (`npm run build`) into a temporary directory, so the
 * checked-in dist/ is left alone. Returns the path of the built `cli.js`.
 */
export function buildCli(): { cli: string; dispose(): void } {
  const out = mkdtempSync(path.join(tmpdir(), "migration-guard-dist-"));
  execFileSync("npm", ["run", "build"], { cwd: ROOT, env: { ...process.env, MIGRATION_GUARD_DIST: out }, stdio: "pipe" });
  return { cli: path.join(out, "cli.js"), dispose: () => rmSync(out, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number;
  findings: { ruleId: string; severity: string; file: string; line: number; message: string }[];
  stderr: string;
}

/** A throwaway git repository with a `main` branch. */
export class GitProject {
  readonly dir = mkdtempSync(path.join(tmpdir(), "migration-guard-repo-"));

  constructor() {
    this.git("init", "-q", "-b", "main");
    this.git("config", "user.email", "dev@example.com");
    this.git("config", "user.name", "Dev");
    this.git("config", "commit.gpgsign", "false");
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, encoding: "utf8", stdio: "pipe" });
  }

  /** Copies a directory of this repository into the project, leaving out paths `skip` rejects. */
  copyFrom(source: string, skip: (relative: string) => boolean = () => false): void {
    const from = path.join(ROOT, source);
    cpSync(from, this.dir, { recursive: true, filter: (src) => !skip(path.relative(from, src).split(path.sep).join("/")) });
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), text);
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), "utf8");
  }

  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    if (after === before) throw new Error(`editing ${file} changed nothing`);
    this.write(file, after);
  }

  remove(file: string): void {
    rmSync(path.join(this.dir, file), { recursive: true });
  }

  commit(message: string): void {
    this.git("add", "-A");
    this.git("commit", "-q", "-m", message);
  }

  /** Starts a branch from main for one scenario. */
  branch(name: string): void {
    this.git("checkout", "-q", "-B", name, "main");
  }

  /** Runs the built CLI with `--format json` in the project. */
  run(cli: string, ...args: string[]): CliRun {
    const result = spawnSync("node", [cli, "--format", "json", ...args], { cwd: this.dir, encoding: "utf8" });
    const parsed = result.stdout ? (JSON.parse(result.stdout) as { findings: CliRun["findings"] }) : { findings: [] };
    return { code: result.status ?? -1, findings: parsed.findings, stderr: result.stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
