export function releaseTags(tag: string, version: string): { version: string; major: string; prerelease: boolean };
