import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** The built CLI (dist/cli.js): CI rebuilds dist/ and checks it matches the sources before the tests. */
export function builtCliPath(): string {
  const cli = path.join(ROOT, "dist", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` before the tests.");
  return cli;
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
