import { runCli, type CliIO } from "../../src/cli/run.js";

/** Runs the CLI in-process with captured output. */
export async function cli(args: string[], options: { cwd: string; env?: Record<string, string>; tty?: boolean }) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (s) => void (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s) => void (stderr += s) },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
