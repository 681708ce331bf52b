import { defineRule, type Operation, type RuleContext } from "../src/index.js";

/**
 * Follows BEGIN / COMMIT / ROLLBACK (SQL, or TypeORM's startTransaction / commitTransaction) through
 * each direction of a migration, starting from what the tool does: a runner that wraps the
 * migration in its own transaction (Knex, TypeORM, dbmate, ...) has one open before the first
 * statement and commits it after the last, together with its record that the migration ran.
 */
export default defineRule({
  id: "no-unbalanced-transaction",
  description: "A BEGIN that is never committed, a BEGIN inside a transaction already open, or a COMMIT/ROLLBACK that ends the runner's transaction early.",
  severity: "error",
  check(ctx) {
    for (const direction of ["up", "down"] as const) {
      const runnerWraps = ctx.migration.transaction.runnerWraps?.[direction] === true;
      /** The runner's transaction is open (until something commits it). */
      let runnerOpen = runnerWraps;
      /** The BEGIN of the migration's own block, while it is open. */
      let ownBegin: Operation | undefined;
      for (const op of ctx.operations) {
        if (op.direction !== direction || op.kind !== "transaction") continue;
        if (op.action === "begin") {
          if (ownBegin) {
            ctx.report({ at: op, message: nestedBegin(`the BEGIN on line ${ownBegin.span.line}`) });
          } else if (runnerOpen) {
            ctx.report({ at: op, message: nestedBegin(`the transaction ${runnerName(ctx)} opened for the migration`) });
            ownBegin = op;
          } else {
            ownBegin = op;
          }
        } else if (op.action === "commit" || op.action === "rollback" || op.action === "prepare") {
          if (runnerOpen) ctx.report({ at: op, message: endsRunnerTransaction(ctx, op) });
          runnerOpen = false;
          ownBegin = undefined;
        }
      }
      if (ownBegin && !runnerWraps) {
        ctx.report({
          at: ownBegin,
          message:
            `This BEGIN is never committed: the migration ends with its transaction still open, so the runner's record that the migration ran is written inside it, and when the connection closes (or the pooled connection is reused) everything is rolled back or left holding its locks. ` +
            `End the block with COMMIT.`,
        });
      }
    }
  },
});

function nestedBegin(outer: string): string {
  return (
    `This BEGIN runs inside ${outer}: Postgres ignores it with the warning "there is already a transaction in progress", so it opens nothing, and the COMMIT meant for it commits the outer transaction instead. ` +
    `Remove the BEGIN and its COMMIT and let the one transaction cover the migration.`
  );
}

function runnerName(ctx: RuleContext<any>): string {
  const tool = ctx.migration.tool;
  return tool === "sql" || tool === "unknown" ? "the runner" : TOOL_NAMES[tool] ?? tool;
}

const TOOL_NAMES: Record<string, string> = {
  drizzle: "drizzle-kit",
  typeorm: "TypeORM",
  knex: "Knex",
  "mikro-orm": "MikroORM",
  kysely: "Kysely",
  "node-pg-migrate": "node-pg-migrate",
  dbmate: "dbmate",
  goose: "goose",
  sequelize: "Sequelize",
  prisma: "Prisma",
};

function endsRunnerTransaction(ctx: RuleContext<any>, op: Operation & { kind: "transaction" }): string {
  const runner = runnerName(ctx);
  const verb = op.action === "rollback" ? "rolls back" : "commits";
  const shared = ctx.migration.transaction.sharedAcrossPending ? ", and with it the migrations that ran before this one in the same deploy," : "";
  const { optOut } = ctx.migration.transaction;
  return (
    `This ${verb} the transaction ${runner} opened for the migration${shared} halfway through: what ran before it is ${op.action === "rollback" ? "undone" : "committed"} whatever happens next, the rest runs outside any transaction, and ${runner}'s record that the migration ran is no longer written atomically with its changes, so a failure further down leaves the database changed but the migration not recorded (and not re-runnable). ` +
    (optOut ? `If part of the migration must run outside a transaction, ${optOut}.` : `Let ${runner}'s transaction cover the whole migration.`)
  );
}
