import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { g as glob } from './index-B-QiK_jm.js';
import { i as isCodeMigrationPath, d as detectFileTool, I as IGNORED_DIRECTORIES } from './conventions-BOeyDc8W.js';
import { f as findMigrationSets, m as migrationFiles, t as toPosix } from './find-migrations-sOKXtTZz.js';
import { D as DialectDetector, l as loadAppSchema, w as workingTreeFiles } from './detect-dialect-C7_P2CXT.js';
import { C as CONFIG_FILE_NAMES } from './find-config-jf7gnxpX.js';
import { D as DATABASE_NAMES } from './databases-YdsN_1qF.js';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { p as plural } from './summary-CgYW8Yzl.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './_commonjsHelpers-Bgu_3bK-.js';
import './versions-LHSCgUBv.js';
import './git-Dd9ciqyI.js';
import 'node:child_process';
import 'node:os';
import 'node:util';
import './compiler-CkYlFMWm.js';
import 'node:module';

const IGNORE = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);
async function detectProject(cwd) {
  const sets = await findMigrationSets(cwd, cwd);
  const migrations = [];
  const detector = new DialectDetector(cwd);
  for (const set of sets) {
    const described = await describeSet(cwd, set);
    const verdict = await detector.detect(set);
    const signal = verdict.signals[0];
    migrations.push(
      verdict.database === "postgresql" ? described : { ...described, dialect: verdict.database, ...signal ? { dialectSource: `${signal.what}${signal.folder ? "" : ` in ${signal.file}:${signal.line}`}` } : {} }
    );
  }
  const postgresVersion = await detectPostgresVersion(cwd);
  return {
    migrations,
    schemaSources: await detectSchemaSources(cwd),
    ...postgresVersion !== void 0 ? { postgresVersion } : {}
  };
}
async function describeSet(cwd, set) {
  const expected = migrationFiles(set.files).map((f) => f.path).sort();
  const prefix = set.dir === "." ? "" : `${set.dir}/`;
  const names = expected.map((f) => f.slice(prefix.length));
  let tool;
  let patterns;
  if (names.every(isCodeMigrationPath)) {
    const extensions = extensionsGlob(names);
    patterns = [extensions, `**/${extensions}`];
  } else {
    const text = await readFile(path.join(cwd, expected[0]), "utf8").catch(() => "");
    tool = detectFileTool(set.tool, text);
    const perVersion = names.every((n) => /^[^/]+\/migration\.sql$/.test(n)) ? "*/migration.sql" : names.every((n) => /^[^/]+\/up\.sql$/.test(n)) ? "*/up.sql" : void 0;
    patterns = [perVersion, names.every((n) => n.endsWith(".up.sql")) ? "*.up.sql" : void 0, "*.sql", "**/*.sql"];
  }
  const candidates = patterns.filter((c) => c !== void 0).map((c) => `${prefix}${c}`);
  const described = (files, exact) => ({ files, ...tool ? { tool } : {}, count: expected.length, exact });
  for (const candidate of candidates) {
    const matched = (await glob(candidate, { cwd, ignore: IGNORE })).map(toPosix).sort();
    if (matched.length === expected.length && matched.every((m, i) => m === expected[i])) return described(candidate, true);
  }
  return described(candidates[0], false);
}
async function detectSchemaSources(cwd) {
  const schema = await loadAppSchema(await workingTreeFiles(cwd), { sources: [] });
  if (!schema) return [];
  const filesByOrm = /* @__PURE__ */ new Map();
  for (const table of schema.tables.values()) {
    if (!table.orm) continue;
    const files = filesByOrm.get(table.orm) ?? /* @__PURE__ */ new Set();
    files.add(table.site.file);
    for (const column of table.columns.values()) files.add(column.site.file);
    filesByOrm.set(table.orm, files);
  }
  return [...filesByOrm].sort(([a], [b]) => a.localeCompare(b)).map(([orm, files]) => ({ orm, include: commonGlobs([...files].sort(), extensionsGlob([...files])) }));
}
function extensionsGlob(files) {
  const extensions = [...new Set(files.map((f) => path.posix.extname(f).slice(1)))].sort();
  return extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(",")}}`;
}
function commonGlobs(files, pattern) {
  const dirs = [...new Set(files.map((f) => path.posix.dirname(f)))];
  const roots = dirs.filter((d) => !dirs.some((other) => other !== d && (other === "." || d.startsWith(`${other}/`))));
  return roots.sort().map((root) => {
    const spread = dirs.some((d) => d !== root && (root === "." || d.startsWith(`${root}/`)));
    const prefix = root === "." ? "" : `${root}/`;
    return spread ? `${prefix}**/${pattern}` : `${prefix}${pattern}`;
  });
}
const POSTGRES_IMAGE = /\b(?:postgres|postgis\/postgis|pgvector\/pgvector|timescale\/timescaledb):(?:pg)?(\d{1,2})(?:[.\-\w]*)/;
async function detectPostgresVersion(cwd) {
  const files = await glob(["docker-compose*.{yml,yaml}", "compose*.{yml,yaml}", ".github/workflows/*.{yml,yaml}"], { cwd, dot: true });
  for (const file of files.sort()) {
    const match = POSTGRES_IMAGE.exec(await readFile(path.join(cwd, file), "utf8"));
    const major = match ? Number(match[1]) : NaN;
    if (major >= 9 && major <= 19) return major;
  }
  return void 0;
}

const FILE_NAME = {
  json: "migration-guard.config.json",
  js: "migration-guard.config.mjs",
  ts: "migration-guard.config.ts"
};
async function initCommand(options, io) {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path.join(io.cwd, name)));
  if (existing && !options.force) throw new UsageError(`${existing} exists already; run with --force to replace it.`);
  const project = await detectProject(io.cwd);
  const config = configFor(project);
  const file = FILE_NAME[options.type];
  await writeFile(path.join(io.cwd, file), render(config, options.type));
  io.stdout.write(summary(file, project, options.type));
  return 0;
}
function configFor(project) {
  return {
    postgresVersion: project.postgresVersion ?? 15,
    ...project.migrations.length > 0 ? { migrations: project.migrations.map((m) => ({ files: m.files, ...m.tool ? { tool: m.tool } : {}, ...m.dialect ? { dialect: m.dialect } : {} })) } : {},
    ...project.schemaSources.length > 0 ? { schema: { sources: project.schemaSources } } : {},
    rules: {}
  };
}
function render(config, type) {
  const json = JSON.stringify(config, null, 2);
  if (type === "json") return `${json}
