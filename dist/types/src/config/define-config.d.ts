import type { UserConfig } from "./types.js";
/**
 * Types a config written in JS or TS, so editors complete keys and rule levels:
 * `export default defineConfig({ postgresVersion: 16, rules: { "no-drop-column": "error" } })`.
 * It returns the config unchanged; loading validates it.
 */
export declare function defineConfig(config: UserConfig): UserConfig;
