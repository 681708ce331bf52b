import * as v from "valibot";
import type { SchemaOrm } from "../core/app-schema.js";
import type { SqlMigrationTool } from "../core/migration.js";
import { DATABASES } from "../dialect/databases.js";
import { UsageError } from "../errors.js";
import { parseSize } from "../safe-read.js";
import { closest } from "./did-you-mean.js";
import type { UserConfig } from "./types.js";

/**
 * The shape of a config file, checked before anything else reads it. Valibot: a few kilobytes in
 * the bundle (the Action ships every byte it imports), and it reports every problem with its path.
 * Each message says what the key accepts; `ConfigError` adds the key and the value found.
 */

export const RULE_LEVELS = ["off", "info", "warning", "error"] as const;
export const SQL_MIGRATION_TOOLS = ["sql", "prisma", "drizzle", "supabase", "golang-migrate", "dbmate", "goose"] as const satisfies readonly SqlMigrationTool[];
// Fails to compile when SqlMigrationTool gains a tool the list above lacks.
const everyToolListed: Exclude<SqlMigrationTool, (typeof SQL_MIGRATION_TOOLS)[number]> extends never ? true : never = true;
void everyToolListed;

const LEVELS_TEXT = `"off", "info", "warning" or "error"`;
const PG_VERSION = "a Postgres major version from 9 to 19, e.g. 15";
const TOOLS_TEXT = SQL_MIGRATION_TOOLS.map((t) => `"${t}"`).join(", ");

const level = v.picklist(RULE_LEVELS, `a level: ${LEVELS_TEXT}`);
const options = v.record(v.string(), v.unknown(), "an object of options");
const SETTING_TEXT = `${LEVELS_TEXT}, or [level, { options }]`;
const ruleSetting = byShape({
  array: v.union([v.strictTuple([level]), v.strictTuple([level, options])], SETTING_TEXT),
  other: v.picklist(RULE_LEVELS, SETTING_TEXT),
});

const globs = v.union([v.string(), v.array(v.string())], "a glob or an array of globs");
const VERSION_TEXT = 'a migration version, e.g. "20240101000000" or 42';
const version = v.union([v.string(), v.pipe(v.number(), v.integer(VERSION_TEXT))], VERSION_TEXT);

const DIALECT_TEXT = `one of ${DATABASES.map((d) => `"${d}"`).join(", ")}`;
const dialect = v.picklist(DATABASES, DIALECT_TEXT);

const migrationSet = byShape({
  object: v.strictObject(
    {
      files: globs,
      tool: v.optional(v.picklist(SQL_MIGRATION_TOOLS, `one of ${TOOLS_TEXT}`)),
      startAfter: v.optional(version),
      dialect: v.optional(dialect),
    },
    (issue) => unknownKeyMessage(issue, ["files", "tool", "startAfter", "dialect"]),
  ),
  other: v.string('a glob, or { files: glob | globs, tool?, startAfter?, dialect? } (e.g. { files: "db/*.sql", tool: "dbmate" })'),
});

// Plugin objects are passed on as given (not copied: a rule's methods may live on a prototype);
// loading checks their rules in detail.
export const SCHEMA_ORMS = ["prisma", "typeorm", "drizzle", "sequelize", "mikro-orm"] as const satisfies readonly SchemaOrm[];
const everyOrmListed: Exclude<SchemaOrm, (typeof SCHEMA_ORMS)[number]> extends never ? true : never = true;
void everyOrmListed;

const SCHEMA_SOURCE_KEYS = ["orm", "include", "exclude", "naming"];
const schemaSource = v.strictObject(
  {
    orm: v.picklist(SCHEMA_ORMS, `one of ${SCHEMA_ORMS.map((o) => `"${o}"`).join(", ")}`),
    include: globs,
    exclude: v.optional(globs),
    naming: v.optional(v.picklist(["snake_case", "default"], '"snake_case" or "default"')),
  },
  (issue) => (issue.path?.length ? unknownKeyMessage(issue, SCHEMA_SOURCE_KEYS) : "a schema source { orm, include, exclude?, naming? }"),
);
const appSchema = byShape({
  object: v.strictObject(
    { sources: v.array(schemaSource, "an array of schema sources") },
    (issue) => (issue.path?.length ? unknownKeyMessage(issue, ["sources"]) : "an object"),
  ),
  other: v.literal(false, 'false (no cross-check with the app\'s models), or { sources: [{ orm, include, exclude?, naming? }] }'),
});

const ROWS_TEXT = "a number of rows, e.g. 10000";
const rows = v.pipe(v.number(ROWS_TEXT), v.integer(ROWS_TEXT), v.minValue(0, ROWS_TEXT));
const STATS_KEYS = ["file", "small", "large"];
const statsSetting = byShape({
  object: v.pipe(
    v.strictObject(
      { file: v.optional(v.string("a path to a stats snapshot, relative to the config file")), small: v.optional(rows), large: v.optional(rows) },
      (issue) => (issue.path?.length ? unknownKeyMessage(issue, STATS_KEYS) : "an object"),
    ),
    v.check((s) => s.small === undefined || s.large === undefined || s.small <= s.large, "small must not be larger than large"),
  ),
  other: v.string('a path to a stats snapshot, or { file?, small?, large? } (row counts, e.g. { small: 10000, large: 1000000 })'),
});

const plugin = v.custom<string | Record<string, unknown>>(
  (input) => typeof input === "string" || (isPlainObject(input) && "rules" in input),
  'a package name or a path relative to the config file (e.g. "./migration-rules/index.js"), or, in a JS/TS config, a plugin object { rules: { "rule-id": rule } }',
);

