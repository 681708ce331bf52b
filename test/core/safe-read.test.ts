import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseSize, readRegularFile, ReadGuard } from "../../src/safe-read.js";

describe("ReadGuard", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mg-guard-"));
  const repo = path.join(dir, "repo");
  mkdirSync(path.join(repo, "m"), { recursive: true });
  writeFileSync(path.join(dir, "outside.sql"), "SELECT 1;");
  writeFileSync(path.join(repo, "m", "ok.sql"), "SELECT 1;");
  symlinkSync("ok.sql", path.join(repo, "m", "inside-link.sql"));
  symlinkSync(path.join(dir, "outside.sql"), path.join(repo, "m", "out.sql"));
  symlinkSync(path.join(dir, "missing.sql"), path.join(repo, "m", "out-missing.sql"));
  symlinkSync("nowhere.sql", path.join(repo, "m", "dangling.sql"));
  symlinkSync("loop.sql", path.join(repo, "m", "loop.sql"));
  symlinkSync(dir, path.join(repo, "linked-dir"));
  execFileSync("mkfifo", [path.join(repo, "m", "fifo.sql")]);
  const guard = new ReadGuard([repo], { maxFileBytes: 100, maxRunBytes: 15 });
  const kind = (file: string) => {
    const result = guard.check(path.join(repo, file));
    return result.ok ? "ok" : result.kind;
  };

  test("regular files and links inside are read; links out, dangling, looping, FIFOs are not", () => {
    expect(kind("m/ok.sql")).toBe("ok");
    expect(kind("m/inside-link.sql")).toBe("ok");
    expect(kind("m/out.sql")).toBe("outside");
    // Outside whether or not the target exists: no probing of the runner's files.
    expect(kind("m/out-missing.sql")).toBe("outside");
    expect(kind("linked-dir/outside.sql")).toBe("outside");
    expect(kind("m/dangling.sql")).toBe("dangling");
    expect(kind("m/loop.sql")).toBe("loop");
    expect(kind("m/fifo.sql")).toBe("special");
  });

  test("size limits per file and per run", () => {
    const small = new ReadGuard([repo], { maxFileBytes: 5, maxRunBytes: 100 });
    expect(small.check(path.join(repo, "m/ok.sql"))).toMatchObject({ ok: false, kind: "too-large", reason: expect.stringContaining("9 bytes, over the limit of 5 bytes") });
    expect(guard.admit(path.join(repo, "m/ok.sql")).ok).toBe(true);
    expect(guard.admit(path.join(repo, "m/ok.sql"))).toMatchObject({ ok: false, kind: "run-limit" });
  });

  test("readRegularFile does not block on a FIFO", () => {
    expect(() => readRegularFile(path.join(repo, "m/fifo.sql"))).toThrow(/named pipe/);
  });

  test("sizes", () => {
    expect([parseSize("10MB"), parseSize("512kb"), parseSize(2048), parseSize("1.5 GB"), parseSize("ten"), parseSize(0)]).toEqual([10485760, 524288, 2048, 1610612736, undefined, undefined]);
  });
});

describe("describeThrown", () => {
  test("what the parser throws when it runs out of memory reads as a sentence, not [object Object]", async () => {
    const { describeThrown } = await import("../../src/errors.js");
    expect(describeThrown({ name: "ExitStatus", message: "Program terminated with exit(1)", status: 1 })).toBe("Program terminated with exit(1)");
    expect(describeThrown({ status: 1 })).toBe('{"status":1}');
    expect(describeThrown(new Error("boom"))).toBe("boom");
    expect(describeThrown(Object.create(null))).not.toContain("[object Object]");
  });
});
