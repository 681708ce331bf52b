import { pathToFileURL } from "node:url";
import type { Invocation, Log, Notification, ReportingDescriptor, Result } from "sarif";
import type { Finding, Severity } from "../core/finding.js";
import type { Notice } from "../core/notice.js";

/** What SARIF says about each rule that ran (GitHub code scanning shows it beside each alert). */
export interface SarifRule {
  id: string;
  description: string;
  severity: Severity;
  docsUrl?: string;
}

export interface SarifOptions {
  rules: readonly SarifRule[];
  toolVersion: string;
  informationUri: string;
  /** The directory finding paths are relative to (becomes `%SRCROOT%`). */
  cwd: string;
  /** Sets skipped as another database's: tool notifications of level `note` in the run's invocation. */
  notices?: readonly Notice[];
}

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, IDE viewers) read: one run,
 * the rules in `tool.driver.rules`, each finding a result with its region. Paths stay relative
 * to `%SRCROOT%` so the log can be uploaded from CI where the checkout lives elsewhere.
 */
export function formatSarif(findings: readonly Finding[], options: SarifOptions): string {
  const rules = rulesOf(findings, options.rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "migration-guard",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri,
            rules,
          },
        },
        ...(options.notices?.length ? { invocations: [invocation(options.notices)] } : {}),
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => result(f, index.get(f.ruleId)!)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The rules that ran, plus any a finding names that did not (a file that could not be read). */
function rulesOf(findings: readonly Finding[], ran: readonly SarifRule[]): ReportingDescriptor[] {
  const byId = new Map(ran.map((r) => [r.id, r]));
  for (const f of findings) {
    if (!byId.has(f.ruleId)) byId.set(f.ruleId, { id: f.ruleId, description: f.ruleId, severity: f.severity, ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}) });
  }
  return [...byId.values()].map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.docsUrl ? { helpUri: rule.docsUrl, help: { text: `${rule.description} See ${rule.docsUrl}`, markdown: `${rule.description} [Docs](${rule.docsUrl})` } } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
  }));
}

function result(f: Finding, ruleIndex: number): Result {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { "migrationGuard/v1": f.fingerprint },
    ...(f.direction === "down" ? { properties: { direction: "down" } } : {}),
  };
}

/**
 * SARIF's place for what a run says about itself rather than about the code: a skipped set is not
 * a result (it would become an alert), but a viewer shows the note beside the run.
 */
function invocation(notices: readonly Notice[]): Invocation {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: notices.map(
      (n): Notification => ({
        level: "note",
        message: { text: n.message },
        descriptor: { id: n.kind },
        ...(n.file !== undefined
          ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(n.file), uriBaseId: "%SRCROOT%" }, region: { startLine: n.line ?? 1 } } }] }
          : {}),
      }),
    ),
  };
}

function directoryUri(dir: string): string {
  const uri = pathToFileURL(dir).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}
