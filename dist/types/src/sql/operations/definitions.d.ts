import type { ColumnDef, Constraint } from "@pgsql/types";
import type { ColumnSpec, ConstraintSpec } from "../../core/operations.js";
/** A column definition (CREATE TABLE element or ADD COLUMN) as a ColumnSpec. */
export declare function columnSpec(def: ColumnDef, table: string): ColumnSpec;
/** A table-level constraint (CREATE TABLE element or ADD CONSTRAINT) as a ConstraintSpec. */
export declare function constraintSpec(c: Constraint, table: string): ConstraintSpec | undefined;
