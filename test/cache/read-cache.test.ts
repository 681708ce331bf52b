import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cacheFileFor, DEFAULT_CACHE_FILE, ReadCache } from "../../src/cache/read-cache.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { runReadTask, type ReadTask } from "../../src/parallel/read-task.js";
import { loadSqlParser } from "../../src/sql/parse.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { tempProject } from "../support/temp-project.js";

beforeAll(async () => {
  await loadSqlParser();
  await loadTypeScript();
});

const SQL = "SET lock_timeout = '5s';\nINSERT INTO users (id) VALUES (1);\nCREATE INDEX users_email_idx ON users (email);\n";
const task: ReadTask = { path: "db/migrations/001_index.sql", version: "001", setId: "db/migrations", setTool: "sql" };

function project(text = SQL) {
  const p = tempProject({ [task.path]: text });
  return { ...p, cacheFile: path.join(p.dir, DEFAULT_CACHE_FILE) };
}

function migrationOf(outcome: ReturnType<typeof runReadTask>) {
  if (!("migration" in outcome)) throw new Error(outcome.error);
  return outcome.migration;
}

describe("ReadCache", () => {
  test("a second run takes the migration from the cache, equal to a fresh read, lazy ASTs included", () => {
    const { dir, cacheFile } = project();
    const first = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    const fresh = migrationOf(runReadTask(task, dir, DEFAULT_CONFIG, first));
    expect([first.hits, first.misses]).toEqual([0, 1]);
    expect(first.save()).toBeUndefined();

    const second = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    const cached = migrationOf(runReadTask(task, dir, DEFAULT_CONFIG, second));
    expect([second.hits, second.misses]).toEqual([1, 0]);
    expect(cached).toEqual(fresh);
    // Operations still point at their statement objects, as in a fresh read.
    const op = cached.operations.find((o) => o.kind === "create-index")!;
    expect(cached.statements).toContain(op.statement);
    expect(Object.keys(cached.statements[1]!.ast ?? {})).toEqual(["InsertStmt"]);
  });

  test("a file whose content changed is read again, and the new read replaces the old one", () => {
    const { dir, cacheFile, write } = project();
    const first = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    runReadTask(task, dir, DEFAULT_CONFIG, first);
    first.save();
    write({ [task.path]: "DROP TABLE users;\n" });
    const second = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    const changed = migrationOf(runReadTask(task, dir, DEFAULT_CONFIG, second));
    expect([second.hits, second.misses]).toEqual([0, 1]);
    expect(changed.operations.map((o) => o.kind)).toEqual(["drop-table"]);
    second.save();
    const third = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    expect(migrationOf(runReadTask(task, dir, DEFAULT_CONFIG, third)).operations.map((o) => o.kind)).toEqual(["drop-table"]);
    expect(third.hits).toBe(1);
  });

  test("another config, or another task for the same file, is not served from the cache", () => {
    const { dir, cacheFile } = project();
    const first = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    runReadTask(task, dir, DEFAULT_CONFIG, first);
    first.save();
    const otherConfig = { ...DEFAULT_CONFIG, assumeTransaction: false };
    const second = ReadCache.open(cacheFile, otherConfig);
    runReadTask(task, dir, otherConfig, second);
    expect(second.misses).toBe(1);
    const third = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    runReadTask({ ...task, setTool: "prisma" }, dir, DEFAULT_CONFIG, third);
    expect(third.misses).toBe(1);
  });

  test("TS/JS migrations are never cached: their reading follows imports into other files", () => {
    const code: ReadTask = { path: "migrations/001_users.ts", version: "001", setId: "migrations", setTool: "sql" };
    const { dir, cacheFile, write } = project();
    write({ [code.path]: "export async function up(knex) { await knex.raw('DROP TABLE users'); }\n" });
    const cache = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    runReadTask(code, dir, DEFAULT_CONFIG, cache);
    expect([cache.hits, cache.misses]).toEqual([0, 0]);
  });

  test("an unreadable cache file counts as empty and is replaced", () => {
    const { dir, cacheFile } = project();
    writeFileSync(cacheFile, "not a cache");
    const cache = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    runReadTask(task, dir, DEFAULT_CONFIG, cache);
    expect(cache.misses).toBe(1);
    expect(cache.save()).toBeUndefined();
    const again = ReadCache.open(cacheFile, DEFAULT_CONFIG);
    runReadTask(task, dir, DEFAULT_CONFIG, again);
    expect(again.hits).toBe(1);
  });

  test("a cache that cannot be written is a notice, not a failure", () => {
    const { dir } = project();
    mkdirSync(path.join(dir, "blocked"));
    const cache = ReadCache.open(path.join(dir, "blocked"), DEFAULT_CONFIG);
    runReadTask(task, dir, DEFAULT_CONFIG, cache);
    expect(cache.save()).toMatch(/^could not write the cache file .*blocked/);
  });
});

describe("cacheFileFor (ESLint's --cache-location convention)", () => {
  test("the default file in the working directory; a directory gets the default name; otherwise the file named", () => {
    const { dir } = project();
    expect(cacheFileFor(dir, undefined)).toBe(path.join(dir, DEFAULT_CACHE_FILE));
    expect(cacheFileFor(dir, "db")).toBe(path.join(dir, "db", DEFAULT_CACHE_FILE));
    expect(cacheFileFor(dir, "not-yet/")).toBe(path.join(dir, "not-yet", DEFAULT_CACHE_FILE));
    expect(cacheFileFor(dir, "tmp/lint.cache")).toBe(path.join(dir, "tmp", "lint.cache"));
  });
});
