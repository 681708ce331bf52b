/** GitHub rejects a comment or review body over 65,536 characters; stay clearly below it. */
export const MAX_BODY_LENGTH = 65_000;

/**
 * Shortens a Markdown body to at most `max` characters, cutting at a line break, never inside a
 * surrogate pair, closing a code fence left open, and saying that something was cut. The start
 * of the body (where the hidden markers are) is always kept.
 */
export function truncateBody(body: string, max = MAX_BODY_LENGTH, notice = "_…cut to fit GitHub's size limit: the job summary and the findings file have everything._"): string {
  if (body.length <= max) return body;
  const tail = `\n\n${notice}\n`;
  const fence = "\n```";
  let cut = Math.max(0, max - tail.length - fence.length);
  const lineBreak = body.lastIndexOf("\n", cut);
  if (lineBreak > cut - 2_000 && lineBreak > 0) cut = lineBreak;
  const code = body.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // a high surrogate would be left without its pair
  let kept = body.slice(0, cut);
  if ((kept.match(/^```/gm)?.length ?? 0) % 2 === 1) kept += fence;
  return `${kept}${tail}`;
}