`;
  const body = json.replace(/"([A-Za-z_$][\w$]*)":/g, "$1:");
  return `import { defineConfig } from "migration-guard";

export default defineConfig(${body});
`;
}
function summary(file, project, type) {
  const lines = [`Wrote ${file}.`];
  if (project.migrations.length === 0) {
    lines.push("No migrations found in conventional folders (migrations/, prisma/migrations/, drizzle/, ...): add their globs under `migrations`.");
  } else {
    lines.push(`Migration sets (${project.migrations.length}):`);
    for (const m of project.migrations) {
      const note = m.exact ? "" : " (check this glob: no simple pattern matched exactly the files found)";
      const database = m.dialect ? ` \u2014 ${DATABASE_NAMES[m.dialect]}${m.dialectSource ? ` (${m.dialectSource})` : ""}: skipped, migration-guard checks PostgreSQL migrations` : "";
      lines.push(`  ${m.files}  ${m.tool ?? "TS/JS (tool recognized per file)"}, ${plural(m.count, "migration")}${note}${database}`);
    }
  }
  if (project.schemaSources.length > 0) {
    lines.push(`Schema sources: ${project.schemaSources.map((s) => `${s.orm} (${s.include.join(", ")})`).join("; ")}`);
  }
  lines.push(`Postgres version: ${project.postgresVersion ?? "15 (the default; set postgresVersion to the version production runs)"}`);
  if (type !== "json") lines.push('The config imports defineConfig from "migration-guard": install it in the project (npm install --save-dev migration-guard).');
  lines.push("Next: npx migration-guard");
  return `${lines.join("\n")}
`;
}

export { configFor, initCommand };
