import type { Colors } from "picocolors/types.js";
import type { Finding } from "../core/finding.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif, type SarifRule } from "./sarif.js";
import { formatStylish } from "./stylish.js";
import type { SetLine, TraceLine } from "./trace.js";

export const OUTPUT_FORMATS = ["stylish", "json", "sarif", "github", "markdown"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What a formatter may need besides the findings. */
export interface ReportInput {
  findings: readonly Finding[];
  checkedMigrations: number;
  /** Texts of the checked files, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** The rules that ran, for SARIF's rule descriptions. */
  rules: readonly SarifRule[];
  colors: Colors;
  cwd: string;
  toolVersion: string;
  informationUri: string;
  /** From `verify`: the replay trace and per-set summary, added to the JSON output. */
  verify?: { trace: readonly TraceLine[]; sets: readonly SetLine[] };
}

export function formatReport(format: OutputFormat, input: ReportInput): string {
  switch (format) {
    case "stylish":
      return formatStylish(input.findings, { colors: input.colors, sources: input.sources, checkedMigrations: input.checkedMigrations });
    case "json":
      return formatJson(input.findings, input.checkedMigrations, input.verify ? { trace: input.verify.trace, verify: { sets: input.verify.sets } } : {});
    case "sarif":
      return formatSarif(input.findings, { rules: input.rules, toolVersion: input.toolVersion, informationUri: input.informationUri, cwd: input.cwd });
    case "github":
      return formatGithub(input.findings);
    case "markdown":
      return formatMarkdown(input.findings, { checkedMigrations: input.checkedMigrations });
  }
}
