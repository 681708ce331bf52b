import type { TypeName } from "@pgsql/types";
import { type TypeSpec } from "../core/sql-values.js";
/** Turns an AST TypeName (`pg_catalog.varchar` with typmods `[255]`) into a TypeSpec. */
export declare function typeFromAst(typeName: TypeName | undefined): TypeSpec | undefined;
