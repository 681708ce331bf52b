import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { contentsAt } from "../../src/discover/git.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mg-contents-"));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
  git("init", "-q");
  git("add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
  return dir;
}

describe("contentsAt", () => {
  test("reads many files at a commit in one batch: multi-byte text, empty files, files missing there", async () => {
    const dir = repository({
      "app/models/user.ts": "// Größe: ünïcødé 🚀\nexport class User {}\n",
      "app/empty.ts": "",
      "db/schema.prisma": "model User {\n  id Int @id\n}\n",
    });
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim();
    // The working tree moves on; the commit's contents are what is asked for.
    writeFileSync(path.join(dir, "app/models/user.ts"), "changed\n");
    const contents = await contentsAt(path.join(dir, "app"), commit, ["models/user.ts", "gone.ts", "empty.ts", "../db/schema.prisma"]);
    expect([...contents.keys()]).toEqual(["models/user.ts", "empty.ts", "../db/schema.prisma"]);
    expect(contents.get("models/user.ts")).toBe("// Größe: ünïcødé 🚀\nexport class User {}\n");
    expect(contents.get("empty.ts")).toBe("");
    expect(contents.get("../db/schema.prisma")).toBe("model User {\n  id Int @id\n}\n");
  });

  test("no files, no process", async () => {
    expect((await contentsAt("/nonexistent-dir", "HEAD", [])).size).toBe(0);
  });
});
