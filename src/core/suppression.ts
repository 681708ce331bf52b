import type { SourceSpan } from "./location.js";

/**
 * A `migration-guard-ignore` comment. In SQL it is written `-- migration-guard-ignore rule-id: reason`,
 * in TS/JS `// migration-guard-ignore rule-id: reason`; `migration-guard-ignore-file` covers the file.
 */
export interface Suppression {
  ruleIds: string[];
  reason?: string;
  scope: "file" | "statement";
  /** Where the comment itself is. */
  span: SourceSpan;
  /**
   * The line of code the comment covers: its own line when it trails code, otherwise the next line
   * holding code. A finding is covered when it starts on that line or its statement or call does.
   */
  targetLine: number;
}

const DIRECTIVE = /(--|\/\/|\/\*|#)\s*migration-guard-ignore(-file)?(?![\w-])(.*)$/;
const COMMENT_ONLY_LINE = /^\s*(--|\/\/|\/\*|\*|#|$)/;

/** Finds suppression comments in the text of a migration (any language: comment markers are matched per line). */
export function findSuppressions(text: string): Suppression[] {
  if (!text.includes("migration-guard-ignore")) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const found: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!;
    const match = DIRECTIVE.exec(lineText);
    if (!match) continue;
    const markerIndex = match.index;
    const trailing = lineText.slice(0, markerIndex).trim() !== "";
    const { ruleIds, reason } = parseDirectiveBody(match[3]!);
    let targetLine = i + 1;
    if (!trailing) {
      let next = i + 1;
      while (next < lines.length && COMMENT_ONLY_LINE.test(lines[next]!)) next++;
      targetLine = next < lines.length ? next + 1 : i + 1;
    }
    found.push({
      ruleIds,
      ...(reason ? { reason } : {}),
      scope: match[2] ? "file" : "statement",
      span: { line: i + 1, column: markerIndex + 1, endLine: i + 1, endColumn: lineText.length + 1 },
      targetLine,
    });
  }
  return found;
}

function parseDirectiveBody(body: string): { ruleIds: string[]; reason?: string } {
  const cleaned = body.replace(/\*\/\s*$/, "").trim();
  const colon = cleaned.indexOf(":");
  const idsPart = colon >= 0 ? cleaned.slice(0, colon) : cleaned;
  const reason = colon >= 0 ? cleaned.slice(colon + 1).trim() : "";
  // Without a colon, ids run until the first word that cannot be a rule id.
  const ruleIds: string[] = [];
  for (const token of idsPart.split(/[\s,]+/)) {
    if (token === "") continue;
    if (!/^[a-z0-9@][a-z0-9@/_-]*$/i.test(token)) break;
    ruleIds.push(token);
  }
  return reason ? { ruleIds, reason } : { ruleIds };
}
