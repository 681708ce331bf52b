import type { Node } from "@pgsql/types";
import { type ValueExpr, type Volatility } from "../core/sql-values.js";
export declare function functionVolatility(name: string): Volatility;
/** Describes an expression: its volatility, the functions it calls, and a short rendering. */
export declare function valueExpr(node: Node | undefined): ValueExpr;
/** A compact SQL rendering of an expression for messages; `…` stands in for what is not worth printing. */
export declare function render(node: Node | undefined): string;
/** String constants anywhere in a statement. */
export declare function stringLiterals(node: unknown): string[];
