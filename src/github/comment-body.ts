import type { Finding } from "../core/finding.js";
import { FINDING_MARKER, findingMarker, neutralizeMarkers, RESOLVED_MARKER } from "./markers.js";
import type { ResolveReason } from "./review-plan.js";
import { truncateBody } from "./truncate.js";

const SEVERITY_ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

/**
 * An inline review comment: which rule, what happens in production and what to write instead
 * (the rule's message says both), where the rule is explained, and how to suppress it knowingly.
 */
export function inlineCommentBody(f: Finding): string {
  const rule = f.docsUrl ? `[\`${f.ruleId}\`](${f.docsUrl})` : `\`${f.ruleId}\``;
  const direction = f.direction === "down" ? " · down migration" : "";
  const lines = [
    findingMarker(f.fingerprint),
    `**${SEVERITY_ICON[f.severity]} migration-guard** · ${rule} · ${f.severity}${direction}`,
    "",
    neutralizeMarkers(f.message),
    "",
    `<sub>${f.docsUrl ? `[Why and how to fix](${f.docsUrl}) · ` : ""}If this is intended, say why on the line before: \`-- migration-guard-ignore ${f.ruleId}: <reason>\`</sub>`,
  ];
  return truncateBody(lines.join("\n"));
}

/**
 * An earlier comment whose finding is gone: it keeps its fingerprint (so a later run still
 * recognizes it) and its original text, folded, under a line that says since when.
 */
export function resolvedCommentBody(original: string, headSha: string, reason: ResolveReason): string {
  const withoutMarker = original.replace(RESOLVED_MARKER, "").trim();
  const marker = FINDING_MARKER.exec(withoutMarker)?.[0] ?? "";
  const text = withoutMarker.replace(marker, "").trim();
  const folded = /^<details>/.test(text) ? text : `<details><summary>Original comment</summary>\n\n${text}\n\n</details>`;
  const headline = {
    fixed: `✅ **Resolved:** migration-guard no longer reports this as of ${headSha.slice(0, 7)}.`,
    moved: `↪️ **Moved:** the code changed; this finding has a newer comment as of ${headSha.slice(0, 7)}.`,
    duplicate: "↪️ **Duplicate:** an earlier comment on this pull request reports the same finding.",
  }[reason];
  return truncateBody([marker, RESOLVED_MARKER, headline, "", folded].join("\n"));
}
