import type { AlterTableStmt } from "@pgsql/types";
import type { Operation } from "../../core/operations.js";
import type { ExtractContext } from "./context.js";
export declare function alterTableOperations(stmt: AlterTableStmt, ctx: ExtractContext): Operation[];
