import { defineRule } from "../src/index.js";

/**
 * Statements that `migration-guard verify --database-url` refuses to run on a real server because
 * they act outside the scratch database: on the server's files, programs, configuration or roles.
 * A pull request's migrations are untrusted code; nothing of the set runs when one is found.
 */
export default defineRule({
  id: "no-reach-outside-database",
  description: "A statement that acts outside its database (server files, programs, ALTER SYSTEM, roles): verify refuses to replay it on a real server.",
  severity: "error",
  check(ctx) {
    for (const refused of ctx.migration.replay?.refused ?? []) {
      ctx.report({
        at: refused.span,
        message: `Not replayed on a real server: ${refused.reason}. verify ran nothing of this migration set. A migration should change only its own database; do server-level setup (roles, files, configuration) out of band, or replay on the embedded engine, which has no files, programs or network to reach.`,
      });
    }
  },
});
