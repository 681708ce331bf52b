import path from "node:path";
import type { SchemaFiles } from "./files.js";
import { qualifiedTable, type SchemaBuilder } from "./schema-builder.js";

/**
 * Prisma schemas: `model` blocks are tables (`@@map` renames, `@@schema` places, `@@ignore` leaves
 * out), their scalar fields columns (`@map` renames, `@ignore` leaves out). A field whose type is
 * another model is a relation, not a column; the scalar fields named in its `@relation(fields: ...)`
 * are the columns.
 */

interface LogicalLine {
  text: string;
  line: number;
}

interface Block {
  kind: string;
  name: string;
  line: number;
  members: LogicalLine[];
}

interface Attribute {
  name: string;
  args: string;
}

/** The schema's files, grouped into schemas: a multi-file schema is one group. */
export async function findPrismaSchemas(files: SchemaFiles): Promise<string[][]> {
  const prismaFiles = files.paths.filter((f) => f.endsWith(".prisma"));
  if (prismaFiles.length === 0) return [];
  const groups: string[][] = [];
  const covered = new Set<string>();
  for (const location of await configuredLocations(files)) {
    const group = prismaFiles.filter((f) => f === location || f.startsWith(`${location}/`));
    if (group.length === 0) continue;
    groups.push(group);
    for (const f of group) covered.add(f);
  }
  const byRoot = new Map<string, string[]>();
  for (const file of prismaFiles) {
    if (covered.has(file)) continue;
    const root = conventionalRoot(file);
    byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
  }
  return [...groups, ...byRoot.values()];
}

/** `prisma/schema/*.prisma` (and deeper) is one multi-file schema; otherwise a directory's files are. */
function conventionalRoot(file: string): string {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === "schema" && parts[i - 1] === "prisma") return parts.slice(0, i + 1).join("/");
  }
  return path.posix.dirname(file);
}

/** Schema paths set in `package.json` (`prisma.schema`) or `prisma.config.ts` (`schema`). */
async function configuredLocations(files: SchemaFiles): Promise<string[]> {
  const locations: string[] = [];
  for (const file of files.paths) {
    const dir = path.posix.dirname(file);
    if (file === "package.json" || file.endsWith("/package.json")) {
      const text = await files.read(file);
      try {
        const schema = (JSON.parse(text ?? "{}") as { prisma?: { schema?: unknown } }).prisma?.schema;
        if (typeof schema === "string") locations.push(path.posix.normalize(path.posix.join(dir, schema)));
      } catch {
        // Not JSON we can read: Prisma's defaults apply.
      }
    } else if (/(^|\/)prisma\.config\.[cm]?[jt]s$/.test(file)) {
      const schema = schemaInConfig((await files.read(file)) ?? "");
      if (schema) locations.push(path.posix.normalize(path.posix.join(dir, schema)));
    }
  }
  return locations.map((l) => l.replace(/\/$/, ""));
}

