import assert from "node:assert/strict";
import path from "node:path";
import { resolveConfig } from "../config/resolve-config.js";
import { validateConfig } from "../config/schema.js";
import type { ResolvedConfig, UserConfig } from "../config/types.js";
import { runRules } from "../core/engine.js";
import type { Finding, Severity } from "../core/finding.js";
import type { SqlMigrationTool } from "../core/migration.js";
import { defineRule, type RuleDefinition } from "../core/rule.js";
import { isCodeMigrationPath } from "../discover/conventions.js";
import { readMigration } from "../read-migration.js";
import { loadSqlParser } from "../sql/parse.js";
import { loadTypeScript } from "../typescript/compiler.js";

/** Settings of a RuleTester or a case: the config keys that change what rules see. */
export type RuleTesterConfig = Pick<UserConfig, "postgresVersion" | "assumeTransaction" | "assumeLockTimeout" | "down">;

export interface ValidCase {
  /** The migration's text. */
  code: string;
  /** Test name; default: the first line of the code. */
  name?: string;
  /**
   * The migration's path, which decides how it is read (default `migrations/002_test.sql`): a
   * `.ts`/`.js` file is a TS/JS migration, its tool (TypeORM, Knex, ...) recognized from its code.
   */
  filename?: string;
  /** For SQL: the tool that runs the migration (default: detected from the text, else plain SQL). */
  tool?: SqlMigrationTool;
  /** SQL migrations that ran before this one (oldest first), e.g. the CREATE TABLE of the tables it alters. */
  history?: string | string[];
  /** The rule's options, as `rules: { id: [level, options] }` would give them. */
  options?: Record<string, unknown>;
  config?: RuleTesterConfig;
  /** Run only this case (where the test framework supports it). */
  only?: boolean;
}

export interface ExpectedFinding {
  line: number;
  column?: number;
  /** The exact message, or a pattern it must match. */
  message?: string | RegExp;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  /** The findings the rule must report, in line order; a number checks only how many. */
  errors: ExpectedFinding[] | number;
}

export interface RuleTestCases {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

type TestFunction = (name: string, fn: () => Promise<void>) => unknown;
type SuiteFunction = (name: string, fn: () => void) => unknown;

interface FrameworkGlobals {
  describe?: SuiteFunction;
  it?: TestFunction;
  test?: TestFunction;
}

/**
 * Tests a rule on migrations written inline, the way the built-in rules are tested: each case is
 * read with the real SQL reader and the rule runs through the engine (suppression comments,
 * transaction context and history included), so what passes here behaves the same in a run.
 *
 * With vitest or node:test, hand it the framework's functions once:
 * `RuleTester.describe = describe; RuleTester.it = it;` (frameworks that define global
 * `describe`/`it`, like vitest with `globals: true` or mocha, need nothing).
 */
export class RuleTester {
  static describe: SuiteFunction | undefined;
  static it: TestFunction | undefined;
  static itOnly: TestFunction | undefined;

  private readonly config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.config = config;
  }

