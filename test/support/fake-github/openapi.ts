import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * GitHub's published REST description (npm @octokit/openapi), used to check that what the Action
 * sends, and what the fake answers, match the real API. Only the one file for api.github.com is
 * read, and only the operations the fake serves are kept.
 */
type Schema = Record<string, unknown>;

/**
 * Where GitHub's answers differ from its description: a review comment that no longer sits on
 * the current diff (outdated) has `line: null`, but the schema does not mark `line` nullable.
 */
const KNOWN_GAPS = [/^response(\[\d+\])?\.line is null$/];

export interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required?: boolean; schema: Schema }>;
  requestBody?: Schema;
  /** Response schema by status code. */
  responses: Map<number, Schema>;
}

interface Description {
  paths: Record<string, Record<string, { parameters?: Schema[]; requestBody?: Schema; responses: Record<string, Schema> }>>;
  components: Record<string, Record<string, Schema>>;
}

export class OpenApiContract {
  private readonly operations = new Map<string, Operation>();
  private readonly components: Description["components"];

  constructor(wanted: ReadonlyArray<readonly [method: string, path: string]>) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    const description = JSON.parse(readFileSync(file, "utf8")) as Description;
    this.components = description.components;
    for (const [method, path] of wanted) {
      const op = description.paths[path]?.[method.toLowerCase()];
      if (!op) throw new Error(`GitHub's OpenAPI description has no ${method} ${path}`);
      const responses = new Map<number, Schema>();
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = (this.resolve(response)["content"] as Record<string, { schema?: Schema }> | undefined)?.["application/json"]?.schema;
        if (schema) responses.set(Number(status), schema);
      }
      const body = op.requestBody ? (this.resolve(op.requestBody)["content"] as Record<string, { schema: Schema }>)["application/json"]?.schema : undefined;
      this.operations.set(`${method} ${path}`, {
        method,
        path,
        parameters: (op.parameters ?? []).map((p) => this.resolve(p) as unknown as Operation["parameters"][number]),
        ...(body ? { requestBody: body } : {}),
        responses,
      });
    }
  }

  operation(method: string, path: string): Operation {
    const op = this.operations.get(`${method} ${path}`);
    if (!op) throw new Error(`${method} ${path} was not loaded from the OpenAPI description`);
    return op;
  }

  /**
   * Problems with a request: its query parameters and JSON body. Stricter than GitHub on one
   * point: a body property the description does not define is an error (it would be a typo).
   */
  checkRequest(op: Operation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const known = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
    for (const p of op.parameters) {
      if (p.in !== "query" || !query.has(p.name)) continue;
      const raw = query.get(p.name)!;
      const type = this.resolve(p.schema)["type"];
      if (type === "integer" && !/^\d+$/.test(raw)) problems.push(`query ${p.name}=${raw} is not an integer`);
    }
    if (op.requestBody) this.check(op.requestBody, body, "body", { required: true }, problems);
    else if (body !== undefined) problems.push("a body on an operation that takes none");
    return problems;
  }

  /**
   * Problems with a response the fake sends: every field must exist in GitHub's schema with the
   * right type (the fake leaves out most fields, so `required` is not enforced).
   */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    const schema = op.responses.get(status);
    if (!schema) return body === undefined || status >= 400 ? [] : [`no ${status} response with a body in the description`];
    const problems: string[] = [];
    this.check(schema, body, "response", { required: false }, problems);
    return problems.filter((p) => !KNOWN_GAPS.some((gap) => gap.test(p)));
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; i < 20 && typeof current["$ref"] === "string"; i++) {
      const [, , group, name] = (current["$ref"] as string).split("/");
      current = this.components[group!]![name!]!;
    }
    return current;
  }

  private check(schemaOrRef: Schema, value: unknown, at: string, mode: { required: boolean }, problems: string[]): void {
    const schema = this.resolve(schemaOrRef);
    if (value === null) {
      if (schema["nullable"] !== true && !(schema["enum"] as unknown[] | undefined)?.includes(null)) problems.push(`${at} is null`);
      return;
    }
    for (const part of (schema["allOf"] as Schema[] | undefined) ?? []) this.check(part, value, at, mode, problems);
    const alternatives = (schema["oneOf"] ?? schema["anyOf"]) as Schema[] | undefined;
    if (alternatives) {
      const fits = alternatives.some((alt) => {
        const inner: string[] = [];
        this.check(alt, value, at, mode, inner);
        return inner.length === 0;
      });
      if (!fits) problems.push(`${at} matches none of the alternatives`);
      return;
    }
    const enumeration = schema["enum"] as unknown[] | undefined;
    if (enumeration && !enumeration.includes(value)) problems.push(`${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(enumeration)}`);
    const type = schema["type"];
    const actual = Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
    if (type === "integer" && actual !== "integer") problems.push(`${at} is ${actual}, not an integer`);
    else if (type === "number" && actual !== "integer" && actual !== "number") problems.push(`${at} is ${actual}, not a number`);
    else if ((type === "string" || type === "boolean" || type === "array") && actual !== type) problems.push(`${at} is ${actual}, not ${type}`);
    else if (type === "object" && (actual !== "object" || Array.isArray(value))) problems.push(`${at} is ${actual}, not an object`);
    if (actual === "array" && schema["items"]) (value as unknown[]).forEach((item, i) => this.check(schema["items"] as Schema, item, `${at}[${i}]`, mode, problems));
    if (actual === "object" && (schema["properties"] || type === "object")) {
      const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
      const additional = schema["additionalProperties"];
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (properties[key]) this.check(properties[key], item, `${at}.${key}`, mode, problems);
        else if (additional && typeof additional === "object") this.check(additional as Schema, item, `${at}.${key}`, mode, problems);
        else if (additional !== true) problems.push(`${at}.${key} is not in GitHub's schema`);
      }
      if (mode.required) for (const key of (schema["required"] as string[] | undefined) ?? []) if (!(key in (value as object))) problems.push(`${at}.${key} is required`);
    }
  }
}
