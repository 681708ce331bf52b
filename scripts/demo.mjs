// `npm run demo`: runs the built CLI on the bundled demo project (fixtures/demo) as a user would.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const demo = path.join(root, "fixtures", "demo");
console.log("$ cd fixtures/demo && npx migration-guard\n");
const result = spawnSync(process.execPath, [path.join(root, "dist", "cli.js"), ...process.argv.slice(2)], { cwd: demo, stdio: "inherit" });
if (result.status === 1) {
  console.log("\nExit code 1: findings at error level. In CI this fails the check; locally it tells you what to fix before you push.");
  process.exit(0);
}
process.exit(result.status ?? 2);
