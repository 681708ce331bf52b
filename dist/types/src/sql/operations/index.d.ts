import type { Node } from "@pgsql/types";
import type { Operation } from "../../core/operations.js";
import type { ExtractContext } from "./context.js";
export { extractContext, type ExtractContext } from "./context.js";
/** The operations one parsed SQL statement performs; the first carries what Postgres would reject in it. */
export declare function statementOperations(ast: Node, ctx: ExtractContext): Operation[];
