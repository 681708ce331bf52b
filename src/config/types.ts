import type { RuleLevel } from "../core/finding.js";
import type { RuleDefinition } from "../core/rule.js";
import type { AssumeTransaction } from "../sql/sql-migration.js";

/** A rule's setting in config: a level, or a level with options. */
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>];

export interface Plugin {
  rules: Record<string, RuleDefinition<any>>;
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
};
