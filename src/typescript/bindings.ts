import { quoteLiteral, quoteName } from "./builder-sql.js";
import { concatTexts, textAt, type MappedText } from "./mapped-text.js";
import { placeholderName, type StaticValue } from "./static-values.js";

/**
 * Fills the binding markers of raw SQL the way the tool does before sending it: Knex's `?`
 * (value) and `??` (identifier), `:name` and `:name:`; Sequelize's `?` and `:name` replacements.
 * A value known only at run time becomes a parameter (`$1`), an identifier a quoted placeholder;
 * the substituted text maps to the marker's position in the file.
 */
export function substituteBindings(sql: MappedText, bindings: StaticValue | undefined, style: "knex" | "sequelize"): MappedText {
  if (!bindings || bindings.kind === "null") return sql;
  const positional = bindings.kind === "array" ? bindings.items : undefined;
  const named = bindings.kind === "object" ? bindings.entries : undefined;
  if (!positional && !named) return sql;
  const text = sql.text;
  const parts: MappedText[] = [];
  let last = 0;
  let next = 0;
  let param = 0;
  const slice = (from: number, to: number): MappedText => ({
    text: text.slice(from, to),
    offsets: sql.offsets.slice(from, to + 1),
    placeholders: sql.placeholders.filter((p) => p.start >= from && p.end <= to).map((p) => ({ ...p, start: p.start - from, end: p.end - from })),
  });
  const substitute = (start: number, end: number, value: StaticValue | undefined, identifier: boolean) => {
    parts.push(slice(last, start));
    const at = sql.offsets[start]!;
    const rendered = identifier ? renderIdentifier(value) : renderValue(value, () => `$${++param}`);
    const mapped = textAt(rendered.text, at);
    if (rendered.placeholder) mapped.placeholders.push({ start: 0, end: rendered.text.length, source: rendered.placeholder });
    parts.push(mapped);
    last = end;
  };
  let i = 0;
  let quote: string | undefined;
  while (i < text.length) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "?") {
      // An escaped question mark is sent as `?` (a jsonb operator, say).
      parts.push(slice(last, i));
      last = i + 1;
      i += 2;
      continue;
    }
    if (positional && c === "?") {
      const identifier = style === "knex" && text[i + 1] === "?";
      if (text[i + 1] === "|" || text[i + 1] === "&") {
        i += 2;
        continue;
      }
      substitute(i, i + (identifier ? 2 : 1), positional[next++], identifier);
      i += identifier ? 2 : 1;
      continue;
    }
    if (named && c === ":" && text[i - 1] !== ":" && text[i + 1] !== ":") {
      const match = /^:([A-Za-z_]\w*)(:?)/.exec(text.slice(i));
      if (match && named.has(match[1]!)) {
        const identifier = style === "knex" && match[2] === ":" && text[i + match[0].length] !== ":";
        const length = identifier ? match[0].length : match[1]!.length + 1;
        substitute(i, i + length, named.get(match[1]!), identifier);
        i += length;
        continue;
      }
    }
    i++;
  }
  if (parts.length === 0) return sql;
  parts.push(slice(last, text.length));
  return concatTexts(parts);
}

interface Rendered {
  text: string;
  /** The expression a placeholder stands for, when the value is not static. */
  placeholder?: string;
}

function renderIdentifier(value: StaticValue | undefined): Rendered {
  if (value?.kind === "string" && value.text.placeholders.length === 0) return { text: quoteName(value.text.text) };
  if (value?.kind === "array") return { text: value.items.map((v) => renderIdentifier(v).text).join(", ") };
  const source = value?.kind === "dynamic" ? value.node.getText() : "identifier";
  return { text: `"${placeholderName(source)}"`, placeholder: source };
}

/** A SQL literal for a static value; a parameter for one known only at run time. */
export function renderValue(value: StaticValue | undefined, parameter: () => string): Rendered {
  switch (value?.kind) {
    case "string":
      return value.text.placeholders.length === 0 ? { text: quoteLiteral(value.text.text) } : { text: parameter() };
    case "number":
      return { text: String(value.value) };
    case "boolean":
      return { text: value.value ? "true" : "false" };
    case "null":
      return { text: "NULL" };
    case "array":
      return { text: value.items.map((v) => renderValue(v, parameter).text).join(", ") || "NULL" };
    default:
      return { text: parameter() };
  }
}
