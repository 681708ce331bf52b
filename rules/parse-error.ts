import { defineRule, type Migration } from "../src/index.js";

/** Other databases' syntax that Postgres rejects, and what Postgres writes instead. */
const DIALECT_HINTS: [RegExp, string][] = [
  [/at or near "`"/, "Backticks quote identifiers in MySQL; Postgres uses double quotes."],
  [/at or near "AUTO_?INCREMENT"/i, "AUTO_INCREMENT/AUTOINCREMENT is MySQL/SQLite; Postgres writes `GENERATED ALWAYS AS IDENTITY`."],
  [/at or near "IDENTITY"/i, "`IDENTITY(1,1)` is SQL Server; Postgres writes `GENERATED ALWAYS AS IDENTITY`."],
];

export default defineRule({
  id: "parse-error",
  description: "A statement that Postgres rejects: it fails when the migration runs, and no other rule could check it.",
  severity: "error",
  alwaysInDown: true,
  check(ctx) {
    for (const statement of ctx.statements) {
      if (!statement.error) continue;
      const hint = DIALECT_HINTS.find(([pattern]) => pattern.test(statement.error!.message))?.[1] ?? indentedMarkerHint(ctx.migration, statement.error.span.line);
      ctx.report({
        // With the statement's direction: an error in a down section or `down()` is a rollback finding.
        at: { span: statement.error.span, direction: statement.direction, reason: statement.error.message },
        message: `Postgres rejects this statement: ${statement.error.message}. The migration fails here when it runs, and no rule could check the statement.${hint ? ` ${hint}` : ""}`,
      });
    }
  },
});

/** An indented `-- migrate:up`/`-- migrate:down` line: dbmate reads markers only at the start of a line. */
const INDENTED_DBMATE_MARKER = /^[ \t]+(--\s*migrate:(?:up|down)\b)/gm;

/**
 * Why a dbmate file fails at `line` when an indented marker comes before it: dbmate took the marker
 * for a comment, so the statements after it run as part of the section before it.
 */
function indentedMarkerHint(migration: Readonly<Migration>, line: number): string | undefined {
  if (migration.tool !== "dbmate") return undefined;
  let hint: string | undefined;
  for (const match of migration.text.matchAll(INDENTED_DBMATE_MARKER)) {
    const markerLine = migration.text.slice(0, match.index).split("\n").length;
    if (markerLine > line) break;
    hint =
      `The \`${match[1]}\` marker on line ${markerLine} is indented: dbmate only reads a marker at the start of a line, ` +
      `so it takes this one for a comment and runs what follows as part of the section before it. Move the marker to the start of its line.`;
  }
  return hint;
}
