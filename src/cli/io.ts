/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void };
}

/** Colors on a terminal, unless NO_COLOR; FORCE_COLOR wins both ways. */
export function useColor(io: CliIO): boolean {
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  if (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") return false;
  return io.stdout.isTTY === true;
}
