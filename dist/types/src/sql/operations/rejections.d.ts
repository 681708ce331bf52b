import type { Node } from "@pgsql/types";
import type { Rejection } from "../../core/operations.js";
import type { ExtractContext } from "./context.js";
/**
 * What Postgres rejects in a statement that parses: checks its parse analysis makes before running
 * anything, with their error messages. Today: a column named twice where a name may appear once.
 */
export declare function rejections(ast: Node, ctx: ExtractContext): Rejection[];
