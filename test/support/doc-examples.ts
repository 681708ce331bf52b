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
  /** The migration's path, from a `<!-- file: path -->` comment right before the block. */
  file?: string;
  /** App files shown earlier in the same section (blocks after `<!-- file: path -->` that are not SQL). */
  appFiles: Map<string, string>;
  /** Files on the base branch shown earlier in the same section (blocks after `<!-- base: path -->`). */
  baseFiles: Map<string, string>;
}

/**
 * The code blocks of a rule's doc page, classified by the heading they sit under: a heading with
 * "Bad" in it starts bad examples, one with "Good" good examples; other headings end them.
 * HTML comments right before a block give it a path (`file:`), make it a file of the base branch
 * (`base:`), make it the deployed history of the examples below it (`history`), or set config
 * (`config:`). A non-SQL block with a path is an app file (a Prisma schema, an entity) for the SQL
 * examples after it in the same section.
 */
export function docExamples(ruleId: string): DocExample[] {
  const text = readFileSync(path.join(DOCS, `${ruleId}.md`), "utf8");
  const lines = text.split("\n");
  const examples: DocExample[] = [];
  let kind: DocExample["kind"] | undefined;
  let pending: { config: Record<string, unknown>; file?: string; base?: string; history?: boolean } = { config: {} };
  let appFiles = new Map<string, string>();
  let baseFiles = new Map<string, string>();
  let history: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      kind = /\bbad\b/i.test(heading[1]!) ? "bad" : /\bgood\b/i.test(heading[1]!) ? "good" : undefined;
      appFiles = new Map();
      baseFiles = new Map();
      continue;
    }
    const comment = /^<!--\s*(config|file|base):\s*(.*?)\s*-->$/.exec(line);
    if (comment) {
      if (comment[1] === "config") pending.config = JSON.parse(comment[2]!) as Record<string, unknown>;
      else if (comment[1] === "file") pending.file = comment[2]!;
      else pending.base = comment[2]!;
      continue;
    }
    if (/^<!--\s*history\s*-->$/.test(line)) {
      pending.history = true;
      continue;
    }
    const fence = /^```(\w+)/.exec(line);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    const code = lines.slice(start, end).join("\n") + "\n";
    const language = fence[1]!;
    if (pending.history) history = code;
    else if (pending.base) baseFiles.set(pending.base, code);
    else if (language !== "sql" && pending.file) appFiles.set(pending.file, code);
    else if (kind) {
      examples.push({
        kind,
        language,
        code,
        line: start + 1,
        config: pending.config,
        ...(history ? { history } : {}),
        ...(pending.file ? { file: pending.file } : {}),
        appFiles: new Map(appFiles),
        baseFiles: new Map(baseFiles),
      });
    }
    pending = { config: {} };
    i = end;
  }
  return examples;
}
