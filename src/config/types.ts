import type { SchemaOrm } from "../core/app-schema.js";
import type { RuleLevel } from "../core/finding.js";
import type { RuleDefinition } from "../core/rule.js";
import type { AssumeTransaction } from "../sql/sql-migration.js";

/** A rule's setting in config: a level, or a level with options. */
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>];

export interface Plugin {
  rules: Record<string, RuleDefinition<any>>;
}

/** One place the app's mapping of tables and columns is read from. */
export interface SchemaSourceConfig {
  orm: SchemaOrm;
  /** Globs of the schema files (Prisma schemas, entity/model/table files), relative to the working directory. */
  include: string[];
  /** Globs of files to leave out. */
  exclude?: string[];
  /**
   * How the ORM derives names the code does not spell out. `snake_case`: TypeORM's
   * SnakeNamingStrategy, Drizzle's `casing: 'snake_case'`, Sequelize's `underscored: true`, MikroORM's
   * UnderscoreNamingStrategy. `default`: the ORM's default. When absent, detected from the ORM's config.
   */
  naming?: "snake_case" | "default";
}

/** Where the application's mapping of tables and columns comes from. */
export interface SchemaConfig {
  /** Empty: detected from the repository's layout (Prisma schemas, files importing an ORM). */
  sources: SchemaSourceConfig[];
}

/** Configuration after defaults are applied. */
export interface ResolvedConfig {
  postgresVersion: number;
  assumeTransaction: AssumeTransaction;
  assumeLockTimeout: boolean;
  requireSuppressionReason: boolean;
  rules: Record<string, RuleSetting>;
  plugins: Record<string, Plugin>;
  /** Globs of files never linted. */
  ignore: string[];
  /** How `down` findings are reported. */
  down: "same" | "warning" | "off";
  /** The app schema the migrations are cross-checked with; `false` turns the cross-check off. */
  schema: SchemaConfig | false;
  /** Where the config was loaded from, for messages. */
  source?: string;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  postgresVersion: 15,
  assumeTransaction: "multi-statement",
  assumeLockTimeout: false,
  requireSuppressionReason: true,
  rules: {},
  plugins: {},
  ignore: [],
  down: "warning",
  schema: { sources: [] },
};
