import type { Colors } from "picocolors/types.js";
import { SEVERITY_RANK, type Finding, type Severity } from "../core/finding.js";

/** Roughly a terminal's height: past this, a reader scrolling back misses what the run was about. */
export const SCREENFUL_LINES = 60;

/**
 * Settings that silence a rule when the team's runner already does what the rule asks, by rule
 * id. Only rules whose findings can be fully handled outside the migrations have one.
 */
const RUNNER_SETTINGS: Record<string, { setting: string; when: string }> = {
  "require-lock-timeout": { setting: '"assumeLockTimeout": true', when: "your runner already sets lock_timeout (in the connection string or the role's settings)" },
  "require-statement-timeout": {
    setting: '"rules": { "require-statement-timeout": ["warning", { "assumeStatementTimeout": true }] }',
    when: "your runner already sets statement_timeout",
  },
};

/**
 * The end of a long report, ESLint-style: how many findings each rule has (every rule, errors
 * first, so nothing is hidden), and the settings that usually matter on a first run of a
 * mature project: what silences the most frequent rule when the runner already handles it, and
 * how to check only the migrations added from now on.
 */
export function ruleCounts(findings: readonly Finding[], colors: Colors): string {
  const byRule = new Map<string, { count: number; severity: Severity }>();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId) ?? { count: 0, severity: f.severity };
    entry.count++;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    byRule.set(f.ruleId, entry);
  }
  const rows = [...byRule].sort(([a, x], [b, y]) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.count - x.count || a.localeCompare(b));
  const width = Math.max(...rows.map(([id]) => id.length));
  const countWidth = Math.max(...rows.map(([, r]) => String(r.count).length));
  const paint = (severity: Severity) => (severity === "error" ? colors.red(severity) : severity === "warning" ? colors.yellow(severity) : colors.blue(severity));
  const lines = [colors.bold("Findings by rule:")];
  for (const [id, r] of rows) lines.push(`  ${id.padEnd(width)}  ${String(r.count).padStart(countWidth)}  ${paint(r.severity)}`);

  const [mostId, most] = [...byRule].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))[0]!;
  const settings: string[] = [];
  const known = RUNNER_SETTINGS[mostId];
  settings.push(
    known
      ? `${mostId} is the most frequent (${most.count}): if ${known.when}, set ${colors.bold(known.setting)} in the config.`
      : `${mostId} is the most frequent (${most.count}): \`migration-guard explain ${mostId}\` says why it matters; if your team accepts the risk, change its level under "rules" in the config.`,
  );
  for (const [id, setting] of Object.entries(RUNNER_SETTINGS)) {
    if (id !== mostId && byRule.has(id)) settings.push(`${id} (${byRule.get(id)!.count}): if ${setting.when}, set ${colors.bold(setting.setting)}.`);
  }
  settings.push(
    `To check only the migrations added from now on, set ${colors.bold('"startAfter"')} to the version of the newest migration, or run with ${colors.bold("--base origin/main")} in CI.`,
  );
  lines.push("", colors.bold("Settings that usually matter on a first run:"), ...settings.slice(0, 3).map((s) => `  - ${s}`));
  return lines.join("\n");
}
