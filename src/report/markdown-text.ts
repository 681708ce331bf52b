/**
 * Text from the analysed repository in Markdown that GitHub renders as the bot: identifiers,
 * file names, parser messages, and, in the fork-safe posting job, whole messages of a findings
 * file the pull request's own workflow wrote. None of it may become markup: no HTML, no images,
 * no links, no @mentions, no headings or blocks, no way out of a code span or a table cell.
 */

const ZERO_WIDTH_SPACE = "\u200b";

/** One line: a newline would start a block (a heading, a fence, a suggestion) or end a table row. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, " ");
}

/**
 * `text` as a code span: its content is shown literally (no HTML, no mentions, no links). The
 * fence is longer than any run of backticks inside, as CommonMark requires, and a space pads
 * content that starts or ends with a backtick. Pipes are escaped for table cells (GitHub removes
 * the backslash inside a cell's code span).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  // A hidden marker inside a span would still be in the comment's source, where runs look for them.
  let content = oneLine(text).replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`).replace(/-->/g, `--${ZERO_WIDTH_SPACE}>`);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || (content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * Plain text, shown as written: HTML escaped; backslash-escaped what could open a link or image
 * (`[`), a code span, a heading or a table cell (emphasis stays: it can only change the look);
 * @mentions, team mentions and bare URLs broken by an invisible space so GitHub neither notifies
 * nor links.
 */
export function plainText(text: string): string {
  return oneLine(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`[\]#|]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}

/**
 * A message written by a rule: plain text with code spans (rules name identifiers with a code
 * span). The spans are read as CommonMark reads them and written again safely; everything
 * between them is plain text.
 */
export function ruleMessage(message: string, options: { inTable?: boolean } = {}): string {
  let out = "";
  let i = 0;
  let text = "";
  const flush = () => {
    out += plainText(text);
    text = "";
  };
  while (i < message.length) {
    if (message[i] !== "`") {
      text += message[i++];
      continue;
    }
    let run = 1;
    while (message[i + run] === "`") run++;
    const close = findClosingRun(message, i + run, run);
    if (close < 0) {
      text += message.slice(i, i + run);
      i += run;
      continue;
    }
    flush();
    let content = message.slice(i + run, close);
    if (content.length > 1 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") content = content.slice(1, -1);
    out += codeSpan(content, options);
    i = close + run;
  }
  flush();
  return out;
}

/** Where a backtick run of exactly `length` starts, from `from`; -1 when none closes the span. */
function findClosingRun(text: string, from: number, length: number): number {
  for (let i = from; i < text.length; ) {
    if (text[i] !== "`") {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === "`") run++;
    if (run === length) return i;
    i += run;
  }
  return -1;
}

/**
 * A link target that cannot end the link early or run script: https only, and the characters
 * that close a Markdown link destination percent-encoded. Undefined for anything else.
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:") return undefined;
  return parsed.href.replace(/[()<>[\]\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
