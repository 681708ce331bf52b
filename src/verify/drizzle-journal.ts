import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Migration } from "../core/migration.js";

/**
 * drizzle-kit runs the migrations its `meta/_journal.json` lists, in the journal's order, and no
 * other file of the folder (a file left behind by a regenerated migration is never run). Returns
 * the migrations to replay and those it would never run; without a readable journal, all of them.
 */
export function drizzleRunOrder(setDir: string, migrations: readonly Migration[]): { run: Migration[]; skipped: Migration[] } {
  const journal = path.join(setDir, "meta", "_journal.json");
  if (!existsSync(journal)) return { run: [...migrations], skipped: [] };
  let entries: { idx?: number; tag?: string }[];
  try {
    entries = (JSON.parse(readFileSync(journal, "utf8")) as { entries?: { idx?: number; tag?: string }[] }).entries ?? [];
  } catch {
    return { run: [...migrations], skipped: [] };
  }
  const position = new Map(entries.filter((e) => typeof e.tag === "string").map((e, i) => [e.tag!, e.idx ?? i]));
  const tagOf = (m: Migration) => path.basename(m.path).replace(/\.sql$/, "");
  const run = migrations.filter((m) => position.has(tagOf(m))).sort((a, b) => position.get(tagOf(a))! - position.get(tagOf(b))!);
  // A journal that names none of the files (hand-written SQL beside a stale journal) does not
  // decide what runs: the folder is applied some other way, in file order.
  if (run.length === 0) return { run: [...migrations], skipped: [] };
  return { run, skipped: migrations.filter((m) => !position.has(tagOf(m))) };
}