  /** Registers one test per case, grouped under the rule's id. */
  run(ruleId: string, rule: RuleDefinition<any>, cases: RuleTestCases): void {
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
  async lint(ruleId: string, rule: RuleDefinition<any>, testCase: ValidCase): Promise<Finding[]> {
    await loadSqlParser();
    const config = this.resolve(testCase.config);
    const file = testCase.filename ?? "migrations/002_test.sql";
    if (isCodeMigrationPath(file)) await loadTypeScript();
    else if (!/\.sql$/i.test(file)) throw new Error(`RuleTester: ${file}: a migration is a .sql file or a TS/JS file (.ts, .js, .mjs, ...).`);
    const setId = path.posix.dirname(file);
    const tool = testCase.tool ?? "sql";
    const history = typeof testCase.history === "string" ? [testCase.history] : (testCase.history ?? []);
    const migrations = history.map((text, i) =>
      readMigration({ path: `${setId}/000_history_${i + 1}.sql`, text, version: `0.${i + 1}`, setId, setTool: tool }, config),
    );
    const checked = readMigration({ path: file, text: testCase.code, version: "1", setId, setTool: tool }, config);
    const rejected = [...migrations, checked].flatMap((m) => m.statements.filter((s) => s.error).map((s) => `${m.path}:${s.error!.span.line}: ${s.error!.message}`));
    if (rejected.length > 0 && rule.id !== "parse-error") {
      throw new Error(`RuleTester: Postgres rejects a statement of this case, so the rule cannot see it:\n  ${rejected.join("\n  ")}`);
    }
    migrations.push(checked);
    return runRules([{ migrations, changeSet: new Set([file]), together: true }], {
      rules: [{ id: ruleId, rule, severity: rule.severity === "off" ? "error" : rule.severity, options: testCase.options ?? {} }],
      postgresVersion: config.postgresVersion,
      knownRuleIds: new Set([ruleId]),
      downSeverity: config.down,
    });
  }

  private async verifyValid(ruleId: string, rule: RuleDefinition<any>, c: ValidCase): Promise<void> {
    const findings = await this.lint(ruleId, rule, c);
    if (findings.length > 0) assert.fail(`${ruleId} must not report on this migration, but did:\n${render(findings)}`);
  }

  private async verifyInvalid(ruleId: string, rule: RuleDefinition<any>, c: InvalidCase): Promise<void> {
    const findings = await this.lint(ruleId, rule, c);
    if (typeof c.errors === "number") {
      assert.equal(findings.length, c.errors, `${ruleId} must report ${c.errors} finding(s), but reported ${findings.length}:\n${render(findings)}`);
      return;
    }
    assert.ok(c.errors.length > 0, "an invalid case lists at least one expected finding (or use `valid`)");
    const expected = [...c.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    const lines = findings.map((f) => f.line);
    if (lines.length !== expected.length || lines.some((line, i) => line !== expected[i]!.line)) {
      assert.fail(`${ruleId} must report on line(s) ${expected.map((e) => e.line).join(", ")}, but reported:\n${render(findings) || "  nothing"}`);
    }
    expected.forEach((e, i) => {
      const f = findings[i]!;
      if (e.column !== undefined) assert.equal(f.column, e.column, `finding on line ${e.line}: column`);
      if (e.severity !== undefined) assert.equal(f.severity, e.severity, `finding on line ${e.line}: severity`);
      if (typeof e.message === "string") assert.equal(f.message, e.message, `finding on line ${e.line}: message`);
      else if (e.message) assert.match(f.message, e.message, `finding on line ${e.line}: message`);
    });
  }

  private resolve(caseConfig: RuleTesterConfig | undefined): ResolvedConfig {
    const user = validateConfig({ ...this.config, ...caseConfig }, "RuleTester config");
    return resolveConfig(user, {}, process.cwd());
  }
}

function register(c: ValidCase, it: TestFunction, itOnly: TestFunction | undefined, fn: () => Promise<void>): void {
  const name = c.name ?? (c.code.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("--"))?.trim() ?? c.code.trim());
  (c.only && itOnly ? itOnly : it)(name, fn);
}

function frameworkFunctions(): { describe: SuiteFunction; it: TestFunction; itOnly?: TestFunction } {
  const globals = globalThis as FrameworkGlobals & { it?: { only?: TestFunction } };
  const describe = RuleTester.describe ?? globals.describe;
  const it = RuleTester.it ?? globals.it ?? globals.test;
  if (!describe || !it) {
    throw new Error(
      "RuleTester needs your test framework's describe and it: set `RuleTester.describe = describe; RuleTester.it = it;` " +
        '(imported from "vitest" or "node:test") before calling run().',
    );
  }
  const itOnly = RuleTester.itOnly ?? globals.it?.only;
  return { describe, it, ...(itOnly ? { itOnly } : {}) };
}

function render(findings: readonly Finding[]): string {
  return findings.map((f) => `  line ${f.line}, column ${f.column} (${f.severity}): ${f.message}`).join("\n");
}
