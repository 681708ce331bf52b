// The parse-only floor: one process that loads libpg-query, reads every file named on stdin (one
// path a line) and parses it once, with no operations, model or rules. `npm run bench` times this
// whole process beside the linter's, so "how close to the parser is the linter" is a number.
// With `--per-statement`, each file is split with the scanner first and every statement parsed
// alone (the alternative to one call per file); `--scan` only scans.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The copy the build ships (dist/), so the floor measures the same parser the CLI runs.
const require = createRequire(path.join(root, "package.json"));
const { loadModule, parseSync, scanSync } = await import(require.resolve("libpg-query"));
await loadModule();

const mode = process.argv.includes("--per-statement") ? "per-statement" : process.argv.includes("--scan") ? "scan" : "per-file";
const files = readFileSync(0, "utf8").split("\n").filter(Boolean);
let statements = 0;
let failed = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  if (text.trim() === "") continue;
  try {
    if (mode === "scan") {
      statements += scanSync(text).tokens.length;
    } else if (mode === "per-file") {
      statements += parseSync(text).stmts?.length ?? 0;
    } else {
      const bytes = Buffer.from(text);
      let start = 0;
      for (const token of scanSync(text).tokens) {
        if (token.tokenName !== "ASCII_59") continue;
        const sql = bytes.subarray(start, token.end).toString();
        start = token.end;
        if (sql.replace(/;$/, "").trim()) statements += parseSync(sql).stmts?.length ?? 0;
      }
    }
  } catch {
    failed++;
  }
}
process.stdout.write(`${JSON.stringify({ mode, files: files.length, statements, failed })}\n`);
