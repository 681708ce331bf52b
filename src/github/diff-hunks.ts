/**
 * Which lines of a file's new version a review comment can be placed on. GitHub accepts a
 * comment with `side: RIGHT` only on a line inside one of the diff's hunks (an added or a
 * context line); any other line makes it reject the whole review with 422.
 */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const raw of patch.split("\n")) {
    const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
    if (header) {
      oldLeft = header[1] === undefined ? 1 : Number(header[1]);
      newLine = Number(header[2]);
      newLeft = header[3] === undefined ? 1 : Number(header[3]);
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) continue; // outside a hunk (or a "\ No newline" marker after it)
    const kind = raw[0];
    if (kind === "+") {
      lines.add(newLine++);
      newLeft--;
    } else if (kind === "-") {
      oldLeft--;
    } else if (kind === "\\") {
      continue;
    } else {
      // A context line; some tools strip the leading space of an empty one.
      lines.add(newLine++);
      oldLeft--;
      newLeft--;
    }
  }
  return lines;
}
