import { compareVersions, defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { isNumbered, migrationName } from "./support/migration-names.js";

export default defineRule({
  id: "migration-order",
  description: "A new migration whose version sorts before (or equals) the newest migration already on the base branch.",
  severity: "warning",
  checkSet(ctx) {
    const history = ctx.history;
    if (!history) return;
    const newest = history.base.filter((m) => isNumbered(m.version)).at(-1);
    if (!newest) return;
    for (const change of history.changes) {
      if (change.status !== "added" || !isNumbered(change.version)) continue;
      const order = compareVersions(change.version, newest.version);
      if (order > 0) continue;
      const relation = order === 0 ? "has the same version as" : "sorts before";
      ctx.report({
        file: change.path,
        message:
          `${code(migrationName(change.path))} ${relation} ${code(migrationName(newest.path))}, the newest migration on the base branch: databases that already ran that one apply this one out of order, and runners that only apply versions newer than the last one (golang-migrate, Flyway without outOfOrder, Drizzle's migrator) skip it. ` +
          "Regenerate or rename it so its version comes after the newest one.",
      });
    }
  },
});
