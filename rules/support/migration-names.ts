/** How people name a migration: its file, or its folder for `<version>_<name>/migration.sql` layouts. */
export function migrationName(path: string): string {
  const parts = path.split("/");
  const file = parts[parts.length - 1]!;
  return /^(migration|up)\.sql$/i.test(file) && parts.length >= 2 ? parts[parts.length - 2]! : file;
}

/** True when a version carries a number (a timestamp or counter), not just a name. */
export function isNumbered(version: string): boolean {
  return /^\d/.test(version);
}
