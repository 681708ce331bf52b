import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The package as `npm run build` makes it and npm would pack it (package.json, dist/ with its
 * types, docs/), built from the working tree into a temporary directory: the committed dist/ is
 * rebuilt by the lead on merge, so tests never write to it.
 */
export function buildPackage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migration-guard-package-"));
  const dist = path.join(dir, "dist");
  const npx = (args: string[], env: Record<string, string> = {}) =>
    execFileSync("npx", ["--no-install", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "pipe" });
  npx(["rollup", "-c", "rollup.config.mjs", "--silent"], { MIGRATION_GUARD_DIST: dist });
  // A rollup config that ignored MIGRATION_GUARD_DIST would have rebuilt the committed dist/ instead.
  if (!existsSync(path.join(dist, "cli.js"))) throw new Error(`rollup did not build into ${dist}: does rollup.config.mjs still honour MIGRATION_GUARD_DIST?`);
  npx(["tsc", "-p", "tsconfig.build.json", "--outDir", path.join(dist, "types")]);
  for (const entry of ["package.json", "docs", "README.md"]) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

/** `npm pack` of a built package: the tarball a registry would serve. */
export function packPackage(packageDir: string, into: string): string {
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", into], { cwd: packageDir, stdio: "pipe" });
  const tarball = readdirSync(into).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack made no tarball");
  return path.join(into, tarball);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command as a user's shell would, with a minimal environment (no color, no CI variables). */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", npm_config_cache: process.env["npm_config_cache"] ?? "", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
