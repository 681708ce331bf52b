/** "migration-guard/testing": what rule authors test their rules with. */
export { RuleTester } from "./rule-tester.js";
export type { RuleTesterConfig, RuleTestCases, ValidCase, InvalidCase, ExpectedFinding } from "./rule-tester.js";
