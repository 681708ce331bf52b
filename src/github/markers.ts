/**
 * Hidden HTML comments that let a later run find what an earlier run posted: the sticky summary,
 * each inline comment's finding, and whether that finding was since fixed. Markdown renders
 * none of them.
 */
const PREFIX = "<!-- migration-guard:";

export const SUMMARY_MARKER = `${PREFIX}summary -->`;
export const REVIEW_MARKER = `${PREFIX}review -->`;
export const RESOLVED_MARKER = `${PREFIX}resolved -->`;
export const FINDING_MARKER = /<!-- migration-guard:finding (\S+) -->/;

/** Encoded, so that no fingerprint (one can hold a file path) can end the HTML comment early. */
export function findingMarker(fingerprint: string): string {
  return `${PREFIX}finding ${encodeURIComponent(fingerprint)} -->`;
}

/** The fingerprint an inline comment was posted for, if it is one of ours. */
export function fingerprintOf(body: string): string | undefined {
  const encoded = FINDING_MARKER.exec(body)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

export function isResolvedBody(body: string): boolean {
  return body.includes(RESOLVED_MARKER);
}
