import type { Log } from "sarif";
import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { formatSarif } from "../../src/report/sarif.js";
import { sarifSchemaErrors } from "../support/sarif-schema.js";

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: "require-concurrent-index",
  severity: "error",
  message: "CREATE INDEX takes a SHARE lock.",
  file: "db/migrations/002 add index.sql",
  line: 3,
  column: 1,
  endLine: 4,
  endColumn: 20,
  direction: "up",
  fingerprint: "0123456789abcdef",
  ...overrides,
});

const RULES = [
  { id: "require-concurrent-index", description: "CREATE INDEX without CONCURRENTLY.", severity: "error" as const, docsUrl: "https://example.com/rci" },
  { id: "team/require-created-at", description: "A new table without created_at.", severity: "warning" as const },
];

describe("SARIF output", () => {
  const findings = [
    finding({}),
    finding({ ruleId: "team/require-created-at", severity: "warning", line: 7, endLine: 7, message: "Table `orders` has no `created_at`." }),
    finding({ ruleId: "parse-error", severity: "info", line: 9, endLine: 9, direction: "down", docsUrl: "https://example.com/pe" }),
  ];
  const text = formatSarif(findings, { rules: RULES, toolVersion: "1.2.3", informationUri: "https://example.com", cwd: "/work/app" });
  const log = JSON.parse(text) as Log;

  test("is valid against the SARIF 2.1.0 schema", () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  test("an empty run is valid too", () => {
    const empty = JSON.parse(formatSarif([], { rules: RULES, toolVersion: "1.2.3", informationUri: "https://example.com", cwd: "/work/app" })) as Log;
    expect(sarifSchemaErrors(empty)).toEqual([]);
    expect(empty.runs[0]!.results).toEqual([]);
  });

  test("describes the rules that ran, and those only a finding names", () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => [r.id, r.shortDescription?.text, r.helpUri, r.defaultConfiguration?.level])).toEqual([
      ["require-concurrent-index", "CREATE INDEX without CONCURRENTLY.", "https://example.com/rci", "error"],
      ["team/require-created-at", "A new table without created_at.", undefined, "warning"],
      ["parse-error", "parse-error", "https://example.com/pe", "note"],
    ]);
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: "migration-guard", version: "1.2.3", informationUri: "https://example.com" });
  });

  test("each finding is a result with its rule, level, region and fingerprint", () => {
    const [first, second, third] = log.runs[0]!.results!;
    expect(first).toEqual({
      ruleId: "require-concurrent-index",
      ruleIndex: 0,
      level: "error",
      message: { text: "CREATE INDEX takes a SHARE lock." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "db/migrations/002%20add%20index.sql", uriBaseId: "%SRCROOT%" },
            region: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 20 },
          },
        },
      ],
      partialFingerprints: { "migrationGuard/v1": "0123456789abcdef" },
    });
    expect(second).toMatchObject({ ruleId: "team/require-created-at", ruleIndex: 1, level: "warning" });
    expect(third).toMatchObject({ ruleIndex: 2, level: "note", properties: { direction: "down" } });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/app/" } });
    expect(log.runs[0]!.columnKind).toBe("utf16CodeUnits");
  });

  test("the schema check catches a broken log", () => {
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0]!.results[0]!.level = "fatal";
    expect(sarifSchemaErrors(broken).length).toBeGreaterThan(0);
  });
});
