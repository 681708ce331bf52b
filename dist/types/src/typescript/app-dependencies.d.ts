import type * as TS from "typescript";
import type { AppDependency } from "../core/migration.js";
import type { LineIndex } from "../sql/positions.js";
import type { TypeScriptApi } from "./compiler.js";
import type { MigrationShape } from "./entry-points.js";
import { type StaticEvaluator } from "./static-values.js";
/** Where an import of a migration leads. */
export type ResolvedImport = 
/** A module inside the migration's own folder tree (a helper of the migrations). */
{
    kind: "migrations";
    path: string;
}
/** A module of the application: outside the migrations tree, in this repository. */
 | {
    kind: "app";
    path: string;
}
/** A package of this repository's workspace (monorepo). */
 | {
    kind: "workspace";
    packageName: string;
    path?: string;
}
/** A third-party package from the registry. */
 | {
    kind: "package";
    packageName: string;
} | {
    kind: "builtin";
};
/** Resolves a migration's imports (tsconfig `paths`/`baseUrl`, workspaces): implemented at the edge, where files are read. */
export interface ImportResolver {
    resolve(specifier: string, migrationPath: string): ResolvedImport;
    /** The text of an imported module when it is a helper inside the migrations folder, to read its constants. */
    readMigrationsModule?(specifier: string, fromPath: string): {
        path: string;
        text: string;
    } | undefined;
    /** The text of a module of one of the repository's workspace packages, to read its constants. */
    readWorkspaceModule?(specifier: string, fromPath: string): {
        path: string;
        text: string;
    } | undefined;
}
export interface ImportInfo {
    module: string;
    node: TS.Node;
    typeOnly: boolean;
    /** Local names the import binds. */
    names: string[];
}
/**
 * What a migration depends on outside the database's history: application modules it imports,
 * ORM APIs bound to the app's entities and models, clients of other systems, and app scripts it
 * runs. Import resolution is the resolver's (it reads tsconfig); this only reads the syntax.
 */
export declare function findAppDependencies(ts: TypeScriptApi, sf: TS.SourceFile, lines: LineIndex, evaluator: StaticEvaluator, imports: readonly ImportInfo[], shape: MigrationShape, resolver: ImportResolver | undefined): AppDependency[];
/** What kind of application module a path is, for the message. */
export declare function describeAppModule(path: string): string;
