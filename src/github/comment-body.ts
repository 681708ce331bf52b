import type { Finding } from "../core/finding.js";
import { codeSpan, plainText, ruleMessage, safeUrl } from "../report/markdown-text.js";
import { FINDING_MARKER, findingMarker, RESOLVED_MARKER } from "./markers.js";
import type { ResolveReason } from "./review-plan.js";
import { truncateBody } from "./truncate.js";

const SEVERITY_ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

/**
 * An inline review comment: which rule, what happens in production and what to write instead
 * (the rule's message says both), where the rule is explained, and how to suppress it knowingly.
 */
export function inlineCommentBody(f: Finding, options: { plainMessage?: boolean } = {}): string {
  const docsUrl = f.docsUrl ? safeUrl(f.docsUrl) : undefined;
  const rule = docsUrl ? `[${codeSpan(f.ruleId)}](${docsUrl})` : codeSpan(f.ruleId);
  const direction = f.direction === "down" ? " · down migration" : "";
  const lines = [
    findingMarker(f.fingerprint),
    `**${SEVERITY_ICON[f.severity]} migration-guard** · ${rule} · ${f.severity}${direction}`,
    "",
    // A findings file's message is the pull request's own text: shown as typed, no code spans.
    options.plainMessage ? plainText(f.message) : ruleMessage(f.message),
    "",
    `<sub>${docsUrl ? `[Why and how to fix](${docsUrl}) · ` : ""}If this is intended, say why on the line before: ${codeSpan(`-- migration-guard-ignore ${f.ruleId}: <reason>`)}</sub>`,
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
