import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(ROOT, "dist", "cli.js");

/** Runs the built CLI (`node dist/cli.js`) as a user's shell would. */
export function builtCli(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` before the tests.");
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
