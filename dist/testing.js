import assert from 'node:assert/strict';
import path from 'node:path';
import { v as validateConfig, r as resolveConfig } from './resolve-config-BoZbNIQm.js';
import { r as runRules } from './engine-_lwTqXC0.js';
import { d as defineRule } from './locks-Fx4bbqIT.js';
import { i as isCodeMigrationPath } from './conventions-BOeyDc8W.js';
import { l as loadSqlParser, r as readMigration } from './read-migration-DmXnXnoF.js';
import { l as loadTypeScript } from './compiler-CkYlFMWm.js';
import './index-C_jiFsAu.js';
import './databases-YdsN_1qF.js';
import './safe-read-BvL72yt9.js';
import 'node:fs';
import 'node:crypto';
import './operations-RGWoK5XR.js';
import 'node:module';

class RuleTester {
  static describe;
  static it;
  static itOnly;
  config;
  constructor(config = {}) {
    this.config = config;
  }
  /** Registers one test per case, grouped under the rule's id. */
  run(ruleId, rule, cases) {
    const { describe, it, itOnly } = frameworkFunctions();
    defineRule(rule);
    describe(ruleId, () => {
      describe("valid", () => {
        for (const entry of cases.valid) {
          const c = typeof entry === "string" ? { code: entry } : entry;
          register(c, it, itOnly, () => this.verifyValid(ruleId, rule, c));
        }
      });
      describe("invalid", () => {
        for (const c of cases.invalid) register(c, it, itOnly, () => this.verifyInvalid(ruleId, rule, c));
      });
    });
  }
  /** Runs the rule on one migration and returns its findings, for assertions of your own. */
  async lint(ruleId, rule, testCase) {
    await loadSqlParser();
    const config = this.resolve(testCase.config);
    const file = testCase.filename ?? "migrations/002_test.sql";
    if (isCodeMigrationPath(file)) await loadTypeScript();
    else if (!/\.sql$/i.test(file)) throw new Error(`RuleTester: ${file}: a migration is a .sql file or a TS/JS file (.ts, .js, .mjs, ...).`);
    const setId = path.posix.dirname(file);
    const tool = testCase.tool ?? "sql";
    const history = typeof testCase.history === "string" ? [testCase.history] : testCase.history ?? [];
    const migrations = history.map(
      (text, i) => readMigration({ path: `${setId}/000_history_${i + 1}.sql`, text, version: `0.${i + 1}`, setId, setTool: tool }, config)
    );
    const checked = readMigration({ path: file, text: testCase.code, version: "1", setId, setTool: tool }, config);
    const rejected = [...migrations, checked].flatMap((m) => m.statements.filter((s) => s.error).map((s) => `${m.path}:${s.error.span.line}: ${s.error.message}`));
    if (rejected.length > 0 && rule.id !== "parse-error") {
      throw new Error(`RuleTester: Postgres rejects a statement of this case, so the rule cannot see it:
  ${rejected.join("\n  ")}`);
    }
    migrations.push(checked);
    return runRules([{ migrations, changeSet: /* @__PURE__ */ new Set([file]), together: true }], {
      rules: [{ id: ruleId, rule, severity: rule.severity === "off" ? "error" : rule.severity, options: testCase.options ?? {} }],
      postgresVersion: config.postgresVersion,
      knownRuleIds: /* @__PURE__ */ new Set([ruleId]),
      downSeverity: config.down
    });
  }
  async verifyValid(ruleId, rule, c) {
    const findings = await this.lint(ruleId, rule, c);
    if (findings.length > 0) assert.fail(`${ruleId} must not report on this migration, but did:
${render(findings)}`);
  }
  async verifyInvalid(ruleId, rule, c) {
    const findings = await this.lint(ruleId, rule, c);
    if (typeof c.errors === "number") {
      assert.equal(findings.length, c.errors, `${ruleId} must report ${c.errors} finding(s), but reported ${findings.length}:
${render(findings)}`);
      return;
    }
    assert.ok(c.errors.length > 0, "an invalid case lists at least one expected finding (or use `valid`)");
    const expected = [...c.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    const lines = findings.map((f) => f.line);
    if (lines.length !== expected.length || lines.some((line, i) => line !== expected[i].line)) {
      assert.fail(`${ruleId} must report on line(s) ${expected.map((e) => e.line).join(", ")}, but reported:
${render(findings) || "  nothing"}`);
    }
    expected.forEach((e, i) => {
      const f = findings[i];
      if (e.column !== void 0) assert.equal(f.column, e.column, `finding on line ${e.line}: column`);
      if (e.severity !== void 0) assert.equal(f.severity, e.severity, `finding on line ${e.line}: severity`);
      if (typeof e.message === "string") assert.equal(f.message, e.message, `finding on line ${e.line}: message`);
      else if (e.message) assert.match(f.message, e.message, `finding on line ${e.line}: message`);
    });
  }
  resolve(caseConfig) {
    const user = validateConfig({ ...this.config, ...caseConfig }, "RuleTester config");
    return resolveConfig(user, {}, process.cwd());
  }
}
function register(c, it, itOnly, fn) {
  const name = c.name ?? (c.code.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("--"))?.trim() ?? c.code.trim());
  (c.only && itOnly ? itOnly : it)(name, fn);
}
function frameworkFunctions() {
  const globals = globalThis;
  const describe = RuleTester.describe ?? globals.describe;
  const it = RuleTester.it ?? globals.it ?? globals.test;
  if (!describe || !it) {
    throw new Error(
      'RuleTester needs your test framework\'s describe and it: set `RuleTester.describe = describe; RuleTester.it = it;` (imported from "vitest" or "node:test") before calling run().'
    );
  }
  const itOnly = RuleTester.itOnly ?? globals.it?.only;
  return { describe, it, ...itOnly ? { itOnly } : {} };
}
function render(findings) {
  return findings.map((f) => `  line ${f.line}, column ${f.column} (${f.severity}): ${f.message}`).join("\n");
}

export { RuleTester };
