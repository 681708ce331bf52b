import type { Node, WithClause } from "@pgsql/types";
import type { RowSelection } from "../core/operations.js";
/** How a data change's WHERE selects rows; see `DataChange.rows` and `DataChange.matchedColumns`. */
export interface RowBound {
    rows: RowSelection;
    matchedColumns?: string[][];
}
/** What besides the WHERE clause can limit the rows of an UPDATE or DELETE. */
export interface SelectionScope {
    /** `UPDATE ... FROM` / `DELETE ... USING` items: a LIMIT subquery joined on a column bounds the rows. */
    from?: Node[];
    /** The statement's `WITH` clause: a CTE with LIMIT that the WHERE reads bounds the rows. */
    withClause?: WithClause;
}
/**
 * Decides whether a WHERE clause limits a data change to one batch or a few targeted rows, or can
 * still touch the whole table.
 *
 * Bounded by a range: a closed range on one column (`id BETWEEN $1 AND $2`, `id >= 1000 AND
 * id < 2000`, `ctid` ranges). Bounded by matching: a column compared with constants (`id = 42`,
 * `key IN ('a','b')`, `id = ANY($1)`), with a single-row subquery, or with a LIMIT subquery or CTE
 * (`id IN (SELECT id ... LIMIT 1000)`, `WITH batch AS (... LIMIT 1000) UPDATE t ... FROM batch
 * WHERE t.id = batch.id`). Matching picks few rows only when the columns form a key, which needs
 * the database state, so the matched columns are returned for rules to check.
 *
 * Anything else is unbounded: `col IS NULL`, one-sided ranges, `NOT IN`, `<>`, joins to whole
 * tables, and `EXISTS (... LIMIT 1)`, whose LIMIT applies per row.
 */
export declare function rowSelection(where: Node | undefined, scope?: SelectionScope): RowBound;
/** True when a SELECT returns a limited number of rows: LIMIT, or reading only from a limited CTE. */
export declare function isLimitedQuery(node: Node | undefined, limitedCtes?: ReadonlySet<string>): boolean;
/** Names of the CTEs of a WITH clause that return a limited number of rows. */
export declare function limitedCteNames(withClause: WithClause | undefined): Set<string>;
