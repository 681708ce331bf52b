import { readFileSync } from "node:fs";
import path from "node:path";

export const DOCS = path.resolve(import.meta.dirname, "../../docs/rules");

export interface DocExample {
  kind: "bad" | "good";
  language: string;
  code: string;
  /** Line of the code block's first line in the doc page. */
  line: number;
  /** Config for this example, from a `<!-- config: {...} -->` comment right before the block. */
  config: Record<string, unknown>;
  /**
   * SQL of an earlier, already deployed migration the example runs after: the last block marked
   * `<!-- history -->` above it on the page. It lets an example act on tables that exist in production.
   */
  history?: string;
}

/**
 * The code blocks of a rule's doc page, classified by the heading they sit under: a heading with
 * "Bad" in it starts bad examples, one with "Good" good examples; other headings end them.
 */
export function docExamples(ruleId: string): DocExample[] {
  const text = readFileSync(path.join(DOCS, `${ruleId}.md`), "utf8");
  const lines = text.split("\n");
  const examples: DocExample[] = [];
  let kind: DocExample["kind"] | undefined;
  let pendingConfig: Record<string, unknown> = {};
  let pendingHistory = false;
  let history: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      kind = /\bbad\b/i.test(heading[1]!) ? "bad" : /\bgood\b/i.test(heading[1]!) ? "good" : undefined;
      continue;
    }
    const config = /^<!--\s*config:\s*(\{.*\})\s*-->$/.exec(line);
    if (config) {
      pendingConfig = JSON.parse(config[1]!) as Record<string, unknown>;
      continue;
    }
    if (/^<!--\s*history\s*-->$/.test(line)) {
      pendingHistory = true;
      continue;
    }
    const fence = /^```(\w+)/.exec(line);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    const code = lines.slice(start, end).join("\n") + "\n";
    if (pendingHistory) {
      history = code;
    } else if (kind) {
      examples.push({ kind, language: fence[1]!, code, line: start + 1, config: pendingConfig, ...(history ? { history } : {}) });
    }
    pendingConfig = {};
    pendingHistory = false;
    i = end;
  }
  return examples;
}
