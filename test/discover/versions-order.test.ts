import { describe, expect, test } from "vitest";
import { comparePaths, compareVersions, versionOf } from "../../src/discover/versions.js";

/** Orders the tools really use (found replaying real histories with `verify`). */
describe("migration order", () => {
  const order = (names: string[]) => [...names].sort((a, b) => compareVersions(versionOf(a), versionOf(b)) || comparePaths(a, b));

  test("Prisma: a date-only timestamp sorts as text among full timestamps", () => {
    expect(order(["20250625_add_pivot", "20250409154352_dashboard", "20250701000000_next"])).toEqual(["20250409154352_dashboard", "20250625_add_pivot", "20250701000000_next"]);
  });

  test("the same timestamp: a name before its extension, as a plain sort of the folder names", () => {
    expect(order(["20240304123642_traces_view_improvement/migration.sql", "20240304123642_traces_view/migration.sql"])).toEqual([
      "20240304123642_traces_view/migration.sql",
      "20240304123642_traces_view_improvement/migration.sql",
    ]);
  });

  test("counters still compare as numbers", () => {
    expect(order(["10_c.sql", "9_b.sql", "1_a.sql"])).toEqual(["1_a.sql", "9_b.sql", "10_c.sql"]);
  });
});
