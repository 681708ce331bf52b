import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { describeThrown } from "../errors.js";
import { UsageError } from "../errors.js";
import { OUTPUT_FORMATS } from "../report/output-formats.js";
import { parseSize } from "../safe-read.js";
import { VERSION } from "../version.js";
import type { CliIO } from "./io.js";
import type { InitOptions } from "./init-command.js";
import type { LintOptions } from "./lint-command.js";
import type { StatsOptions } from "./stats-command.js";
import type { VerifyOptions } from "./verify-command.js";

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at error level (or too many warnings), 2 usage, config or internal error. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes("--debug");
  const execute = async (command: () => Promise<number>) => {
    try {
      exitCode = await command();
    } catch (error) {
      exitCode = await reportFailure(error, io, debug);
    }
  };
  // Each command's modules (the parser, the rules, the formatters) load when it runs, so
  // `--help` and a usage error start as fast as Node itself.
  const program = buildProgram(io, {
    lint: (paths, options) => execute(async () => (await import("./lint-command.js")).lintCommand(paths, options, io)),
    explain: (ruleId, options) => execute(async () => (await import("./explain-command.js")).explainCommand(ruleId, options, io)),
    rules: (options) => execute(async () => (await import("./rules-command.js")).rulesCommand(options, io)),
    init: (options) => execute(async () => (await import("./init-command.js")).initCommand(options, io)),
    stats: (options) => execute(async () => (await import("./stats-command.js")).statsCommand(options, io)),
    // Loaded on use: `lint` never loads the replay engine.
    verify: (paths, options) => execute(async () => (await import("./verify-command.js")).verifyCommand(paths, options, io)),
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}

interface Actions {
  lint(paths: string[], options: LintOptions): Promise<void>;
  explain(ruleId: string, options: { config?: string }): Promise<void>;
  rules(options: { config?: string }): Promise<void>;
  init(options: InitOptions): Promise<void>;
  stats(options: StatsOptions): Promise<void>;
  verify(paths: string[], options: VerifyOptions): Promise<void>;
}

function buildProgram(io: CliIO, actions: Actions): Command {
  const program = new Command("migration-guard")
    .description("Reviews Postgres migrations for locks, table rewrites and failures before they reach production.")
    .version(VERSION, "-v, --version")
    .helpOption("-h, --help", "show this help")
    .exitOverride()
    // Options after a subcommand are that subcommand's (`verify -f json` is verify's format, `stats --database-url` is not lint's).
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .argument("[paths...]", "migration files or folders (default: every migration set of the config, or found by convention)")
    .option("-c, --config <file>", "config file (default: migration-guard.config.* or .migration-guardrc.json, searched from here upward)")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("stylish"))
    .option("-o, --output-file <file>", "write the report to a file instead of the terminal")
    .option("--postgres-version <major>", "Postgres major version the migrations run on (overrides the config)", parseVersion)
    .option("--staged", "check the migrations staged in git (their staged content); file arguments narrow it (lint-staged, pre-commit)")
    .option("--base <ref>", "check the migrations added or changed since the merge base with <ref>, and compare history and app schema with it")
    .option("--no-schema", "do not read the app's models to cross-check dropped and renamed columns and tables")
    .option("--stats <file>", "weigh findings by production table sizes from this snapshot (see `migration-guard stats`)")
    .option("--database-url <url>", "take the table-size snapshot over this read-only connection now (reads the catalog only, never rows)")
    .option("--max-file-size <size>", "largest file read, e.g. 10MB (the default); a larger one is reported, not read", parseSizeOption)
    .option("--max-total-size <size>", "most one run reads in all, e.g. 256MB (the default); files past it are reported, not read", parseSizeOption)
    .option("-q, --quiet", "report errors only")
    .option("--max-warnings <n>", "exit with 1 when there are more than <n> warnings", parseCount)
    .option("--cache", "keep parsed SQL migrations in a cache file, so the next run re-reads only what changed")
    .option("--cache-location <path>", "the cache file, or a directory for it (default: .migration-guardcache here)")
    .option("--debug", "print stack traces of internal errors")
    .action((paths: string[], options: LintOptions) => actions.lint(paths, options));

  program
    .command("explain")
    .description("print a rule's documentation: what it flags, why, bad and good examples")
    .argument("<rule-id>", "e.g. require-concurrent-index, or prefix/rule-id for a plugin rule")
    .option("-c, --config <file>", "config file declaring the plugin (for plugin rules)")
    .action((ruleId: string, options: { config?: string }) => actions.explain(ruleId, options));

  program
    .command("rules")
    .description("list every rule with its level (as the config sets it) and what it flags")
    .option("-c, --config <file>", "config file (default: searched from here upward)")
    .action((options: { config?: string }) => actions.rules(options));

  program
    .command("stats")
    .description("write a snapshot of every table's and index's size (rows, bytes) for --stats; reads the catalog only, never rows, and writes nothing to the database")
    .requiredOption("--database-url <url>", "the database to measure, e.g. a read replica: postgresql://user@host:5432/db (the session is read-only)")
    .option("-o, --output <file>", "write the snapshot to this file (default: standard output)")
    .option("--debug", "print stack traces of internal errors")
    .action((options: StatsOptions) => actions.stats(options));

  program
    .command("verify")
    .description("replay the migrations on an empty Postgres (embedded, in-process) and report what fails, with the locks and rewrites each statement takes")
    .argument("[paths...]", "migration files or folders, as for lint (each set replays from its first migration)")
    .option("-c, --config <file>", "config file (default: searched from here upward)")
    .addOption(new Option("-f, --format <format>", "output format (json adds trace[])").choices(OUTPUT_FORMATS).default("stylish"))
    .option("-o, --output-file <file>", "write the report to a file instead of the terminal")
    .option("--trace", "print each migration's locks and rewrites (stylish output)")
    .option(
      "--database-url <url>",
      "replay on this server instead: a scratch database with a unique name is created, used and dropped; the database named in the URL is never written to. Statements that reach outside the database (COPY PROGRAM, server files, ALTER SYSTEM, roles) are refused",
    )
    .option("--statement-timeout <ms>", "stop a statement that runs longer than this (default 10000, config verify.statementTimeout)", parseCount)
    .option("--staged", "the migrations staged in git: their sets replay with the staged content")
    .option("--base <ref>", "report on the migrations added or changed since the merge base with <ref>")
    .option("-q, --quiet", "report errors only")
    .option("--max-warnings <n>", "exit with 1 when there are more than <n> warnings", parseCount)
    .option("--debug", "print stack traces of internal errors")
    .action((paths: string[], options: VerifyOptions) => actions.verify(paths, options));

  program
    .command("init")
    .description("write a config file with the migration sets, tools and schema sources found in this project")
    .addOption(new Option("--type <type>", "config file type").choices(["json", "js", "ts"]).default("json"))
    .option("--force", "overwrite an existing config file")
    .action((options: InitOptions) => actions.init(options));

  return program;
}