const SIZE = 'a size such as "10MB", "512KB" or a number of bytes';
const size = v.pipe(
  v.union([v.string(SIZE), v.number(SIZE)], SIZE),
  v.check((value) => parseSize(value) !== undefined, SIZE),
);

export const CONFIG_KEYS = [
  "$schema",
  "postgresVersion",
  "migrations",
  "schema",
  "assumeTransaction",
  "assumeLockTimeout",
  "rules",
  "plugins",
  "ignore",
  "startAfter",
  "requireSuppressionReason",
  "down",
  "stats",
  "dialect",
  "maxFileSize",
  "maxTotalSize",
  "verify",
] as const satisfies readonly (keyof UserConfig)[];

const configSchema = v.strictObject(
  {
    $schema: v.optional(v.string("a URL or path of the config's JSON schema")),
    postgresVersion: v.optional(
      v.pipe(v.number(PG_VERSION), v.integer(PG_VERSION), v.minValue(9, PG_VERSION), v.maxValue(19, PG_VERSION)),
    ),
    migrations: v.optional(v.array(migrationSet, "an array of migration sets")),
    schema: v.optional(appSchema),
    assumeTransaction: v.optional(v.union([v.boolean(), v.literal("multi-statement")], 'true, false or "multi-statement"')),
    assumeLockTimeout: v.optional(v.boolean("true or false")),
    rules: v.optional(v.record(v.string(), ruleSetting, "an object of rule settings by rule id")),
    plugins: v.optional(v.record(v.string(), plugin, "an object of plugins by prefix")),
    ignore: v.optional(globs),
    startAfter: v.optional(version),
    dialect: v.optional(dialect),
    requireSuppressionReason: v.optional(v.boolean("true or false")),
    down: v.optional(
      v.picklist(["same", "warning", "warn", "off"], '"off" (only statements that fail), "warn" (errors become warnings) or "same" (as configured)'),
    ),
    stats: v.optional(statsSetting),
    maxFileSize: v.optional(size),
    maxTotalSize: v.optional(size),
    verify: v.optional(
      v.strictObject(
        {
          databaseUrl: v.optional(v.string('a postgres:// URL, or "env:NAME" to read it from an environment variable')),
          setup: v.optional(globs),
          statementTimeout: v.optional(v.pipe(v.number("milliseconds, e.g. 10000"), v.integer("milliseconds, e.g. 10000"), v.minValue(1, "milliseconds, e.g. 10000"))),
        },
        (issue) => (issue.path?.length ? unknownKeyMessage(issue, ["databaseUrl", "setup", "statementTimeout"]) : "an object { databaseUrl?, setup?, statementTimeout? }"),
      ),
    ),
  },
  (issue) => (issue.path?.length ? unknownKeyMessage(issue, CONFIG_KEYS) : "an object of settings"),
);

/**
 * Chooses the schema by the value's shape, so a problem inside an object (an unknown key, a wrong
 * tool) is reported as such instead of as "matches none of the forms".
 */
function byShape<TObject extends v.GenericSchema, TArray extends v.GenericSchema, TOther extends v.GenericSchema>(schemas: {
  object?: TObject;
  array?: TArray;
  other: TOther;
}) {
  return v.lazy((input: unknown) => (Array.isArray(input) ? (schemas.array ?? schemas.other) : isPlainObject(input) ? (schemas.object ?? schemas.other) : schemas.other));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownKeyMessage(issue: v.BaseIssue<unknown>, allowed: readonly string[]): string {
  const key = issue.path?.[issue.path.length - 1]?.key;
  return `unknown key ${JSON.stringify(key)}; allowed keys: ${allowed.join(", ")}`;
}

/** A config file that migration-guard cannot use: exit code 2, the message names the key and what it accepts. */
export class ConfigError extends UsageError {
  override name = "ConfigError";
}

/** Checks the shape of a config object; returns it typed, or throws a ConfigError listing every problem. */
export function validateConfig(data: unknown, source: string): UserConfig {
  if (!isPlainObject(data)) throw new ConfigError(`${source}: the config must be an object of settings, got ${describeValue(data)}`);
  const result = v.safeParse(configSchema, data);
  if (result.success) return result.output as UserConfig;
  const problems = result.issues.map((issue) => describeIssue(issue));
  throw new ConfigError(
    problems.length === 1 ? `${source}: ${problems[0]}` : `${source} has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const where = keyPath(keys);
  if (issue.message.startsWith("unknown key")) {
    const parent = keyPath(keys.slice(0, -1));
    return parent ? `${parent}: ${issue.message}` : issue.message;
  }
  if (!where) return `the config must be ${issue.message}, got ${describeValue(issue.input)}`;
  return `${where} must be ${issue.message}; got ${describeValue(issue.input)}${suggestion(issue)}`;
}

/** For a misspelled choice (`"warn"`), the allowed value it was meant to be. */
function suggestion(issue: v.BaseIssue<unknown>): string {
  if (typeof issue.input !== "string") return "";
  const choices = [...issue.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const guess = closest(issue.input, choices);
  return guess && guess !== issue.input ? ` (did you mean "${guess}"?)` : "";
}

/** `rules["no-x"]`, `migrations[0].tool`: how a user finds the key in the file. */
export function keyPath(keys: ReadonlyArray<string | number>): string {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += out ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
  }
  return out;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array ${truncate(safeJson(value))}`;
  if (value !== null && typeof value === "object") return `an object ${truncate(safeJson(value))}`;
  return truncate(safeJson(value));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === "function" ? "[function]" : item)) ?? String(value);
  } catch {
    return String(value);
  }
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
