/**
 * Fixtures and doc examples mark where a rule must fire with a comment on the line before it:
 * `-- expect: rule-id` in SQL, `// expect: rule-id` in TS. The marked line is the next one that is
 * neither blank nor another expect comment (so a suppression comment can be marked too); a
 * trailing expect comment marks its own line. A marker may add key facts the message must state,
 * each after ` ~ `: `-- expect: no-data-change-with-ddl ~ ACCESS EXCLUSIVE ~ \`orders\``.
 */
export interface ExpectedFinding {
  line: number;
  /** Texts the finding's message must contain. */
  facts: string[];
}

const MARKER = /(--|\/\/)\s*expect:\s*([a-z0-9/@-]+(?:\s*,\s*[a-z0-9/@-]+)*)((?:\s+~\s+.+?)*)\s*$/;

export function expectedFindings(text: string, ruleId: string): ExpectedFinding[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expected: ExpectedFinding[] = [];
  lines.forEach((line, i) => {
    const match = MARKER.exec(line);
    if (!match) return;
    const ids = match[2]!.split(/\s*,\s*/);
    const count = ids.filter((id) => id === ruleId).length;
    if (count === 0) return;
    const facts = match[3] ? match[3].split(/\s+~\s+/).map((f) => f.trim()).filter(Boolean) : [];
    const trailing = line.slice(0, match.index).trim() !== "";
    let target = i;
    if (!trailing) {
      target = i + 1;
      while (target < lines.length && (/^\s*$/.test(lines[target]!) || MARKER.test(lines[target]!))) target++;
    }
    for (let n = 0; n < count; n++) expected.push({ line: target + 1, facts });
  });
  return expected.sort((a, b) => a.line - b.line);
}

/** The lines of `expectedFindings`, one per expected finding. */
export function expectedLines(text: string, ruleId: string): number[] {
  return expectedFindings(text, ruleId).map((e) => e.line);
}