/** The same rule as the config's `postgresVersion`: a major version, so `15.2` is refused in both places. */
function parseVersion(value: string): number {
  const major = Number.parseInt(value, 10);
  if (!/^\d+$/.test(value) || major < 9 || major > 19) {
    throw new InvalidArgumentError(`expected a Postgres major version from 9 to 19, e.g. 15${/^\d+\.\d+$/.test(value) ? ` (the major version of ${value} is ${major})` : ""}`);
  }
  return major;
}

function parseSizeOption(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size such as "10MB", "512KB" or a number of bytes');
  return bytes;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a number of warnings, e.g. 0");
  return Number.parseInt(value, 10);
}

async function reportFailure(error: unknown, io: CliIO, debug: boolean): Promise<number> {
  // Loaded already by the command that threw, so these imports cost nothing.
  const { GitError } = await import("../discover/git.js");
  if (error instanceof UsageError || error instanceof GitError) {
    io.stderr.write(`migration-guard: ${error.message}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack) io.stderr.write(`${error.cause.stack}\n`);
    return 2;
  }
  const message = `internal error: ${describeThrown(error)}`;
  io.stderr.write(`migration-guard: ${message}\n`);
  if (debug) {
    const stack = error instanceof Error ? error.stack : undefined;
    if (stack) io.stderr.write(`${stack}\n`);
  } else {
    io.stderr.write("Run again with --debug for the stack trace, and please report it.\n");
  }
  return 2;
}

export type { CliIO } from "./io.js";
