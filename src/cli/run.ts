import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import picocolors from "picocolors";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../config/types.js";
import { RuleCrash } from "../core/engine.js";
import { SEVERITY_RANK, type Severity } from "../core/finding.js";
import { GitError } from "../discover/git.js";
import { UsageError } from "../errors.js";
import { lint } from "../lint.js";
import { formatJson } from "../report/json.js";
import { formatStylish } from "../report/stylish.js";
import { VERSION } from "../version.js";

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void };
}

interface CliOptions {
  format: "stylish" | "json";
  postgresVersion?: number;
  staged?: boolean;
  base?: string;
  /** `--no-schema` sets it false. */
  schema: boolean;
  debug?: boolean;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at error level, 2 usage or internal error. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  let parsed: { paths: string[]; options: CliOptions };
  try {
    program.parse(argv, { from: "user" });
    parsed = { paths: program.args, options: program.opts<CliOptions>() };
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    }
    throw error;
  }
  const { options } = parsed;
  try {
    if (options.staged && options.base) throw new UsageError("--staged and --base cannot be combined: --staged checks what you are about to commit, --base what a branch changes.");
    const config: ResolvedConfig = {
      ...DEFAULT_CONFIG,
      ...(options.postgresVersion !== undefined ? { postgresVersion: options.postgresVersion } : {}),
      ...(options.schema === false ? { schema: false as const } : {}),
    };
    const result = await lint({
      cwd: io.cwd,
      paths: parsed.paths,
      ...(options.staged ? { staged: true } : {}),
      ...(options.base ? { base: options.base } : {}),
      config,
    });
    const checked = result.checked.length;
    if (options.format === "json") {
      io.stdout.write(formatJson(result.findings, checked));
    } else {
      io.stdout.write(
        formatStylish(result.findings, {
          colors: picocolors.createColors(useColor(io)),
          sources: result.sources,
          checkedMigrations: checked,
        }),
      );
    }
    return exitCode(result.findings.map((f) => f.severity));
  } catch (error) {
    return reportFailure(error, io, options.debug === true);
  }
}

function buildProgram(io: CliIO): Command {
  const program = new Command("migration-guard")
    .description("Reviews Postgres migrations for locks, table rewrites and failures before they reach production.")
    .argument("[paths...]", "migration files or folders (default: every migration folder found by convention)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--postgres-version <major>", "Postgres major version the migrations run on", parseVersion, DEFAULT_CONFIG.postgresVersion)
    .option("--staged", "check the migrations staged in git (their staged content)")
    .option("--base <ref>", "check the migrations added or changed since the merge base with <ref>, and compare history and app schema with it")
    .option("--no-schema", "do not read the app's models to cross-check dropped and renamed columns and tables")
    .option("--debug", "print stack traces of internal errors")
    .version(VERSION, "-v, --version")
    .helpOption("-h, --help", "show this help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  return program;
}

function parseVersion(value: string): number {
  const major = Number.parseInt(value, 10);
  if (!/^\d+(\.\d+)?$/.test(value) || major < 9 || major > 19) {
    throw new InvalidArgumentError("expected a Postgres major version between 9 and 19, e.g. 15");
  }
  return major;
}

export function useColor(io: CliIO): boolean {
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  if (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") return false;
  return io.stdout.isTTY === true;
}

function exitCode(severities: Severity[], failOn: Severity = "error"): number {
  return severities.some((s) => SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

function reportFailure(error: unknown, io: CliIO, debug: boolean): number {
  if (error instanceof UsageError || error instanceof GitError) {
    io.stderr.write(`migration-guard: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof RuleCrash ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  io.stderr.write(`migration-guard: ${message}\n`);
  if (debug) {
    const stack = error instanceof RuleCrash && error.cause instanceof Error ? error.cause.stack : error instanceof Error ? error.stack : undefined;
    if (stack) io.stderr.write(`${stack}\n`);
  } else {
    io.stderr.write("Run again with --debug for the stack trace, and please report it.\n");
  }
  return 2;
}
