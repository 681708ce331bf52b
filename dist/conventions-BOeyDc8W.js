const IGNORED_DIRECTORIES = ["node_modules", ".git", "dist", "build", "coverage", "vendor", ".next", ".turbo", "target", "out"];
const MIGRATION_DIR_NAMES = /* @__PURE__ */ new Set(["migrations", "migration", "migrate", "drizzle"]);
const DOWN_FILE = /(\.down\.sql|(^|\/)down\.sql)$/i;
const NOT_SCHEMA_CHANGES = [/(^|\/)seeds?(\/|\.sql$)/i, /(^|\/)meta\//];
const NOT_A_MIGRATION = [DOWN_FILE, ...NOT_SCHEMA_CHANGES];
const NOT_A_CODE_MIGRATION = [/\.d\.[mc]?ts$/i, /\.(test|spec)\.[mc]?[jt]s$/i, /(^|\/)(__tests__|__mocks__|seeds?|seeders|factories)\//i, /(^|\/)seeds?\.[mc]?[jt]s$/i];
const CODE_MIGRATION = /\.(ts|mts|cts|js|mjs|cjs)$/i;
function isMigrationDirectory(name) {
  return MIGRATION_DIR_NAMES.has(name.toLowerCase());
}
function isConventionalSqlMigration(relativePath) {
  if (!relativePath.toLowerCase().endsWith(".sql")) return false;
  if (NOT_A_MIGRATION.some((re) => re.test(relativePath))) return false;
  return inMigrationDirectory(relativePath);
}
function isConventionalCodeMigration(relativePath) {
  if (!CODE_MIGRATION.test(relativePath)) return false;
  if (NOT_A_CODE_MIGRATION.some((re) => re.test(relativePath))) return false;
  const dirs = relativePath.split("/").slice(0, -1).map((d) => d.toLowerCase());
  return dirs.some((d) => MIGRATION_DIR_NAMES.has(d) && d !== "drizzle");
}
function isDownFilePath(relativePath) {
  return DOWN_FILE.test(relativePath);
}
function isConventionalDownFile(relativePath) {
  if (!isDownFilePath(relativePath)) return false;
  if (NOT_SCHEMA_CHANGES.some((re) => re.test(relativePath))) return false;
  return inMigrationDirectory(relativePath);
}
function upFileCandidates(downPath) {
  const slash = downPath.lastIndexOf("/");
  const dir = slash < 0 ? "" : downPath.slice(0, slash + 1);
  const base = downPath.slice(slash + 1);
  if (/^down\.sql$/i.test(base)) return [`${dir}up.sql`, `${dir}migration.sql`];
  const stem = downPath.replace(/\.down\.sql$/i, "");
  return [`${stem}.up.sql`, `${stem}.sql`];
}
function isConventionalMigration(relativePath) {
  return isConventionalSqlMigration(relativePath) || isConventionalCodeMigration(relativePath);
}
function isMigrationFileName(relativePath) {
  if (relativePath.toLowerCase().endsWith(".sql")) return !NOT_A_MIGRATION.some((re) => re.test(relativePath));
  return CODE_MIGRATION.test(relativePath) && !NOT_A_CODE_MIGRATION.some((re) => re.test(relativePath));
}
function isCodeMigrationPath(relativePath) {
  return CODE_MIGRATION.test(relativePath) && !/\.d\.[mc]?ts$/i.test(relativePath);
}
function inMigrationDirectory(relativePath) {
  const dirs = relativePath.split("/").slice(0, -1);
  return dirs.some((d) => MIGRATION_DIR_NAMES.has(d.toLowerCase()));
}
function looksLikeCodeMigration(text) {
  return /\b(exports\.up|up\s*[:=(]|function\s+up\b|async\s+up\s*\(|MigrationInterface|extends\s+Migration\b)/.test(text);
}
const PER_VERSION_FILE = /^(migration|up|down)\.sql$/i;
function setMembership(relativePath) {
  const parts = relativePath.split("/");
  const file = parts[parts.length - 1];
  if (PER_VERSION_FILE.test(file) && parts.length >= 2) {
    return { setDir: parts.slice(0, -2).join("/") || ".", versionName: parts[parts.length - 2] };
  }
  return { setDir: parts.slice(0, -1).join("/") || ".", versionName: file };
}
function detectSetTool(setDir, fileNames, hasDrizzleJournal, hasPrismaLock) {
  if (hasPrismaLock || fileNames.some((f) => /\/migration\.sql$/i.test(f))) return "prisma";
  if (hasDrizzleJournal) return "drizzle";
  if (/(^|\/)supabase\/migrations$/.test(setDir)) return "supabase";
  if (fileNames.some((f) => /\.up\.sql$/i.test(f))) return "golang-migrate";
  return "sql";
}
function detectFileTool(setTool, text) {
  if (setTool !== "sql" && setTool !== "golang-migrate") return setTool;
  if (text.includes("--> statement-breakpoint")) return "drizzle";
  if (/^--\s*migrate:up/m.test(text)) return "dbmate";
  if (/^--\s*\+goose\s+up/im.test(text)) return "goose";
  return setTool;
}

export { IGNORED_DIRECTORIES as I, isConventionalCodeMigration as a, isMigrationFileName as b, isDownFilePath as c, detectFileTool as d, isConventionalMigration as e, isConventionalDownFile as f, detectSetTool as g, isMigrationDirectory as h, isCodeMigrationPath as i, looksLikeCodeMigration as l, setMembership as s, upFileCandidates as u };
