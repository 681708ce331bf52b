import type { StaticValue } from "./static-values.js";
/**
 * Data changes of query builders as SQL, so the SQL layer judges them as it judges written SQL:
 * static values become literals (a rule can see a new enum value being used), values known only
 * at run time become parameters.
 */
export declare function insertSql(table: string, rows: StaticValue | undefined): string;
/** `UPDATE table SET ...` for a values object (`{ status: 'done' }`), with a WHERE clause already rendered. */
export declare function updateSql(table: string, values: StaticValue | undefined, where: string): string;
