import type { Node } from "@pgsql/types";
import type { OtherStatement } from "../../core/operations.js";
/**
 * What a CREATE [OR REPLACE] FUNCTION or DROP FUNCTION does to the functions the history knows, so
 * that a later default calling the function can be judged by its declared volatility. Names are
 * kept as a default's calls are (the last part, lower-cased): overloads share one entry.
 */
export declare function functionChange(ast: Node): Pick<OtherStatement, "definesFunction" | "dropsFunctions">;
