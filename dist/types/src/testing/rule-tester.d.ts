import type { UserConfig } from "../config/types.js";
import type { Finding, Severity } from "../core/finding.js";
import type { SqlMigrationTool } from "../core/migration.js";
import { type RuleDefinition } from "../core/rule.js";
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
/**
 * Tests a rule on migrations written inline, the way the built-in rules are tested: each case is
 * read with the real SQL reader and the rule runs through the engine (suppression comments,
 * transaction context and history included), so what passes here behaves the same in a run.
 *
 * With vitest or node:test, hand it the framework's functions once:
 * `RuleTester.describe = describe; RuleTester.it = it;` (frameworks that define global
 * `describe`/`it`, like vitest with `globals: true` or mocha, need nothing).
 */
export declare class RuleTester {
    static describe: SuiteFunction | undefined;
    static it: TestFunction | undefined;
    static itOnly: TestFunction | undefined;
    private readonly config;
    constructor(config?: RuleTesterConfig);
    /** Registers one test per case, grouped under the rule's id. */
    run(ruleId: string, rule: RuleDefinition<any>, cases: RuleTestCases): void;
    /** Runs the rule on one migration and returns its findings, for assertions of your own. */
    lint(ruleId: string, rule: RuleDefinition<any>, testCase: ValidCase): Promise<Finding[]>;
    private verifyValid;
    private verifyInvalid;
    private resolve;
}
export {};
