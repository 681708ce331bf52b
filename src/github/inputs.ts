import { UsageError } from "../errors.js";
import { parseSize } from "../safe-read.js";

export type FailOn = "error" | "warning" | "never";
export type CommentMode = "review" | "summary" | "none";

export interface ActionInputs {
  token: string;
  failOn: FailOn;
  /** An explicit config file; otherwise the config is discovered. */
  configFile?: string;
  /** Overrides the config's `postgresVersion`. */
  postgresVersion?: number;
  /** Files or folders to lint instead of discovering migrations (in a PR: limits the change set). */
  paths: string[];
  comment: CommentMode;
  workingDirectory: string;
  /** Post this findings file (from an earlier run) instead of linting: the fork-safe posting job. */
  findingsFile?: string;
  /** A stats snapshot (from a scheduled job) to weigh findings by table size. */
  statsFile?: string;
  /** Size limits in bytes (`max-file-size`, `max-total-size`); they override the config's. */
  maxFileBytes?: number;
  maxRunBytes?: number;
  /** Also replay the sets on an empty database (`migration-guard verify`). */
  verify: boolean;
  /** For `verify`: a server to replay on instead of the embedded engine; never used for a fork's pull request. */
  databaseUrl?: string;
}

/** The part of @actions/core that reads inputs. */
export interface InputSource {
  getInput(name: string): string;
}

export function readInputs(core: InputSource): ActionInputs {
  const input = (name: string) => core.getInput(name).trim();
  const configFile = input("config");
  const postgresVersion = input("postgres-version");
  const findingsFile = input("findings-file");
  const statsFile = input("stats-file");
  const maxFileBytes = sizeInput("max-file-size", input("max-file-size"));
  const maxRunBytes = sizeInput("max-total-size", input("max-total-size"));
  return {
    token: input("github-token"),
    failOn: oneOf("fail-on", input("fail-on") || "error", ["error", "warning", "never"]),
    ...(configFile ? { configFile } : {}),
    ...(postgresVersion ? { postgresVersion: parsePostgresVersion(postgresVersion) } : {}),
    paths: input("paths")
      .split(/\r?\n|,/)
      .map((p) => p.trim())
      .filter(Boolean),
    comment: oneOf("comment", input("comment") || "review", ["review", "summary", "none"]),
    workingDirectory: input("working-directory") || ".",
    ...(findingsFile ? { findingsFile } : {}),
    ...(statsFile ? { statsFile } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
    ...(maxRunBytes !== undefined ? { maxRunBytes } : {}),
    verify: oneOf("verify", input("verify") || "false", ["true", "false"]) === "true",
    ...(input("database-url") ? { databaseUrl: input("database-url") } : {}),
  };
}

function sizeInput(name: string, value: string): number | undefined {
  if (!value) return undefined;
  const bytes = parseSize(value);
  if (bytes === undefined) throw new UsageError(`Input "${name}" is "${value}"; expected a size such as "10MB", "512KB" or a number of bytes.`);
  return bytes;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Input "${name}" is "${value}"; expected one of: ${allowed.join(", ")}.`);
}

function parsePostgresVersion(value: string): number {
  const major = Number.parseInt(value, 10);
  if (!/^\d+(\.\d+)?$/.test(value) || major < 9 || major > 19) {
    throw new UsageError(`Input "postgres-version" is "${value}"; expected a Postgres major version between 9 and 19, e.g. 16.`);
  }
  return major;
}