/** `schema: "prisma/schema"` or `schema: path.join("prisma", "schema")` in a Prisma config file. */
function schemaInConfig(text: string): string | undefined {
  const literal = /\bschema\s*:\s*(["'`])([^"'`$]+)\1/.exec(text);
  if (literal) return literal[2]!;
  const joined = /\bschema\s*:\s*(?:path\.)?(?:join|resolve)\(([^)]*)\)/.exec(text);
  if (!joined) return undefined;
  const parts = [...joined[1]!.matchAll(/(["'`])([^"'`]*)\1/g)].map((m) => m[2]!);
  return parts.length > 0 ? parts.join("/") : undefined;
}

/** Reads one Prisma schema (one or more files) into the builder. */
export function readPrismaSchema(files: readonly { path: string; text: string }[], builder: SchemaBuilder): void {
  const parsed = files.map((f) => ({ path: f.path, blocks: parseBlocks(f.text) }));
  for (const f of files) {
    const problem = syntaxProblem(f.text);
    if (problem) builder.unreadable(f.path, problem.line, problem.reason);
  }
  const models = new Set<string>();
  for (const { blocks } of parsed) for (const b of blocks) if (b.kind === "model") models.add(b.name);
  for (const { path: file, blocks } of parsed) {
    for (const block of blocks) {
      if (block.kind !== "model") continue;
      const blockAttributes = block.members.filter((m) => m.text.startsWith("@@")).flatMap((m) => attributes(m.text));
      if (blockAttributes.some((a) => a.name === "@@ignore")) continue;
      const mapped = stringArg(blockAttributes.find((a) => a.name === "@@map")?.args);
      const schema = stringArg(blockAttributes.find((a) => a.name === "@@schema")?.args);
      const table = builder.table(qualifiedTable(schema, mapped ?? block.name), { file, line: block.line, name: block.name }, "prisma");
      for (const member of block.members) {
        const field = parseField(member.text);
        if (!field || models.has(field.type)) continue;
        const fieldAttributes = attributes(field.rest);
        if (fieldAttributes.some((a) => a.name === "@ignore")) continue;
        const column = stringArg(fieldAttributes.find((a) => a.name === "@map")?.args) ?? field.name;
        table.column(column, { file, line: member.line, name: `${block.name}.${field.name}` });
      }
    }
  }
}

const BLOCK_START = /^(model|view|enum|type|datasource|generator)\s+([A-Za-z_][\w]*)\s*\{\s*(.*)$/;

/**
 * The first thing Prisma would reject in a schema file: a line outside every block that starts
 * none, or a block that is never closed (everything after its start would be lost).
 */
function syntaxProblem(text: string): { line: number; reason: string } | undefined {
  let open: { line: number; name: string } | undefined;
  for (const logical of logicalLines(text)) {
    const t = logical.text;
    if (!open) {
      const start = BLOCK_START.exec(t);
      if (start) {
        if (!/}\s*$/.test(start[3] ?? "")) open = { line: logical.line, name: `${start[1]} ${start[2]}` };
      } else {
        return { line: logical.line, reason: `\`${t.length > 40 ? `${t.slice(0, 40)}…` : t}\` is not a model, enum, type, view, datasource or generator block` };
      }
    } else if (t === "}" || (t.endsWith("}") && !t.includes("{"))) {
      open = undefined;
    } else if (BLOCK_START.test(t)) {
      return { line: logical.line, reason: `\`${open.name}\` (line ${open.line}) is not closed before this block starts` };
    }
  }
  return open ? { line: open.line, reason: `\`${open.name}\` is never closed with \`}\`` } : undefined;
}

function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const logical of logicalLines(text)) {
    const t = logical.text;
    if (!current) {
      const start = BLOCK_START.exec(t);
      if (start) current = { kind: start[1]!, name: start[2]!, line: logical.line, members: [] };
      continue;
    }
    if (t === "}") {
      blocks.push(current);
      current = undefined;
    } else if (t.endsWith("}") && !t.includes("{")) {
      current.members.push({ text: t.slice(0, -1).trim(), line: logical.line });
      blocks.push(current);
      current = undefined;
    } else {
      current.members.push(logical);
    }
  }
  return blocks;
}

/**
 * The schema's lines without comments, with lines joined while parentheses or brackets are open (an
 * attribute's arguments may span lines). Each keeps the number of the line it starts on.
 */
function logicalLines(text: string): LogicalLine[] {
  const result: LogicalLine[] = [];
  let buffer = "";
  let startLine = 1;
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      buffer += ch;
      if (ch === "\\") buffer += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (ch === "\n") {
      line++;
      if (depth > 0) {
        buffer += " ";
        continue;
      }
      if (buffer.trim()) result.push({ text: buffer.trim(), line: startLine });
      buffer = "";
      startLine = line;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (!buffer.trim()) startLine = line;
    buffer += ch;
  }
  if (buffer.trim()) result.push({ text: buffer.trim(), line: startLine });
  return result;
}

/** `email String? @unique @map("email_address")` → name, base type, and the attributes' text. */
function parseField(text: string): { name: string; type: string; rest: string } | undefined {
  if (text.startsWith("@")) return undefined;
  const match = /^([A-Za-z_]\w*)\s+([A-Za-z_][\w.]*)(\([^)]*\))?(\[\])?(\?)?\s*(.*)$/.exec(text);
  if (!match) return undefined;
  return { name: match[1]!, type: match[2]!, rest: match[6] ?? "" };
}

/** The `@name(args)` attributes of a field or block line. */
function attributes(text: string): Attribute[] {
  const result: Attribute[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i = skipString(text, i);
      continue;
    }
    if (text[i] !== "@") {
      i++;
      continue;
    }
    const name = /^@@?[\w.]+/.exec(text.slice(i))?.[0];
    if (!name) {
      i++;
      continue;
    }
    i += name.length;
    let args = "";
    if (text[i] === "(") {
      const end = closingParen(text, i);
      args = text.slice(i + 1, end);
      i = end + 1;
    }
    result.push({ name, args });
  }
  return result;
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '"') {
      i = skipString(text, i) - 1;
      continue;
    }
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return text.length;
}

/** The first string argument: `("users")` and `(name: "users")` alike. */
function stringArg(args: string | undefined): string | undefined {
  if (args === undefined) return undefined;
  const match = /"((?:[^"\\]|\\.)*)"/.exec(args);
  return match ? match[1]!.replace(/\\(.)/g, "$1") : undefined;
}
