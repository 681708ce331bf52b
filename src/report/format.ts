import type { Colors } from "picocolors/types.js";
import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { describeTouched, type TouchedTable } from "../stats/advisor.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif, type SarifRule } from "./sarif.js";
import { formatStylish } from "./stylish.js";
import type { SetLine, TraceLine } from "./trace.js";

import type { OutputFormat } from "./output-formats.js";

export { OUTPUT_FORMATS, type OutputFormat } from "./output-formats.js";

/** What a formatter may need besides the findings. */
export interface ReportInput {
  findings: readonly Finding[];
  checkedMigrations: number;
  /** What the report says besides the findings (sets skipped as another database's). */
  notices?: readonly Notice[];
  /** Texts of the checked files, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** The rules that ran, for SARIF's rule descriptions. */
  rules: readonly SarifRule[];
  colors: Colors;
  cwd: string;
  toolVersion: string;
  informationUri: string;
  /** With a stats snapshot: the production tables the checked migrations touch, largest first. */
  tables?: readonly TouchedTable[];
  /** From `verify`: the replay trace and per-set summary, added to the JSON output. */
  verify?: { trace: readonly TraceLine[]; sets: readonly SetLine[] };
}

export function formatReport(format: OutputFormat, input: ReportInput): string {
  const notices = input.notices ?? [];
  switch (format) {
    case "stylish":
      return formatStylish(input.findings, { colors: input.colors, sources: input.sources, checkedMigrations: input.checkedMigrations, notices }) + tablesLine(input.tables);
    case "json":
      return formatJson(input.findings, input.checkedMigrations, notices, input.tables, input.verify ? { trace: input.verify.trace, verify: { sets: input.verify.sets } } : {});
    case "sarif":
      return formatSarif(input.findings, { rules: input.rules, toolVersion: input.toolVersion, informationUri: input.informationUri, cwd: input.cwd, notices });
    case "github":
      return formatGithub(input.findings, notices);
    case "markdown":
      return formatMarkdown(input.findings, { checkedMigrations: input.checkedMigrations, notices, notes: tablesNote(input.tables) });
  }
}

/** "Largest tables touched: …", for the terminal. */
function tablesLine(tables: readonly TouchedTable[] | undefined): string {
  return tables?.length ? `Largest tables these migrations touch (stats snapshot): ${tables.map(describeTouched).join("; ")}\n` : "";
}

/** The same as a Markdown paragraph, for summaries (the Action's sticky comment and job summary). */
export function tablesNote(tables: readonly TouchedTable[] | undefined): string[] {
  return tables?.length ? [`**Largest tables these migrations touch** (stats snapshot): ${tables.map(describeTouched).join(" · ")}`] : [];
}
