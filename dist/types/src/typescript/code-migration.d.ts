import type { Migration } from "../core/migration.js";
import { type ImportResolver } from "./app-dependencies.js";
export interface CodeMigrationSource {
    /** Relative to the working directory, `/` separators. */
    path: string;
    text: string;
    version: string;
    setId: string;
}
export interface CodeMigrationContext {
    /** Resolves the file's imports to decide which are application code (reads tsconfig, at the edge). */
    resolver?: ImportResolver;
}
/**
 * Reads a TS/JS migration: one parse with `createSourceFile` (no type checker), the tool
 * recognized from imports and shape, then `up` and `down` walked for SQL strings and builder calls.
 */
export declare function readCodeMigration(source: CodeMigrationSource, context?: CodeMigrationContext): Migration;
