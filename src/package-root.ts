import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The installed package's directory (the one holding docs/), found from this module's own file:
 * src/ when run from source, dist/ (or a chunk in it) when bundled.
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "migration-guard") {
      root = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error("migration-guard cannot find its own package.json (is the package installed completely?)");
  }
}

/** The doc page of a built-in rule, shipped in the package. */
export function ruleDocFile(ruleId: string): string {
  return path.join(packageRoot(), "docs", "rules", `${ruleId}.md`);
}
