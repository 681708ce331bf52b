/**
 * Fixtures and doc examples mark where a rule must fire with a comment on the line before it:
 * `-- expect: rule-id` in SQL, `// expect: rule-id` in TS. The marked line is the next one that is
 * neither blank nor another expect comment (so a suppression comment can be marked too); a
 * trailing expect comment marks its own line. Returns one line per expected finding.
 */
export function expectedLines(text: string, ruleId: string): number[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expected: number[] = [];
  const marker = /(--|\/\/)\s*expect:\s*([a-z0-9/@-]+(?:\s*,\s*[a-z0-9/@-]+)*)/;
  lines.forEach((line, i) => {
    const match = marker.exec(line);
    if (!match) return;
    const ids = match[2]!.split(/\s*,\s*/);
    const count = ids.filter((id) => id === ruleId).length;
    if (count === 0) return;
    const trailing = line.slice(0, match.index).trim() !== "";
    let target = i;
    if (!trailing) {
      target = i + 1;
      while (target < lines.length && (/^\s*$/.test(lines[target]!) || marker.test(lines[target]!))) target++;
    }
    for (let n = 0; n < count; n++) expected.push(target + 1);
  });
  return expected.sort((a, b) => a - b);
}
