/**
 * psql scripts mix SQL with lines only psql understands: meta-commands (`\set`, `\connect`,
 * `\i file`, ...) and the data rows of `COPY ... FROM stdin`, which end at a `\.` line. Sent to
 * the parser as SQL they would merge with the next statement and hide it. They are found here
 * with a small lexer that knows where SQL quotes and comments are, so a backslash inside a
 * string is never mistaken for a command.
 */

export interface PsqlPart {
  kind: "meta-command" | "copy-data";
  /** UTF-16 offsets into the text; a meta-command runs to the end of its line. */
  start: number;
  end: number;
}

/** Meta-commands that send the query buffer, as a semicolon would. */
const SENDS_QUERY = /^\\(g|gx|gset|gexec|gdesc|crosstabview|watch)\b/;

const COPY_FROM_STDIN = /^COPY\b[\s\S]*\bFROM\s+STDIN\b/i;

/** The psql-only parts of a text, in order; none for plain SQL. */
export function psqlParts(text: string): PsqlPart[] {
  if (!text.includes("\\")) return [];
  const parts: PsqlPart[] = [];
  const n = text.length;
  let statementStart = -1;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "-" && next === "-") {
      i = lineEnd(text, i);
    } else if (c === "/" && next === "*") {
      i = blockCommentEnd(text, i);
    } else if (c === "'" || c === '"') {
      if (statementStart < 0) statementStart = i;
      i = quotedEnd(text, i);
    } else if (c === "$" && (i === 0 || !/[A-Za-z0-9_$]/.test(text[i - 1]!))) {
      if (statementStart < 0) statementStart = i;
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? n : close + tag[0].length;
      } else {
        i++;
      }
    } else if (c === "\\") {
      const end = metaCommandEnd(text, i);
      parts.push({ kind: "meta-command", start: i, end });
      if (SENDS_QUERY.test(text.slice(i, end))) statementStart = -1;
      i = end;
    } else if (c === ";") {
      const statement = statementStart >= 0 ? text.slice(statementStart, i) : "";
      statementStart = -1;
      i++;
      if (COPY_FROM_STDIN.test(statement)) {
        const data = copyData(text, i);
        if (data) parts.push(data);
        i = data?.end ?? i;
      }
    } else {
      if (statementStart < 0 && !/\s/.test(c)) statementStart = i;
      i++;
    }
  }
  return parts;
}

/**
 * The text with the psql-only parts blanked (newlines kept, so every offset and line stays), and a
 * meta-command that sends the query buffer turned into the semicolon it stands for.
 */
export function blankPsqlParts(text: string, parts: readonly PsqlPart[]): string {
  if (parts.length === 0) return text;
  let result = "";
  let last = 0;
  for (const part of parts) {
    result += text.slice(last, part.start);
    const blank = text.slice(part.start, part.end).replace(/[^\r\n]/g, " ");
    result += part.kind === "meta-command" && SENDS_QUERY.test(text.slice(part.start, part.end)) ? `;${blank.slice(1)}` : blank;
    last = part.end;
  }
  return result + text.slice(last);
}

/** The command word of a meta-command part, e.g. `\set`. */
export function metaCommandName(text: string, part: PsqlPart): string {
  return /^\\[^\s\\]*/.exec(text.slice(part.start, part.end))?.[0] ?? "\\";
}

/** A meta-command ends at the end of its line, or at `\\`, which separates it from SQL on the same line. */
function metaCommandEnd(text: string, from: number): number {
  const end = lineEnd(text, from);
  const separator = text.indexOf("\\\\", from + 1);
  return separator >= 0 && separator < end ? separator + 2 : end;
}

/** COPY data: the lines after the statement, up to and including a line that is `\.` (or the end). */
function copyData(text: string, afterSemicolon: number): PsqlPart | undefined {
  const firstLine = lineEnd(text, afterSemicolon);
  if (text.slice(afterSemicolon, firstLine).trim() !== "") return undefined;
  const start = firstLine;
  if (start >= text.length) return undefined;
  const terminator = /^\\\.[ \t]*(\r?\n|$)/m;
  const rest = text.slice(start);
  const match = terminator.exec(rest);
  const end = match ? start + match.index + match[0].length : text.length;
  return { kind: "copy-data", start, end };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl + 1;
}

function blockCommentEnd(text: string, from: number): number {
  let depth = 1;
  let j = from + 2;
  while (j < text.length && depth > 0) {
    if (text[j] === "/" && text[j + 1] === "*") (depth++, (j += 2));
    else if (text[j] === "*" && text[j + 1] === "/") (depth--, (j += 2));
    else j++;
  }
  return j;
}

function quotedEnd(text: string, from: number): number {
  const quote = text[from]!;
  const escapes = quote === "'" && from > 0 && /[eE]/.test(text[from - 1]!) && !/[A-Za-z0-9_$]/.test(text[from - 2] ?? " ");
  let j = from + 1;
  while (j < text.length) {
    if (escapes && text[j] === "\\") j += 2;
    else if (text[j] === quote && text[j + 1] === quote) j += 2;
    else if (text[j] === quote) return j + 1;
    else j++;
  }
  return text.length;
}
