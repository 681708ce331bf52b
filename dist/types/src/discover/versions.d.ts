export declare function versionOf(name: string): string;
export declare function compareVersions(a: string, b: string): number;
