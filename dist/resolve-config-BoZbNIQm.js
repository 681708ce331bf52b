import { s as safeParse, h as strictObject, d as optional, p as pipe, m as minValue, i as integer, n as number, b as string, j as picklist, f as boolean, r as record, u as union, a as array, k as maxValue, q as check, t as lazy, l as literal, v as custom, w as strictTuple, x as unknown } from './index-C_jiFsAu.js';
import { b as DATABASES } from './databases-YdsN_1qF.js';
import { U as UsageError, p as parseSize, D as DEFAULT_READ_LIMITS } from './safe-read-BvL72yt9.js';
import path from 'node:path';

function closest(input, candidates) {
  const list = [...candidates];
  let best;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== void 0 && bestDistance <= Math.max(2, Math.floor(input.length / 4))) return best;
  const lower = input.toLowerCase();
  return lower.length >= 3 ? list.find((c) => c.toLowerCase().startsWith(lower)) : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

const RULE_LEVELS = ["off", "info", "warning", "error"];
const SQL_MIGRATION_TOOLS = ["sql", "prisma", "drizzle", "supabase", "golang-migrate", "dbmate", "goose"];
const LEVELS_TEXT = `"off", "info", "warning" or "error"`;
const PG_VERSION = "a Postgres major version from 9 to 19, e.g. 15";
const TOOLS_TEXT = SQL_MIGRATION_TOOLS.map((t) => `"${t}"`).join(", ");
const level = picklist(RULE_LEVELS, `a level: ${LEVELS_TEXT}`);
const options = record(string(), unknown(), "an object of options");
const SETTING_TEXT = `${LEVELS_TEXT}, or [level, { options }]`;
const ruleSetting = byShape({
  array: union([strictTuple([level]), strictTuple([level, options])], SETTING_TEXT),
  other: picklist(RULE_LEVELS, SETTING_TEXT)
});
const globs = union([string(), array(string())], "a glob or an array of globs");
const VERSION_TEXT = 'a migration version, e.g. "20240101000000" or 42';
const version = union([string(), pipe(number(), integer(VERSION_TEXT))], VERSION_TEXT);
const DIALECT_TEXT = `one of ${DATABASES.map((d) => `"${d}"`).join(", ")}`;
const dialect = picklist(DATABASES, DIALECT_TEXT);
const migrationSet = byShape({
  object: strictObject(
    {
      files: globs,
      tool: optional(picklist(SQL_MIGRATION_TOOLS, `one of ${TOOLS_TEXT}`)),
      startAfter: optional(version),
      dialect: optional(dialect)
    },
    (issue) => unknownKeyMessage(issue, ["files", "tool", "startAfter", "dialect"])
  ),
  other: string('a glob, or { files: glob | globs, tool?, startAfter?, dialect? } (e.g. { files: "db/*.sql", tool: "dbmate" })')
});
const SCHEMA_ORMS = ["prisma", "typeorm", "drizzle", "sequelize", "mikro-orm"];
const SCHEMA_SOURCE_KEYS = ["orm", "include", "exclude", "naming"];
const schemaSource = strictObject(
  {
    orm: picklist(SCHEMA_ORMS, `one of ${SCHEMA_ORMS.map((o) => `"${o}"`).join(", ")}`),
    include: globs,
    exclude: optional(globs),
    naming: optional(picklist(["snake_case", "default"], '"snake_case" or "default"'))
  },
  (issue) => issue.path?.length ? unknownKeyMessage(issue, SCHEMA_SOURCE_KEYS) : "a schema source { orm, include, exclude?, naming? }"
);
const appSchema = byShape({
  object: strictObject(
    { sources: array(schemaSource, "an array of schema sources") },
    (issue) => issue.path?.length ? unknownKeyMessage(issue, ["sources"]) : "an object"
  ),
  other: literal(false, "false (no cross-check with the app's models), or { sources: [{ orm, include, exclude?, naming? }] }")
});
const ROWS_TEXT = "a number of rows, e.g. 10000";
const rows = pipe(number(ROWS_TEXT), integer(ROWS_TEXT), minValue(0, ROWS_TEXT));
const STATS_KEYS = ["file", "small", "large"];
const statsSetting = byShape({
  object: pipe(
    strictObject(
      { file: optional(string("a path to a stats snapshot, relative to the config file")), small: optional(rows), large: optional(rows) },
      (issue) => issue.path?.length ? unknownKeyMessage(issue, STATS_KEYS) : "an object"
    ),
    check((s) => s.small === void 0 || s.large === void 0 || s.small <= s.large, "small must not be larger than large")
  ),
  other: string("a path to a stats snapshot, or { file?, small?, large? } (row counts, e.g. { small: 10000, large: 1000000 })")
});
const plugin = custom(
  (input) => typeof input === "string" || isPlainObject(input) && "rules" in input,
  'a package name or a path relative to the config file (e.g. "./migration-rules/index.js"), or, in a JS/TS config, a plugin object { rules: { "rule-id": rule } }'
);
const SIZE = 'a size such as "10MB", "512KB" or a number of bytes';
const size = pipe(
  union([string(SIZE), number(SIZE)], SIZE),
  check((value) => parseSize(value) !== void 0, SIZE)
);
const CONFIG_KEYS = [
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
  "verify"
];
const configSchema = strictObject(
  {
    $schema: optional(string("a URL or path of the config's JSON schema")),
    postgresVersion: optional(
      pipe(number(PG_VERSION), integer(PG_VERSION), minValue(9, PG_VERSION), maxValue(19, PG_VERSION))
    ),
    migrations: optional(array(migrationSet, "an array of migration sets")),
    schema: optional(appSchema),
    assumeTransaction: optional(union([boolean(), literal("multi-statement")], 'true, false or "multi-statement"')),
    assumeLockTimeout: optional(boolean("true or false")),
    rules: optional(record(string(), ruleSetting, "an object of rule settings by rule id")),
    plugins: optional(record(string(), plugin, "an object of plugins by prefix")),
    ignore: optional(globs),
    startAfter: optional(version),
    dialect: optional(dialect),
    requireSuppressionReason: optional(boolean("true or false")),
    down: optional(
      picklist(["same", "warning", "warn", "off"], '"off" (only statements that fail), "warn" (errors become warnings) or "same" (as configured)')
    ),
    stats: optional(statsSetting),
    maxFileSize: optional(size),
    maxTotalSize: optional(size),
    verify: optional(
      strictObject(
        {
          databaseUrl: optional(string('a postgres:// URL, or "env:NAME" to read it from an environment variable')),
          setup: optional(globs),
          statementTimeout: optional(pipe(number("milliseconds, e.g. 10000"), integer("milliseconds, e.g. 10000"), minValue(1, "milliseconds, e.g. 10000")))
        },
        (issue) => issue.path?.length ? unknownKeyMessage(issue, ["databaseUrl", "setup", "statementTimeout"]) : "an object { databaseUrl?, setup?, statementTimeout? }"
      )
    )
  },
  (issue) => issue.path?.length ? unknownKeyMessage(issue, CONFIG_KEYS) : "an object of settings"
);
function byShape(schemas) {
  return lazy((input) => Array.isArray(input) ? schemas.array ?? schemas.other : isPlainObject(input) ? schemas.object ?? schemas.other : schemas.other);
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unknownKeyMessage(issue, allowed) {
  const key = issue.path?.[issue.path.length - 1]?.key;
  return `unknown key ${JSON.stringify(key)}; allowed keys: ${allowed.join(", ")}`;
}
class ConfigError extends UsageError {
  name = "ConfigError";
}
function validateConfig(data, source) {
  if (!isPlainObject(data)) throw new ConfigError(`${source}: the config must be an object of settings, got ${describeValue(data)}`);
  const result = safeParse(configSchema, data);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => describeIssue(issue));
  throw new ConfigError(
    problems.length === 1 ? `${source}: ${problems[0]}` : `${source} has ${problems.length} problems:
${problems.map((p) => `  - ${p}`).join("\n")}`
  );
}
function describeIssue(issue) {
  const keys = (issue.path ?? []).map((item) => item.key);
  const where = keyPath(keys);
  if (issue.message.startsWith("unknown key")) {
    const parent = keyPath(keys.slice(0, -1));
    return parent ? `${parent}: ${issue.message}` : issue.message;
  }
  if (!where) return `the config must be ${issue.message}, got ${describeValue(issue.input)}`;
  return `${where} must be ${issue.message}; got ${describeValue(issue.input)}${suggestion(issue)}`;
}
function suggestion(issue) {
  if (typeof issue.input !== "string") return "";
  const choices = [...issue.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const guess = closest(issue.input, choices);
  return guess && guess !== issue.input ? ` (did you mean "${guess}"?)` : "";
}
function keyPath(keys) {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += out ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
  }
  return out;
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array ${truncate(safeJson(value))}`;
  if (value !== null && typeof value === "object") return `an object ${truncate(safeJson(value))}`;
  return truncate(safeJson(value));
}
function safeJson(value) {
  try {
    return JSON.stringify(value, (_key, item) => typeof item === "function" ? "[function]" : item) ?? String(value);
  } catch {
    return String(value);
  }
}
function truncate(text) {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const DEFAULT_CONFIG = {
  postgresVersion: 15,
  assumeTransaction: "multi-statement",
  assumeLockTimeout: false,
  requireSuppressionReason: true,
  rules: {},
  plugins: {},
  ignore: [],
  down: "off",
  schema: { sources: [] },
  stats: { small: 1e4, large: 1e6 },
  verify: { setup: [], statementTimeoutMs: 1e4 }
};

function resolveConfig(user, plugins, rootDir, source) {
  const config = {
    ...DEFAULT_CONFIG,
    rules: { ...user.rules ?? {} },
    plugins,
    ignore: listOf(user.ignore),
    rootDir,
    ...source ? { source } : {}
  };
  if (user.postgresVersion !== void 0) {
    config.postgresVersion = user.postgresVersion;
    config.postgresVersionSet = true;
  }
  if (user.stats !== void 0) {
    const setting = typeof user.stats === "string" ? { file: user.stats } : user.stats;
    config.stats = {
      small: setting.small ?? DEFAULT_CONFIG.stats.small,
      large: setting.large ?? DEFAULT_CONFIG.stats.large,
      ...setting.file !== void 0 ? { file: path.resolve(rootDir, setting.file) } : {}
    };
  }
  if (user.assumeTransaction !== void 0) config.assumeTransaction = user.assumeTransaction;
  if (user.assumeLockTimeout !== void 0) config.assumeLockTimeout = user.assumeLockTimeout;
  if (user.requireSuppressionReason !== void 0) config.requireSuppressionReason = user.requireSuppressionReason;
  if (user.down !== void 0) config.down = user.down === "warn" ? "warning" : user.down;
  if (user.startAfter !== void 0) config.startAfter = String(user.startAfter);
  if (user.dialect !== void 0) config.dialect = user.dialect;
  if (user.maxFileSize !== void 0 || user.maxTotalSize !== void 0) {
    config.readLimits = {
      maxFileBytes: (user.maxFileSize !== void 0 ? parseSize(user.maxFileSize) : void 0) ?? DEFAULT_READ_LIMITS.maxFileBytes,
      maxRunBytes: (user.maxTotalSize !== void 0 ? parseSize(user.maxTotalSize) : void 0) ?? DEFAULT_READ_LIMITS.maxRunBytes
    };
  }
  if (user.verify !== void 0) {
    config.verify = {
      setup: listOf(user.verify.setup).map((file) => path.resolve(rootDir, file)),
      statementTimeoutMs: user.verify.statementTimeout ?? DEFAULT_CONFIG.verify.statementTimeoutMs,
      ...user.verify.databaseUrl !== void 0 ? { databaseUrl: user.verify.databaseUrl } : {}
    };
  }
  if (user.schema !== void 0) {
    config.schema = user.schema === false ? false : {
      sources: user.schema.sources.map((source2) => ({
        orm: source2.orm,
        include: listOf(source2.include),
        ...source2.exclude !== void 0 ? { exclude: listOf(source2.exclude) } : {},
        ...source2.naming ? { naming: source2.naming } : {}
      }))
    };
  }
  if (user.migrations) {
    config.migrations = user.migrations.map((entry) => {
      if (typeof entry === "string") return { files: [entry] };
      return {
        files: listOf(entry.files),
        ...entry.tool ? { tool: entry.tool } : {},
        ...entry.startAfter !== void 0 ? { startAfter: String(entry.startAfter) } : {},
        ...entry.dialect ? { dialect: entry.dialect } : {}
      };
    });
  }
  return config;
}
function listOf(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}

export { ConfigError as C, DEFAULT_CONFIG as D, RULE_LEVELS as R, closest as c, describeValue as d, isPlainObject as i, keyPath as k, resolveConfig as r, validateConfig as v };
