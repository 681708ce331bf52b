import { defineRule } from "../src/index.js";

/**
 * Reports what `migration-guard verify` saw when it replayed the history on an empty database:
 * the statement Postgres rejected (or that never finished). `lint` does not replay, so the rule
 * has nothing to report there.
 */
export default defineRule({
  id: "fails-on-empty-database",
  description: "A migration that fails when the history is replayed on an empty database (migration-guard verify).",
  severity: "error",
  check(ctx) {
    const replay = ctx.migration.replay;
    if (!replay) return;
    const failure = replay.failure;
    if (failure) {
      const rejected = failure.kind === "timeout" ? `This statement ${failure.message}` : `Postgres rejects this statement: ${failure.message}${failure.code ? ` (SQLSTATE ${failure.code})` : ""}`;
      const cause = failure.cause ? `; ${failure.cause}` : "";
      const later = failure.notReplayed ? ` The replay stopped here: ${failure.notReplayed === 1 ? "1 later migration was" : `${failure.notReplayed} later migrations were`} not replayed.` : " The replay stopped here.";
      const fix =
        failure.kind === "missing-from-environment"
          ? " A fresh database lacks something the environment provides: declare it in a `verify.setup` file, or replay on a server that has it (`--database-url`)."
          : failure.kind === "timeout"
            ? " Raise `verify.statementTimeout` if it is only slow."
            : " Deploying this history to a new database (a new environment, a test database, a new developer) fails here.";
      ctx.report({
        at: failure.span,
        message: `${rejected}${cause}.${later}${fix}`,
        // An environment gap (postgis, Supabase's auth schema) is not proof that the history is broken.
        ...(failure.kind === "missing-from-environment" ? { severity: "warning" as const } : {}),
      });
    }
    if (replay.empty && !failure) {
      ctx.report({
        at: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: "This migration has no statements, so verify replayed nothing from it. A generated migration that lost its content deploys nothing.",
        severity: "info",
      });
    }
  },
});
