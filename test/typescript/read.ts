import type { Migration } from "../../src/core/migration.js";
import type { Operation } from "../../src/core/operations.js";
import type { ImportResolver } from "../../src/typescript/app-dependencies.js";
import { readCodeMigration } from "../../src/typescript/code-migration.js";

/** Reads a TS/JS migration from text (the SQL parser and the compiler must be loaded). */
export function read(path: string, text: string, resolver?: ImportResolver): Migration {
  return readCodeMigration({ path, text, version: "1", setId: path.slice(0, path.lastIndexOf("/")) }, resolver ? { resolver } : {});
}

/** Operations without their statement (which rules see separately), for compact assertions. */
export function ops(m: Migration, direction: "up" | "down" = "up"): Record<string, unknown>[] {
  return m.operations
    .filter((o) => o.direction === direction)
    .map((o: Operation) => {
      const { statement: _s, span, callSpan: _c, call: _call, ...rest } = o as Operation & Record<string, unknown>;
      return { ...rest, line: span.line };
    });
}

/** One line per operation: `kind table detail @line`. */
export function summary(m: Migration, direction: "up" | "down" = "up"): string[] {
  return m.operations
    .filter((o) => o.direction === direction)
    .map((o) => {
      const r = o as unknown as Record<string, unknown>;
      const table = (r["table"] as string | undefined) ?? (r["index"] as string | undefined) ?? (r["type"] as string | undefined) ?? "";
      let detail = "";
      switch (o.kind) {
        case "create-table":
          detail = o.columns.map((c) => `${c.name}:${c.type?.display ?? "?"}${c.notNull ? "!" : ""}${c.default ? `=${c.default.display}` : ""}`).join(",");
          break;
        case "add-column":
          detail = `${o.column.name}:${o.column.type?.display ?? "?"}${o.column.notNull ? "!" : ""}${o.column.default ? `=${o.column.default.display}` : ""}${o.column.references ? `->${o.column.references.table}` : ""}`;
          break;
        case "create-index":
          detail = `${o.name}(${o.columns.join(",")})${o.unique ? " unique" : ""}${o.concurrent ? " concurrently" : ""}`;
          break;
        case "drop-index":
          detail = o.concurrent ? "concurrently" : "";
          break;
        case "alter-column-type":
          detail = `${o.column}:${o.type.display}${o.recreatesColumn ? " recreates" : ""}`;
          break;
        case "add-constraint":
          detail = `${o.constraint.type} ${o.constraint.name}(${o.constraint.columns.join(",")})${o.constraint.notValid ? " not valid" : ""}`;
          break;
        case "set-not-null":
        case "drop-not-null":
        case "drop-default":
        case "drop-column":
          detail = o.column;
          break;
        case "set-default":
          detail = `${o.column}=${o.default.display}`;
          break;
        case "rename-column":
          detail = `${o.column}->${o.newName}`;
          break;
        case "rename-table":
          detail = `->${o.newName}`;
          break;
        case "data-change":
          detail = `${o.dml} ${o.rows}${o.columns.length ? ` (${o.columns.join(",")})` : ""}`;
          break;
        case "add-enum-value":
          detail = o.value;
          break;
        case "set":
          detail = `${o.name}=${o.value}`;
          break;
        default:
          break;
      }
      return `${o.kind} ${table}${detail ? ` ${detail}` : ""} @${o.span.line}`.replace(/\s+/g, " ");
    });
}
