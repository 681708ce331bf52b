import type * as TS from "typescript";
import type { CodeMigrationTool } from "../core/migration.js";
import type { TypeScriptApi } from "./compiler.js";
import { type MigrationShape } from "./entry-points.js";
/**
 * Which tool a migration file is written for, from its imports and its shape, not its path: the
 * imports, the migration class's heritage, the type and name of `up`'s parameter, and the calls
 * made on it. Undefined when the evidence does not single out one tool.
 */
export declare function detectTool(ts: TypeScriptApi, sf: TS.SourceFile, shape: MigrationShape, imports: readonly string[]): CodeMigrationTool | undefined;
/** Module specifiers a file imports or requires (static imports, `require`, `import()`), with the node of each. */
export declare function importsOf(ts: TypeScriptApi, sf: TS.SourceFile): {
    module: string;
    node: TS.Node;
    typeOnly: boolean;
    names: string[];
}[];
