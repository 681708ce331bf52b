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
    const fence = /^```(\w+)/.exec(line);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    if (kind) {
      examples.push({ kind, language: fence[1]!, code: lines.slice(start, end).join("\n") + "\n", line: start + 1, config: pendingConfig });
    }
    pendingConfig = {};
    i = end;
  }
  return examples;
}
