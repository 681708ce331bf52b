import { describe, expect, test } from "vitest";
import { formatTiming, Timing, timingRequested } from "../../src/timing.js";
import { builtCli } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

describe("TIMING=1", () => {
  test("the built CLI prints the phases and the slowest rules on stderr, leaving the JSON report alone", () => {
    const { dir } = tempProject({
      "db/migrations/001_users.sql": "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n",
      "db/migrations/002_index.sql": "CREATE INDEX users_email_idx ON users (email);\n",
    });
    const plain = builtCli(["--format", "json"], { cwd: dir });
    const timed = builtCli(["--format", "json"], { cwd: dir, env: { TIMING: "1" } });
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.code).toBe(plain.code);
    for (const phase of ["discover", "read + parse", "model + engine", "rules", "report"]) expect(timed.stderr).toMatch(new RegExp(`^${phase.replace("+", "\\+")} +\\| +\\d+\\.\\d \\|`, "m"));
    const ruleRows = timed.stderr.split("\n\n")[1]!.trim().split("\n").slice(2);
    expect(ruleRows).toHaveLength(10);
    expect(timed.stderr).toMatch(/^require-concurrent-index +\|/m);
  });

  test("the value is a count of rules to list, at least 10, or all; 0 or empty turns it off", () => {
    expect(timingRequested(undefined)).toBeUndefined();
    expect(timingRequested("0")).toBeUndefined();
    expect(timingRequested("")).toBeUndefined();
    expect(timingRequested("1")).toBe(10);
    expect(timingRequested("25")).toBe(25);
    expect(timingRequested("all")).toBe(Number.POSITIVE_INFINITY);
  });

  test("rules are listed slowest first with their share of the rules' time; phases with their share of the run", () => {
    const timing = new Timing();
    timing.add("discover", 10);
    timing.add("rules", 30);
    timing.addRule("fast", 10);
    timing.addRule("slow", 25);
    timing.addRule("fast", 10);
    const text = formatTiming(timing, 10, 100);
    expect(text).toContain("discover                        |      10.0 |    10.0%");
    expect(text).toContain("other (startup, config, engine) |      60.0 |    60.0%");
    const rules = text.split("\n\n")[1]!.split("\n");
    expect(rules[2]).toBe("slow |      25.0 |    55.6%");
    expect(rules[3]).toBe("fast |      20.0 |    44.4%");
  });
});
