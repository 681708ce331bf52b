import type { Migration } from "../../src/core/migration.js";
import { planMigration } from "../../src/verify/replay-plan.js";
import { refuseOutsideDatabase, replayMigrations } from "../../src/verify/verify.js";

/**
 * For the rules that report what `verify` saw: the same replay before the rules run. Refusals are
 * what `--database-url` checks before connecting, so they need no server; everything else replays
 * on the embedded engine. Other rules get nothing (undefined), as under `lint`.
 */
export function replayFor(ruleId: string): ((migrations: Migration[]) => Promise<void>) | undefined {
  if (ruleId === "no-reach-outside-database") {
    return async (migrations) => {
      refuseOutsideDatabase(migrations.map(planMigration));
    };
  }
  if (ruleId === "fails-on-empty-database") {
    return async (migrations) => {
      await replayMigrations("migrations", migrations, { setup: [], statementTimeoutMs: 10_000 });
    };
  }
  return undefined;
}
