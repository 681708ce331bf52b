import { describe, expect, test } from "vitest";
import { parserThreads } from "../../src/parallel/read-pool.js";

const MB = 1_000_000;

describe("parserThreads", () => {
  test("a small run never starts a pool, whatever the machine or the setting", () => {
    expect(parserThreads({ files: 10, bytes: 40_000, cores: 16 })).toBe(1);
    expect(parserThreads({ files: 399, bytes: 50 * MB, cores: 16, configured: "4" })).toBe(1);
  });

  test("on fewer than 4 cores a large run stays on one thread", () => {
    expect(parserThreads({ files: 4000, bytes: 4 * MB, cores: 2 })).toBe(1);
    expect(parserThreads({ files: 4000, bytes: 4 * MB, cores: 3 })).toBe(1);
  });

  test("from 4 cores, one thread per megabyte of text, at most 4 and at most the cores", () => {
    expect(parserThreads({ files: 450, bytes: 0.4 * MB, cores: 4 })).toBe(1);
    expect(parserThreads({ files: 1500, bytes: 2.5 * MB, cores: 4 })).toBe(2);
    expect(parserThreads({ files: 4000, bytes: 4 * MB, cores: 4 })).toBe(4);
    expect(parserThreads({ files: 9000, bytes: 9 * MB, cores: 16 })).toBe(4);
  });

  test("MIGRATION_GUARD_THREADS decides for a large run; a value that is not a count is ignored", () => {
    expect(parserThreads({ files: 450, bytes: 0.1 * MB, cores: 2, configured: "2" })).toBe(2);
    expect(parserThreads({ files: 4000, bytes: 4 * MB, cores: 8, configured: "1" })).toBe(1);
    expect(parserThreads({ files: 4000, bytes: 4 * MB, cores: 2, configured: "many" })).toBe(1);
  });
});
