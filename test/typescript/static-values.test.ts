import { beforeAll, describe, expect, test } from "vitest";
import type * as TS from "typescript";
import { loadTypeScript, type TypeScriptApi } from "../../src/typescript/compiler.js";
import { StaticEvaluator, sqlLexicalState, type StaticValue } from "../../src/typescript/static-values.js";

let ts: TypeScriptApi;
beforeAll(async () => {
  ts = await loadTypeScript();
});

/** Evaluates the initializer of `const result = ...` in `source`. */
function evaluate(source: string, hook?: (module: string, name: string) => StaticValue | undefined): StaticValue {
  const sf = ts.createSourceFile("m.ts", source, ts.ScriptTarget.Latest, true);
  const evaluator = new StaticEvaluator(ts, sf);
  if (hook) evaluator.importedConstants = hook;
  let init: TS.Expression | undefined;
  const visit = (n: TS.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === "result") init = n.initializer;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return evaluator.value(init!);
}

function text(source: string): string {
  const v = evaluate(source);
  if (v.kind !== "string") throw new Error(`not a string: ${v.kind} ${v.kind === "dynamic" ? v.reason : ""}`);
  return v.text.text;
}

describe("static values", () => {
  test("constants, concatenation and templates", () => {
    expect(text(`const T = "users"; const C = 'email'; const result = "CREATE INDEX ON " + T + \` (\${C})\`;`)).toBe("CREATE INDEX ON users (email)");
  });

  test("const objects, enum members, array join, trim and String()", () => {
    expect(text(`const NAMES = { users: "app_users" } as const; const result = NAMES.users;`)).toBe("app_users");
    expect(text(`enum Tables { Users = "users" } const result = \`TRUNCATE \${Tables.Users}\`;`)).toBe("TRUNCATE users");
    expect(text(`const result = ["ALTER TABLE t", "ADD COLUMN c int"].join("\\n");`)).toBe("ALTER TABLE t\nADD COLUMN c int");
    expect(text(`const result = \`  SELECT 1  \`.trim();`)).toBe("SELECT 1");
    expect(text(`const N = 5; const result = "LIMIT " + String(N);`)).toBe("LIMIT 5");
  });

  test("class properties through this, and a shadowing inner const", () => {
    const source = `class M { private table = "orders"; up() { const table = "shadow"; const result = this.table + table; } }`;
    expect(text(source)).toBe("ordersshadow");
  });

  test("a reassigned let is not a constant; a never reassigned var is", () => {
    expect(evaluate(`let t = "a"; t = "b"; const result = t;`).kind).toBe("dynamic");
    expect(text(`var t = "a"; const result = t;`)).toBe("a");
  });

  test("values known only at run time say why", () => {
    const param = evaluate(`function f(table: string) { const result = table; }`);
    expect(param).toMatchObject({ kind: "dynamic", reason: "`table` is a parameter, known only at run time" });
    const imported = evaluate(`import { SQL } from "../app/sql"; const result = SQL;`);
    expect(imported).toMatchObject({ kind: "dynamic", reason: "`SQL` is imported from `../app/sql`" });
    const call = evaluate(`const result = build();`);
    expect(call.kind === "dynamic" && call.reason).toBe("`build()` is computed at run time");
  });

  test("a placeholder keeps SQL parseable: a quoted `${name}` in code, the bare name inside quotes", () => {
    expect(text(`function f(t: string) { const result = \`CREATE INDEX ON \${t} (a) WHERE s = '\${t}'\`; }`)).toBe(`CREATE INDEX ON "\${t}" (a) WHERE s = 't'`);
    expect(text(`function f(o: { tableName: string }) { const result = "DROP TABLE " + o.tableName; }`)).toBe(`DROP TABLE "\${tableName}"`);
  });

  test("a constant imported from a migrations helper is read through the hook", () => {
    const hook = (module: string, name: string): StaticValue | undefined =>
      module === "./helpers" && name === "LOCK" ? { kind: "string", text: { text: "SET lock_timeout = '5s'", offsets: Array(24).fill(0), placeholders: [] }, node: undefined as never } : undefined;
    const v = evaluate(`import { LOCK as L } from "./helpers"; const result = L;`, hook);
    expect(v.kind === "string" && v.text.text).toBe("SET lock_timeout = '5s'");
    // Placed where it is used: every character maps to the identifier.
    expect(v.kind === "string" && new Set(v.text.offsets).size).toBe(1);
    const ns = evaluate(`import * as h from "./helpers"; const result = h.LOCK;`, hook);
    expect(ns.kind === "string" && ns.text.text).toBe("SET lock_timeout = '5s'");
  });
});

describe("SQL lexical state before a placeholder", () => {
  test.each([
    ["SELECT ", "code"],
    ["SELECT 'it''s ", "string"],
    ['SELECT "col', "identifier"],
    ["SELECT 1 -- note ", "comment"],
    ["SELECT $$ body ", "string"],
    ["SELECT $$ body $$ + ", "code"],
  ] as const)("%s → %s", (before, state) => {
    expect(sqlLexicalState(before)).toBe(state);
  });
});
