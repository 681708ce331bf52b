import type { Finding } from "../core/finding.js";
import { formatGithub } from "../report/github.js";
import { plural } from "../report/summary.js";

/** GitHub shows at most this many annotations of each type (error, warning, notice) per step. */
export const ANNOTATIONS_PER_TYPE = 10;

/**
 * Writes one workflow command per finding, the most severe first, and returns how many of them
 * GitHub will not show on the files.
 */
export function writeAnnotations(findings: readonly Finding[], write: (line: string) => void): number {
  for (const line of formatGithub(findings).split("\n")) if (line) write(line);
  const perType = new Map<string, number>();
  for (const f of findings) perType.set(f.severity, (perType.get(f.severity) ?? 0) + 1);
  let hidden = 0;
  for (const count of perType.values()) hidden += Math.max(0, count - ANNOTATIONS_PER_TYPE);
  return hidden;
}

export function hiddenAnnotationsNote(hidden: number, total: number): string | undefined {
  if (hidden === 0) return undefined;
  return `GitHub shows at most ${ANNOTATIONS_PER_TYPE} annotations of each type per step: ${plural(hidden, "finding")} of ${total} ${hidden === 1 ? "is" : "are"} not annotated on the files (the most severe are). This table lists them all.`;
}
