import type { ConstraintType, Operation } from "../../src/index.js";

const CONSTRAINT_WORDS: Record<ConstraintType, string> = {
  check: "ADD CHECK",
  "foreign-key": "ADD FOREIGN KEY",
  unique: "ADD UNIQUE",
  "primary-key": "ADD PRIMARY KEY",
  exclusion: "ADD EXCLUDE",
  "not-null": "ADD NOT NULL",
};

/** Statement types that only reach rules as `other` operations, in SQL words. */
const OTHER_STATEMENTS: Record<string, string> = {
  CreateTrigStmt: "CREATE TRIGGER",
  CreatePolicyStmt: "CREATE POLICY",
  RuleStmt: "CREATE RULE",
  GrantStmt: "GRANT",
  CommentStmt: "COMMENT",
  ViewStmt: "CREATE VIEW",
};

/**
 * How a message names the statement an operation comes from, e.g. `ALTER TABLE ... ADD COLUMN`,
 * so a finding about one statement can point at another ("the ADD COLUMN on line 3").
 */
export function statementLabel(op: Operation): string {
  switch (op.kind) {
    case "create-table":
      return op.materializedView ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE";
    case "drop-table":
      return "DROP TABLE";
    case "rename-table":
      return "ALTER TABLE ... RENAME TO";
    case "add-column":
      return "ALTER TABLE ... ADD COLUMN";
    case "drop-column":
      return "ALTER TABLE ... DROP COLUMN";
    case "rename-column":
      return "ALTER TABLE ... RENAME COLUMN";
    case "alter-column-type":
      return "ALTER COLUMN ... TYPE";
    case "set-not-null":
      return "ALTER COLUMN ... SET NOT NULL";
    case "drop-not-null":
      return "ALTER COLUMN ... DROP NOT NULL";
    case "set-default":
      return "ALTER COLUMN ... SET DEFAULT";
    case "drop-default":
      return "ALTER COLUMN ... DROP DEFAULT";
    case "add-constraint":
      return `ALTER TABLE ... ${CONSTRAINT_WORDS[op.constraint.type]}`;
    case "drop-constraint":
      return "ALTER TABLE ... DROP CONSTRAINT";
    case "validate-constraint":
      return "ALTER TABLE ... VALIDATE CONSTRAINT";
    case "rename-constraint":
      return "ALTER TABLE ... RENAME CONSTRAINT";
    case "alter-table-other":
      return "ALTER TABLE";
    case "create-index":
      return op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
    case "drop-index":
      return "DROP INDEX";
    case "rename-index":
      return "ALTER INDEX ... RENAME";
    case "reindex":
      return `REINDEX ${op.target.toUpperCase()}`;
    case "create-enum":
      return "CREATE TYPE ... AS ENUM";
    case "add-enum-value":
      return "ALTER TYPE ... ADD VALUE";
    case "rename-enum-value":
      return "ALTER TYPE ... RENAME VALUE";
    case "data-change":
      return op.dml.toUpperCase();
    case "truncate":
      return "TRUNCATE";
    case "set":
      return "SET";
    case "lock-table":
      return "LOCK TABLE";
    case "vacuum":
      return op.full ? "VACUUM FULL" : "VACUUM";
    case "cluster":
      return "CLUSTER";
    case "refresh-materialized-view":
      return "REFRESH MATERIALIZED VIEW";
    case "transaction":
      return op.action.toUpperCase();
    case "attach-partition":
      return "ALTER TABLE ... ATTACH PARTITION";
    case "detach-partition":
      return "ALTER TABLE ... DETACH PARTITION";
    case "sequence-reset":
      return "setval";
    case "other":
      return OTHER_STATEMENTS[op.nodeType] ?? "statement";
  }
}
