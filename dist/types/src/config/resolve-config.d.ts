import { type Plugin, type ResolvedConfig, type UserConfig } from "./types.js";
/** Applies defaults and normalizes shorthands (a glob for a list of globs, numbers for versions). */
export declare function resolveConfig(user: UserConfig, plugins: Record<string, Plugin>, rootDir: string, source?: string): ResolvedConfig;
