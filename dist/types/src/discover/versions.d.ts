export declare function versionOf(name: string): string;
export declare function compareVersions(a: string, b: string): number;
/**
 * Ties between equal versions (`20240304123642_traces_view` and `..._traces_view_improvement`)
 * are broken as the tools sort names: by code unit, so a name sorts before its extensions.
 * `localeCompare` would put `_` before `/` and run the improvement first.
 */
export declare function comparePaths(a: string, b: string): number;
