import { defineRule, type Operation } from "../src/index.js";
import { code } from "./support/advice.js";

/** Postgres keeps the first NAMEDATALEN - 1 bytes of an identifier. */
const MAX_BYTES = 63;

interface NamedObject {
  what: string;
  name: string;
  at: Operation;
}

export default defineRule({
  id: "identifier-too-long",
  description: "A name longer than 63 bytes, which Postgres silently truncates: lookups by the full name miss, and two long names can collide.",
  severity: "warning",
  check(ctx) {
    /** Full names by the name Postgres keeps, to spot two long names that become one. */
    const seen = new Map<string, { name: string; line: number }>();
    for (const group of statementGroups(ctx.operations)) {
      const long = group.flatMap((op) => op.longNames ?? []);
      if (long.length === 0) continue;
      const defined = group.flatMap(namedObjects);
      for (const name of long) {
        // A long name the statement only refers to resolves (it is truncated the same way); the statement that creates it is the one to fix.
        const object = defined.find((d) => lastPart(d.name) === name.truncated);
        if (!object) continue;
        const at = name.span ? { ...object.at, span: name.span } : object.at;
        const earlier = seen.get(name.truncated);
        if (!earlier) seen.set(name.truncated, { name: name.name, line: at.span.line });
        const collision =
          earlier && earlier.name !== name.name
            ? ` It becomes the same name as ${code(earlier.name)} on line ${earlier.line}: Postgres sees one object, so the second statement fails with "already exists" or acts on the first.`
            : "";
        const bytes = new TextEncoder().encode(name.name).length;
        ctx.report({
          at,
          message:
            `The ${object.what} name ${code(name.name)} is ${bytes} bytes long: Postgres keeps only the first ${MAX_BYTES} and creates ${code(name.truncated)} with no more than a NOTICE, so anything that looks the object up by its full name as a string (an ORM's schema diff, a query on pg_indexes or information_schema, a hand-written existence check) misses it, and another long name with the same first ${MAX_BYTES} bytes collides with it.${collision} ` +
            `Give it a name of at most ${MAX_BYTES} bytes.`,
        });
      }
    }
  },
});

/** The operations of each statement (SQL) or builder call together, in order. */
function statementGroups(operations: readonly Operation[]): Operation[][] {
  const groups: Operation[][] = [];
  let last: Operation | undefined;
  for (const op of operations) {
    const same = last && (op.statement ? op.statement === last.statement : !last.statement && op.call === last.call && op.span.line === last.span.line);
    if (same) groups[groups.length - 1]!.push(op);
    else groups.push([op]);
    last = op;
  }
  return groups;
}

/** The objects an operation creates or renames, by the name it gives them. Names Postgres generates itself it shortens with care, so they are left out. */
function namedObjects(op: Operation): NamedObject[] {
  switch (op.kind) {
    case "create-table":
      return [
        { what: op.materializedView ? "materialized view" : "table", name: op.table, at: op },
        ...op.columns.map((c) => ({ what: "column", name: c.name, at: c.span ? { ...op, span: c.span } : op })),
        ...op.constraints.filter((c) => !c.generatedName).map((c) => ({ what: "constraint", name: c.name, at: op })),
      ];
    case "add-column":
      return [{ what: "column", name: op.column.name, at: op }];
    case "add-constraint":
      return op.constraint.generatedName ? [] : [{ what: "constraint", name: op.constraint.name, at: op }];
    case "create-index":
      return indexNameGiven(op) ? [{ what: "index", name: op.name, at: op }] : [];
    case "rename-table":
      return [{ what: "table", name: op.newName, at: op }];
    case "rename-column":
      return [{ what: "column", name: op.newName, at: op }];
    case "rename-index":
      return [{ what: "index", name: op.newName, at: op }];
    case "rename-constraint":
      return [{ what: "constraint", name: op.newName, at: op }];
    case "create-enum":
      return [{ what: "type", name: op.type, at: op }];
    case "other":
      return otherNames(op);
    default:
      return [];
  }
}

/** SQL `CREATE INDEX ON t (c)` lets Postgres choose the name; builders always send one. */
function indexNameGiven(op: Operation & { kind: "create-index" }): boolean {
  const ast = op.statement?.ast as { IndexStmt?: { idxname?: string } } | undefined;
  return !op.statement || ast?.IndexStmt?.idxname !== undefined;
}

type Names = { String?: { sval?: string } }[] | undefined;
const joined = (parts: Names) => (parts ?? []).map((p) => p.String?.sval ?? "").join(".");

/** Statements without an operation of their own that create a named object. */
function otherNames(op: Operation & { kind: "other" }): NamedObject[] {
  const ast = op.statement?.ast as Record<string, Record<string, unknown>> | undefined;
  const node = ast?.[op.nodeType];
  if (!node) return [];
  const relname = (key: string) => (node[key] as { relname?: string } | undefined)?.relname;
  const one = (what: string, name: string | undefined): NamedObject[] => (name ? [{ what, name, at: op }] : []);
  switch (op.nodeType) {
    case "CreateSeqStmt":
      return one("sequence", relname("sequence"));
    case "ViewStmt":
      return one("view", relname("view"));
    case "CompositeTypeStmt":
      return one("type", relname("typevar"));
    case "CreateFunctionStmt":
      return one("function", joined(node["funcname"] as Names));
    case "CreateDomainStmt":
      return one("domain", joined(node["domainname"] as Names));
    case "CreateTrigStmt":
      return one("trigger", node["trigname"] as string | undefined);
    case "CreatePolicyStmt":
      return one("policy", node["policy_name"] as string | undefined);
    case "CreateSchemaStmt":
      return one("schema", node["schemaname"] as string | undefined);
    default:
      return [];
  }
}

function lastPart(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(dot + 1) : name;
}
