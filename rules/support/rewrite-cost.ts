import { code } from "./advice.js";

/**
 * What a table rewrite costs in production, in the words every rewriting rule uses: Postgres
 * copies every row into a new file while it holds ACCESS EXCLUSIVE, so the table is unusable for
 * the whole copy.
 */
export function rewriteCost(table: string): string {
  return `rewrites ${code(table)} and its indexes under an ACCESS EXCLUSIVE lock, blocking every read and write of the table for the whole rewrite (minutes to hours on a large table)`;
}
