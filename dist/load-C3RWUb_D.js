import { S as SEVERITY_RANK, k as keyPath, c as closest, d as describeValue, C as ConfigError, i as isPlainObject, b as RULE_LEVELS, a as DEFAULT_CONFIG, v as validateConfig, r as resolveConfig, e as DRIZZLE_DIALECTS, G as GO_DRIVERS, f as kyselyDialectDatabase, K as KNEX_CLIENTS, T as TYPEORM_TYPES, M as MIKRO_ORM_DRIVERS, N as NPM_DRIVERS, P as PRISMA_PROVIDERS, g as SEQUELIZE_DIALECTS, h as folderDatabase, D as DATABASE_NAMES, U as UsageError, j as runRulesAsync, l as runRules, s as safeParse, m as getDotPath, o as object, n as array, p as pipe, q as string, t as literal, u as minValue, w as integer, x as number, y as isoTimestamp, z as optional, A as nullable, B as boolean } from './resolve-config-Bogdg-qF.js';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { register, createRequire } from 'node:module';
import { d as defineRule, l as lockImpact, a as lockAtLeast } from './rule-Cnc1Aa19.js';
import { v as versionOf, c as compareVersions, d as describeSite, m as mappedColumn } from './app-schema-DCApo0zc.js';
import { g as glob, p as picomatch, r as runReadTask, n as needsTypeScript } from './read-task-5s09LESj.js';
import { a as isConventionalMigration, i as isCodeMigrationPath, l as looksLikeCodeMigration, s as setMembership, b as detectSetTool, I as IGNORED_DIRECTORIES, c as skipOuter, e as loadTypeScript, f as isConventionalCodeMigration, g as isMigrationFileName, h as attachLazyAst, j as loadSqlParser } from './read-migration-CjfDTWsU.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import 'node:crypto';

const IGNORE_GLOBS$1 = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);
function toPosix(p) {
  return p.split(path.sep).join("/");
}
async function findMigrationSets(cwd, root = cwd, options = {}) {
  const absoluteRoot = path.resolve(cwd, root);
  const found = await glob("**/*.{sql,ts,mts,cts,js,mjs,cjs}", {
    cwd: absoluteRoot,
    ignore: [...IGNORE_GLOBS$1, ...options.ignore ?? []],
    dot: false,
    followSymbolicLinks: false
  });
  const relative = found.map((f) => toPosix(path.relative(cwd, path.join(absoluteRoot, f))));
  let files = relative.filter(isConventionalMigration);
  if (files.length === 0 && options.explicit) {
    files = relative.filter(
      (f) => isCodeMigrationPath(f) ? looksLikeCodeMigration(readText(path.resolve(cwd, f))) : f.toLowerCase().endsWith(".sql") && !/\.down\.sql$|(^|\/)down\.sql$/i.test(f)
    );
  }
  return groupIntoSets(cwd, files);
}
function markDownFiles(cwd, files) {
  const sql = files.filter((f) => f.path.toLowerCase().endsWith(".sql"));
  const withDown = new Set(sql.filter((f) => downFileCandidates(f.path).some((c) => existsSync(path.resolve(cwd, c)))).map((f) => f.path));
  if (withDown.size === 0) return;
  for (const f of sql) f.hasDown = withDown.has(f.path);
}
function downFileCandidates(file) {
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  if (/^(migration|up)\.sql$/i.test(base)) return [`${dir}/down.sql`];
  if (/\.up\.sql$/i.test(base)) return [file.replace(/\.up\.sql$/i, ".down.sql")];
  return [file.replace(/\.sql$/i, ".down.sql")];
}
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
function groupIntoSets(cwd, files) {
  const byDir = /* @__PURE__ */ new Map();
  for (const file of files) {
    const { setDir, versionName } = setMembership(file);
    const list = byDir.get(setDir) ?? [];
    list.push({ path: file, version: versionOf(versionName) });
    byDir.set(setDir, list);
  }
  const sets = [];
  for (const [dir, list] of byDir) {
    list.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
    markDownFiles(cwd, list);
    const absolute = path.resolve(cwd, dir);
    const tool = detectSetTool(
      dir,
      list.map((f) => f.path),
      existsSync(path.join(absolute, "meta", "_journal.json")),
      existsSync(path.join(absolute, "migration_lock.toml"))
    );
    sets.push({ dir, tool, files: list });
  }
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}

const run = promisify(execFile);
class GitError extends Error {
  name = "GitError";
}
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (error) {
    const stderr = error.stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}
async function repositoryRoot$1(cwd) {
  return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
}
function parseNameStatus(output, root, cwd) {
  const fields = output.split("\0").filter((f) => f !== "");
  const files = [];
  const rel = (p) => toPosix(path.relative(cwd, path.join(root, p)));
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (code.startsWith("R") || code.startsWith("C")) {
      const from = fields[i++];
      const to = fields[i++];
      files.push(code.startsWith("R") ? { path: rel(to), status: "renamed", previousPath: rel(from) } : { path: rel(to), status: "added" });
    } else {
      const file = fields[i++];
      const status = code === "A" ? "added" : code === "D" ? "deleted" : "modified";
      files.push({ path: rel(file), status });
    }
  }
  return files;
}
async function stagedFiles(cwd) {
  const root = await repositoryRoot$1(cwd);
  const output = await git(cwd, ["diff", "--cached", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color"]);
  return parseNameStatus(output, root, cwd);
}
async function stagedContent(cwd, file) {
  const root = await repositoryRoot$1(cwd);
  const fromRoot = toPosix(path.relative(root, path.resolve(cwd, file)));
  return git(root, ["show", `:${fromRoot}`]);
}
async function mergeBase(cwd, ref) {
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitError(`Unknown git ref "${ref}": fetch it first (e.g. \`git fetch origin ${ref}\`) or name an existing branch or commit.`);
  }
  return (await git(cwd, ["merge-base", "HEAD", ref])).trim();
}
async function changedSince(cwd, base) {
  const root = await repositoryRoot$1(cwd);
  const output = await git(cwd, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color", base]);
  const files = parseNameStatus(output, root, cwd);
  const untracked = await git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name"]);
  for (const file of untracked.split("\0").filter(Boolean)) {
    files.push({ path: toPosix(path.relative(cwd, path.join(root, file))), status: "added" });
  }
  return files;
}
async function contentAt(cwd, commit, file) {
  const root = await repositoryRoot$1(cwd);
  const fromRoot = toPosix(path.relative(root, path.resolve(cwd, file)));
  try {
    return await git(root, ["show", `${commit}:${fromRoot}`]);
  } catch {
    return void 0;
  }
}
async function filesAt(cwd, commit) {
  const root = await repositoryRoot$1(cwd);
  const output = await git(root, ["ls-tree", "-r", "--name-only", "-z", commit]);
  return output.split("\0").filter(Boolean).map((f) => toPosix(path.relative(cwd, path.join(root, f))));
}
async function hasCommit(cwd, commit) {
  try {
    await git(cwd, ["cat-file", "-e", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function fetchCommit(cwd, commit, remote = "origin") {
  await git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", remote, commit]);
}

const ROWS_PER_SECOND = {
  "index-build": 3e5,
  scan: 2e6,
  "foreign-key-scan": 1e6,
  rewrite: 1e5,
  backfill: 4e4
};
const WORK = {
  "index-build": "the index build blocks every write to it",
  scan: "the scan holds its lock",
  "foreign-key-scan": "checking every row against the referenced table holds the lock",
  rewrite: "the rewrite blocks every read and write of it",
  backfill: "the update holds its row locks (and every lock its transaction took)"
};
function estimateSeconds(cost, rows) {
  return rows / ROWS_PER_SECOND[cost];
}
function describeWork(cost, rows) {
  const seconds = estimateSeconds(cost, rows);
  return `${WORK[cost]} for ${seconds < 1 ? "under a second" : `roughly ${formatDuration(seconds)}`}`;
}
function formatDuration(seconds) {
  if (seconds < 1) return "under a second";
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds - hours * 3600) / 60);
  return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
}
function formatRows(rows) {
  if (rows >= 1e9) return `~${round(rows / 1e9)} B rows`;
  if (rows >= 1e6) return `~${round(rows / 1e6)} M rows`;
  if (rows >= 1e4) return `~${Math.round(rows / 1e3)} k rows`;
  return `~${Math.round(rows).toLocaleString("en-US")} ${Math.round(rows) === 1 ? "row" : "rows"}`;
}
function formatBytes(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${round(value)} ${units[unit]}`;
}
function round(value) {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

class StatsAdvisor {
  constructor(snapshot, thresholds) {
    this.snapshot = snapshot;
    this.thresholds = thresholds;
    for (const t of snapshot.tables) {
      this.byKey.set(keyOf(t.schema, t.name), t);
      this.byName.set(t.name, [...this.byName.get(t.name) ?? [], t]);
    }
    this.taken = snapshot.takenAt.slice(0, 10);
  }
  snapshot;
  thresholds;
  byKey = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  touchedTables = /* @__PURE__ */ new Map();
  /** Tables the history creates (before the change set), per set: to tell a snapshot of another database. */
  historyTables = /* @__PURE__ */ new Set();
  taken;
  /** The snapshot's entry for a table as migrations name it (`name` is in `public`, `schema.name` elsewhere). */
  lookup(table) {
    const exact = this.byKey.get(table.includes(".") ? table : keyOf("public", table));
    if (exact || table.includes(".")) return exact;
    const candidates = this.byName.get(table) ?? [];
    return candidates.length === 1 ? candidates[0] : void 0;
  }
  /** A table's rows: a partitioned table's are its partitions'; null when the snapshot has no estimate. */
  rowsOf(t) {
    if (t.partitions?.length) {
      let sum = 0;
      for (const p of t.partitions) {
        const part = this.byKey.get(p);
        const rows = part ? this.rowsOf(part) : null;
        if (rows === null) return null;
        sum += rows;
      }
      return sum;
    }
    if (t.rows === null) return t.heapBytes === 0 ? 0 : null;
    return t.rows;
  }
  weigh(request) {
    const { subject, message } = request;
    const name = `\`${subject.table}\``;
    if (subject.isNew) return { severity: lower(request.severity), message: `${message} ${name} is created by this change set, so it is empty when this runs: reported as a note.` };
    const stats = this.lookup(subject.table);
    if (!stats) {
      if (!subject.createdByHistory) return void 0;
      return {
        severity: lower(request.severity),
        message: `${message} ${name} is not in the stats snapshot of ${this.taken}, and the migration history creates it: counted as new since the snapshot (reported as a note; take a new snapshot if it has grown).`
      };
    }
    const rows = this.rowsOf(stats);
    const size = `${name}: ${rows === null ? "rows not estimated yet" : formatRows(rows)}, ${formatBytes(stats.totalBytes)} (stats of ${this.taken})`;
    if (rows === null) return { severity: request.severity, message: `${message} ${size}: run ANALYZE on it before taking the snapshot to have this finding weighed by size.` };
    const work = describeWork(request.cost, rows);
    if (rows < this.thresholds.small) {
      return { severity: lower(request.severity), message: `${message} ${size}: ${work}; below stats.small (${count$1(this.thresholds.small)} rows), so reported as a note.` };
    }
    if (rows >= this.thresholds.large) {
      return { severity: "error", message: `${message} ${size}: ${work}; at or above stats.large (${count$1(this.thresholds.large)} rows), so reported as an error.` };
    }
    return { severity: request.severity, message: `${message} ${size}: ${work}.` };
  }
  touched(subject) {
    if (subject.isNew) return;
    const stats = this.lookup(subject.table);
    if (stats) this.touchedTables.set(subject.table, stats);
  }
  setDone(state) {
    for (const t of state.tables()) {
      if (t.origin.createdIn !== void 0 && !t.origin.createdInChangeSet) this.historyTables.add(t.origin.productionName ?? t.name);
    }
  }
  /**
   * Why the snapshot cannot be of the database these migrations built, if it cannot: none of the
   * tables the history creates is in it. (Some missing is normal: created since the snapshot.)
   */
  mismatch() {
    if (this.historyTables.size === 0) return void 0;
    const known = [...this.historyTables].filter((t) => this.lookup(t) !== void 0);
    if (known.length > 0) return void 0;
    const sample = [...this.historyTables].slice(0, 3).map((t) => `\`${t}\``).join(", ");
    return `The stats snapshot has none of the ${this.historyTables.size} tables the migration history creates (${sample}${this.historyTables.size > 3 ? ", \u2026" : ""}): it seems to be of another database. Take it from the database these migrations run on.`;
  }
  /** The production tables the checked migrations touch, largest first. */
  largestTouched(limit = 5) {
    return [...this.touchedTables].map(([table, t]) => ({ table, rows: this.rowsOf(t), totalBytes: t.totalBytes })).sort((a, b) => b.totalBytes - a.totalBytes || a.table.localeCompare(b.table)).slice(0, limit);
  }
}
function keyOf(schema, name) {
  return `${schema}.${name}`;
}
function lower(severity) {
  return severity === "error" || severity === "warning" ? "info" : severity;
}
function count$1(n) {
  return n.toLocaleString("en-US");
}
function describeTouched(t) {
  return `${codeSpan(t.table)} ${t.rows === null ? "(rows not estimated)" : formatRows(t.rows)}, ${formatBytes(t.totalBytes)}`;
}
function codeSpan(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

function formatGithub(findings, notices = []) {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return [...ordered.map(annotationCommand), ...notices.map(noticeCommand)].map((line) => `${line}
`).join("");
}
function noticeCommand(n) {
  const properties = [...n.file !== void 0 ? [`file=${escapeProperty(n.file)}`, `line=${n.line ?? 1}`] : [], `title=${escapeProperty(n.kind === "skipped-set" ? `migration-guard: ${n.set} skipped (${n.database})` : `migration-guard: ${n.database} migrations of ${n.set} skipped`)}`];
  return `::notice ${properties.join(",")}::${escapeData(n.message)}`;
}
function annotationCommand(f) {
  const command = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
  const properties = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `title=${escapeProperty(`migration-guard: ${f.ruleId}${f.direction === "down" ? " (down)" : ""}`)}`
  ];
  return `::${command} ${properties.join(",")}::${escapeData(f.message)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function countFindings(findings) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files: new Set(findings.map((f) => f.file)).size };
}
function skippedSummary(notices) {
  const sets = notices.filter((n) => n.kind === "skipped-set").length;
  const files = notices.filter((n) => n.kind === "skipped-files").reduce((sum, n) => sum + n.migrations, 0);
  const parts = [...sets > 0 ? [plural(sets, "set")] : [], ...files > 0 ? [plural(files, "migration")] : []];
  return parts.length > 0 ? `${parts.join(" and ")} skipped (not PostgreSQL)` : "";
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function formatJson(findings, checkedMigrations, notices = [], tables) {
  const counts = countFindings(findings);
  return `${JSON.stringify(
    {
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        direction: f.direction,
        ...f.docsUrl ? { docsUrl: f.docsUrl } : {},
        fingerprint: f.fingerprint
      })),
      notices: notices.map((n) => ({
        kind: n.kind,
        message: n.message,
        set: n.set,
        database: n.database,
        migrations: n.migrations,
        ...n.file !== void 0 ? { file: n.file, line: n.line ?? 1 } : {}
      })),
      summary: {
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
        filesWithFindings: counts.files,
        checkedMigrations,
        skippedSets: notices.filter((n) => n.kind === "skipped-set").length,
        skippedMigrations: notices.reduce((sum, n) => sum + n.migrations, 0)
      },
      // Only with a stats snapshot: the production tables the checked migrations touch, largest first.
      ...tables ? { tables } : {}
    },
    null,
    2
  )}
`;
}

const DEFAULT_MAX = 6e4;
function formatMarkdown(findings, options) {
  const checked = plural(options.checkedMigrations, "migration");
  const notices = (options.notices ?? []).map((n) => `\u2139\uFE0F ${escapeCell(n.message)}`);
  const notes = [...notices.length ? [notices.join("\n\n")] : [], ...options.notes ?? []].map((n) => `
${n}
`).join("");
  if (findings.length === 0 && options.checkedMigrations === 0 && notices.length > 0) {
    return `### \u2139\uFE0F migration-guard: no PostgreSQL migrations to check

Every migration found is for another database than PostgreSQL, so none was checked.
${notes}`;
  }
  if (findings.length === 0) {
    return `### \u2705 migration-guard: no problems found

Checked ${checked}: no risky locks, rewrites or failures.
${notes}`;
  }
  const counts = countFindings(findings);
  const icon = counts.errors ? "\u274C" : "\u26A0\uFE0F";
  const head = [
    `### ${icon} migration-guard: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`,
    "",
    `Checked ${checked}; ${plural(findings.length, "problem")} in ${plural(counts.files, "file")}.`,
    "",
    "| | Where | Rule | What happens and what to do |",
    "|---|---|---|---|"
  ].join("\n");
  const max = options.maxLength ?? DEFAULT_MAX;
  const rows = [];
  let length = head.length + notes.length;
  let omitted = 0;
  for (const f of findings) {
    const row = tableRow(f, options);
    if (length + row.length + 200 > max) {
      omitted++;
      continue;
    }
    rows.push(row);
    length += row.length + 1;
  }
  const tail = omitted > 0 ? `

\u2026and ${plural(omitted, "more finding")} not shown here (the full list is in the job's findings file).` : "";
  return `${head}
${rows.join("\n")}${tail}
${notes}`;
}
function tableRow(f, options) {
  const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
  const place = `${f.file}:${f.line}`;
  const where = options.fileUrl ? `[${escapeCell(place)}](${options.fileUrl(f.file, f.line)})` : `\`${escapeCell(place)}\``;
  const rule = f.docsUrl ? `[${f.ruleId}](${f.docsUrl})` : f.ruleId;
  const direction = f.direction === "down" ? " _(down migration)_" : "";
  return `| ${icon} | ${where} | ${rule}${direction} | ${escapeCell(f.message)} |`;
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

const LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(findings, options) {
  const rules = rulesOf(findings, options.rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "migration-guard",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri,
            rules
          }
        },
        ...options.notices?.length ? { invocations: [invocation(options.notices)] } : {},
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => result(f, index.get(f.ruleId)))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function rulesOf(findings, ran) {
  const byId = new Map(ran.map((r) => [r.id, r]));
  for (const f of findings) {
    if (!byId.has(f.ruleId)) byId.set(f.ruleId, { id: f.ruleId, description: f.ruleId, severity: f.severity, ...f.docsUrl ? { docsUrl: f.docsUrl } : {} });
  }
  return [...byId.values()].map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    ...rule.docsUrl ? { helpUri: rule.docsUrl, help: { text: `${rule.description} See ${rule.docsUrl}`, markdown: `${rule.description} [Docs](${rule.docsUrl})` } } : {},
    defaultConfiguration: { level: LEVEL[rule.severity] }
  }));
}
function result(f, ruleIndex) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "migrationGuard/v1": f.fingerprint },
    ...f.direction === "down" ? { properties: { direction: "down" } } : {}
  };
}
function invocation(notices) {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: notices.map(
      (n) => ({
        level: "note",
        message: { text: n.message },
        descriptor: { id: n.kind },
        ...n.file !== void 0 ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(n.file), uriBaseId: "%SRCROOT%" }, region: { startLine: n.line ?? 1 } } }] } : {}
      })
    )
  };
}
function directoryUri(dir) {
  const uri = pathToFileURL(dir).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

const MAX_LINES = 6;
function codeFrame(text, span, colors) {
  const lines = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, span.line - 1);
  const last = Math.min(lines.length, span.endLine, span.line + MAX_LINES - 1);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    const marker = n >= span.line && n <= span.endLine ? colors.red(">") : " ";
    const number = colors.dim(`${String(n).padStart(width)} |`);
    out.push(`  ${marker} ${number} ${lines[n - 1] ?? ""}`);
    if (n === span.line && span.endLine === span.line && span.endColumn > span.column) {
      const pad = " ".repeat(width);
      const under = " ".repeat(span.column - 1) + "^".repeat(Math.max(1, span.endColumn - span.column));
      out.push(`    ${colors.dim(`${pad} |`)} ${colors.red(under)}`);
    }
  }
  if (span.endLine > last) out.push(`    ${colors.dim(`${" ".repeat(width)} |`)} ${colors.dim("\u2026")}`);
  return out.join("\n");
}

function formatStylish(findings, options) {
  const { colors } = options;
  const blocks = [];
  for (const f of findings) {
    const severity = f.severity === "error" ? colors.red("error") : f.severity === "warning" ? colors.yellow("warning") : colors.blue("info");
    const direction = f.direction === "down" ? colors.dim(" (down migration)") : "";
    const header = `${colors.bold(`${f.file}:${f.line}:${f.column}`)}  ${severity}  ${colors.dim(f.ruleId)}${direction}`;
    const text = options.sources.get(f.file);
    const frame = text ? `
${codeFrame(text, f, colors)}` : "";
    const docs = f.docsUrl ? `
  ${colors.dim(`Docs: ${f.docsUrl}`)}` : "";
    blocks.push(`${header}
  ${f.message}${frame}${docs}`);
  }
  const notices = (options.notices ?? []).map((n) => `${colors.blue("\u2139")} ${n.message}
`).join("");
  return `${blocks.map((b) => `${b}
`).join("\n")}${blocks.length ? "\n" : ""}${notices}${summaryLine(findings, options)}
`;
}
function summaryLine(findings, options) {
  const { colors } = options;
  const counts = countFindings(findings);
  const skippedText = skippedSummary(options.notices ?? []);
  const skipped = skippedText ? ` \xB7 ${skippedText}` : "";
  const checked = `checked ${plural(options.checkedMigrations, "migration")}${skipped}`;
  if (findings.length === 0 && options.checkedMigrations === 0 && skippedText) {
    return colors.blue(`\u2139 No PostgreSQL migrations to check \xB7 ${skippedText}`);
  }
  if (findings.length === 0) return colors.green(`\u2714 No problems found \xB7 ${checked}`);
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos) parts.push(plural(counts.infos, "info"));
  const mark = counts.errors ? colors.red("\u2716") : colors.yellow("\u26A0");
  return `${mark} ${colors.bold(plural(findings.length, "problem"))} (${parts.join(", ")}) in ${plural(counts.files, "file")} \xB7 ${checked}`;
}

const OUTPUT_FORMATS = ["stylish", "json", "sarif", "github", "markdown"];
function formatReport(format, input) {
  const notices = input.notices ?? [];
  switch (format) {
    case "stylish":
      return formatStylish(input.findings, { colors: input.colors, sources: input.sources, checkedMigrations: input.checkedMigrations, notices }) + tablesLine(input.tables);
    case "json":
      return formatJson(input.findings, input.checkedMigrations, notices, input.tables);
    case "sarif":
      return formatSarif(input.findings, { rules: input.rules, toolVersion: input.toolVersion, informationUri: input.informationUri, cwd: input.cwd, notices });
    case "github":
      return formatGithub(input.findings, notices);
    case "markdown":
      return formatMarkdown(input.findings, { checkedMigrations: input.checkedMigrations, notices, notes: tablesNote(input.tables) });
  }
}
function tablesLine(tables) {
  return tables?.length ? `Largest tables these migrations touch (stats snapshot): ${tables.map(describeTouched).join("; ")}
` : "";
}
function tablesNote(tables) {
  return tables?.length ? [`**Largest tables these migrations touch** (stats snapshot): ${tables.map(describeTouched).join(" \xB7 ")}`] : [];
}

var version = "0.1.0";
const packageJson = {
	version: version};

const VERSION = packageJson.version;

function outsideTransactionAdvice(migration, op) {
  if (op.transaction === null) return "";
  const optOut = migration.transaction.optOut;
  return optOut ? ` It must run outside a transaction: ${optOut}.` : " It must run outside a transaction.";
}
function code(name) {
  return `\`${name}\``;
}
function whereInTransaction(ctx, op) {
  const file = ctx.fileOf(op);
  if (file === ctx.migration.path) return `line ${op.span.line}`;
  return `line ${op.span.line} of ${code(file)} (${ctx.migration.transaction.reason}, so the migrations of one deploy share a transaction)`;
}

function migrationName(path) {
  const parts = path.split("/");
  const file = parts[parts.length - 1];
  return /^(migration|up)\.sql$/i.test(file) && parts.length >= 2 ? parts[parts.length - 2] : file;
}
function isNumbered(version) {
  return /^\d/.test(version);
}

const migrationOrder = defineRule({
  id: "migration-order",
  description: "A new migration whose version sorts before (or equals) the newest migration already on the base branch.",
  severity: "warning",
  checkSet(ctx) {
    const history = ctx.history;
    if (!history) return;
    const newest = history.base.filter((m) => isNumbered(m.version)).at(-1);
    if (!newest) return;
    for (const change of history.changes) {
      if (change.status !== "added" || !isNumbered(change.version)) continue;
      const order = compareVersions(change.version, newest.version);
      if (order > 0) continue;
      const relation = order === 0 ? "has the same version as" : "sorts before";
      ctx.report({
        file: change.path,
        message: `${code(migrationName(change.path))} ${relation} ${code(migrationName(newest.path))}, the newest migration on the base branch: databases that already ran that one apply this one out of order, and runners that only apply versions newer than the last one (golang-migrate, Flyway without outOfOrder, Drizzle's migrator) skip it. Regenerate or rename it so its version comes after the newest one.`
      });
    }
  }
});

const noAppCodeInMigration = defineRule({
  id: "no-app-code-in-migration",
  description: "A migration that depends on application code (entities, models, services, config, DI), ORM data APIs, app scripts or other systems.",
  severity: "error",
  check(ctx) {
    for (const dep of ctx.migration.dependencies) {
      switch (dep.kind) {
        case "import":
          ctx.report({
            at: dep,
            message: `This migration imports ${code(dep.name)}, ${dep.detail}: when that code changes, replaying the migration on a fresh database (CI, a new environment, a restore) runs different code than production ran, or no longer compiles. Write the change in plain SQL, or copy the table shape the migration needs into a small local snapshot inside the migration.`
          });
          break;
        case "orm-data-api":
          ctx.report({
            at: dep,
            message: `${code(dep.name)} ${dep.detail}, as they are today rather than as the tables were at this migration: once an entity gains or loses a column, replaying this migration fails or writes the wrong columns. Read and write the rows with plain SQL against the table as it is at this point.`
          });
          break;
        case "process":
          ctx.report({
            at: dep,
            message: `This migration runs ${code(dep.name)}: a script that changes independently of the migration, with effects outside the migration's transaction that are not rolled back if it fails and run again on every replay. Do the data change in SQL inside the migration, or run the script as its own deploy step.`
          });
          break;
        case "network-client":
          ctx.report({
            at: dep,
            message: `This migration uses ${code(dep.name)}, ${dep.detail}: what it does there is not part of the database's history, is not rolled back when the migration fails, and happens again whenever the migrations are replayed. Keep migrations to the database; do that work in the application or a one-off job.`
          });
          break;
      }
    }
  }
});

const noBlockingMaintenance = defineRule({
  id: "no-blocking-maintenance",
  description: "VACUUM FULL, CLUSTER, REINDEX or REFRESH MATERIALIZED VIEW without CONCURRENTLY, LOCK TABLE ... ACCESS EXCLUSIVE, or ALTER TABLE ... SET LOGGED/UNLOGGED/TABLESPACE/ACCESS METHOD on an existing table.",
  severity: "warning",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      const message = blockingMaintenance(ctx, op);
      if (message) ctx.report({ at: op, message, cost: maintenanceCost(op) });
    }
  }
});
function maintenanceCost(op) {
  if (op.kind === "reindex") return "index-build";
  return op.kind === "lock-table" ? null : "rewrite";
}
function blockingMaintenance(ctx, op) {
  const existing = (table) => !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "vacuum": {
      if (!op.full) return void 0;
      const online = "Let plain VACUUM (or autovacuum) reclaim space without blocking, or compact tables online with pg_repack or pg_squeeze, outside the migration.";
      if (!op.table) {
        return `VACUUM FULL without a table rewrites every table of the database in turn, each under an ACCESS EXCLUSIVE lock that blocks every read and write of it until its copy is written. ${online}${failsInTransaction(op, "VACUUM")}`;
      }
      if (!existing(op.table)) return void 0;
      return `VACUUM FULL rewrites ${code(op.table)} into a new file under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is written, minutes to hours on a large table. ${online}${failsInTransaction(op, "VACUUM")}`;
    }
    case "cluster": {
      const online = "Reorder the table online with pg_repack (`--order-by`) outside the migration, or leave it: the order decays with new writes anyway.";
      if (!op.table) {
        return `CLUSTER without a table re-sorts every table that was clustered before, each under an ACCESS EXCLUSIVE lock that blocks every read and write of it while it is rewritten. ${online}${failsInTransaction(op, "CLUSTER without a table")}`;
      }
      if (!existing(op.table)) return void 0;
      return `CLUSTER rewrites ${code(op.table)} in index order under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the rewrite ends, minutes to hours on a large table. ${online}`;
    }
    case "reindex":
      return op.concurrent ? void 0 : reindexMessage(ctx, op, existing);
    case "refresh-materialized-view":
      if (op.concurrent || !existing(op.view)) return void 0;
      return `REFRESH MATERIALIZED VIEW ${code(op.view)} holds an ACCESS EXCLUSIVE lock on the view while its query reruns: every SELECT from it waits until the refresh ends. Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), which lets reads continue, or refresh from a scheduled job rather than a migration.`;
    case "lock-table":
      if (op.mode !== "ACCESS EXCLUSIVE" || !existing(op.table)) return void 0;
      return `LOCK TABLE ${code(op.table)} in ACCESS EXCLUSIVE mode blocks every read and write of the table until the transaction commits, and while it waits for running queries every query behind it waits too. Take only the lock the statements need (DDL takes its own), keep the transaction short and set lock_timeout; to keep writers out of a data fix, SHARE ROW EXCLUSIVE lets reads continue.`;
    case "alter-table-other":
      return rewritingAlter(op, existing);
    default:
      return void 0;
  }
}
const REWRITING_ALTERS = {
  AT_SetLogged: {
    clause: "SET LOGGED",
    why: "copies every row into a new file and writes all of it to the WAL",
    instead: "Create the table LOGGED from the start, or switch it in a maintenance window."
  },
  AT_SetUnLogged: {
    clause: "SET UNLOGGED",
    why: "copies every row into a new file (and the table then loses its data after a crash and is not replicated)",
    instead: "Keep the table logged, or switch it in a maintenance window."
  },
  AT_SetTableSpace: {
    clause: "SET TABLESPACE",
    why: "copies every data file of the table to the new tablespace",
    instead: "Move it online with pg_repack --tablespace outside the migration, or in a maintenance window."
  },
  AT_SetAccessMethod: {
    clause: "SET ACCESS METHOD",
    why: "rewrites every row in the new storage format",
    instead: "Create a new table with the access method, copy in batches and swap, or switch it in a maintenance window."
  }
};
function rewritingAlter(op, existing) {
  const form = REWRITING_ALTERS[op.action];
  if (!form || !existing(op.table)) return void 0;
  return `ALTER TABLE ${code(op.table)} ${form.clause} ${form.why} under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is done, minutes to hours on a large table. ` + form.instead;
}
function reindexMessage(ctx, op, existing) {
  const concurrently = ctx.postgresVersion >= 12 ? `Use REINDEX ${op.target.toUpperCase()} CONCURRENTLY instead.${outsideTransactionAdvice(ctx.migration, op)}` : `PostgreSQL ${ctx.postgresVersion} has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, drop the old index with DROP INDEX CONCURRENTLY and rename the new one.`;
  switch (op.target) {
    case "index": {
      const table = ctx.stateBefore(op).index(op.name)?.table;
      if (table && !existing(table)) return void 0;
      const on = table ? code(table) : "its table";
      return `REINDEX INDEX ${code(op.name)} blocks writes to ${on} and holds an ACCESS EXCLUSIVE lock on the index until it is rebuilt, which also stalls almost every read (the planner locks all of a table's indexes). ${concurrently}`;
    }
    case "table":
      if (!existing(op.name)) return void 0;
      return `REINDEX TABLE blocks writes to ${code(op.name)} and holds an ACCESS EXCLUSIVE lock on each of its indexes until they are rebuilt, which also stalls almost every read (the planner locks all of a table's indexes). ${concurrently}`;
    case "system":
      return `REINDEX SYSTEM rebuilds the system catalogs under exclusive locks that stall every session of the database. Run it in a maintenance window, not in a migration.${failsInTransaction(op, "REINDEX SYSTEM")}`;
    default: {
      const scope = op.target === "schema" ? `schema ${code(op.name)}` : "database";
      const failing = ctx.postgresVersion >= 12 ? "" : failsInTransaction(op, `REINDEX ${op.target.toUpperCase()}`);
      return `REINDEX ${op.target.toUpperCase()} rebuilds every index in the ${scope}, blocking writes to each table and nearly all reads while its indexes are rebuilt. ${concurrently}${failing}`;
    }
  }
}
function failsInTransaction(op, command) {
  return op.transaction === null ? "" : ` ${command} cannot run inside a transaction block either, so as written the migration fails.`;
}

function rewriteCost(table) {
  return `rewrites ${code(table)} and its indexes under an ACCESS EXCLUSIVE lock, blocking every read and write of the table for the whole rewrite (minutes to hours on a large table)`;
}

const REWRITE_FREE_CHANGES = "varchar(n) \u2192 varchar(m \u2265 n), varchar or text; text \u2192 varchar without a limit; numeric(p,s) \u2192 numeric(q \u2265 p,s) or numeric; bit varying(n) \u2192 bit varying(m \u2265 n); cidr \u2192 inet; a wider timestamp/time precision; on Postgres 12+ timestamp \u2194 timestamptz with the session TimeZone UTC";
const WIDENABLE = /* @__PURE__ */ new Set(["varchar", "varbit", "numeric", "timestamp", "timestamptz", "time", "timetz"]);
const MAX_TIME_PRECISION = 6;
const BINARY_COERCIBLE = /* @__PURE__ */ new Set(["varchar\u2192text", "text\u2192varchar", "cidr\u2192inet"]);
const TIMESTAMPS$1 = /* @__PURE__ */ new Set(["timestamp", "timestamptz"]);
function typeChange(from, to, postgresVersion) {
  if (from.array !== to.array) return { kind: "rewrite" };
  if (from.name === to.name && sameModifiers(from, to)) return { kind: "same" };
  if (from.array) return { kind: "rewrite" };
  if (from.name === to.name) return WIDENABLE.has(from.name) && widens(from, to) ? { kind: "no-rewrite" } : { kind: "rewrite" };
  if (BINARY_COERCIBLE.has(`${from.name}\u2192${to.name}`)) {
    if (to.name === "varchar" && to.modifiers.length > 0) return { kind: "rewrite" };
    return { kind: "no-rewrite" };
  }
  if (TIMESTAMPS$1.has(from.name) && TIMESTAMPS$1.has(to.name)) {
    if (postgresVersion < 12 || !widens(from, to)) return { kind: "rewrite" };
    return { kind: "no-rewrite-if-utc" };
  }
  return { kind: "rewrite" };
}
function canBeRewriteFreeTarget(to) {
  return !to.array && (WIDENABLE.has(to.name) || to.name === "text" || to.name === "inet");
}
function sameModifiers(a, b) {
  const x = effectiveModifiers(a);
  const y = effectiveModifiers(b);
  return x.length === y.length && x.every((m, i) => m === y[i]);
}
function effectiveModifiers(t) {
  if (t.name === "numeric" && t.modifiers.length === 1) return [t.modifiers[0], 0];
  if (isTime(t.name) && (t.modifiers[0] ?? MAX_TIME_PRECISION) >= MAX_TIME_PRECISION) return [];
  return t.modifiers;
}
function widens(from, to) {
  const f = effectiveModifiers(from);
  const t = effectiveModifiers(to);
  if (t.length === 0) return true;
  if (f.length === 0) return false;
  if (from.name === "numeric") return t[1] === f[1] && t[0] >= f[0];
  return t[0] >= f[0];
}
function isTime(name) {
  return name === "timestamp" || name === "timestamptz" || name === "time" || name === "timetz";
}
const UTC_NAMES = /* @__PURE__ */ new Set(["utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "zulu", "etc/zulu", "universal", "etc/universal", "0"]);
function isUtcTimeZone(value) {
  const v = value.trim().toLowerCase();
  return UTC_NAMES.has(v) || /^'?[+-]?0{1,2}(:00)?'?(::interval)?$/.test(v);
}

const noColumnTypeChange = defineRule({
  id: "no-column-type-change",
  description: "ALTER COLUMN ... TYPE that rewrites the table (every change except a few widening casts) on an existing table.",
  severity: "error",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "alter-column-type" || ctx.isNewTable(op.table, op)) continue;
      const finding = typeChangeFinding(ctx, op);
      if (finding) ctx.report(finding);
    }
  }
});
function typeChangeFinding(ctx, op) {
  const column = code(op.column);
  const to = op.type.display;
  const from = ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.type;
  const change = from ? typeChange(from, op.type, ctx.postgresVersion).kind : void 0;
  if (change === "same") return void 0;
  const fromText = from ? ` (from ${from.display})` : "";
  const newColumn = `add a new ${to} column, write both columns from the app or a trigger, backfill it in batches, switch reads to it, then drop ${column}.`;
  const newColumnFix = newColumn[0].toUpperCase() + newColumn.slice(1);
  if (op.recreatesColumn) {
    return {
      at: op,
      message: `This changes ${column} of ${code(op.table)} to ${to}${fromText} by dropping the column and adding it again: every value in it is lost, and code running during the rollout fails on the missing column. ` + newColumnFix
    };
  }
  if (op.using !== void 0) {
    return {
      at: op,
      message: `ALTER COLUMN ${column} TYPE ${to} USING ${op.using} evaluates the expression for every row, so Postgres ${rewriteCost(op.table)}. ${newColumnFix}`
    };
  }
  if (change === "no-rewrite") return void 0;
  if (change === "no-rewrite-if-utc") {
    if (sessionIsUtc(ctx, op)) return void 0;
    const setUtc = op.transaction === null ? "SET TimeZone = 'UTC'" : "SET LOCAL TimeZone = 'UTC' in the same transaction";
    return {
      at: op,
      message: `ALTER COLUMN ${column} TYPE ${to}${fromText} converts the existing values in the session TimeZone: unless that is UTC, Postgres ${rewriteCost(op.table)}. Run ${setUtc} before it (Postgres 12+ then changes only the catalog), or add a new column and backfill it in batches.`
    };
  }
  if (!from && canBeRewriteFreeTarget(op.type)) {
    return {
      at: op,
      severity: "warning",
      message: `migration-guard could not see the current type of ${code(op.table)}.${column} (the migrations it read do not create it): ALTER COLUMN TYPE ${to} is safe only if it is one of these widenings: ${REWRITE_FREE_CHANGES}. Any other change ${rewriteCost(op.table)}; for those, ${newColumn}`
    };
  }
  return {
    at: op,
    message: `ALTER COLUMN ${column} TYPE ${to}${fromText} converts every value, so Postgres ${rewriteCost(op.table)}. ${newColumnFix}`
  };
}
function sessionIsUtc(ctx, op) {
  let utc = false;
  for (const other of ctx.operations) {
    if (other === op) break;
    if (other.kind !== "set" || other.name !== "timezone") continue;
    if (other.local && (other.transaction === null || other.transaction !== op.transaction)) continue;
    utc = other.value !== null && isUtcTimeZone(other.value);
  }
  return utc;
}

const noConcurrentIndexInTransaction = defineRule({
  id: "no-concurrent-index-in-transaction",
  description: "CONCURRENTLY index builds and drops, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY fail inside a transaction.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      const what = concurrentCommand(op);
      if (!what || op.transaction === null) continue;
      const { reason, optOut } = ctx.migration.transaction;
      const fix = `Fix: ${optOut ?? "run it in a migration that is not wrapped in a transaction"}.`;
      ctx.report({
        at: op,
        message: `${what} fails when the migration runs: Postgres rejects it with "cannot run inside a transaction block", and this statement runs in one because ${reason}. ${fix}`
      });
    }
  }
});
function concurrentCommand(op) {
  switch (op.kind) {
    case "create-index":
      return op.concurrent ? `${op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX"} CONCURRENTLY ${code(op.name)}` : void 0;
    case "drop-index":
      return op.concurrent ? `DROP INDEX CONCURRENTLY ${code(op.index)}` : void 0;
    case "reindex":
      return op.concurrent ? `REINDEX ${op.target.toUpperCase()} CONCURRENTLY${op.name ? ` ${code(op.name)}` : ""}` : void 0;
    case "detach-partition":
      return op.concurrent ? `DETACH PARTITION ${code(op.partition)} CONCURRENTLY` : void 0;
    default:
      return void 0;
  }
}

function effectiveRows(op, state) {
  if (op.rows !== "bounded" || !op.matchedColumns) return op.rows;
  const keys = uniqueKeys(op.table, state);
  if (!keys) return "bounded";
  const isKeyed = (columns) => columns.includes("ctid") || keys.some((key) => key.every((c) => columns.includes(c)));
  return op.matchedColumns.every(isKeyed) ? "bounded" : "unbounded";
}
function uniqueKeys(table, state) {
  const t = state.table(table);
  if (!t || t.origin.createdIn === void 0) return void 0;
  const keys = [];
  for (const c of t.constraints.values()) {
    if (c.type === "primary-key" || c.type === "unique") keys.push(c.columns);
  }
  for (const index of state.indexesOf(table)) {
    if (index.unique && !index.columns.includes("expr")) keys.push(index.columns);
  }
  return keys.filter((k) => k.length > 0);
}

const CONSTRAINT_WORDS = {
  check: "ADD CHECK",
  "foreign-key": "ADD FOREIGN KEY",
  unique: "ADD UNIQUE",
  "primary-key": "ADD PRIMARY KEY",
  exclusion: "ADD EXCLUDE",
  "not-null": "ADD NOT NULL"
};
const OTHER_STATEMENTS = {
  CreateTrigStmt: "CREATE TRIGGER",
  CreatePolicyStmt: "CREATE POLICY",
  RuleStmt: "CREATE RULE",
  GrantStmt: "GRANT",
  CommentStmt: "COMMENT",
  ViewStmt: "CREATE VIEW"
};
function statementLabel(op) {
  switch (op.kind) {
    case "create-table":
      return op.materializedView ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE";
    case "drop-table":
      return "DROP TABLE";
    case "rename-table":
      return "ALTER TABLE ... RENAME TO";
    case "add-column":
      return "ALTER TABLE ... ADD COLUMN";
    case "drop-column":
      return "ALTER TABLE ... DROP COLUMN";
    case "rename-column":
      return "ALTER TABLE ... RENAME COLUMN";
    case "alter-column-type":
      return "ALTER COLUMN ... TYPE";
    case "set-not-null":
      return "ALTER COLUMN ... SET NOT NULL";
    case "drop-not-null":
      return "ALTER COLUMN ... DROP NOT NULL";
    case "set-default":
      return "ALTER COLUMN ... SET DEFAULT";
    case "drop-default":
      return "ALTER COLUMN ... DROP DEFAULT";
    case "add-constraint":
      return `ALTER TABLE ... ${CONSTRAINT_WORDS[op.constraint.type]}`;
    case "drop-constraint":
      return "ALTER TABLE ... DROP CONSTRAINT";
    case "validate-constraint":
      return "ALTER TABLE ... VALIDATE CONSTRAINT";
    case "rename-constraint":
      return "ALTER TABLE ... RENAME CONSTRAINT";
    case "alter-table-other":
      return "ALTER TABLE";
    case "create-index":
      return op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
    case "drop-index":
      return "DROP INDEX";
    case "rename-index":
      return "ALTER INDEX ... RENAME";
    case "reindex":
      return `REINDEX ${op.target.toUpperCase()}`;
    case "create-enum":
      return "CREATE TYPE ... AS ENUM";
    case "add-enum-value":
      return "ALTER TYPE ... ADD VALUE";
    case "rename-enum-value":
      return "ALTER TYPE ... RENAME VALUE";
    case "data-change":
      return op.dml.toUpperCase();
    case "truncate":
      return "TRUNCATE";
    case "set":
      return "SET";
    case "lock-table":
      return "LOCK TABLE";
    case "vacuum":
      return op.full ? "VACUUM FULL" : "VACUUM";
    case "cluster":
      return "CLUSTER";
    case "refresh-materialized-view":
      return "REFRESH MATERIALIZED VIEW";
    case "transaction":
      return op.action.toUpperCase();
    case "attach-partition":
      return "ALTER TABLE ... ATTACH PARTITION";
    case "detach-partition":
      return "ALTER TABLE ... DETACH PARTITION";
    case "sequence-reset":
      return "setval";
    case "other":
      return OTHER_STATEMENTS[op.nodeType] ?? "statement";
  }
}

const noDataChangeWithDdl = defineRule({
  id: "no-data-change-with-ddl",
  description: "A backfill (UPDATE/INSERT/DELETE/MERGE) in the same transaction as DDL that locks the same table holds that lock for the whole backfill.",
  severity: "error",
  cost: "backfill",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "data-change" || op.transaction === null) continue;
      if (effectiveRows(op, ctx.stateBefore(op)) === "bounded") continue;
      const held = strongestEarlierLock(ctx.earlierInTransaction(op), op, (ddl2) => ctx.locksOf(ddl2), (table, at) => ctx.isNewTable(table, at));
      if (!held) continue;
      const { ddl, lock } = held;
      ctx.report({
        at: op,
        message: `This ${op.dml.toUpperCase()} of ${code(op.table)} runs in the same transaction as the ${statementLabel(ddl)} on ${whereInTransaction(ctx, ddl)}, so that statement's ${lock.mode} lock on ${code(lock.table)} stays held until the backfill commits, which ${lockImpact(lock.mode)} for as long as the backfill runs. Ship the schema change on its own and backfill in a later migration or a job, in batches by key range that each commit.${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});
function strongestEarlierLock(earlier, change, locksOf, isNewTable) {
  let strongest;
  for (const ddl of earlier) {
    if (ddl.kind === "data-change" || ddl.kind === "transaction" || ddl.kind === "set") continue;
    for (const lock of locksOf(ddl)) {
      if (lock.table !== change.table || !lockAtLeast(lock.mode, "SHARE") || isNewTable(lock.table, ddl)) continue;
      if (!strongest || !lockAtLeast(strongest.lock.mode, lock.mode)) strongest = { ddl, lock };
    }
  }
  return strongest;
}

function columnMapping(ctx, table, column) {
  return atBoth(ctx, (schema) => mappedColumn(schema, table, column));
}
function tableMapping(ctx, table) {
  return atBoth(ctx, (schema) => schema.tables.get(table));
}
function atBoth(ctx, find) {
  const head = ctx.schema ? find(ctx.schema) : void 0;
  if (head) return { head };
  const base = ctx.baseSchema ? find(ctx.baseSchema) : void 0;
  return base ? { removed: base } : {};
}
function site(mapping) {
  return describeSite(mapping.site);
}
function recreatedInTransaction(ctx, dropped, table, column) {
  if (dropped.transaction === null) return false;
  const after = ctx.operations.slice(ctx.operations.indexOf(dropped) + 1).filter((op) => op.transaction === dropped.transaction && op.direction === "up");
  if (column === void 0) {
    return after.some((op) => op.kind === "create-table" && op.table === table || op.kind === "rename-table" && op.newName === table);
  }
  return after.some(
    (op) => op.kind === "add-column" && op.table === table && op.column.name === column || op.kind === "rename-column" && op.table === table && op.newName === column
  );
}
function appMapsTable(ctx, table) {
  return ctx.schema?.tables.has(table) === true || ctx.baseSchema?.tables.has(table) === true;
}

function columnAddedEarlier(ctx, table, column, at) {
  for (const op of ctx.operations) {
    if (op === at) return false;
    if (op.kind === "add-column" && op.table === table && op.column.name === column) return true;
  }
  return false;
}

const noDropColumn = defineRule({
  id: "no-drop-column",
  description: "DROP COLUMN on an existing table breaks the code that still maps the column during the rollout.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-column" || ctx.isNewTable(op.table, op)) continue;
      if (appMapsTable(ctx, op.table)) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op)) continue;
      const column = code(op.column);
      ctx.report({
        at: op,
        message: `Dropping ${column} from ${code(op.table)} breaks the code still running during the rollout that reads or writes it (ORMs select every mapped column), with "column does not exist", and its data is gone. Remove ${column} from the app's models and deploy that first; drop the column in a later deploy.`
      });
    }
  }
});

const noDropMappedColumn = defineRule({
  id: "no-drop-mapped-column",
  description: "DROP COLUMN of a column the app's models still map (or mapped until this change set).",
  severity: "error",
  check(ctx) {
    if (!ctx.schema && !ctx.baseSchema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "drop-column" || op.direction !== "up" || recreatedInTransaction(ctx, op, op.table, op.column)) continue;
      const name = code(`${op.table}.${op.column}`);
      const { head, removed } = columnMapping(ctx, op.table, op.column);
      if (head) {
        ctx.report({
          at: op,
          message: `Dropping ${name} breaks the app, which still maps it as ${site(head)}: every query that selects the column fails from the moment this runs. Remove the field from the model and deploy that first, then drop the column in a later deploy.`
        });
      } else if (removed && !ctx.isNewTable(op.table, op)) {
        ctx.report({
          at: op,
          severity: "warning",
          message: `This change set also removes ${site(removed)} from the model, but the code still running during the rollout maps ${name} and fails on every query that selects it once this runs. Ship the model change first and drop the column in a later deploy.`
        });
      }
    }
  }
});

const noDropMappedTable = defineRule({
  id: "no-drop-mapped-table",
  description: "DROP TABLE or RENAME of a table the app's models still map (or mapped until this change set).",
  severity: "error",
  check(ctx) {
    if (!ctx.schema && !ctx.baseSchema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "drop-table" && op.kind !== "rename-table" || op.direction !== "up") continue;
      if (op.kind === "drop-table" && recreatedInTransaction(ctx, op, op.table)) continue;
      const newName = op.kind === "rename-table" ? op.newName : void 0;
      const bridge = newName === void 0 ? "" : `Create a view under the old name in the same migration (\`CREATE VIEW ${op.table} AS SELECT * FROM ${newName}\`) and drop it in a later deploy, once no running code uses ${code(op.table)}.`;
      const { head, removed } = tableMapping(ctx, op.table);
      if (head) {
        const what = newName === void 0 ? `Dropping ${code(op.table)}` : `Renaming ${code(op.table)} to ${code(newName)}`;
        const fix2 = newName === void 0 ? "Remove the model and deploy that first, then drop the table in a later deploy." : bridge;
        ctx.report({
          at: op,
          message: `${what} breaks the app, which still maps it as ${site(head)}: every query on that model fails from the moment this runs. ${fix2}`
        });
        continue;
      }
      if (!removed || ctx.isNewTable(op.table, op)) continue;
      const moved = newName === void 0 ? void 0 : ctx.schema?.tables.get(newName);
      const change = moved ? `moves the model to ${code(newName)}, as ${site(moved)},` : `removes ${site(removed)} from the models`;
      const fix = newName === void 0 ? "Ship the model change first and drop the table in a later deploy." : bridge;
      ctx.report({
        at: op,
        severity: "warning",
        message: `This change set also ${change}, but the code still running during the rollout queries ${code(op.table)} and fails once this runs. ${fix}`
      });
    }
  }
});

const noDropTable = defineRule({
  id: "no-drop-table",
  description: "DROP TABLE of an existing table breaks the code that still uses it during the rollout.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-table" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      const table = code(op.table);
      ctx.report({
        at: op,
        message: `Dropping ${table} waits for an ACCESS EXCLUSIVE lock on it, then breaks the code still running during the rollout that queries it ("relation does not exist"), and its data is gone. Remove every use of ${table} from the app and deploy that first; drop the table in a later deploy.`
      });
    }
  }
});

const noEditAppliedMigration = defineRule({
  id: "no-edit-applied-migration",
  description: "A change set that modifies, renames or deletes a migration that already exists on the base branch.",
  severity: "error",
  checkSet(ctx) {
    for (const change of ctx.history?.changes ?? []) {
      const name = code(migrationName(change.path));
      if (change.status === "modified") {
        const line = change.firstChangedLine ?? 1;
        ctx.report({
          file: change.path,
          at: { line, column: 1, endLine: line, endColumn: 1 },
          message: `${name} already exists on the base branch, so databases that ran it never see this edit and drift from fresh ones (and tools that checksum applied migrations, like Prisma and Flyway, reject it). Revert the edit and make the change in a new migration.`
        });
      } else if (change.status === "renamed") {
        ctx.report({
          file: change.path,
          message: `${name} is ${code(migrationName(change.previousPath ?? change.path))} renamed: tools that record applied migrations by name run it again on databases that already ran it, and report the old name as missing. Keep the original name; if the order must change, add a new migration instead.`
        });
      } else if (change.status === "deleted") {
        ctx.report({
          file: change.path,
          message: `${name} exists on the base branch and is deleted here: databases that ran it keep its changes while new ones never get them, and tools that verify their history (Knex, Prisma) fail on the missing file. Restore it, and undo its effect with a new migration if needed.`
        });
      }
    }
  }
});

function stringConstants(ast) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "A_Const") {
        const text = value.sval?.sval;
        if (typeof text === "string") found.push(text);
      }
      visit(value);
    }
  };
  visit(ast);
  return found;
}

const NOT_A_USE = /* @__PURE__ */ new Set(["AlterEnumStmt", "CreateEnumStmt", "CommentStmt"]);
const noEnumValueInTransaction = defineRule({
  id: "no-enum-value-in-transaction",
  description: "ALTER TYPE ... ADD VALUE inside a transaction on PostgreSQL < 12, or the new value used before the transaction commits.",
  severity: "error",
  check(ctx) {
    for (const add of ctx.operations) {
      if (add.kind !== "add-enum-value" || add.transaction === null) continue;
      if (createdInSameTransaction(ctx.operations, add)) continue;
      const label = `${code(add.type)} value '${add.value}'`;
      if (ctx.postgresVersion < 12) {
        ctx.report({
          at: add,
          message: `PostgreSQL ${ctx.postgresVersion} refuses ALTER TYPE ... ADD VALUE inside a transaction block ("ALTER TYPE ... ADD cannot run inside a transaction block"), so adding the ${label} makes the migration fail. Add the value in a migration of its own.${outsideTransactionAdvice(ctx.migration, add)}`
        });
      }
      const alreadyThere = add.ifNotExists && ctx.stateBefore(add).enumType(add.type)?.values.includes(add.value);
      if (alreadyThere) continue;
      for (const use of usesOf(ctx.operations, add)) reportUse(ctx, use, add);
    }
    const reported = /* @__PURE__ */ new Set();
    for (const op of ctx.operations) {
      for (const add of ctx.earlierInTransaction(op)) {
        if (add.kind !== "add-enum-value" || ctx.fileOf(add) === ctx.migration.path) continue;
        const use = usedIn(op, add);
        if (use && !reported.has(use)) {
          reported.add(use);
          reportUse(ctx, use, add);
        }
      }
    }
  }
});
function reportUse(ctx, use, add) {
  ctx.report({
    at: use,
    message: `This statement uses the ${code(add.type)} value '${add.value}', which the ALTER TYPE on ${whereInTransaction(ctx, add)} adds in the same transaction: Postgres rejects a new enum value until the transaction that added it commits ("unsafe use of new value"), so the migration fails. Add the value in a migration of its own, deployed before the one that uses it.`
  });
}
function createdInSameTransaction(operations, add) {
  const position = operations.indexOf(add);
  return operations.slice(0, position).some((op) => op.kind === "create-enum" && op.type === add.type && op.transaction === add.transaction && op.direction === add.direction);
}
function usesOf(operations, add) {
  const uses = [];
  const seen = new Set(add.statement ? [add.statement] : []);
  for (const op of operations.slice(operations.indexOf(add) + 1)) {
    if (op.transaction !== add.transaction || op.direction !== add.direction) continue;
    if (op.statement && seen.has(op.statement)) continue;
    if (op.statement) seen.add(op.statement);
    const use = usedIn(op, add);
    if (use) uses.push(use);
  }
  return uses;
}
function usedIn(op, add) {
  const statement = op.statement;
  if (!statement) return op.kind === "data-change" && op.literals.includes(add.value) ? op : void 0;
  if (NOT_A_USE.has(statement.nodeType ?? "")) return void 0;
  return stringConstants(statement.ast).includes(add.value) ? statement : void 0;
}

const noRenameColumn = defineRule({
  id: "no-rename-column",
  description: "RENAME COLUMN on an existing table breaks the code still using the old name during the rollout.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "rename-column" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op)) continue;
      const [from, to] = [code(op.column), code(op.newName)];
      ctx.report({
        at: op,
        message: `Renaming ${from} to ${to} on ${code(op.table)} takes effect at once, but the code still running during the rollout reads and writes ${from} and fails with "column does not exist" until every instance runs the new version. Add ${to} as a new column, write both from the app, backfill it in batches, move reads to ${to}, and drop ${from} in a later deploy.`
      });
    }
  }
});

const noRenameMappedColumn = defineRule({
  id: "no-rename-mapped-column",
  description: "RENAME COLUMN of a column the app maps under its old name, or maps under the new name only since this change set.",
  severity: "error",
  check(ctx) {
    if (!ctx.schema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "rename-column" || op.direction !== "up") continue;
      const from = code(`${op.table}.${op.column}`);
      const oldName = mappedColumn(ctx.schema, op.table, op.column);
      if (oldName) {
        ctx.report({
          at: op,
          message: `Renaming ${from} to ${code(op.newName)} breaks the app, which still maps the old name as ${site(oldName)}: every query that selects it fails once this runs. Add the new column, write to both, backfill, move the model to it, and drop the old column in a later deploy.`
        });
        continue;
      }
      const newName = mappedColumn(ctx.schema, op.table, op.newName);
      if (!newName || !ctx.baseSchema || mappedColumn(ctx.baseSchema, op.table, op.newName) || ctx.isNewTable(op.table, op)) continue;
      ctx.report({
        at: op,
        message: `The model maps the new name ${code(op.newName)} only since this change set (${site(newName)}), so the code still running during the rollout selects ${from}, which no longer exists once this runs. Add the new column next to the old one (write both, backfill), switch the model, and drop the old column in a later deploy.`
      });
    }
  }
});

const RESERVED = new Set(
  "all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when where window with".split(" ")
);
function sqlName(name) {
  return name.split(".").map(sqlIdentifier).join(".");
}
function sqlIdentifier(part) {
  if (/^[a-z_][a-z0-9_$]*$/.test(part) && !RESERVED.has(part)) return part;
  return `"${part.replace(/"/g, '""')}"`;
}
function sqlColumns(columns) {
  return `(${columns.map(sqlIdentifier).join(", ")})`;
}

function hasViewBridge(ctx, rename) {
  if (rename.transaction === null) return false;
  const after = ctx.operations.slice(ctx.operations.indexOf(rename) + 1);
  return after.some((op) => op.transaction === rename.transaction && isBridge(op, rename));
}
function isBridge(op, rename) {
  if (op.kind !== "other" || op.nodeType !== "ViewStmt") return false;
  const view = op.statement?.ast?.ViewStmt;
  const select = view?.query?.SelectStmt;
  if (!view?.view || !select || canonical(view.view) !== rename.table) return false;
  const from = select.fromClause ?? [];
  const simple = from.length === 1 && !select.distinctClause && !select.groupClause && !select.havingClause && !select.limitCount && !select.withClause && (select.op === void 0 || select.op === "SETOP_NONE");
  return simple && from[0]?.RangeVar !== void 0 && canonical(from[0].RangeVar) === rename.newName;
}
function canonical(rel) {
  const name = rel.relname ?? "";
  return rel.schemaname && rel.schemaname !== "public" ? `${rel.schemaname}.${name}` : name;
}

const noRenameTable = defineRule({
  id: "no-rename-table",
  description: "RENAME TO on an existing table breaks the code still using the old name during the rollout.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "rename-table" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      if (hasViewBridge(ctx, op)) continue;
      const [from, to] = [code(op.table), code(op.newName)];
      ctx.report({
        at: op,
        message: `Renaming ${from} to ${to} takes effect at once, but the code still running during the rollout queries ${from} and fails with "relation does not exist" until every instance runs the new version. In the same transaction, create a view under the old name (CREATE VIEW ${sqlName(op.table)} AS SELECT * FROM ${sqlName(op.newName)}; Postgres writes through such a simple view) and drop it once no code uses ${from}, or create ${to} as a new table and dual-write.`
      });
    }
  }
});

const noSetNotNull = defineRule({
  id: "no-set-not-null",
  description: "SET NOT NULL on an existing table scans every row under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      let column;
      let what;
      if (op.kind === "set-not-null") {
        column = op.column;
        what = `SET NOT NULL on ${code(`${op.table}.${op.column}`)}`;
      } else if (op.kind === "add-constraint" && op.constraint.type === "not-null" && !op.constraint.notValid) {
        column = op.constraint.columns[0];
        what = `ADD CONSTRAINT ${code(op.constraint.name)} NOT NULL`;
      } else {
        continue;
      }
      if (column === void 0 || ctx.isNewTable(op.table, op)) continue;
      const table = ctx.stateBefore(op).table(op.table);
      if (table?.columns.get(column)?.notNull) continue;
      if (ctx.postgresVersion >= 12 && provenNotNull(table, column)) continue;
      ctx.report({
        at: op,
        message: `${what} scans every row of ${code(op.table)} for NULLs while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. ` + safeSteps(ctx.postgresVersion, op.table, column)
      });
    }
  }
});
function provenNotNull(table, column) {
  if (!table) return false;
  for (const c of table.constraints.values()) {
    if (c.type === "check" && c.validated && c.notNullColumn === column) return true;
  }
  return false;
}
function safeSteps(version, table, column) {
  const bare = table.slice(table.lastIndexOf(".") + 1);
  const name = sqlName(`${bare}_${column}_not_null`);
  const alter = `ALTER TABLE ${sqlName(table)}`;
  const col = sqlName(column);
  if (version >= 18) {
    return `Add ${code(`${alter} ADD CONSTRAINT ${name} NOT NULL ${col} NOT VALID`)} (instant, enforced for new rows) and run ${code(`${alter} VALIDATE CONSTRAINT ${name}`)} in a later migration; validating scans without blocking reads or writes and leaves the column NOT NULL.`;
  }
  const check = code(`${alter} ADD CONSTRAINT ${name} CHECK (${col} IS NOT NULL) NOT VALID`);
  if (version >= 12) {
    return `Add ${check}, validate it in a later migration (reads and writes continue), then SET NOT NULL, which skips the scan because the validated check proves it, and drop the check.`;
  }
  return `Postgres ${version} cannot use a CHECK constraint to skip this scan: enforce the rule with ${check}, validated in a later migration (reads and writes continue), instead of SET NOT NULL, or run SET NOT NULL in a maintenance window.`;
}

const CASCADE_REACH = {
  OBJECT_VIEW: ["VIEW", "every view built on it"],
  OBJECT_MATVIEW: ["MATERIALIZED VIEW", "every view built on it"],
  OBJECT_TYPE: ["TYPE", "every column of that type in every table, with its data, and the functions that use it"],
  OBJECT_DOMAIN: ["DOMAIN", "every column of that domain in every table, with its data"],
  OBJECT_FUNCTION: ["FUNCTION", "the triggers, defaults, constraints and views that call it"],
  OBJECT_PROCEDURE: ["PROCEDURE", "everything that depends on it"],
  OBJECT_SCHEMA: ["SCHEMA", "every object in the schema, tables and their data included"],
  OBJECT_EXTENSION: ["EXTENSION", "every column, index and function built on the extension's types and functions"],
  OBJECT_SEQUENCE: ["SEQUENCE", "the column defaults that draw from it"]
};
const EXPLICIT = "Drop the dependents by name first and leave CASCADE off, so a dependency you did not expect makes the migration fail instead of silently removing it.";
const noTruncate = defineRule({
  id: "no-truncate",
  description: "TRUNCATE of an existing table, and CASCADE on TRUNCATE or DROP: data loss under ACCESS EXCLUSIVE, reaching objects the statement does not name.",
  severity: "warning",
  check(ctx) {
    const truncates = /* @__PURE__ */ new Map();
    for (const op of ctx.operations) {
      if (op.kind === "truncate") {
        const key = op.statement ?? op;
        truncates.set(key, [...truncates.get(key) ?? [], op]);
        continue;
      }
      const message = cascadeMessage(ctx, op);
      if (message) ctx.report({ at: op, message });
    }
    for (const ops of truncates.values()) {
      const message = truncateMessage(ctx, ops);
      if (message) ctx.report({ at: ops[0], message });
    }
  }
});
function truncateMessage(ctx, ops) {
  const first = ops[0];
  const state = ctx.stateBefore(first);
  const named = ops.map((op) => op.table);
  const reached = first.cascade ? referencingTables(state, named).filter((t) => !named.includes(t)) : [];
  const existing = (table) => !ctx.isNewTable(table, first);
  if (!named.some(existing) && !reached.some(existing)) return void 0;
  const tables = named.map(code).join(", ");
  const cascade = first.cascade ? ` CASCADE also empties every table whose foreign keys point at ${named.length > 1 ? "them" : "it"}, transitively${reached.length ? ` (from the history: ${reached.map(code).join(", ")})` : ""}, without naming them.` : "";
  return `TRUNCATE removes every row of ${tables} at once under an ACCESS EXCLUSIVE lock, which blocks every read and write of ${named.length > 1 ? "those tables" : "the table"} and queues behind every running query; once committed, the data is gone.${cascade} If the rows really must go, delete them in batches from a job (\`DELETE ... WHERE id IN (SELECT id ... LIMIT 10000)\`), naming each table you mean to empty.`;
}
function cascadeMessage(ctx, op) {
  const existing = (table) => !ctx.isNewTable(table, op);
  switch (op.kind) {
    case "drop-table": {
      if (!op.cascade || !existing(op.table)) return void 0;
      const referencing = referencingTables(ctx.stateBefore(op), [op.table]).filter((t) => t !== op.table);
      const known = referencing.length ? ` (from the history: foreign keys of ${referencing.map(code).join(", ")})` : "";
      return `DROP TABLE ${code(op.table)} CASCADE also drops every view built on it and every foreign key that references it from other tables${known}, none of which the statement names. ${EXPLICIT}`;
    }
    case "drop-column":
      if (!op.cascade || !existing(op.table)) return void 0;
      return `DROP COLUMN ${code(op.column)} of ${code(op.table)} with CASCADE also drops every view, index and constraint that uses the column, multi-column ones included, none of which the statement names. ${EXPLICIT}`;
    case "drop-constraint":
      if (!op.cascade || !existing(op.table)) return void 0;
      return `DROP CONSTRAINT ${code(op.name)} CASCADE also drops the foreign keys in other tables that rely on its index, none of which the statement names. ${EXPLICIT}`;
    case "drop-index": {
      if (!op.cascade) return void 0;
      const table = op.table ?? ctx.stateBefore(op).index(op.index)?.table;
      if (table && !existing(table)) return void 0;
      return `DROP INDEX ${code(op.index)} CASCADE also drops the constraints built on the index and the foreign keys that rely on them, none of which the statement names. ${EXPLICIT}`;
    }
    case "other": {
      if (op.nodeType !== "DropStmt") return void 0;
      const drop = op.statement?.ast?.DropStmt;
      if (drop?.behavior !== "DROP_CASCADE") return void 0;
      const [kind, reach] = CASCADE_REACH[drop.removeType ?? ""] ?? [(drop.removeType ?? "OBJECT").replace(/^OBJECT_/, "").replace(/_/g, " "), "everything that depends on it"];
      return `DROP ${kind} ... CASCADE also drops ${reach}, none of which the statement names. ${EXPLICIT}`;
    }
    default:
      return void 0;
  }
}
function referencingTables(state, tables) {
  const reached = new Set(tables);
  const queue = [...tables];
  while (queue.length > 0) {
    const target = queue.shift();
    for (const t of state.tables()) {
      if (reached.has(t.name)) continue;
      const references = [...t.constraints.values()].some((c) => c.type === "foreign-key" && c.references?.table === target);
      if (references) {
        reached.add(t.name);
        queue.push(t.name);
      }
    }
  }
  return [...reached];
}

const noUnbatchedBackfill = defineRule({
  id: "no-unbatched-backfill",
  description: "UPDATE or DELETE of an existing table that is not limited to one batch: every matching row in one statement.",
  severity: "warning",
  cost: "backfill",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "data-change" || op.dml !== "update" && op.dml !== "delete") continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const rows = effectiveRows(op, ctx.stateBefore(op));
      if (rows === "bounded") continue;
      const what = rows === "none" ? `${op.dml === "update" ? "rewrites" : "removes"} every row of ${code(op.table)} in one statement` : `has a WHERE that can match every row of ${code(op.table)}, and ${op.dml === "update" ? "rewrites" : "removes"} them all in one statement`;
      ctx.report({
        at: op,
        message: `This ${op.dml.toUpperCase()} ${what}: it locks each row until it commits (concurrent writes to them wait), leaves a dead row version per row for vacuum, and on a large table runs for minutes while replicas lag. Work through the table in batches by key range (say 10,000 ids per statement), committing and pausing between batches, from a job or a separate migration.${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});

const noUniqueConstraintWithoutIndex = defineRule({
  id: "no-unique-constraint-without-index",
  description: "ADD UNIQUE / ADD PRIMARY KEY on an existing table builds the index under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "index-build",
  check(ctx) {
    for (const op of ctx.operations) {
      let kind;
      let name;
      let columns;
      let subject;
      let first = "";
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "unique" && c.type !== "primary-key" || c.usingIndex !== void 0) continue;
        kind = c.type === "unique" ? "UNIQUE" : "PRIMARY KEY";
        name = c.name;
        columns = c.columns;
        subject = `ADD CONSTRAINT ${code(name)} ${kind}`;
      } else if (op.kind === "add-column" && (op.column.unique || op.column.primaryKey)) {
        kind = op.column.primaryKey ? "PRIMARY KEY" : "UNIQUE";
        const bare = op.table.slice(op.table.lastIndexOf(".") + 1);
        name = kind === "UNIQUE" ? `${bare}_${op.column.name}_key` : `${bare}_pkey`;
        columns = [op.column.name];
        subject = `ADD COLUMN ${code(op.column.name)} ${kind}`;
        first = `add the column without ${kind}, then `;
      } else {
        continue;
      }
      if (ctx.isNewTable(op.table, op)) continue;
      const build = code(`CREATE UNIQUE INDEX CONCURRENTLY ${sqlName(name)} ON ${sqlName(op.table)} ${sqlColumns(columns)}`);
      const adopt = code(`ALTER TABLE ${sqlName(op.table)} ADD CONSTRAINT ${sqlName(name)} ${kind} USING INDEX ${sqlName(name)}`);
      const notNull = kind === "PRIMARY KEY" ? " (make the key's columns NOT NULL first, or that step scans the table)" : "";
      ctx.report({
        at: op,
        message: `${subject} builds a unique index on ${code(op.table)} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the whole index is built. Instead, ${first}build the index with ${build}.${outsideTransactionAdvice(ctx.migration, op)} Then attach it with ${adopt}, which holds the lock only for an instant${notNull}.`
      });
    }
  }
});

const noValidateInSameTransaction = defineRule({
  id: "no-validate-in-same-transaction",
  description: "VALIDATE CONSTRAINT in a transaction that already holds a blocking lock runs its whole scan under that lock.",
  severity: "warning",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "validate-constraint" || op.transaction === null || ctx.isNewTable(op.table, op)) continue;
      const earlier = ctx.earlierInTransaction(op);
      const validate = `VALIDATE CONSTRAINT ${code(op.name)}`;
      const fix = "Validate it in a migration of its own, deployed after this one, so the scan runs without those locks.";
      const added = earlier.find((o) => o.kind === "add-constraint" && o.table === op.table && o.constraint.name === op.name);
      if (added) {
        const locks = ctx.locksOf(added).filter((l) => !ctx.isNewTable(l.table, added));
        ctx.report({
          at: op,
          message: `${validate} runs in the same transaction that added the constraint on ${whereInTransaction(ctx, added)}, so the ${describeLocks(locks)} that ADD CONSTRAINT took ${locks.length > 1 ? "are" : "is"} still held while every row of ${code(op.table)} is checked: ${whoWaits(locks)}, as if NOT VALID had not been used. ${fix}`
        });
        continue;
      }
      const blocking = firstAccessExclusive(ctx, earlier);
      if (blocking) {
        ctx.report({
          at: op,
          message: `${validate} scans every row of ${code(op.table)} while this transaction still holds the ACCESS EXCLUSIVE lock that ${whereInTransaction(ctx, blocking.op)} took on ${code(blocking.lock.table)}: every read and write of ${code(blocking.lock.table)} waits for the whole scan. ${fix}`
        });
      }
    }
  }
});
function firstAccessExclusive(ctx, ops) {
  for (const op of ops) {
    const lock = ctx.locksOf(op).find((l) => l.mode === "ACCESS EXCLUSIVE" && !ctx.isNewTable(l.table, op));
    if (lock) return { op, lock };
  }
  return void 0;
}
function describeLocks(locks) {
  const byMode = /* @__PURE__ */ new Map();
  for (const l of locks) byMode.set(l.mode, [...byMode.get(l.mode) ?? [], code(l.table)]);
  const parts = [...byMode].map(([mode, tables]) => `${mode} ${tables.length > 1 ? "locks" : "lock"} on ${tables.join(" and ")}`);
  return parts.length > 0 ? parts.join(" and ") : "locks";
}
function whoWaits(locks) {
  const everything = locks.filter((l) => l.mode === "ACCESS EXCLUSIVE").map((l) => code(l.table));
  const writes = locks.filter((l) => l.mode !== "ACCESS EXCLUSIVE" && lockAtLeast(l.mode, "SHARE")).map((l) => code(l.table));
  const parts = [
    ...everything.length > 0 ? [`every read and write of ${everything.join(" and ")}`] : [],
    ...writes.length > 0 ? [`every INSERT, UPDATE and DELETE on ${writes.join(" and ")}`] : []
  ];
  return parts.length > 0 ? `${parts.join(", and ")} waits for the whole scan` : "other sessions wait for the whole scan";
}

const SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
function isSerialType(name) {
  return name !== void 0 && SERIAL_TYPES.has(name);
}

function backfillFix(column, value) {
  return `Add ${code(column)} without a default, then ALTER COLUMN ${code(column)} SET DEFAULT ${value} for new rows and backfill the existing ones in batches.`;
}
const noVolatileDefault = defineRule({
  id: "no-volatile-default",
  description: "ADD COLUMN whose value Postgres must compute for every existing row (volatile default, serial, identity, stored generated column, any default before 11) rewrites the table.",
  severity: "error",
  cost: "rewrite",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-column" && !ctx.isNewTable(op.table, op)) {
        const finding = addColumnFinding(ctx, op);
        if (finding) ctx.report(finding);
      } else if (op.kind === "alter-table-other" && op.action === "AT_SetExpression" && !ctx.isNewTable(op.table, op)) {
        ctx.report(setExpressionFinding(ctx, op));
      }
    }
  }
});
function addColumnFinding(ctx, op) {
  const { column } = op;
  const what = `ADD COLUMN ${code(column.name)}`;
  const cost = rewriteCost(op.table);
  if (column.generated?.kind === "stored") {
    const virtual = ctx.postgresVersion >= 18 ? ", or make it a VIRTUAL generated column, which stores nothing" : "";
    return {
      at: op,
      message: `${what} GENERATED ALWAYS AS (${column.generated.expression.display}) STORED computes the value for every existing row, so Postgres ${cost}. Add a plain nullable column filled for new rows by a BEFORE INSERT OR UPDATE trigger and backfill the existing ones in batches${virtual}.`
    };
  }
  if (column.identity || isSerialType(column.type?.name)) {
    const kind = column.identity ? "GENERATED AS IDENTITY" : column.type.display;
    return {
      at: op,
      message: `${what} ${kind} draws a sequence value for every existing row, so Postgres ${cost}. Add a nullable bigint column, SET DEFAULT nextval() of a new sequence for new rows, and backfill the existing ones in batches.`
    };
  }
  const value = column.default;
  if (!value || value.isNull) return void 0;
  if (value.volatility === "volatile") {
    return {
      at: op,
      message: `${what} DEFAULT ${value.display} evaluates the volatile default for every existing row, so Postgres ${cost}. ${backfillFix(column.name, value.display)}`
    };
  }
  if (ctx.postgresVersion < 11) {
    return {
      at: op,
      message: `On Postgres ${ctx.postgresVersion} (before 11, which only records a non-volatile default in the catalog), ${what} DEFAULT ${value.display} writes the default into every existing row, so Postgres ${cost}. ` + backfillFix(column.name, value.display)
    };
  }
  if (value.volatility === "unknown") {
    return {
      at: op,
      severity: "warning",
      message: `migration-guard does not know whether ${what} DEFAULT ${value.display} is volatile: unless the functions it calls are declared IMMUTABLE or STABLE (the default for a new function is VOLATILE), Postgres evaluates it for every existing row and ${cost}. If it is volatile: ${backfillFix(column.name, value.display)}`
    };
  }
  return void 0;
}
function setExpressionFinding(ctx, op) {
  const column = op.column ? `ALTER COLUMN ${code(op.column)} SET EXPRESSION` : "SET EXPRESSION";
  const virtual = ctx.postgresVersion >= 18 ? " unless the column is a VIRTUAL generated column" : "";
  return {
    at: op,
    message: `${column} recomputes the stored generated column for every row${virtual}, so Postgres ${rewriteCost(op.table)}. Add a new nullable column kept up to date by a trigger, backfill it in batches, and switch reads to it.`
  };
}

const DIALECT_HINTS = [
  [/at or near "`"/, "Backticks quote identifiers in MySQL; Postgres uses double quotes."],
  [/at or near "AUTO_?INCREMENT"/i, "AUTO_INCREMENT/AUTOINCREMENT is MySQL/SQLite; Postgres writes `GENERATED ALWAYS AS IDENTITY`."],
  [/at or near "IDENTITY"/i, "`IDENTITY(1,1)` is SQL Server; Postgres writes `GENERATED ALWAYS AS IDENTITY`."]
];
const parseError = defineRule({
  id: "parse-error",
  description: "A statement that Postgres rejects: it fails when the migration runs, and no other rule could check it.",
  severity: "error",
  check(ctx) {
    for (const statement of ctx.statements) {
      if (!statement.error) continue;
      const hint = DIALECT_HINTS.find(([pattern]) => pattern.test(statement.error.message))?.[1];
      ctx.report({
        at: statement.error.span,
        message: `Postgres rejects this statement: ${statement.error.message}. The migration fails here when it runs, and no rule could check the statement.${hint ? ` ${hint}` : ""}`
      });
    }
  }
});

function declaredColumns(ctx) {
  const laterKeys = constraintColumns(ctx);
  const isKey = (table, column, type) => laterKeys.has(`${type}:${table}:${column}`);
  const result = [];
  for (const op of ctx.operations) {
    if (op.direction !== "up") continue;
    if (op.kind === "create-table") {
      const inline = (type) => new Set(op.constraints.filter((c) => c.type === type).flatMap((c) => c.columns));
      const pk = inline("primary-key");
      const fk = inline("foreign-key");
      for (const c of op.columns) {
        if (!c.type) continue;
        result.push({
          table: op.table,
          column: c.name,
          type: c.type,
          at: c.span ?? op,
          primaryKey: c.primaryKey || pk.has(c.name) || isKey(op.table, c.name, "primary-key"),
          foreignKey: c.references !== void 0 || fk.has(c.name) || isKey(op.table, c.name, "foreign-key"),
          op
        });
      }
    } else if (op.kind === "add-column" && op.column.type) {
      const c = op.column;
      result.push({
        table: op.table,
        column: c.name,
        type: c.type,
        at: op,
        primaryKey: c.primaryKey || isKey(op.table, c.name, "primary-key"),
        foreignKey: c.references !== void 0 || isKey(op.table, c.name, "foreign-key"),
        op
      });
    } else if (op.kind === "alter-column-type") {
      const constraints = [...ctx.stateBefore(op).table(op.table)?.constraints.values() ?? []];
      const keyOf = (type) => constraints.some((c) => c.type === type && c.columns.includes(op.column)) || isKey(op.table, op.column, type);
      result.push({
        table: op.table,
        column: op.column,
        type: op.type,
        at: op,
        primaryKey: keyOf("primary-key"),
        foreignKey: keyOf("foreign-key"),
        op
      });
    }
  }
  return result;
}
function constraintColumns(ctx) {
  const keys = /* @__PURE__ */ new Set();
  for (const op of ctx.operations) {
    if (op.kind !== "add-constraint") continue;
    const { type, columns } = op.constraint;
    if (type === "primary-key" || type === "foreign-key") for (const c of columns) keys.add(`${type}:${op.table}:${c}`);
  }
  return keys;
}

const SMALL_INTEGERS = {
  int4: { max: "2,147,483,647", wide: "bigint", extraBytes: 4 },
  serial: { max: "2,147,483,647", wide: "bigserial", extraBytes: 4 },
  serial4: { max: "2,147,483,647", wide: "bigserial", extraBytes: 4 },
  int2: { max: "32,767", wide: "bigint", extraBytes: 6 },
  smallserial: { max: "32,767", wide: "bigserial", extraBytes: 6 },
  serial2: { max: "32,767", wide: "bigserial", extraBytes: 6 }
};
const preferBigint = defineRule({
  id: "prefer-bigint",
  description: "An integer or smallint primary key or foreign key column: it can run out of values, and widening it later rewrites the table.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const small = SMALL_INTEGERS[c.type.name];
      if (!small || c.type.array || !(c.primaryKey || c.foreignKey)) continue;
      const role = c.primaryKey ? "primary-key" : "foreign-key";
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is a ${role} column of type ${c.type.display}: inserts fail once ids pass ${small.max}, and widening it then rewrites the table and every referencing table under ACCESS EXCLUSIVE locks. Declare it ${small.wide} from the start; it costs ${small.extraBytes} more bytes per row.`
      });
    }
  }
});

const SERIALS = {
  serial: "integer",
  serial4: "integer",
  bigserial: "bigint",
  serial8: "bigint",
  smallserial: "smallint",
  serial2: "smallint"
};
const preferIdentity = defineRule({
  id: "prefer-identity",
  description: "A serial/bigserial column: an identity column is the standard, better-behaved way to number rows.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const base = SERIALS[c.type.name];
      if (!base) continue;
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${c.type.display}: its sequence is a separate object with its own permissions (roles that INSERT also need USAGE on it) that CREATE TABLE ... LIKE copies keep sharing, and inserts with explicit ids slip past it and collide later. Declare it ${base} GENERATED ALWAYS AS IDENTITY (BY DEFAULT if code must insert explicit ids).`
      });
    }
  }
});

const preferJsonb = defineRule({
  id: "prefer-jsonb",
  description: "A json column: json has no equality operator, so DISTINCT, UNION and GROUP BY on it fail; use jsonb.",
  severity: "warning",
  check(ctx) {
    if (!ctx.operations.some(declaresJson)) return;
    for (const c of declaredColumns(ctx)) {
      if (c.type.name !== "json") continue;
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${c.type.display}: Postgres has no equality operator for json, so SELECT DISTINCT, UNION, GROUP BY and = on it fail ("could not identify an equality operator for type json"), it cannot be indexed with GIN, and every read re-parses the text. Declare it jsonb${c.type.array ? "[]" : ""}.`
      });
    }
  }
});
function declaresJson(op) {
  if (op.kind === "create-table") return op.columns.some((c) => c.type?.name === "json");
  if (op.kind === "add-column") return op.column.type?.name === "json";
  return op.kind === "alter-column-type" && op.type.name === "json";
}

const preferText = defineRule({
  id: "prefer-text",
  description: "A varchar(n) or char(n) column: text with a CHECK constraint is as fast and easier to change.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      const column = `${code(c.table)}.${code(c.column)}`;
      const limit = c.type.modifiers[0];
      if (c.type.name === "varchar" && limit !== void 0) {
        ctx.report({
          at: c.at,
          message: `${column} is ${c.type.display}: Postgres stores it exactly like text, so the limit buys no space or speed, only an error at run time, and lowering it later rewrites the table. Declare it text, with CHECK (char_length(${sqlIdentifier(c.column)}) <= ${limit}) if the limit is a real rule: a CHECK can be replaced with NOT VALID and validated without a long lock.`
        });
      } else if (c.type.name === "bpchar" && limit !== void 0) {
        ctx.report({
          at: c.at,
          message: `${column} is ${c.type.display}: char(n) pads every value with spaces to n characters, which wastes space and makes comparisons with text surprising, and it is no faster than text. Declare it text, with a CHECK on char_length(${sqlIdentifier(c.column)}) if the length matters.`
        });
      }
    }
  }
});

const preferTimestamptz = defineRule({
  id: "prefer-timestamptz",
  description: "A timestamp without time zone column: it stores wall-clock readings, not instants.",
  severity: "off",
  check(ctx) {
    for (const c of declaredColumns(ctx)) {
      if (c.type.name !== "timestamp") continue;
      const precision = c.type.modifiers.length ? `(${c.type.modifiers.join(",")})` : "";
      ctx.report({
        at: c.at,
        message: `${code(c.table)}.${code(c.column)} is ${c.type.display} without time zone: it stores a wall-clock reading with no zone, so values written by servers or sessions in different time zones mix silently, and an hour of readings repeats every autumn in zones with daylight saving time. Declare it timestamptz${precision}${c.type.array ? "[]" : ""}, which stores an instant in the same 8 bytes.`
      });
    }
  }
});

const CONCURRENT_OPTION = {
  typeorm: { create: "give the `TableIndex` `isConcurrent: true`", drop: "give the `TableIndex` `isConcurrent: true`" },
  sequelize: { create: "pass `{ concurrently: true }` to `addIndex`", drop: "pass `{ concurrently: true }` to `removeIndex`" },
  "node-pg-migrate": { create: "pass `{ concurrently: true }` to `pgm.createIndex`", drop: "pass `{ concurrently: true }` to `pgm.dropIndex`" },
  knex: { create: "Knex's index builder has no such option: write it with `knex.raw(...)`", drop: "write it with `knex.raw(...)`" },
  kysely: { create: "Kysely's index builder has no such option: write it with sql`...`.execute(db)", drop: "write it with sql`...`.execute(db)" }
};
function concurrentIndexHint(migration, op, action) {
  if (op.statement || !op.call) return "";
  const option = CONCURRENT_OPTION[migration.tool];
  return option ? ` In ${toolName(migration.tool)}, ${option[action]}.` : "";
}
function toolName(tool) {
  return tool === "typeorm" ? "TypeORM" : tool === "node-pg-migrate" ? "node-pg-migrate" : tool[0].toUpperCase() + tool.slice(1);
}

const requireConcurrentIndex = defineRule({
  id: "require-concurrent-index",
  description: "CREATE INDEX without CONCURRENTLY on an existing table blocks writes until the index is built.",
  severity: "error",
  cost: "index-build",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "create-index" || op.concurrent) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const what = op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
      ctx.report({
        at: op,
        message: `${what} ${code(op.name)} takes a SHARE lock on ${code(op.table)}: every INSERT, UPDATE and DELETE waits until the index is built, minutes on a large table. Build it with ${what} CONCURRENTLY instead.${concurrentIndexHint(ctx.migration, op, "create")}${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});

const requireConcurrentIndexDrop = defineRule({
  id: "require-concurrent-index-drop",
  description: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on an existing table.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-index" || op.concurrent) continue;
      const index = ctx.stateBefore(op).index(op.index);
      if (index?.origin.createdInChangeSet) continue;
      const table = op.table ?? index?.table;
      if (table !== void 0 && ctx.isNewTable(table, op)) continue;
      const on = table !== void 0 ? code(table) : "its table";
      const sameStatement = ctx.operations.filter((o) => o.kind === "drop-index" && o.statement !== void 0 && o.statement === op.statement);
      const limits = [
        ...sameStatement.length > 1 ? ["one index per statement"] : [],
        ...op.cascade ? ["no CASCADE (drop what depends on the index first)"] : []
      ];
      const fix = code(`DROP INDEX CONCURRENTLY ${op.ifExists ? "IF EXISTS " : ""}${sqlName(op.index)}`);
      ctx.report({
        at: op,
        message: `DROP INDEX ${code(op.index)} takes an ACCESS EXCLUSIVE lock on ${on}: the drop is quick, but it first waits for every query running on the table, and every read and write that arrives meanwhile queues behind it. Use ${fix}${limits.length > 0 ? ` (${limits.join("; ")})` : ""}, which waits for those queries without blocking new ones.${concurrentIndexHint(ctx.migration, op, "drop")}${outsideTransactionAdvice(ctx.migration, op)}`
      });
    }
  }
});

const requireDefaultForNotNullColumn = defineRule({
  id: "require-default-for-not-null-column",
  description: "ADD COLUMN ... NOT NULL without a default on an existing table fails on a table with rows, and breaks inserts of code that does not know the column.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "add-column" || !op.column.notNull) continue;
      const c = op.column;
      if (c.default && !c.default.isNull) continue;
      if (c.identity || c.generated || isSerialType(c.type?.name)) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const name = code(c.name);
      const enforce = `backfill it in batches, then enforce NOT NULL with CHECK (${sqlIdentifier(c.name)} IS NOT NULL) NOT VALID and a separate VALIDATE CONSTRAINT`;
      const fix = ctx.postgresVersion >= 11 ? `Give it a constant DEFAULT (catalog-only on Postgres 11+), or add it nullable, ${enforce}.` : `Add it nullable, ${enforce}.`;
      ctx.report({
        at: op,
        message: `ADD COLUMN ${name} NOT NULL without a default fails ("contains null values") as soon as ${code(op.table)} has a row, and where it succeeds, inserts from the old code still running during the rollout fail on the missing value. ${fix}`
      });
    }
  }
});

const requireLockTimeout = defineRule({
  id: "require-lock-timeout",
  description: "A statement that waits for a blocking lock on an existing table, with no lock_timeout set earlier in the migration.",
  severity: "warning",
  defaultOptions: { assumeLockTimeout: false },
  check(ctx) {
    if (ctx.options.assumeLockTimeout) return;
    for (const direction of ["up", "down"]) {
      const timeout = lockTimeoutTracker();
      const unguarded = [];
      for (const op2 of ctx.operations) {
        if (op2.direction !== direction) continue;
        if (op2.kind === "set" && op2.name === "lock_timeout") {
          timeout.apply(op2);
          continue;
        }
        const locks = ctx.locksOf(op2).filter((l) => lockAtLeast(l.mode, "SHARE") && !ctx.isNewTable(l.table, op2));
        const lock2 = locks.find((l) => l.mode === "ACCESS EXCLUSIVE") ?? locks[0];
        if (lock2 && !timeout.covers(op2)) unguarded.push({ op: op2, lock: lock2 });
      }
      const first = unguarded[0];
      if (!first) continue;
      const { op, lock } = first;
      const count = new Set(unguarded.map((u) => u.op.statement ?? u.op)).size;
      const on = op.kind === "drop-index" && lock.table === op.index ? `the table of index ${code(op.index)}` : code(lock.table);
      const queue = lock.mode === "ACCESS EXCLUSIVE" ? "every query on the table queues behind it" : "every write to the table queues behind it";
      const others = count > 1 ? ` This is the first of ${count} statements in this migration that wait for such locks.` : "";
      ctx.report({
        at: op,
        message: `This statement waits for ${/^[AEIOU]/.test(lock.mode) ? "an" : "a"} ${lock.mode} lock on ${on} with no lock_timeout set: while a long query or an idle transaction holds the table, it keeps waiting and ${queue}.${others} Start the migration with ${code("SET lock_timeout = '5s'")} (in the same session and transaction as these statements) and retry the migration when it times out.`
      });
    }
  }
});
function lockTimeoutTracker() {
  let session = false;
  const local = /* @__PURE__ */ new Map();
  return {
    apply(op) {
      const on = op.value !== null && !isZero(op.value);
      if (op.local) {
        if (op.transaction !== null) local.set(op.transaction, on);
        return;
      }
      session = on;
      if (op.transaction !== null) local.delete(op.transaction);
    },
    covers(op) {
      if (op.transaction !== null && local.has(op.transaction)) return local.get(op.transaction);
      return session;
    }
  };
}
function isZero(value) {
  return /^\s*0+(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i.test(value);
}

const requireNotValidCheck = defineRule({
  id: "require-not-valid-check",
  description: "A CHECK constraint added to an existing table without NOT VALID scans every row under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "check" || c.notValid || ctx.isNewTable(op.table, op)) continue;
        const validate = code(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(c.name)}`);
        ctx.report({
          at: op,
          message: `Adding CHECK constraint ${code(c.name)} scans every row of ${code(op.table)} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. Add it with NOT VALID (new rows are still checked) and run ${validate} in a later migration, which lets reads and writes continue.`
        });
      } else if (op.kind === "add-column") {
        const check = op.column.checks[0];
        if (!check || ctx.isNewTable(op.table, op)) continue;
        ctx.report({
          at: op,
          message: `The CHECK on new column ${code(op.column.name)} makes ADD COLUMN scan every row of ${code(op.table)} while holding its ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. Add the column without the CHECK, then ${code(addNotValid(op.table, check))}, and VALIDATE CONSTRAINT in a later migration.`
        });
      }
    }
  }
});
function addNotValid(table, check) {
  const expression = check.expression && check.expression.length <= 80 ? check.expression : "...";
  return `ALTER TABLE ${sqlName(table)} ADD CONSTRAINT ${sqlName(check.name)} CHECK (${expression}) NOT VALID`;
}

const requireNotValidForeignKey = defineRule({
  id: "require-not-valid-foreign-key",
  description: "A foreign key added to an existing table without NOT VALID checks every row while blocking writes.",
  severity: "error",
  cost: "foreign-key-scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "foreign-key" || c.notValid || ctx.isNewTable(op.table, op)) continue;
        const ref = c.references?.table;
        const locked = ref !== void 0 && ref !== op.table ? `${code(op.table)} and ${code(ref)}` : code(op.table);
        const validate = code(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(c.name)}`);
        ctx.report({
          at: op,
          message: `Adding foreign key ${code(c.name)} checks every existing row of ${code(op.table)} while holding SHARE ROW EXCLUSIVE locks on ${locked}: every INSERT, UPDATE and DELETE on them waits until the check is done. Add it with NOT VALID (new rows are still checked) and run ${validate} in a later migration, which lets writes continue.${builderNote(op)}`
        });
      } else if (op.kind === "add-column") {
        const target = op.column.references;
        if (!target || ctx.isNewTable(op.table, op)) continue;
        const name = `${op.table.slice(op.table.lastIndexOf(".") + 1)}_${op.column.name}_fkey`;
        const addConstraint = code(
          `ALTER TABLE ${sqlName(op.table)} ADD CONSTRAINT ${sqlName(name)} FOREIGN KEY ${sqlColumns([op.column.name])} REFERENCES ${sqlName(target.table)}${target.columns.length > 0 ? ` ${sqlColumns(target.columns)}` : ""} NOT VALID`
        );
        ctx.report({
          at: op,
          message: `ADD COLUMN ${code(op.column.name)} REFERENCES ${code(target.table)} checks every existing row of ${code(op.table)} under the ACCESS EXCLUSIVE lock ADD COLUMN takes (and a SHARE ROW EXCLUSIVE lock on ${code(target.table)}): every read and write of ${code(op.table)} waits until the check is done, and a column constraint cannot be NOT VALID. Add the column without REFERENCES, then ${addConstraint}, and VALIDATE CONSTRAINT in a later migration.${builderNote(op)}`
        });
      }
    }
  }
});
function builderNote(op) {
  return op.statement ? "" : " Migration builders cannot emit NOT VALID: write this step as raw SQL.";
}

const requireReversible = defineRule({
  id: "require-reversible",
  description: "A migration without a way back: a TS/JS migration whose down is missing or empty, or a SQL migration without the down file its set otherwise has.",
  severity: "off",
  check(ctx) {
    const m = ctx.migration;
    if (m.hasDown !== false) return;
    const at = m.downSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (m.language === "sql") {
      ctx.report({
        at,
        message: m.tool === "dbmate" || m.tool === "goose" ? "This migration's down section is empty: if the deploy has to be rolled back, the schema change cannot be undone by the tool and must be reverted by hand under pressure. Write the statements that undo `up` in the down section." : "The other migrations of this folder have down files but this one has none: a rollback stops here and the change must be reverted by hand under pressure. Add the down file that undoes it."
      });
      return;
    }
    ctx.report({
      at,
      message: "This migration's `down` is missing or empty: rolling the deploy back cannot undo its schema change, which then has to be reverted by hand under pressure. Write a `down` that undoes `up`; when the change truly cannot be undone, suppress this with the reason."
    });
  }
});

const requireSequenceSync = defineRule({
  id: "require-sequence-sync",
  description: "An INSERT that writes explicit values into a serial or identity column, with no setval/RESTART for it later in the migration.",
  severity: "warning",
  check(ctx) {
    for (const [position, op] of ctx.operations.entries()) {
      if (op.kind !== "data-change" || op.dml !== "insert" || overridesUserValue(op)) continue;
      const table = ctx.stateBefore(op).table(op.table);
      if (!table) continue;
      const keys = explicitSequenceColumns(op, table);
      if (keys.length === 0) continue;
      const later = ctx.operations.slice(position + 1);
      if (later.some((reset) => resetsSequenceOf(reset, op, keys))) continue;
      const column = keys[0];
      ctx.report({
        at: op,
        message: `This INSERT writes its own values into ${code(`${op.table}.${column.name}`)}, whose sequence does not move with them: the next INSERT that relies on the default draws a number already in the table and fails with a duplicate-key error. Move the sequence past the inserted ids later in this migration: \`SELECT setval(pg_get_serial_sequence('${sqlName(op.table)}', '${column.name}'), max(${sqlName(column.name)})) FROM ${sqlName(op.table)};\` (leave headroom if more rows will be backfilled with their own ids).`
      });
    }
  }
});
function explicitSequenceColumns(op, table) {
  const named = op.columns.length > 0 ? op.columns : insertsEveryColumn(op) ? [...table.columns.keys()] : [];
  return named.flatMap((name) => {
    const column = table.columns.get(name);
    if (!column || !(column.serial || column.identity)) return [];
    if (column.identity === "always" && !op.overridingSystemValue) return [];
    return [column];
  });
}
function insertsEveryColumn(op) {
  const insert = op.statement?.ast?.InsertStmt;
  return insert?.selectStmt !== void 0;
}
function overridesUserValue(op) {
  const insert = op.statement?.ast?.InsertStmt;
  return insert?.override === "OVERRIDING_USER_VALUE";
}
function resetsSequenceOf(reset, insert, keys) {
  if (reset.kind !== "sequence-reset" || reset.direction !== insert.direction) return false;
  const sequences = keys.map((k) => `${insert.table}_${k.name}_seq`);
  return reset.mentions.some((m) => m === insert.table || sequences.includes(m));
}

const requireSuppressionReason = defineRule({
  id: "require-suppression-reason",
  description: "A migration-guard-ignore comment without a reason after a colon.",
  severity: "warning",
  checkSuppressions(ctx) {
    for (const { suppression } of ctx.outcomes) {
      if (suppression.reason || suppression.ruleIds.length === 0) continue;
      ctx.report({
        at: suppression.span,
        message: `Say why ${suppression.ruleIds.join(", ")} is safe to ignore here, after a colon: \`migration-guard-ignore ${suppression.ruleIds.join(", ")}: <reason>\`. Reviewers and future readers need the reason.`
      });
    }
  }
});

const uninspectableSql = defineRule({
  id: "uninspectable-sql",
  description: "SQL or builder arguments in a TS/JS migration that are only known at run time, so no rule could check them.",
  severity: "warning",
  check(ctx) {
    for (const u of ctx.migration.uninspectable) {
      if (u.kind === "not-a-migration") {
        ctx.report({
          at: u,
          severity: "info",
          message: "This file sits in a migrations folder but has no `up` function or migration class, so migration-guard checked nothing in it. If it is a helper, the migrations that use it are checked where they call it; if it is a migration, export `up` the way its tool expects."
        });
      } else if (u.kind === "unrecognized-tool") {
        ctx.report({
          at: u,
          message: `No rule checked this migration: ${u.reason}. Import the tool's types (e.g. \`import type { Knex } from 'knex'\`) or name \`up\`'s parameter as the tool's documentation does (\`queryRunner\`, \`knex\`, \`queryInterface\`, \`db\`, \`pgm\`).`
        });
      } else {
        ctx.report({
          at: u,
          message: `No rule checked what this runs: ${u.reason}. Write the SQL (or the builder's arguments) from literals and constants of this file so it can be checked; if it must be built at run time, review its locks by hand and suppress this warning with the reason.`
        });
      }
    }
  }
});

const unusedSuppression = defineRule({
  id: "unused-suppression",
  description: "A migration-guard-ignore comment that names an unknown rule or suppresses nothing.",
  severity: "warning",
  checkSuppressions(ctx) {
    for (const { suppression, suppressed } of ctx.outcomes) {
      if (suppression.ruleIds.length === 0) {
        ctx.report({
          at: suppression.span,
          message: "This migration-guard-ignore comment names no rule, so it suppresses nothing. Write the rule id: `migration-guard-ignore <rule-id>: <reason>`."
        });
        continue;
      }
      for (const [ruleId, count] of suppressed) {
        if (!ctx.knownRuleIds.has(ruleId)) {
          ctx.report({
            at: suppression.span,
            message: `migration-guard-ignore names "${ruleId}", which is not a rule. Check the spelling (\`migration-guard rules\` lists them all).`
          });
        } else if (count === 0 && ctx.enabledRuleIds.has(ruleId)) {
          const where = suppression.scope === "file" ? "this file" : `line ${suppression.targetLine}`;
          ctx.report({
            at: suppression.span,
            message: `This comment suppresses ${ruleId}, but ${ruleId} reports nothing on ${where}. Remove it so it cannot hide a future problem.`
          });
        }
      }
    }
  }
});

const builtInRules = [
  migrationOrder,
  noAppCodeInMigration,
  noBlockingMaintenance,
  noColumnTypeChange,
  noConcurrentIndexInTransaction,
  noDataChangeWithDdl,
  noDropColumn,
  noDropMappedColumn,
  noDropMappedTable,
  noDropTable,
  noEditAppliedMigration,
  noEnumValueInTransaction,
  noRenameColumn,
  noRenameMappedColumn,
  noRenameTable,
  noSetNotNull,
  noTruncate,
  noUnbatchedBackfill,
  noUniqueConstraintWithoutIndex,
  noValidateInSameTransaction,
  noVolatileDefault,
  parseError,
  preferBigint,
  preferIdentity,
  preferJsonb,
  preferText,
  preferTimestamptz,
  requireConcurrentIndex,
  requireConcurrentIndexDrop,
  requireDefaultForNotNullColumn,
  requireLockTimeout,
  requireNotValidCheck,
  requireNotValidForeignKey,
  requireReversible,
  requireSequenceSync,
  requireSuppressionReason,
  uninspectableSql,
  unusedSuppression
];

function allRules(builtIns, config) {
  const rules = /* @__PURE__ */ new Map();
  for (const rule of builtIns) rules.set(rule.id, rule);
  for (const [prefix, plugin] of Object.entries(config.plugins)) {
    for (const [id, rule] of Object.entries(plugin.rules)) rules.set(`${prefix}/${id}`, rule);
  }
  return rules;
}
function configureRules(rules, config) {
  const configured = [];
  for (const [id, rule] of rules) {
    const { level, options } = settingOf(config.rules[id], rule.severity);
    const effective = implicitSetting(id, level, config);
    if (effective === "off") continue;
    configured.push({ id, rule, severity: effective, options: { ...implicitOptions(id, config), ...options } });
  }
  return configured;
}
function settingOf(setting, fallback) {
  if (setting === void 0) return { level: fallback, options: {} };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? {} };
  return { level: setting, options: {} };
}
function implicitSetting(id, level, config) {
  if (id === "require-suppression-reason" && !config.requireSuppressionReason && config.rules[id] === void 0) return "off";
  return level;
}
function implicitOptions(id, config) {
  if (id === "require-lock-timeout" && config.assumeLockTimeout) return { assumeLockTimeout: true };
  return {};
}

function ruleSettingProblems(rules, config) {
  const problems = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    const where = keyPath(["rules", id]);
    const rule = rules.get(id);
    if (!rule) {
      problems.push(unknownRule(id, where, rules, config));
      continue;
    }
    problems.push(...optionProblems(rule, setting, where));
  }
  return problems;
}
function unknownRule(id, where, rules, config) {
  const slash = id.lastIndexOf("/");
  if (slash > 0) {
    const prefix = id.slice(0, slash);
    const plugin = config.plugins[prefix];
    if (!plugin) {
      const prefixes = Object.keys(config.plugins);
      return `${where}: no plugin "${prefix}" is configured, so there is no rule ${JSON.stringify(id)}. ${prefixes.length ? `Configured plugins: ${prefixes.join(", ")}.` : "Add it under `plugins` first."}`;
    }
    const ids = Object.keys(plugin.rules).map((r) => `${prefix}/${r}`);
    const guess2 = closest(id, ids);
    return `${where}: plugin "${prefix}" has no rule ${JSON.stringify(id.slice(slash + 1))}.${guess2 ? ` Did you mean "${guess2}"?` : ""} Its rules: ${ids.join(", ")}.`;
  }
  const builtIn = [...rules.keys()].filter((r) => !r.includes("/"));
  const guess = closest(id, rules.keys());
  return `${where}: unknown rule ${JSON.stringify(id)}.${guess ? ` Did you mean "${guess}"?` : ""} Allowed rule ids (\`migration-guard rules\` describes them): ${builtIn.join(", ")}${Object.keys(config.plugins).length ? ", and plugin rules as prefix/rule-id" : ""}.`;
}
function optionProblems(rule, setting, where) {
  if (!Array.isArray(setting) || setting.length < 2) return [];
  const options = setting[1] ?? {};
  const defaults = rule.defaultOptions;
  if (!defaults) return [];
  const allowed = Object.keys(defaults);
  const problems = [];
  for (const [name, value] of Object.entries(options)) {
    if (!(name in defaults)) {
      problems.push(
        allowed.length ? `${where}: ${rule.id} has no option ${JSON.stringify(name)}; its options: ${allowed.join(", ")}` : `${where}: ${rule.id} takes no options; got ${JSON.stringify(name)}`
      );
      continue;
    }
    const expected = typeOf(defaults[name]);
    if (expected !== "undefined" && expected !== "null" && typeOf(value) !== expected) {
      problems.push(`${where}: option ${JSON.stringify(name)} of ${rule.id} must be ${article(expected)} (like its default ${JSON.stringify(defaults[name])}); got ${describeValue(value)}`);
    }
  }
  return problems;
}
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

const CONFIG_FILE_NAMES = [
  "migration-guard.config.ts",
  "migration-guard.config.mts",
  "migration-guard.config.js",
  "migration-guard.config.mjs",
  "migration-guard.config.cjs",
  "migration-guard.config.json",
  ".migration-guardrc.json"
];
const PACKAGE_JSON_KEY = "migrationGuard";
function findConfig(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    const found = configIn(dir);
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function configIn(dir) {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(dir, name);
    if (isFile(file)) return { file, kind: name.endsWith(".json") ? "json" : "module" };
  }
  const packageJson = path.join(dir, "package.json");
  if (isFile(packageJson) && hasConfigKey(packageJson)) return { file: packageJson, kind: "package-json" };
  return void 0;
}
function locateConfig(file) {
  const base = path.basename(file);
  if (base === "package.json") return { file, kind: "package-json" };
  return { file, kind: base.endsWith(".json") ? "json" : "module" };
}
function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}
function hasConfigKey(file) {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    return typeof data === "object" && data !== null && PACKAGE_JSON_KEY in data;
  } catch {
    return false;
  }
}

const TYPESCRIPT_FILE = /\.[cm]?ts$/;
let typescriptHooks;
async function importUserModule(file, purpose) {
  if (TYPESCRIPT_FILE.test(file)) enableTypeScript(file, purpose);
  try {
    return await import(pathToFileURL(file).href);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Could not load ${purpose} ${file}: ${detail}`, { cause: error });
  }
}
function enableTypeScript(file, purpose) {
  if (typescriptHooks) return;
  const shipped = fileURLToPath(new URL("./typescript.cjs", import.meta.url));
  const compiler = resolveFrom(path.dirname(file), "typescript") ?? (existsSync(shipped) ? shipped : void 0);
  const hooks = new URL("./typescript-hooks.mjs", import.meta.url);
  if (compiler && typeof register === "function" && existsSync(hooks)) {
    register(hooks, { data: { typescript: compiler } });
    typescriptHooks = "registered";
    return;
  }
  if (process.features.typescript) {
    typescriptHooks = "native";
    return;
  }
  throw new ConfigError(
    `Cannot load ${purpose} ${file}: TypeScript needs the \`typescript\` package in your project (npm install --save-dev typescript) or Node 22.18+ (which strips types itself); Node ${process.versions.node} has neither. Or write it as .mjs or .json.`
  );
}
function resolveFrom(dir, request) {
  try {
    return createRequire(path.join(dir, "noop.js")).resolve(request);
  } catch {
    return void 0;
  }
}

const TABLE_COSTS = ["index-build", "scan", "foreign-key-scan", "rewrite", "backfill"];

const PREFIX = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$|^@[a-z0-9][a-z0-9._-]*$/;
const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
async function loadPlugins(plugins, configDir, source) {
  const loaded = {};
  for (const [prefix, value] of Object.entries(plugins)) {
    const where = keyPath(["plugins", prefix]);
    if (!PREFIX.test(prefix)) {
      throw new ConfigError(`${source}: ${where}: a plugin prefix is lower-case letters, digits and "-" (or an npm scope like "@acme"), as rules are referenced as "prefix/rule-id"; got ${JSON.stringify(prefix)}`);
    }
    const plugin = typeof value === "string" ? await importPlugin(value, configDir, `${source}: ${where}`) : value;
    loaded[prefix] = checkPlugin(plugin, `${source}: ${where}`);
  }
  return loaded;
}
async function importPlugin(specifier, configDir, where) {
  const file = resolvePlugin(specifier, configDir);
  if (!file) {
    const how = isPath(specifier) ? `no file ${path.resolve(configDir, specifier)}` : `the package is not installed where the config is (${configDir}); install it (npm install --save-dev ${packageName(specifier)}) or give a path starting with "./"`;
    throw new ConfigError(`${where}: cannot find plugin ${JSON.stringify(specifier)}: ${how}`);
  }
  const module = await importUserModule(file, `plugin ${JSON.stringify(specifier)}`);
  const exported = module["default"];
  if (isPlainObject(exported) && "rules" in exported) return exported;
  if ("rules" in module) return module;
  return exported ?? module;
}
function resolvePlugin(specifier, configDir) {
  if (isPath(specifier)) {
    const target = path.resolve(configDir, specifier);
    if (!existsSync(target)) return void 0;
    return statSync(target).isDirectory() ? packageEntry(target) : target;
  }
  return resolveFrom(configDir, specifier) ?? resolveEsmPackage(configDir, specifier);
}
function isPath(specifier) {
  return specifier.startsWith("./") || specifier.startsWith("../") || path.isAbsolute(specifier);
}
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function resolveEsmPackage(fromDir, specifier) {
  const name = packageName(specifier);
  const subpath = `.${specifier.slice(name.length)}`;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const root = path.join(dir, "node_modules", name);
    if (existsSync(path.join(root, "package.json"))) return packageEntry(root, subpath);
    if (path.dirname(dir) === dir) return void 0;
  }
}
function packageEntry(root, subpath = ".") {
  const manifestFile = path.join(root, "package.json");
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const exported = manifest["exports"] !== void 0 ? exportTarget(manifest["exports"], subpath) : void 0;
  const candidates = exported ? [exported] : subpath === "." ? [typeof manifest["main"] === "string" ? manifest["main"] : void 0, "index.js", "index.mjs", "index.cjs"] : [subpath];
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(root, candidate))) return path.join(root, candidate);
  }
  return void 0;
}
const CONDITIONS = ["node", "import", "default"];
function exportTarget(exports, subpath) {
  if (typeof exports === "string") return subpath === "." ? exports : void 0;
  if (Array.isArray(exports)) {
    for (const item of exports) {
      const target = exportTarget(item, subpath);
      if (target) return target;
    }
    return void 0;
  }
  if (!isPlainObject(exports)) return void 0;
  const keys = Object.keys(exports);
  if (keys.some((k) => k.startsWith("."))) return exports[subpath] === void 0 ? void 0 : exportTarget(exports[subpath], ".");
  for (const condition of CONDITIONS) {
    if (condition in exports) {
      const target = exportTarget(exports[condition], ".");
      if (target) return target;
    }
  }
  return void 0;
}
function checkPlugin(plugin, where) {
  if (!isPlainObject(plugin) || !isPlainObject(plugin["rules"])) {
    throw new ConfigError(`${where}: a plugin must be an object with \`rules\` ({ rules: { "rule-id": defineRule({...}) } }); got ${describeValue(plugin)}`);
  }
  const rules = plugin["rules"];
  for (const [key, rule] of Object.entries(rules)) {
    const at = `${where}.rules[${JSON.stringify(key)}]`;
    if (!RULE_ID.test(key)) throw new ConfigError(`${at}: a rule id is lower-case words joined by "-", e.g. "no-drop-column"`);
    if (!isPlainObject(rule)) throw new ConfigError(`${at}: expected a rule made with defineRule({ id, description, severity, check(ctx) }); got ${describeValue(rule)}`);
    if (rule["id"] !== key) throw new ConfigError(`${at}: the rule's id is ${JSON.stringify(rule["id"])}; it must be ${JSON.stringify(key)}, the key it is listed under`);
    if (typeof rule["description"] !== "string") throw new ConfigError(`${at}: the rule needs a one-line \`description\``);
    if (!RULE_LEVELS.includes(rule["severity"])) {
      throw new ConfigError(`${at}: the rule's severity must be ${RULE_LEVELS.map((l) => `"${l}"`).join(", ")}; got ${describeValue(rule["severity"])}`);
    }
    if (rule["cost"] !== void 0 && !TABLE_COSTS.includes(rule["cost"])) {
      throw new ConfigError(`${at}: the rule's cost must be one of ${TABLE_COSTS.map((c) => `"${c}"`).join(", ")}; got ${describeValue(rule["cost"])}`);
    }
    if (typeof rule["check"] !== "function" && typeof rule["checkSuppressions"] !== "function") {
      throw new ConfigError(`${at}: the rule needs a check(ctx) function`);
    }
  }
  return { rules };
}

async function loadConfig(options) {
  const location = options.configFile ? explicitConfig(options.cwd, options.configFile) : findConfig(options.cwd);
  if (!location) return { ...DEFAULT_CONFIG };
  const shown = displayPath(options.cwd, location.file);
  const user = validateConfig(await readConfigData(location, shown), shown);
  const configDir = path.dirname(location.file);
  const rootDir = options.configFile ? path.resolve(options.cwd) : configDir;
  const plugins = await loadPlugins(user.plugins ?? {}, configDir, shown);
  const config = resolveConfig(user, plugins, rootDir, location.file);
  if (config.schema) config.schema = { sources: config.schema.sources.map((s) => rebaseSource(s, rootDir, options.cwd)) };
  const problems = ruleSettingProblems(allRules(builtInRules, config), config);
  if (problems.length === 1) throw new ConfigError(`${shown}: ${problems[0]}`);
  if (problems.length > 1) throw new ConfigError(`${shown} has ${problems.length} problems:
${problems.map((p) => `  - ${p}`).join("\n")}`);
  return config;
}
function explicitConfig(cwd, configFile) {
  const file = path.resolve(cwd, configFile);
  if (!existsSync(file)) throw new ConfigError(`Cannot read the config file ${configFile}.`);
  return locateConfig(file);
}
async function readConfigData(location, shown) {
  if (location.kind === "module") {
    const module = await importUserModule(location.file, "the config");
    if (module["default"] === void 0) {
      throw new ConfigError(`${shown} must export the config as its default export (export default defineConfig({...}), or module.exports = {...}).`);
    }
    return module["default"];
  }
  let text;
  try {
    text = await readFile(location.file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${shown}: ${error.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${shown} is not valid JSON: ${error.message}`);
  }
  if (location.kind === "package-json") {
    const value = data?.[PACKAGE_JSON_KEY];
    if (value === void 0) throw new ConfigError(`${shown} has no "${PACKAGE_JSON_KEY}" key to read the config from.`);
    return value;
  }
  return data;
}
function rebaseSource(source, rootDir, cwd) {
  const down = toPosix(path.relative(rootDir, cwd));
  if (down === "" || down.startsWith("..")) return source;
  const rebase = (glob) => glob.startsWith(`${down}/`) ? glob.slice(down.length + 1) : glob;
  return { ...source, include: source.include.map(rebase), ...source.exclude ? { exclude: source.exclude.map(rebase) } : {} };
}
function displayPath(cwd, file) {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") ? toPosix(relative) : file;
}

function prismaProviders(text, file, lockFile = false) {
  const blocks = lockFile ? [{ body: text, offset: 0 }] : [...text.matchAll(/^\s*datasource\s+\w+\s*\{([^}]*)\}/gm)].map((m) => ({ body: m[1], offset: m.index + m[0].indexOf(m[1]) }));
  return blocks.flatMap(
    ({ body, offset }) => valuesOf(body, /^[ \t]*provider\s*=\s*"([\w-]+)"/gm, PRISMA_PROVIDERS).map((v) => signal(v.database, `provider = "${v.value}"`, text, file, offset + v.index))
  );
}
function drizzleJournalDialect(text, file) {
  return valuesOf(text, /"dialect"\s*:\s*"([\w-]+)"/g, DRIZZLE_DIALECTS).map((v) => signal(v.database, `"dialect": "${v.value}"`, text, file, v.index));
}
function drizzleConfigDialects(text, file) {
  const found = [];
  for (const match of text.matchAll(/["']?\b(dialect|driver)["']?\s*:\s*["']([\w-]+)["']/g)) {
    const [, key, value] = match;
    if (hasOwn(DRIZZLE_DIALECTS, value)) found.push(signal(DRIZZLE_DIALECTS[value], `${key}: "${value}"`, text, file, match.index));
  }
  return found;
}
function knexClients(text, file) {
  const clients = valuesOf(text, /["']?\bclient["']?\s*:\s*["']([\w-]+)["']/g, KNEX_CLIENTS).map((v) => signal(v.database, `client: "${v.value}"`, text, file, v.index));
  const modules = valuesOf(text, /["']knex\/lib\/dialects\/([\w-]+)/g, KNEX_CLIENTS).map((v) => signal(v.database, `knex/lib/dialects/${v.value}`, text, file, v.index));
  return [...clients, ...modules];
}
function typeormTypes(text, file) {
  const fromOptions = valuesOf(text, /["']?\btype["']?\s*:\s*["']?([\w-]+)["']?/g, TYPEORM_TYPES);
  const fromEnv = valuesOf(text, /^\s*TYPEORM_CONNECTION\s*=\s*["']?([\w-]+)/gm, TYPEORM_TYPES);
  return [...fromOptions.map((v) => signal(v.database, `type: "${v.value}"`, text, file, v.index)), ...fromEnv.map((v) => signal(v.database, `TYPEORM_CONNECTION=${v.value}`, text, file, v.index))];
}
function sequelizeDialects(text, file) {
  return valuesOf(text, /["']?\bdialect["']?\s*:\s*["']([\w-]+)["']/g, SEQUELIZE_DIALECTS).map((v) => signal(v.database, `dialect: "${v.value}"`, text, file, v.index));
}
function mikroOrmConfigDrivers(text, file) {
  const imports = valuesOf(text, /["']@mikro-orm\/([\w-]+)["']/g, MIKRO_ORM_DRIVERS).map((v) => signal(v.database, `"@mikro-orm/${v.value}"`, text, file, v.index));
  const types = valuesOf(text, /\btype\s*:\s*["']([\w-]+)["']/g, MIKRO_ORM_DRIVERS).map((v) => signal(v.database, `type: "${v.value}"`, text, file, v.index));
  return [...imports, ...types];
}
function kyselyDialects(text, file) {
  const found = [];
  for (const match of text.matchAll(/\bnew\s+([A-Z]\w*Dialect)\s*\(/g)) {
    const database = kyselyDialectDatabase(match[1]);
    if (database) found.push(signal(database, `new ${match[1]}(`, text, file, match.index));
  }
  return found;
}
function packageSignals(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { mikroOrm: [], drivers: [], names: /* @__PURE__ */ new Set() };
  }
  const section = (key) => {
    const value = data?.[key];
    return value && typeof value === "object" ? Object.keys(value) : [];
  };
  const at = (name) => signalAtKey(text, file, name);
  const dependencies = section("dependencies");
  const development = section("devDependencies");
  const all = [...dependencies, ...development, ...section("peerDependencies"), ...section("optionalDependencies")];
  const mikroOrm = all.flatMap((name) => {
    const driver = /^@mikro-orm\/([\w-]+)$/.exec(name)?.[1];
    const database = driver ? MIKRO_ORM_DRIVERS[driver] : void 0;
    return database ? [at(name)(database, `the ${name} package`)] : [];
  });
  const driversIn = (names) => names.flatMap((name) => hasOwn(NPM_DRIVERS, name) ? [at(name)(NPM_DRIVERS[name], `the ${name} package`)] : []);
  const runtime = driversIn(dependencies);
  return { mikroOrm, drivers: [...runtime, ...driversIn(section("optionalDependencies"))], names: new Set(all) };
}
function goModDrivers(text, file) {
  const found = [];
  for (const match of text.matchAll(/^\s*(?:require\s+)?([\w.\-/]+)\s+v[\w.\-+]+/gm)) {
    const module = match[1];
    if (hasOwn(GO_DRIVERS, module)) found.push(signal(GO_DRIVERS[module], `the ${module} module`, text, file, match.index + match[0].indexOf(module)));
  }
  return found;
}
function valuesOf(text, pattern, known) {
  const found = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[1];
    if (hasOwn(known, value)) found.push({ database: known[value], value, index: match.index + match[0].indexOf(value) });
  }
  return found;
}
function signalAtKey(text, file, key) {
  const index = Math.max(0, text.indexOf(`"${key}"`));
  return (database, what) => signal(database, what, text, file, index);
}
function signal(database, what, text, file, index) {
  return { database, what, file, line: lineAt(text, index) };
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function hasOwn(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key);
}

class DialectDetector {
  constructor(cwd, configDialect) {
    this.cwd = cwd;
    this.configDialect = configDialect;
  }
  cwd;
  configDialect;
  texts = /* @__PURE__ */ new Map();
  scans = /* @__PURE__ */ new Map();
  /** What each folder's files say, by folder and kind of set: many sets share their parent folders. */
  byFolder = /* @__PURE__ */ new Map();
  async detect(set) {
    const configured = set.dialect ?? this.configDialect;
    if (configured) return { database: configured, by: "config", signals: [], databases: [configured] };
    const absolute = path.resolve(this.cwd, set.dir);
    const root = repositoryRoot(absolute, path.resolve(this.cwd));
    const dirs = ancestors(absolute, root);
    const levels = [
      () => this.setFiles(set, absolute),
      () => Promise.resolve(folderSignals(absolute, root, this.cwd)),
      () => this.firstWith(dirs, (dir) => this.remembered(`tool\0${toolKind(set.tool)}\0${set.tool === "prisma" && dir === absolute ? path.dirname(dir) : dir}`, () => this.toolConfigs(set.tool, dir, absolute))),
      () => this.firstWith(dirs, (dir) => this.remembered(`drivers\0${dir}`, () => this.drivers(dir)))
    ];
    for (const level of levels) {
      const signals = await level();
      if (signals.length > 0) return decide(signals);
    }
    return { database: "postgresql", by: "default", signals: [], databases: ["postgresql"] };
  }
  async setFiles(set, absolute) {
    if (set.tool === "supabase") return [{ database: "postgresql", what: "a Supabase project", file: set.dir, line: 1, folder: true }];
    const lock = path.join(absolute, "migration_lock.toml");
    const journal = path.join(absolute, "meta", "_journal.json");
    return [
      ...prismaProviders(await this.text(lock) ?? "", this.relative(lock), true),
      ...drizzleJournalDialect(await this.text(journal) ?? "", this.relative(journal))
    ];
  }
  /** The tool's own config in `dir`; for TS/JS and plain SQL sets, every ORM's that is there. */
  async toolConfigs(tool, dir, setDir) {
    if (tool === "prisma") {
      const near = dir === setDir ? path.dirname(setDir) : dir;
      return this.read(filesIn(near, ["", "schema", "prisma", "prisma/schema"], /\.prisma$/), prismaProviders);
    }
    const drizzle = await this.read(filesIn(dir, [""], /^drizzle(\.[\w-]+)?\.config\.([cm]?[jt]s|json)$/), drizzleConfigDialects);
    if (tool === "drizzle") return drizzle;
    const found = [
      ...drizzle,
      ...await this.read(filesIn(dir, [""], /^knexfile\.[cm]?[jt]s$/), knexClients),
      ...await this.read(filesIn(dir, [""], /^ormconfig\.([cm]?[jt]s|json|ya?ml|env)$/), typeormTypes),
      ...await this.read(filesIn(dir, ["", "src"], /^mikro-orm\.config\.[cm]?[jt]s$/), mikroOrmConfigDrivers),
      ...await this.read(await this.sequelizeConfigFiles(dir), sequelizeDialects)
    ];
    const manifest = await this.packageAt(dir);
    if (manifest) found.push(...manifest.mikroOrm);
    if (manifest && found.length === 0) found.push(...await this.scanSources(dir, manifest.names));
    return found;
  }
  /** sequelize-cli's config: where `.sequelizerc` points, else `config/config.json`. */
  async sequelizeConfigFiles(dir) {
    const rc = await this.text(path.join(dir, ".sequelizerc"));
    const pointed = rc ? /["']?config["']?\s*:\s*path\.(?:resolve|join)\(([^)]*)\)/.exec(rc)?.[1] : void 0;
    const parts = pointed ? [...pointed.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]) : [];
    const candidates = parts.length > 0 ? [path.join(dir, ...parts)] : ["config/config.json", "config/config.js", "config/database.json", "db/config.json"].map((f) => path.join(dir, f));
    return candidates.filter((f) => existsSync(f));
  }
  /**
   * The app's own code that sets up the ORM: `new DataSource({ type })`, `new SqliteDialect(`,
   * `new Sequelize({ dialect })`, `knex({ client })`. Only looked for when the package depends on
   * that ORM, when no config file in the folder said which database, and never in tests, which
   * often run on another database than production.
   */
  scanSources(dir, dependencies) {
    const readers = [];
    const has = (pattern) => (text) => pattern.test(text);
    if (dependencies.has("typeorm") || dependencies.has("@nestjs/typeorm")) readers.push({ id: "typeorm", gate: has(/\bDataSource\b|\bcreateConnection\b|TypeOrmModule|ConnectionOptions/), read: typeormTypes });
    if (dependencies.has("kysely")) readers.push({ id: "kysely", gate: has(/Dialect\s*\(/), read: kyselyDialects });
    if (dependencies.has("sequelize") || dependencies.has("sequelize-typescript")) readers.push({ id: "sequelize", gate: has(/\bnew\s+Sequelize\b/), read: sequelizeDialects });
    if (dependencies.has("knex")) readers.push({ id: "knex", gate: (text) => /["']knex["'/]/.test(text) && /\bclient\s*:/.test(text), read: knexClients });
    if (readers.length === 0) return Promise.resolve([]);
    const key = `${dir}\0${readers.map((r) => r.id).join(",")}`;
    let scan = this.scans.get(key);
    if (!scan) {
      scan = (async () => {
        const files = await glob(SOURCE_GLOB, { cwd: dir, ignore: NOT_APP_SETUP, absolute: true, followSymbolicLinks: false });
        const found = [];
        for (const file of files.sort().slice(0, MAX_SCANNED_FILES)) {
          const text = await this.text(file, MAX_SCANNED_BYTES);
          if (!text) continue;
          for (const reader of readers) if (reader.gate(text)) found.push(...reader.read(text, this.relative(file)));
        }
        return found;
      })();
      this.scans.set(key, scan);
    }
    return scan;
  }
  async drivers(dir) {
    const manifest = await this.packageAt(dir);
    const goMod = path.join(dir, "go.mod");
    return [...manifest?.drivers ?? [], ...goModDrivers(await this.text(goMod) ?? "", this.relative(goMod))];
  }
  async packageAt(dir) {
    const file = path.join(dir, "package.json");
    const text = await this.text(file);
    return text === void 0 ? void 0 : packageSignals(text, this.relative(file));
  }
  remembered(key, compute) {
    let signals = this.byFolder.get(key);
    if (!signals) {
      signals = compute();
      this.byFolder.set(key, signals);
    }
    return signals;
  }
  async firstWith(dirs, signalsIn) {
    for (const dir of dirs) {
      const signals = await signalsIn(dir);
      if (signals.length > 0) return signals;
    }
    return [];
  }
  async read(files, reader) {
    const found = [];
    for (const file of files.sort()) {
      const text = await this.text(file);
      if (text !== void 0) found.push(...reader(text, this.relative(file)));
    }
    return found;
  }
  /** A file's text; undefined when it is missing, unreadable or (for scanned sources) too large to be a config. */
  text(file, maxBytes = Infinity) {
    let text = this.texts.get(file);
    if (!text) {
      text = (async () => {
        try {
          if (maxBytes !== Infinity && (await stat(file)).size > maxBytes) return void 0;
          return await readFile(file, "utf8");
        } catch {
          return void 0;
        }
      })();
      this.texts.set(file, text);
    }
    return text;
  }
  relative(file) {
    return toPosix(path.relative(this.cwd, file));
  }
}
const SOURCE_GLOB = "**/*.{ts,mts,cts,js,mjs,cjs}";
const NOT_APP_SETUP = [
  ...IGNORED_DIRECTORIES.map((d) => `**/${d}/**`),
  "**/{test,tests,__tests__,spec,specs,e2e,fixtures,__fixtures__,__mocks__,examples,example,migrations,migration}/**",
  "**/*.{test,spec,e2e-spec}.*",
  "**/*.d.ts"
];
const MAX_SCANNED_FILES = 5e3;
const MAX_SCANNED_BYTES = 256 * 1024;
function toolKind(tool) {
  return tool === "prisma" || tool === "drizzle" ? tool : "other";
}
function decide(signals) {
  const postgres = signals.filter((s) => s.database === "postgresql");
  if (postgres.length > 0) return { database: "postgresql", by: "detected", signals: postgres, databases: ["postgresql"] };
  const databases = [...new Set(signals.map((s) => s.database))];
  return { database: databases[0], by: "detected", signals, databases };
}
function folderSignals(setDir, root, cwd) {
  const segments = toPosix(path.relative(root, setDir)).split("/").filter(Boolean);
  const found = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const database = folderDatabase(segments[i]);
    if (!database) continue;
    const folder = path.join(root, ...segments.slice(0, i + 1));
    found.push({ database, what: `the folder name "${segments[i]}"`, file: toPosix(path.relative(cwd, folder)) || ".", line: 1, folder: true });
    break;
  }
  return found;
}
function ancestors(from, root) {
  const dirs = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return dirs;
}
function repositoryRoot(setDir, cwd) {
  for (let dir = setDir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const inside = !path.relative(cwd, setDir).startsWith("..");
  return inside ? cwd : setDir;
}
function filesIn(dir, subfolders, name) {
  return subfolders.flatMap((sub) => {
    const folder = path.join(dir, sub);
    try {
      return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && name.test(entry.name)).map((entry) => path.join(folder, entry.name));
    } catch {
      return [];
    }
  });
}

const SOURCE_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;
const NOT_A_SOURCE = /\.d\.[cm]?ts$/;
function isCandidate(file) {
  if (!SOURCE_FILE.test(file) || NOT_A_SOURCE.test(file) || file.startsWith("../")) return false;
  return !file.split("/").some((part) => IGNORED_DIRECTORIES.includes(part));
}
async function workingTreeFiles(cwd, exclude = []) {
  const found = await glob(["**/*.prisma", "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}", "**/package.json"], {
    cwd,
    ignore: [...IGNORED_DIRECTORIES.map((d) => `**/${d}/**`), "**/*.d.ts", ...exclude],
    dot: false,
    followSymbolicLinks: false
  });
  const paths = found.map(toPosix).filter(isCandidate).sort();
  return {
    paths,
    read: async (file) => {
      try {
        return await readFile(path.resolve(cwd, file), "utf8");
      } catch {
        return void 0;
      }
    }
  };
}
async function filesAtCommit(cwd, commit, changed) {
  const touched = /* @__PURE__ */ new Set();
  for (const file of changed) {
    touched.add(file.path);
    if (file.previousPath) touched.add(file.previousPath);
  }
  const paths = (await filesAt(cwd, commit)).filter(isCandidate).sort();
  return {
    paths,
    read: async (file) => {
      if (touched.has(file)) return contentAt(cwd, commit, file);
      try {
        return await readFile(path.resolve(cwd, file), "utf8");
      } catch {
        return contentAt(cwd, commit, file);
      }
    }
  };
}

function typeormSnakeCase(name) {
  return name.replace(/([A-Z])([A-Z])([a-z])/g, "$1_$2$3").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function typeormCamelCase(name) {
  return name.replace(
    /^([A-Z])|[\s\-_](\w)/g,
    (_match, first, next) => next ? next.toUpperCase() : first.toLowerCase()
  );
}
function typeormTitleCase(name) {
  return name.replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
function mikroUnderscore(name) {
  return name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
function drizzleSnakeCase(name) {
  const words = name.replace(/['\u2019]/g, "").match(new RegExp("[\\p{Ll}\\d]+|\\p{Lu}+(?!\\p{Ll})|\\p{Lu}[\\p{Ll}\\d]+|[\\p{Lo}\\d]+", "gu")) ?? [];
  return words.map((w) => w.toLowerCase()).join("_");
}
function drizzleCamelCase(name) {
  const words = name.replace(/['\u2019]/g, "").match(new RegExp("[\\p{Ll}\\d]+|\\p{Lu}+(?!\\p{Ll})|\\p{Lu}[\\p{Ll}\\d]+|[\\p{Lo}\\d]+", "gu")) ?? [];
  return words.map((w, i) => i === 0 ? w.toLowerCase() : `${w[0].toUpperCase()}${w.slice(1)}`).join("");
}
function sequelizeUnderscore(name) {
  return name.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1_$2").replace(/-/g, "_").toLowerCase();
}
function sequelizeCamelize(name) {
  return name.replace(/_([a-z\d])/gi, (_m, c) => c.toUpperCase());
}
function pluralize(word) {
  if (UNCOUNTABLE.has(word.toLowerCase())) return word;
  for (const [pattern, replacement] of PLURAL_RULES) {
    if (pattern.test(word)) return replacement === void 0 ? word : word.replace(pattern, replacement);
  }
  return `${word}s`;
}
const UNCOUNTABLE = /* @__PURE__ */ new Set([
  "equipment",
  "information",
  "rice",
  "money",
  "species",
  "series",
  "sheep",
  "deer",
  "news",
  "software",
  "hardware",
  "traffic",
  "furniture",
  "luggage",
  "advice",
  "knowledge",
  "research",
  "evidence",
  "music",
  "homework",
  "weather",
  "welfare",
  "wildlife",
  "food",
  "education",
  "safety",
  "shopping"
]);
const PLURAL_RULES = [
  [/(m|wom)en$/i],
  [/people$/i],
  [/children$/i],
  [/(quiz)zes$/i],
  [/(matr|vert|ind)ices$/i],
  [/(alias|status|campus|bus)es$/i],
  [/(x|ch|ss|sh)es$/i],
  [/([^aeiouy]|qu)ies$/i],
  [/([ti])a$/i],
  [/^(m|wom)an$/i, "$1en"],
  [/(m|wom)an$/i, "$1en"],
  [/(pe)rson$/i, "$1ople"],
  [/(child)$/i, "$1ren"],
  [/^(ox)$/i, "$1en"],
  [/(ax|test)is$/i, "$1es"],
  [/(octop|vir)us$/i, "$1uses"],
  [/(alias|status|campus|canvas)$/i, "$1es"],
  [/(bu)s$/i, "$1ses"],
  [/(buffal|tomat|potat)o$/i, "$1oes"],
  [/([ti])um$/i, "$1a"],
  [/sis$/i, "ses"],
  [/(?:([^f])fe|([lr])f)$/i, "$1$2ves"],
  [/(hi|ti)ve$/i, "$1ves"],
  [/([^aeiouy]|qu)y$/i, "$1ies"],
  [/(matr)ix$/i, "$1ices"],
  [/(vert|ind)ex$/i, "$1ices"],
  [/(x|ch|ss|sh)$/i, "$1es"],
  [/([ml])ouse$/i, "$1ice"],
  [/(quiz)$/i, "$1zes"],
  [/s$/i, "s"]
];

class SchemaBuilder {
  tables = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Set();
  table(name, site, orm) {
    this.sources.add(orm);
    let draft = this.tables.get(name);
    if (!draft) {
      draft = { name, site, columns: /* @__PURE__ */ new Map(), orm };
      this.tables.set(name, draft);
    }
    return new TableBuilder(draft);
  }
  build() {
    const tables = /* @__PURE__ */ new Map();
    for (const [name, draft] of this.tables) tables.set(name, { ...draft, columns: new Map(draft.columns) });
    return { sources: [...this.sources].sort(), tables };
  }
}
class TableBuilder {
  constructor(draft) {
    this.draft = draft;
  }
  draft;
  column(name, site) {
    if (!this.draft.columns.has(name)) this.draft.columns.set(name, { name, site });
  }
}
function qualifiedTable(schema, table) {
  return schema && schema !== "public" ? `${schema}.${table}` : table;
}

function isDrizzleModule(module) {
  return module === "drizzle-orm" || module.startsWith("drizzle-orm/") || module.startsWith(".");
}
function detectDrizzleSettings(project) {
  const { ts } = project;
  const settings = {};
  project.forEachNode(
    (node, file) => {
      if (!ts.isPropertyAssignment(node) || project.propertyName(node.name, file) !== "casing") return;
      const value = project.stringValue(file, node.initializer);
      if (value === "snake_case" || value === "camelCase") settings.casing = value;
    },
    { all: true }
  );
  return settings;
}
function readDrizzleSchema(project, builder, settings) {
  const { ts } = project;
  project.forEachNode((node, file) => {
    if (!ts.isCallExpression(node)) return;
    const factory = tableFactory(project, file, node.expression);
    if (!factory) return;
    const given = project.stringValue(file, node.arguments[0]);
    if (given === void 0) return;
    const table = factory.kind === "schema" ? qualifiedTable(factory.schema, given) : factory.kind === "creator" ? factory.name(given) : given;
    const variable = declaredName(project, node) ?? given;
    const mapped = builder.table(table, { file: file.path, line: project.line(file, node), name: variable }, "drizzle");
    const columns = columnsObject(project, file, node.arguments[1]);
    for (const [key, entry] of columns?.entries() ?? []) {
      const explicit = columnName$1(project, entry.file, entry.value);
      const name = explicit ?? (settings.casing === "snake_case" ? drizzleSnakeCase(key) : settings.casing === "camelCase" ? drizzleCamelCase(key) : key);
      mapped.column(name, { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${variable}.${key}` });
    }
  });
}
function tableFactory(project, file, callee, depth = 0) {
  const { ts } = project;
  if (depth > 4) return void 0;
  if (ts.isIdentifier(callee)) {
    const binding = file.imports.get(callee.text);
    if (binding && isDrizzleModule(binding.module) && binding.imported === "pgTable") return { kind: "pgTable" };
    const made = project.constant(file, callee.text);
    if (made) {
      const creator = project.unwrap(made.node);
      if (ts.isCallExpression(creator) && isImported(project, made.file, creator.expression, "pgTableCreator")) {
        const name = creatorNaming(project, made.file, creator.arguments[0]);
        return name ? { kind: "creator", name } : void 0;
      }
    }
    return void 0;
  }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "table") {
    const target = project.unwrap(callee.expression);
    const schemaCall = ts.isIdentifier(target) ? project.constant(file, target.text) : { file, node: target };
    if (!schemaCall) return void 0;
    const call = project.unwrap(schemaCall.node);
    if (ts.isCallExpression(call) && isImported(project, schemaCall.file, call.expression, "pgSchema")) {
      const schema = project.stringValue(schemaCall.file, call.arguments[0]);
      return schema ? { kind: "schema", schema } : void 0;
    }
  }
  return void 0;
}
function isImported(project, file, callee, name) {
  if (!project.ts.isIdentifier(callee)) return false;
  const binding = file.imports.get(callee.text);
  return binding !== void 0 && isDrizzleModule(binding.module) && binding.imported === name;
}
function creatorNaming(project, file, arg) {
  const { ts } = project;
  if (!arg) return void 0;
  const fn = project.unwrap(arg);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return void 0;
  const param = fn.parameters[0]?.name;
  const body = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  if (!param || !ts.isIdentifier(param) || !body) return void 0;
  const template = project.unwrap(body);
  if (ts.isIdentifier(template) && template.text === param.text) return (t) => t;
  if (!ts.isTemplateExpression(template)) return void 0;
  const parts = template.templateSpans;
  if (!parts.every((s) => ts.isIdentifier(s.expression) && s.expression.text === param.text)) return void 0;
  return (t) => template.head.text + parts.map((s) => t + s.literal.text).join("");
}
function columnsObject(project, file, arg) {
  const { ts } = project;
  if (!arg) return void 0;
  const value = project.unwrap(arg);
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
    const body = ts.isBlock(value.body) ? value.body.statements.find(ts.isReturnStatement)?.expression : value.body;
    return body ? project.objectLiteral(file, body) : void 0;
  }
  return project.objectLiteral(file, value);
}
function columnName$1(project, file, value, depth = 0) {
  const { ts } = project;
  const unwrapped = project.unwrap(value);
  if (ts.isIdentifier(unwrapped) && depth < 4) {
    const constant = project.constant(file, unwrapped.text);
    return constant ? columnName$1(project, constant.file, constant.node, depth + 1) : void 0;
  }
  const root = project.rootCall(unwrapped);
  return root ? project.stringValue(file, root.arguments[0]) : void 0;
}
function declaredName(project, node) {
  const parent = node.parent;
  return parent && project.ts.isVariableDeclaration(parent) && project.ts.isIdentifier(parent.name) ? parent.name.text : void 0;
}

const MODULE = /^@mikro-orm\//;
function fromMikro(file, localName) {
  const binding = file.imports.get(localName);
  if (binding) return MODULE.test(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULE.test(b.module));
}
function detectMikroOrmSettings(project) {
  const { ts } = project;
  const settings = { naming: "underscore" };
  project.forEachNode(
    (node, file) => {
      if (!ts.isPropertyAssignment(node) || project.propertyName(node.name, file) !== "namingStrategy") return;
      if (/EntityCase/.test(node.initializer.getText(file.source))) settings.naming = "entity_case";
    },
    { all: true }
  );
  return settings;
}
function readMikroOrmSchema(project, builder, settings) {
  const { ts } = project;
  const entities = /* @__PURE__ */ new Map();
  project.forEachNode((node, file) => {
    let entity;
    if (ts.isClassDeclaration(node) && node.name) entity = decoratedEntity(project, file, node);
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "EntitySchema" && fromMikro(file, "EntitySchema")) {
      entity = schemaEntity(project, file, node, node.arguments?.[0]);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "defineEntity" && fromMikro(file, "defineEntity")) {
      entity = definedEntity(project, file, node);
    }
    if (entity) entities.set(entity.name, entity);
  });
  const naming = new Naming(settings, entities);
  for (const entity of entities.values()) {
    if (entity.abstract || entity.embeddable) continue;
    const table = builder.table(naming.table(entity), entity.site, "mikro-orm");
    for (const prop of entity.properties) addProperty(naming, builder, entity, table, prop, "");
  }
}
class Naming {
  constructor(settings, entities) {
    this.settings = settings;
    this.entities = entities;
  }
  settings;
  entities;
  entity(name) {
    return name ? this.entities.get(name) : void 0;
  }
  bareTable(entity) {
    return entity.tableName ?? (this.settings.naming === "underscore" ? mikroUnderscore(entity.name) : entity.name);
  }
  table(entity) {
    return qualifiedTable(entity.schema, this.bareTable(entity));
  }
  column(prop) {
    return prop.fieldName ?? (this.settings.naming === "underscore" ? mikroUnderscore(prop.name) : prop.name);
  }
  /** The primary key column of an entity (`id` when unknown). */
  primaryColumn(entity) {
    const primary = entity?.properties.find((p) => p.primary);
    return primary ? this.column(primary) : "id";
  }
  /** A many-to-one or owning one-to-one's foreign key: `author` → `author_id`. */
  joinColumn(prop) {
    if (prop.fieldName) return prop.fieldName;
    const referenced = this.primaryColumn(this.entity(prop.target));
    return this.settings.naming === "underscore" ? `${mikroUnderscore(prop.name)}_${referenced}` : prop.name;
  }
  /** The pivot table's key column for one side: `<table>_<pk>`. */
  pivotColumn(entity, fallbackName) {
    const table = entity ? this.bareTable(entity) : mikroUnderscore(fallbackName ?? "");
    return `${table}_${this.primaryColumn(entity)}`;
  }
  pivotTable(owner, prop) {
    return prop.pivotTable ?? `${this.bareTable(owner)}_${this.settings.naming === "underscore" ? mikroUnderscore(prop.name) : prop.name}`;
  }
}
function addProperty(naming, builder, owner, table, prop, prefix) {
  if (!prop.persist) return;
  switch (prop.kind) {
    case "scalar":
      table.column(prefix + naming.column(prop), prop.site);
      return;
    case "m:1":
      table.column(prefix + naming.joinColumn(prop), prop.site);
      return;
    case "1:1":
      if (prop.owner) table.column(prefix + naming.joinColumn(prop), prop.site);
      return;
    case "m:n": {
      if (!prop.owner) return;
      const pivot = builder.table(qualifiedTable(owner.schema, naming.pivotTable(owner, prop)), prop.site, "mikro-orm");
      pivot.column(prop.pivotColumns?.owner ?? naming.pivotColumn(owner, owner.name), prop.site);
      pivot.column(prop.pivotColumns?.target ?? naming.pivotColumn(naming.entity(prop.target), prop.target), prop.site);
      return;
    }
    case "embedded": {
      const embeddable = naming.entity(prop.target);
      if (prop.object || !embeddable) {
        table.column(prefix + naming.column(prop), prop.site);
        return;
      }
      const own = prop.prefix === false ? "" : typeof prop.prefix === "string" ? prop.prefix : `${naming.column(prop)}_`;
      for (const inner of embeddable.properties) {
        addProperty(naming, builder, owner, table, { ...inner, site: { ...inner.site, name: `${prop.site.name}.${inner.name}` } }, prefix + own);
      }
      return;
    }
    default:
      return;
  }
}
const RELATION_DECORATORS = { ManyToOne: "m:1", OneToOne: "1:1", OneToMany: "1:m", ManyToMany: "m:n", Embedded: "embedded" };
const SCALAR_DECORATORS = /* @__PURE__ */ new Set(["Property", "PrimaryKey", "SerializedPrimaryKey", "Enum"]);
function decoratedEntity(project, file, node) {
  const decorators = project.decorators(node);
  const entity = decorators.find((d) => d.name === "Entity" && fromMikro(file, "Entity"));
  const embeddable = decorators.find((d) => d.name === "Embeddable" && fromMikro(file, "Embeddable"));
  if (!entity && !embeddable) return void 0;
  const options = project.objectLiteral(file, (entity ?? embeddable).args[0]);
  const name = node.name.text;
  const properties = membersOf$1(project, file, node).flatMap((m) => decoratedProperty(project, m));
  return {
    name,
    ...optionalString("tableName", options && (project.stringValue(options.file, options.get("tableName")) ?? project.stringValue(options.file, options.get("collection")))),
    ...optionalString("schema", options && project.stringValue(options.file, options.get("schema"))),
    abstract: (options && project.booleanValue(options.get("abstract"))) === true,
    embeddable: embeddable !== void 0,
    properties,
    site: { file: file.path, line: project.line(file, node.name), name }
  };
}
function entityFromOptions(project, name, options, properties, site) {
  return {
    name,
    ...optionalString("tableName", project.stringValue(options.file, options.get("tableName")) ?? project.stringValue(options.file, options.get("collection"))),
    ...optionalString("schema", project.stringValue(options.file, options.get("schema"))),
    abstract: project.booleanValue(options.get("abstract")) === true,
    embeddable: project.booleanValue(options.get("embeddable")) === true,
    properties,
    site
  };
}
function optionalString(key, value) {
  return value !== void 0 ? { [key]: value } : {};
}
function membersOf$1(project, file, node, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(node)) return [];
  seen.add(node);
  const base = project.baseClass(file, node);
  const inherited = base ? membersOf$1(project, base.file, base.node, seen) : [];
  return [...inherited, ...node.members.filter((m) => project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m }))];
}
function decoratedProperty(project, { file, node }) {
  const name = project.propertyName(node.name, file);
  if (name === void 0) return [];
  const owner = node.parent && project.ts.isClassDeclaration(node.parent) && node.parent.name ? node.parent.name.text : "?";
  const site = { file: file.path, line: project.line(file, node.name), name: `${owner}.${name}` };
  for (const decorator of project.decorators(node)) {
    const relation = RELATION_DECORATORS[decorator.name];
    if (!relation && !SCALAR_DECORATORS.has(decorator.name)) continue;
    const options = decorator.args.map((a) => project.objectLiteral(file, a)).find((o) => o !== void 0);
    const target = relation ? project.targetName(file, decorator.args[0]) ?? targetOf(project, options) ?? typeTarget(project, node) : void 0;
    const second = decorator.args[1];
    const mappedBy = relation && second && !project.ts.isObjectLiteralExpression(second) ? true : options?.has("mappedBy") === true;
    const inversedBy = options?.has("inversedBy") === true;
    const ownerFlag = options ? project.booleanValue(options.get("owner")) : void 0;
    return [
      propertyInfo(project, name, relation ?? "scalar", options, site, {
        primary: decorator.name === "PrimaryKey",
        owner: ownerFlag ?? (inversedBy || !mappedBy),
        ...target !== void 0 ? { target } : {}
      })
    ];
  }
  return [];
}
function targetOf(project, options) {
  if (!options) return void 0;
  return project.targetName(options.file, options.get("entity") ?? options.get("type"));
}
function propertyInfo(project, name, kind, options, site, extra) {
  const str = (key) => options ? project.stringValue(options.entry(key)?.file ?? options.file, options.get(key)) : void 0;
  const bool = (key) => options ? project.booleanValue(options.get(key)) : void 0;
  const first = (key) => {
    const list = options?.get(key);
    if (!list || !project.ts.isArrayLiteralExpression(project.unwrap(list))) return void 0;
    return project.stringValue(options.file, project.unwrap(list).elements[0]);
  };
  const fieldName = kind === "m:n" ? str("fieldName") : str("fieldName") ?? str("joinColumn") ?? first("fieldNames") ?? first("joinColumns");
  const pivotColumns = kind === "m:n" ? { owner: str("joinColumn") ?? first("joinColumns"), target: str("inverseJoinColumn") ?? first("inverseJoinColumns") } : void 0;
  const prefix = str("prefix") ?? bool("prefix");
  return {
    name,
    kind,
    persist: bool("persist") !== false && !(options?.has("formula") ?? false),
    owner: extra.owner,
    primary: extra.primary || bool("primary") === true,
    site,
    ...fieldName !== void 0 ? { fieldName } : {},
    ...extra.target !== void 0 ? { target: extra.target } : {},
    ...str("pivotTable") !== void 0 ? { pivotTable: str("pivotTable") } : {},
    ...pivotColumns ? { pivotColumns: dropUndefined(pivotColumns) } : {},
    ...prefix !== void 0 ? { prefix } : {},
    ...bool("object") !== void 0 ? { object: bool("object") } : {}
  };
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function typeTarget(project, node) {
  const { ts } = project;
  const named = (type) => {
    if (!type || !ts.isTypeReferenceNode(type)) return void 0;
    const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    if (WRAPPERS.has(name)) return named(type.typeArguments?.[0]);
    return name;
  };
  const fromType = named(node.type);
  if (fromType) return fromType;
  const init = node.initializer && project.unwrap(node.initializer);
  if (init && ts.isNewExpression(init)) return named(init.typeArguments?.[0]);
  return void 0;
}
const WRAPPERS = /* @__PURE__ */ new Set(["Collection", "Ref", "Reference", "IdentifiedReference", "Rel", "Loaded", "Opt", "Hidden"]);
const SCHEMA_KINDS = { "m:1": "m:1", "1:1": "1:1", "1:m": "1:m", "m:n": "m:n", embedded: "embedded", scalar: "scalar" };
function schemaEntity(project, file, node, arg) {
  const options = project.objectLiteral(file, arg);
  if (!options) return void 0;
  const name = project.stringValue(options.file, options.get("name")) ?? project.targetName(options.file, options.get("class"));
  if (!name) return void 0;
  const properties = [];
  for (const [prop, entry] of project.objectLiteral(options.file, options.get("properties"))?.entries() ?? []) {
    const def = project.objectLiteral(entry.file, entry.value);
    const kindText = def && (project.stringValue(def.file, def.get("kind")) ?? project.stringValue(def.file, def.get("reference")));
    const kind = SCHEMA_KINDS[kindText ?? "scalar"] ?? "scalar";
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${name}.${prop}` };
    const owner = def ? project.booleanValue(def.get("owner")) ?? (def.has("inversedBy") || !def.has("mappedBy")) : true;
    const target = kind === "scalar" ? void 0 : targetOf(project, def);
    properties.push(propertyInfo(project, prop, kind, def, site, { primary: false, owner, ...target !== void 0 ? { target } : {} }));
  }
  return entityFromOptions(project, name, options, properties, { file: file.path, line: project.line(file, node), name });
}
const BUILDER_KINDS = { manyToOne: "m:1", oneToOne: "1:1", oneToMany: "1:m", manyToMany: "m:n", embedded: "embedded" };
function definedEntity(project, file, call) {
  const { ts } = project;
  const options = project.objectLiteral(file, call.arguments[0]);
  if (!options) return void 0;
  const name = project.stringValue(options.file, options.get("name")) ?? project.targetName(options.file, options.get("class"));
  if (!name) return void 0;
  let propsExpr = options.get("properties");
  if (propsExpr) {
    const fn = project.unwrap(propsExpr);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) propsExpr = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  }
  const properties = [];
  for (const [prop, entry] of project.objectLiteral(options.file, propsExpr)?.entries() ?? []) {
    let value = project.unwrap(entry.value);
    if ((ts.isArrowFunction(value) || ts.isFunctionExpression(value)) && !ts.isBlock(value.body)) value = project.unwrap(value.body);
    const chain = project.callChain(value);
    if (chain.length === 0) continue;
    const root = chain[0];
    const kind = BUILDER_KINDS[root.name] ?? "scalar";
    const arg = (method) => chain.find((c) => c.name === method)?.call.arguments[0];
    const called = (method) => chain.some((c) => c.name === method);
    const flag = (method) => called(method) ? project.booleanValue(arg(method)) ?? true : void 0;
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${name}.${prop}` };
    const named = (method) => project.stringValue(entry.file, arg(method));
    const fieldName = kind === "m:n" ? named("fieldName") : named("fieldName") ?? named("joinColumn");
    const pivotColumns = kind === "m:n" ? dropUndefined({ owner: named("joinColumn"), target: named("inverseJoinColumn") }) : void 0;
    const pivotTable = project.stringValue(entry.file, arg("pivotTable"));
    const prefix = project.stringValue(entry.file, arg("prefix")) ?? flag("prefix");
    const object = flag("object");
    const target = kind === "scalar" ? void 0 : project.targetName(entry.file, root.call.arguments[0]);
    const owner = flag("owner") ?? (called("inversedBy") || !called("mappedBy"));
    properties.push({
      name: prop,
      kind,
      persist: flag("persist") !== false && !called("formula"),
      owner,
      primary: flag("primary") === true,
      site,
      ...fieldName !== void 0 ? { fieldName } : {},
      ...target !== void 0 ? { target } : {},
      ...pivotTable !== void 0 ? { pivotTable } : {},
      ...pivotColumns ? { pivotColumns } : {},
      ...prefix !== void 0 ? { prefix } : {},
      ...object !== void 0 ? { object } : {}
    });
  }
  return entityFromOptions(project, name, options, properties, { file: file.path, line: project.line(file, call), name });
}

async function findPrismaSchemas(files) {
  const prismaFiles = files.paths.filter((f) => f.endsWith(".prisma"));
  if (prismaFiles.length === 0) return [];
  const groups = [];
  const covered = /* @__PURE__ */ new Set();
  for (const location of await configuredLocations(files)) {
    const group = prismaFiles.filter((f) => f === location || f.startsWith(`${location}/`));
    if (group.length === 0) continue;
    groups.push(group);
    for (const f of group) covered.add(f);
  }
  const byRoot = /* @__PURE__ */ new Map();
  for (const file of prismaFiles) {
    if (covered.has(file)) continue;
    const root = conventionalRoot(file);
    byRoot.set(root, [...byRoot.get(root) ?? [], file]);
  }
  return [...groups, ...byRoot.values()];
}
function conventionalRoot(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === "schema" && parts[i - 1] === "prisma") return parts.slice(0, i + 1).join("/");
  }
  return path.posix.dirname(file);
}
async function configuredLocations(files) {
  const locations = [];
  for (const file of files.paths) {
    const dir = path.posix.dirname(file);
    if (file === "package.json" || file.endsWith("/package.json")) {
      const text = await files.read(file);
      try {
        const schema = JSON.parse(text ?? "{}").prisma?.schema;
        if (typeof schema === "string") locations.push(path.posix.normalize(path.posix.join(dir, schema)));
      } catch {
      }
    } else if (/(^|\/)prisma\.config\.[cm]?[jt]s$/.test(file)) {
      const schema = schemaInConfig(await files.read(file) ?? "");
      if (schema) locations.push(path.posix.normalize(path.posix.join(dir, schema)));
    }
  }
  return locations.map((l) => l.replace(/\/$/, ""));
}
function schemaInConfig(text) {
  const literal = /\bschema\s*:\s*(["'`])([^"'`$]+)\1/.exec(text);
  if (literal) return literal[2];
  const joined = /\bschema\s*:\s*(?:path\.)?(?:join|resolve)\(([^)]*)\)/.exec(text);
  if (!joined) return void 0;
  const parts = [...joined[1].matchAll(/(["'`])([^"'`]*)\1/g)].map((m) => m[2]);
  return parts.length > 0 ? parts.join("/") : void 0;
}
function readPrismaSchema(files, builder) {
  const parsed = files.map((f) => ({ path: f.path, blocks: parseBlocks(f.text) }));
  const models = /* @__PURE__ */ new Set();
  for (const { blocks } of parsed) for (const b of blocks) if (b.kind === "model") models.add(b.name);
  for (const { path: file, blocks } of parsed) {
    for (const block of blocks) {
      if (block.kind !== "model") continue;
      const blockAttributes = block.members.filter((m) => m.text.startsWith("@@")).flatMap((m) => attributes(m.text));
      if (blockAttributes.some((a) => a.name === "@@ignore")) continue;
      const mapped = stringArg(blockAttributes.find((a) => a.name === "@@map")?.args);
      const schema = stringArg(blockAttributes.find((a) => a.name === "@@schema")?.args);
      const table = builder.table(qualifiedTable(schema, mapped ?? block.name), { file, line: block.line, name: block.name }, "prisma");
      for (const member of block.members) {
        const field = parseField(member.text);
        if (!field || models.has(field.type)) continue;
        const fieldAttributes = attributes(field.rest);
        if (fieldAttributes.some((a) => a.name === "@ignore")) continue;
        const column = stringArg(fieldAttributes.find((a) => a.name === "@map")?.args) ?? field.name;
        table.column(column, { file, line: member.line, name: `${block.name}.${field.name}` });
      }
    }
  }
}
const BLOCK_START = /^(model|view|enum|type|datasource|generator)\s+([A-Za-z_][\w]*)\s*\{\s*(.*)$/;
function parseBlocks(text) {
  const blocks = [];
  let current;
  for (const logical of logicalLines(text)) {
    const t = logical.text;
    if (!current) {
      const start = BLOCK_START.exec(t);
      if (start) current = { kind: start[1], name: start[2], line: logical.line, members: [] };
      continue;
    }
    if (t === "}") {
      blocks.push(current);
      current = void 0;
    } else if (t.endsWith("}") && !t.includes("{")) {
      current.members.push({ text: t.slice(0, -1).trim(), line: logical.line });
      blocks.push(current);
      current = void 0;
    } else {
      current.members.push(logical);
    }
  }
  return blocks;
}
function logicalLines(text) {
  const result = [];
  let buffer = "";
  let startLine = 1;
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      buffer += ch;
      if (ch === "\\") buffer += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (ch === "\n") {
      line++;
      if (depth > 0) {
        buffer += " ";
        continue;
      }
      if (buffer.trim()) result.push({ text: buffer.trim(), line: startLine });
      buffer = "";
      startLine = line;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (!buffer.trim()) startLine = line;
    buffer += ch;
  }
  if (buffer.trim()) result.push({ text: buffer.trim(), line: startLine });
  return result;
}
function parseField(text) {
  if (text.startsWith("@")) return void 0;
  const match = /^([A-Za-z_]\w*)\s+([A-Za-z_][\w.]*)(\([^)]*\))?(\[\])?(\?)?\s*(.*)$/.exec(text);
  if (!match) return void 0;
  return { name: match[1], type: match[2], rest: match[6] ?? "" };
}
function attributes(text) {
  const result = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i = skipString(text, i);
      continue;
    }
    if (text[i] !== "@") {
      i++;
      continue;
    }
    const name = /^@@?[\w.]+/.exec(text.slice(i))?.[0];
    if (!name) {
      i++;
      continue;
    }
    i += name.length;
    let args = "";
    if (text[i] === "(") {
      const end = closingParen(text, i);
      args = text.slice(i + 1, end);
      i = end + 1;
    }
    result.push({ name, args });
  }
  return result;
}
function skipString(text, start) {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '"') {
      i = skipString(text, i) - 1;
      continue;
    }
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return text.length;
}
function stringArg(args) {
  if (args === void 0) return void 0;
  const match = /"((?:[^"\\]|\\.)*)"/.exec(args);
  return match ? match[1].replace(/\\(.)/g, "$1") : void 0;
}

const MODULES$1 = ["sequelize", "sequelize-typescript", "@sequelize/core"];
const TIMESTAMPS = [
  ["createdAt", "CreatedAt"],
  ["updatedAt", "UpdatedAt"],
  ["deletedAt", "DeletedAt"]
];
function fromSequelize(file, localName) {
  const binding = file.imports.get(localName);
  if (binding) return MODULES$1.includes(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULES$1.includes(b.module));
}
function detectSequelizeSettings(project) {
  const { ts } = project;
  const settings = { define: {} };
  project.forEachNode(
    (node, file) => {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "Sequelize") return;
      for (const arg of node.arguments ?? []) {
        const options = project.objectLiteral(file, arg);
        const define = options && project.objectLiteral(options.file, options.get("define"));
        if (define) settings.define = { ...settings.define, ...nameOptions(project, define) };
      }
    },
    { all: true }
  );
  return settings;
}
function readSequelizeSchema(project, builder, settings) {
  const reader = { project, builder, settings, models: /* @__PURE__ */ new Map() };
  const { ts } = project;
  const associations = [];
  const decorated = [];
  project.forEachNode((node, file) => {
    if (ts.isClassDeclaration(node) && node.name && project.decorators(node).some((d) => d.name === "Table" && fromSequelize(file, "Table"))) {
      decorated.push({ file, node });
      return;
    }
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
    const method = node.expression.name.text;
    if (method === "init") readInit(reader, file, node);
    else if (method === "define") readDefine(reader, file, node);
    else if (method === "belongsTo" || method === "hasMany" || method === "hasOne" || method === "belongsToMany") associations.push({ file, call: node, kind: method });
  });
  for (const d of decorated) readDecoratedModel(reader, d.file, d.node);
  for (const a of associations) readAssociation(reader, a.file, a.call, a.kind);
  for (const d of decorated) readDecoratedAssociations(reader, d.file, d.node);
}
function nameOptions(project, options) {
  if (!options) return {};
  const result = {};
  const file = options.file;
  const str = (key) => project.stringValue(options.entry(key)?.file ?? file, options.get(key));
  const bool = (key) => project.booleanValue(options.get(key));
  const strOrBool = (key) => str(key) ?? bool(key);
  const assign = (key, value) => {
    if (value !== void 0) result[key] = value;
  };
  assign("tableName", str("tableName"));
  assign("modelName", str("modelName"));
  assign("schema", str("schema"));
  assign("freezeTableName", bool("freezeTableName"));
  assign("underscored", bool("underscored"));
  assign("timestamps", bool("timestamps"));
  assign("paranoid", bool("paranoid"));
  assign("createdAt", strOrBool("createdAt"));
  assign("updatedAt", strOrBool("updatedAt"));
  assign("deletedAt", strOrBool("deletedAt"));
  assign("version", strOrBool("version"));
  return result;
}
function tableName(modelName, options) {
  const name = options.tableName ?? (options.freezeTableName ? modelName : options.underscored ? sequelizeUnderscore(pluralize(modelName)) : pluralize(modelName));
  return qualifiedTable(options.schema, name);
}
function fieldName(attribute, underscored) {
  return underscored ? sequelizeUnderscore(attribute) : attribute;
}
function readInit(reader, file, call) {
  const { project } = reader;
  const { ts } = project;
  const callee = call.expression;
  let cls;
  if (callee.expression.kind === ts.SyntaxKind.SuperKeyword || callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    let parent = call.parent;
    while (parent && !ts.isClassDeclaration(parent)) parent = parent.parent;
    cls = parent;
  } else if (ts.isIdentifier(callee.expression)) {
    cls = classInScope(project, call, callee.expression.text) ?? project.classNamed(file, callee.expression.text)?.node;
  }
  if (!cls?.name || !extendsModel(project, cls)) return;
  const options = nameOptions(project, project.objectLiteral(file, call.arguments[1]));
  const attributes = project.objectLiteral(file, call.arguments[0]);
  const className = cls.name.text;
  const site = { file: file.path, line: project.line(file, cls.name), name: className };
  const model = addModel(reader, options.modelName ?? className, options, site, [className]);
  readAttributes(reader, model, attributes, options);
}
function classInScope(project, call, name) {
  const { ts } = project;
  for (let scope = call.parent; scope && !ts.isSourceFile(scope); scope = scope.parent) {
    if (!ts.isBlock(scope)) continue;
    for (const statement of scope.statements) if (ts.isClassDeclaration(statement) && statement.name?.text === name) return statement;
  }
  return void 0;
}
function extendsModel(project, cls) {
  const clause = cls.heritageClauses?.find((h) => h.token === project.ts.SyntaxKind.ExtendsKeyword);
  const expr = clause?.types[0]?.expression;
  return expr !== void 0 && /(^|\.)Model$/.test(expr.getText());
}
function readDefine(reader, file, call) {
  const { project } = reader;
  if (!fileUsesSequelize(file)) return;
  const modelName = project.stringValue(file, call.arguments[0]);
  const attributes = project.objectLiteral(file, call.arguments[1]);
  if (!modelName || !attributes) return;
  const options = nameOptions(project, project.objectLiteral(file, call.arguments[2]));
  const variable = project.ts.isVariableDeclaration(call.parent) && project.ts.isIdentifier(call.parent.name) ? call.parent.name.text : void 0;
  const site = { file: file.path, line: project.line(file, call), name: modelName };
  const model = addModel(reader, modelName, options, site, variable ? [variable] : []);
  readAttributes(reader, model, attributes, options);
}
function fileUsesSequelize(file) {
  return [...file.imports.values()].some((b) => MODULES$1.includes(b.module)) || /\bsequelize\b/i.test(file.source.text);
}
function addModel(reader, modelName, own, site, aliases) {
  const options = { ...reader.settings.define, ...own };
  const table = reader.builder.table(tableName(modelName, options), site, "sequelize");
  const model = { modelName, underscored: options.underscored === true, primaryKey: "id", table, site };
  for (const name of [modelName, ...aliases]) reader.models.set(name, model);
  return model;
}
function readAttributes(reader, model, attributes, own) {
  const { project } = reader;
  const options = { ...reader.settings.define, ...own };
  let hasPrimaryKey = false;
  const declared = /* @__PURE__ */ new Set();
  for (const [attribute, entry] of attributes?.entries() ?? []) {
    const definition = project.objectLiteral(entry.file, entry.value);
    const type = definition ? definition.get("type") : entry.value;
    if (type && isVirtual(project, type)) continue;
    if (definition && project.booleanValue(definition.get("primaryKey"))) {
      hasPrimaryKey = true;
      model.primaryKey = attribute;
    }
    declared.add(attribute);
    const field = definition ? project.stringValue(definition.file, definition.get("field")) : void 0;
    model.table.column(field ?? fieldName(attribute, model.underscored), { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${model.site.name}.${attribute}` });
  }
  addImplicitColumns(model, options, hasPrimaryKey, declared);
}
function addImplicitColumns(model, options, hasPrimaryKey, declared) {
  const site = (attribute) => ({ ...model.site, name: `${model.site.name}.${attribute}` });
  if (!hasPrimaryKey && !declared.has("id")) model.table.column("id", site("id"));
  if (options.timestamps !== false) {
    for (const [key] of TIMESTAMPS) {
      if (key === "deletedAt" && !options.paranoid) continue;
      const setting = options[key];
      if (setting === false) continue;
      const attribute = typeof setting === "string" ? setting : key;
      if (!declared.has(attribute)) model.table.column(fieldName(attribute, model.underscored), site(attribute));
    }
  }
  if (options.version) {
    const attribute = typeof options.version === "string" ? options.version : "version";
    if (!declared.has(attribute)) model.table.column(fieldName(attribute, model.underscored), site(attribute));
  }
}
function isVirtual(project, type) {
  const { ts } = project;
  let expr = project.unwrap(type);
  if (ts.isCallExpression(expr)) expr = expr.expression;
  return ts.isPropertyAccessExpression(expr) && expr.name.text === "VIRTUAL" || ts.isIdentifier(expr) && expr.text === "VIRTUAL";
}
function readDecoratedModel(reader, file, node) {
  const { project } = reader;
  const className = node.name.text;
  const chain = classChain(project, file, node);
  let own = {};
  for (const c of chain) {
    const table = project.decorators(c.node).find((d) => d.name === "Table");
    if (table) own = { ...own, ...nameOptions(project, project.objectLiteral(c.file, table.args[0])) };
  }
  const ownTable = project.decorators(node).find((d) => d.name === "Table");
  const modelName = nameOptions(project, project.objectLiteral(file, ownTable.args[0])).modelName ?? className;
  const members = chain.flatMap(
    (c) => c.node.members.filter((m) => project.ts.isPropertyDeclaration(m)).map((m) => ({ file: c.file, node: m, owner: c.node.name?.text ?? className }))
  );
  for (const member of members) {
    const attribute = project.propertyName(member.node.name, member.file);
    const timestamp = TIMESTAMPS.find(([, decoratorName]) => project.decorators(member.node).some((d) => d.name === decoratorName));
    if (!timestamp || attribute === void 0) continue;
    own = { ...own, [timestamp[0]]: attribute, timestamps: true, ...timestamp[0] === "deletedAt" ? { paranoid: true } : {} };
  }
  const site = { file: file.path, line: project.line(file, node.name), name: className };
  const model = addModel(reader, modelName, own, site, [className]);
  let hasPrimaryKey = false;
  const declared = /* @__PURE__ */ new Set();
  for (const member of members) {
    const attribute = project.propertyName(member.node.name, member.file);
    if (attribute === void 0) continue;
    const decorators = project.decorators(member.node);
    const column = decorators.find((d) => d.name === "Column");
    const timestamp = TIMESTAMPS.some(([, decoratorName]) => decorators.some((d) => d.name === decoratorName));
    if (!column && !timestamp) continue;
    const columnOptions = column ? project.objectLiteral(member.file, column.args[0]) : void 0;
    const type = columnOptions ? columnOptions.get("type") : column?.args[0];
    if (type && isVirtual(project, type)) continue;
    if (decorators.some((d) => d.name === "PrimaryKey") || columnOptions && project.booleanValue(columnOptions.get("primaryKey"))) {
      hasPrimaryKey = true;
      model.primaryKey = attribute;
    }
    declared.add(attribute);
    const field = columnOptions ? project.stringValue(columnOptions.file, columnOptions.get("field")) : void 0;
    model.table.column(field ?? fieldName(attribute, model.underscored), {
      file: member.file.path,
      line: project.line(member.file, member.node.name),
      name: `${member.owner}.${attribute}`
    });
  }
  addImplicitColumns(model, { ...reader.settings.define, ...own }, hasPrimaryKey, declared);
}
function classChain(project, file, node) {
  const chain = [{ file, node }];
  const seen = /* @__PURE__ */ new Set([node]);
  let base = project.baseClass(file, node);
  while (base && !seen.has(base.node)) {
    seen.add(base.node);
    chain.unshift(base);
    base = project.baseClass(base.file, base.node);
  }
  return chain;
}
function modelOf(reader, file, expr) {
  const { project } = reader;
  if (!expr) return void 0;
  if (expr.kind === project.ts.SyntaxKind.ThisKeyword) {
    let cls = expr.parent;
    while (cls && !project.ts.isClassDeclaration(cls)) cls = cls.parent;
    const name2 = cls && project.ts.isClassDeclaration(cls) ? cls.name?.text : void 0;
    return name2 ? reader.models.get(name2) : void 0;
  }
  const name = project.targetName(file, expr);
  return name ? reader.models.get(name) : void 0;
}
function readAssociation(reader, file, call, kind) {
  const source = modelOf(reader, file, call.expression.expression);
  const target = modelOf(reader, file, call.arguments[0]);
  if (!source || !target) return;
  const options = reader.project.objectLiteral(file, call.arguments[1]);
  const site = { file: file.path, line: reader.project.line(file, call), name: `${source.site.name}.${kind}(${target.site.name})` };
  associate(reader, kind, source, target, options, void 0, site);
}
function readDecoratedAssociations(reader, file, node) {
  const { project } = reader;
  const source = reader.models.get(node.name.text);
  if (!source) return;
  for (const member of node.members) {
    if (!project.ts.isPropertyDeclaration(member)) continue;
    for (const decorator of project.decorators(member)) {
      const kind = { BelongsTo: "belongsTo", HasMany: "hasMany", HasOne: "hasOne" }[decorator.name];
      if (!kind) continue;
      const target = modelOf(reader, file, decorator.args[0]);
      if (!target) continue;
      const second = decorator.args[1];
      const foreignKey = project.stringValue(file, second);
      const options = foreignKey === void 0 ? project.objectLiteral(file, second) : void 0;
      if (foreignKey === void 0 && !options?.has("foreignKey")) continue;
      const site = { file: file.path, line: project.line(file, member.name), name: `${source.site.name}.${project.propertyName(member.name, file)}` };
      const as = project.propertyName(member.name, file);
      associate(reader, kind, source, target, options, foreignKey, site, kind === "belongsTo" ? as : void 0);
    }
  }
}
function associate(reader, kind, source, target, options, foreignKeyName, site, defaultAs) {
  const { project } = reader;
  const key = (option) => {
    if (!options) return {};
    const value = options.get(option);
    const name = project.stringValue(options.file, value);
    if (name !== void 0) return { name };
    const object = project.objectLiteral(options.file, value);
    if (!object) return {};
    const given = project.stringValue(object.file, object.get("name"));
    const field = project.stringValue(object.file, object.get("field"));
    return { ...given !== void 0 ? { name: given } : {}, ...field !== void 0 ? { field } : {} };
  };
  const foreignKey = foreignKeyName !== void 0 ? { name: foreignKeyName } : key("foreignKey");
  const as = (options && project.stringValue(options.file, options.get("as"))) ?? defaultAs;
  if (kind === "belongsTo") {
    const name = foreignKey.name ?? sequelizeCamelize(`${as ?? target.modelName}_${target.primaryKey}`);
    source.table.column(foreignKey.field ?? fieldName(name, source.underscored), site);
  } else if (kind === "hasMany" || kind === "hasOne") {
    const name = foreignKey.name ?? sequelizeCamelize(`${source.modelName}_${source.primaryKey}`);
    target.table.column(foreignKey.field ?? fieldName(name, target.underscored), site);
  } else if (kind === "belongsToMany") {
    const through = options?.get("through");
    const throughName = through && project.stringValue(options.file, through);
    if (!throughName) return;
    const junction = reader.builder.table(throughName, site, "sequelize");
    const other = key("otherKey");
    junction.column(foreignKey.field ?? fieldName(foreignKey.name ?? sequelizeCamelize(`${source.modelName}_${source.primaryKey}`), source.underscored), site);
    junction.column(other.field ?? fieldName(other.name ?? sequelizeCamelize(`${target.modelName}_${target.primaryKey}`), source.underscored), site);
  }
}

const SCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
class TsProject {
  /**
   * @param primary the files whose declarations are read (`forEachNode`); the others are there to
   * follow names into. All files when absent.
   */
  constructor(ts, sources, primary) {
    this.ts = ts;
    this.primary = primary;
    this.files = sources.map((s) => this.parse(s.path, s.text));
    for (const f of this.files) this.byPath.set(f.path, f);
  }
  ts;
  primary;
  files;
  byPath = /* @__PURE__ */ new Map();
  line(file, node) {
    return file.source.getLineAndCharacterOfPosition(node.getStart(file.source)).line + 1;
  }
  decorators(node) {
    const { ts } = this;
    if (!ts.canHaveDecorators(node)) return [];
    const result = [];
    for (const decorator of ts.getDecorators(node) ?? []) {
      const expr = decorator.expression;
      const callee = ts.isCallExpression(expr) ? expr.expression : expr;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : void 0;
      if (name) result.push({ name, args: ts.isCallExpression(expr) ? expr.arguments : [], node: decorator });
    }
    return result;
  }
  /** A property's name as written: identifier, string or number literal, or a computed string. */
  propertyName(name, file) {
    const { ts } = this;
    if (!name) return void 0;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isComputedPropertyName(name) && file) return this.stringValue(file, name.expression);
    return void 0;
  }
  /** The value of a string expression: a literal, a template without substitutions, or a constant naming one. */
  stringValue(file, expr, depth = 0) {
    const { ts } = this;
    if (!expr || depth > 8) return void 0;
    expr = this.unwrap(expr);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isIdentifier(expr)) {
      const found = this.constant(file, expr.text);
      return found ? this.stringValue(found.file, found.node, depth + 1) : void 0;
    }
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
      const holder = this.constant(file, expr.expression.text);
      const object = holder && this.objectLiteral(holder.file, holder.node);
      const value = object?.get(expr.name.text);
      return object && value ? this.stringValue(object.file, value, depth + 1) : void 0;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.stringValue(file, expr.left, depth + 1);
      const right = this.stringValue(file, expr.right, depth + 1);
      return left !== void 0 && right !== void 0 ? left + right : void 0;
    }
    return void 0;
  }
  booleanValue(expr) {
    if (!expr) return void 0;
    expr = this.unwrap(expr);
    if (expr.kind === this.ts.SyntaxKind.TrueKeyword) return true;
    if (expr.kind === this.ts.SyntaxKind.FalseKeyword) return false;
    return void 0;
  }
  /**
   * The properties of an object literal (or of the constant an identifier names), spreads of other
   * known objects included. Later properties win, as at run time.
   */
  objectLiteral(file, expr, depth = 0) {
    const { ts } = this;
    if (!expr || depth > 8) return void 0;
    expr = this.unwrap(expr);
    if (ts.isIdentifier(expr)) {
      const found = this.constant(file, expr.text);
      return found ? this.objectLiteral(found.file, found.node, depth + 1) : void 0;
    }
    if (!ts.isObjectLiteralExpression(expr)) return void 0;
    const props = new ObjectProperties(file);
    for (const p of expr.properties) {
      if (ts.isPropertyAssignment(p)) {
        const name = this.propertyName(p.name, file);
        if (name !== void 0) props.set(name, p.initializer, p, file);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        props.set(p.name.text, p.name, p, file);
      } else if (ts.isMethodDeclaration(p)) {
        const name = this.propertyName(p.name, file);
        if (name !== void 0) props.setMethod(name, p, file);
      } else if (ts.isSpreadAssignment(p)) {
        const spread = this.objectLiteral(file, p.expression, depth + 1);
        if (spread) props.merge(spread);
      }
    }
    return props;
  }
  /** A top-level constant visible in `file` under `name`: declared there or imported. */
  constant(file, name) {
    const local = file.consts.get(name);
    if (local) return { file, node: local };
    const target = this.importedFile(file, name);
    if (target) {
      const found = target.file.consts.get(target.name);
      if (found) return { file: target.file, node: found };
    }
    return this.unique((f) => f.consts.get(name));
  }
  /** A class visible in `file` under `name`: declared there or imported. */
  classNamed(file, name) {
    const local = file.classes.get(name);
    if (local) return { file, node: local };
    const target = this.importedFile(file, name);
    if (target) {
      const found = target.file.classes.get(target.name);
      if (found) return { file: target.file, node: found };
    }
    return this.unique((f) => f.classes.get(name));
  }
  /** The name of the class a class extends, when it is a plain identifier (`extends Base`, `extends Base<T>`). */
  baseClass(file, node) {
    const { ts } = this;
    const clause = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const expr = clause?.types[0]?.expression;
    if (!expr || !ts.isIdentifier(expr)) return void 0;
    return this.classNamed(file, expr.text);
  }
  /** `() => User`, `(type) => User`, `User`, `"User"`: the class or entity name a relation points at. */
  targetName(file, expr) {
    const { ts } = this;
    if (!expr) return void 0;
    expr = this.unwrap(expr);
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
      const body = ts.isArrowFunction(expr) && !ts.isBlock(expr.body) ? expr.body : returnedExpression(ts, expr.body);
      return body ? this.targetName(file, body) : void 0;
    }
    if (ts.isIdentifier(expr)) return expr.text;
    if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
    return this.stringValue(file, expr);
  }
  /** The innermost call of a chain: `serial("id").primaryKey().notNull()` → `serial("id")`. */
  rootCall(expr) {
    const { ts } = this;
    let node = this.unwrap(expr);
    let root;
    while (ts.isCallExpression(node)) {
      root = node;
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isCallExpression(this.unwrap(callee.expression))) node = this.unwrap(callee.expression);
      else break;
    }
    return root;
  }
  /** Every call in a chain, outermost last: `p.string().fieldName("x")` → [`p.string()`, `.fieldName("x")`]. */
  callChain(expr) {
    const { ts } = this;
    const chain = [];
    let node = this.unwrap(expr);
    while (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      chain.unshift({ name, call: node });
      if (!ts.isPropertyAccessExpression(callee)) break;
      node = this.unwrap(callee.expression);
    }
    return chain;
  }
  /** The name a call's callee ends in: `pgTable(...)` → `pgTable`, `t.integer()` → `integer`. */
  calleeName(call) {
    const { ts } = this;
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    return void 0;
  }
  /** Drops parentheses, `as`, `satisfies` and `!`, which change nothing at run time. */
  unwrap(expr) {
    return skipOuter(this.ts, expr);
  }
  /** Visits every node of the primary files (of all files with `all`). */
  forEachNode(visit, options = {}) {
    for (const file of this.files) {
      if (!options.all && this.primary && !this.primary.has(file.path)) continue;
      const walk = (node) => {
        visit(node, file);
        node.forEachChild(walk);
      };
      walk(file.source);
    }
  }
  importedFile(file, name) {
    const binding = file.imports.get(name);
    if (!binding || !binding.module.startsWith(".")) return void 0;
    const target = this.resolve(file.path, binding.module);
    return target ? { file: target, name: binding.imported } : void 0;
  }
  resolve(from, specifier) {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const stem = base.replace(/\.[cm]?js$/, "");
    const candidates = [base, ...SCRIPT_EXTENSIONS.map((e) => stem + e), ...SCRIPT_EXTENSIONS.map((e) => `${base}/index${e}`)];
    for (const c of candidates) {
      const found = this.byPath.get(c);
      if (found) return found;
    }
    return void 0;
  }
  unique(pick) {
    let found;
    for (const file of this.files) {
      const node = pick(file);
      if (node === void 0) continue;
      if (found) return void 0;
      found = { file, node };
    }
    return found;
  }
  parse(filePath, text) {
    const { ts } = this;
    const kind = /\.[cm]?tsx$|\.jsx$/.test(filePath) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(filePath) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
    const source = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true, kind);
    const imports = /* @__PURE__ */ new Map();
    const consts = /* @__PURE__ */ new Map();
    const classes = /* @__PURE__ */ new Map();
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (clause?.name) imports.set(clause.name.text, { module, imported: "default" });
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, imported: "*" });
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) imports.set(el.name.text, { module, imported: (el.propertyName ?? el.name).text });
        }
      } else if (ts.isVariableStatement(statement)) {
        for (const decl of statement.declarationList.declarations) {
          if (!decl.initializer) continue;
          if (ts.isIdentifier(decl.name)) {
            consts.set(decl.name.text, decl.initializer);
            const required = requiredModule(ts, decl.initializer);
            if (required) imports.set(decl.name.text, { module: required, imported: "*" });
          } else if (ts.isObjectBindingPattern(decl.name)) {
            const required = requiredModule(ts, decl.initializer);
            if (!required) continue;
            for (const el of decl.name.elements) {
              if (ts.isIdentifier(el.name)) {
                const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
                imports.set(el.name.text, { module: required, imported });
              }
            }
          }
        }
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        classes.set(statement.name.text, statement);
      }
    }
    return { path: filePath, source, imports, consts, classes };
  }
}
class ObjectProperties {
  constructor(file) {
    this.file = file;
  }
  file;
  values = /* @__PURE__ */ new Map();
  set(name, value, node, file) {
    this.values.set(name, { value, node, file });
  }
  setMethod(name, method, file) {
    this.values.set(name, { value: method.name, node: method, file, method });
  }
  merge(other) {
    for (const [k, v] of other.values) this.values.set(k, v);
  }
  get(name) {
    return this.values.get(name)?.value;
  }
  /** The property with where it was written (a spread brings properties from other files). */
  entry(name) {
    return this.values.get(name);
  }
  entries() {
    return [...this.values];
  }
  has(name) {
    return this.values.has(name);
  }
}
function requiredModule(ts, expr) {
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "require") {
    const arg = expr.arguments[0];
    if (arg && ts.isStringLiteral(arg)) return arg.text;
  }
  return void 0;
}
function returnedExpression(ts, body) {
  if (!ts.isBlock(body)) return body;
  for (const statement of body.statements) if (ts.isReturnStatement(statement)) return statement.expression;
  return void 0;
}

const MODULES = ["typeorm"];
const COLUMN_DECORATORS = /* @__PURE__ */ new Set([
  "Column",
  "PrimaryColumn",
  "PrimaryGeneratedColumn",
  "CreateDateColumn",
  "UpdateDateColumn",
  "DeleteDateColumn",
  "VersionColumn",
  "ObjectIdColumn",
  "TreeLevelColumn"
]);
const PRIMARY_DECORATORS = /* @__PURE__ */ new Set(["PrimaryColumn", "PrimaryGeneratedColumn", "ObjectIdColumn"]);
function detectTypeormSettings(project) {
  const { ts } = project;
  const settings = { naming: "default", tablePrefix: "" };
  project.forEachNode((node, file) => {
    if (!ts.isPropertyAssignment(node)) return;
    const key = project.propertyName(node.name, file);
    if (key === "entityPrefix") settings.tablePrefix = project.stringValue(file, node.initializer) ?? settings.tablePrefix;
    if (key !== "namingStrategy") return;
    const value = project.unwrap(node.initializer);
    if (!ts.isNewExpression(value) || !ts.isIdentifier(value.expression)) return;
    const name = value.expression.text;
    const declared = project.classNamed(file, name);
    const text = declared ? declared.node.getText(declared.file.source) : "";
    if (/snake/i.test(name) || /snakeCase|snake_case/.test(text)) settings.naming = "snake_case";
  }, { all: true });
  return settings;
}
function readTypeormSchema(project, builder, settings) {
  const reader = { project, builder, naming: settings.naming, prefix: settings.tablePrefix, entities: /* @__PURE__ */ new Map() };
  const classes = [];
  const schemas = [];
  project.forEachNode((node, file) => {
    const { ts } = project;
    if (ts.isClassDeclaration(node) && node.name && entityDecorator(reader, file, node)) classes.push({ file, node });
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "EntitySchema" && fromTypeorm(file, "EntitySchema")) {
      const arg = node.arguments?.[0];
      if (arg) schemas.push({ file, options: arg, node });
    }
  });
  for (const c of classes) indexClassEntity(reader, c);
  for (const s of schemas) indexSchemaEntity(reader, s.file, s.options);
  for (const c of classes) readClassEntity(reader, c);
  for (const s of schemas) readSchemaEntity(reader, s.file, s.options, s.node);
}
function entityDecorator(reader, file, node) {
  return reader.project.decorators(node).find((d) => (d.name === "Entity" || d.name === "ChildEntity") && fromTypeorm(file, d.name));
}
function fromTypeorm(file, localName) {
  const binding = file.imports.get(localName);
  if (binding) return MODULES.includes(binding.module) || binding.module.startsWith(".");
  return [...file.imports.values()].some((b) => MODULES.includes(b.module));
}
function indexClassEntity(reader, { file, node }) {
  const decorator = entityDecorator(reader, file, node);
  const name = node.name.text;
  const { table, bare } = decorator.name === "ChildEntity" ? parentTable(reader, file, node) ?? tableOf(reader, file, name, []) : tableOf(reader, file, name, decorator.args);
  const primary = primaryOf(reader, file, node);
  reader.entities.set(name, { name, table, bareTable: bare, primaryProperty: primary?.property ?? "id", primaryColumn: primary?.column ?? "id" });
}
function tableOf(reader, file, className, args) {
  const { project } = reader;
  let given = project.stringValue(file, args[0]);
  const options = project.objectLiteral(file, args[given !== void 0 ? 1 : 0]);
  given ??= options ? project.stringValue(options.file, options.get("name")) : void 0;
  const schema = options ? project.stringValue(options.file, options.get("schema")) : void 0;
  const bare = given ?? typeormSnakeCase(className);
  return { table: qualifiedTable(schema, reader.prefix + bare), bare };
}
function parentTable(reader, file, node) {
  const seen = /* @__PURE__ */ new Set();
  let current = reader.project.baseClass(file, node);
  while (current && !seen.has(current.node)) {
    seen.add(current.node);
    const decorator = reader.project.decorators(current.node).find((d) => d.name === "Entity");
    if (decorator) return tableOf(reader, current.file, current.node.name.text, decorator.args);
    current = reader.project.baseClass(current.file, current.node);
  }
  return void 0;
}
function primaryOf(reader, file, node) {
  for (const member of membersOf(reader, file, node)) {
    const decorator = reader.project.decorators(member.node).find((d) => PRIMARY_DECORATORS.has(d.name));
    if (!decorator) continue;
    const property = reader.project.propertyName(member.node.name, member.file);
    return { property, column: columnName(reader, property, givenName(reader, member.file, decorator.args), []) };
  }
  return void 0;
}
function membersOf(reader, file, node, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(node)) return [];
  seen.add(node);
  const base = reader.project.baseClass(file, node);
  const inherited = base ? membersOf(reader, base.file, base.node, seen) : [];
  const own = node.members.filter((m) => reader.project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m }));
  return [...inherited, ...own];
}
function readClassEntity(reader, { file, node }) {
  const { project } = reader;
  const name = node.name.text;
  const entity = reader.entities.get(name);
  const table = reader.builder.table(entity.table, { file: file.path, line: project.line(file, node.name), name }, "typeorm");
  const decorators = project.decorators(node);
  const isChild = decorators.some((d) => d.name === "ChildEntity");
  const members = isChild ? node.members.filter((m) => project.ts.isPropertyDeclaration(m)).map((m) => ({ file, node: m })) : membersOf(reader, file, node);
  for (const member of members) readProperty(reader, entity, table, member, []);
  readInheritanceColumns(reader, file, node, table);
}
function readInheritanceColumns(reader, file, node, table) {
  const { project } = reader;
  const site = (name) => ({ file: file.path, line: project.line(file, node.name), name: `${node.name.text}.${name}` });
  for (const decorator of project.decorators(node)) {
    if (decorator.name === "TableInheritance") {
      const options = project.objectLiteral(file, decorator.args[0]);
      const column = options ? project.objectLiteral(options.file, options.get("column")) : void 0;
      const name = (column && project.stringValue(column.file, column.get("name"))) ?? "type";
      table.column(name, site(name));
    } else if (decorator.name === "Tree") {
      const kind = project.stringValue(file, decorator.args[0]);
      if (kind === "materialized-path") table.column("mpath", site("mpath"));
      if (kind === "nested-set") {
        table.column("nsleft", site("nsleft"));
        table.column("nsright", site("nsright"));
      }
    }
  }
}
function readProperty(reader, entity, table, member, prefixes, path) {
  const { project } = reader;
  const { file, node } = member;
  const property = project.propertyName(node.name, file);
  if (property === void 0) return;
  const siteName = `${path ?? ownerName(project, node)}.${property}`;
  const site = { file: file.path, line: project.line(file, node.name), name: siteName };
  const decorators = project.decorators(node);
  for (const decorator of decorators) {
    if (!COLUMN_DECORATORS.has(decorator.name)) continue;
    const embedded = decorator.name === "Column" ? embeddedClass(reader, file, decorator.args[0]) : void 0;
    if (embedded) {
      const options = project.objectLiteral(file, decorator.args[1]);
      const prefix = options?.get("prefix");
      const custom = prefix ? project.stringValue(options.file, prefix) ?? project.booleanValue(prefix) : void 0;
      const partial = custom === void 0 || custom === true ? [property] : custom === false || custom === "" ? [] : [custom];
      for (const inner of membersOf(reader, embedded.file, embedded.node)) readProperty(reader, entity, table, inner, [...prefixes, ...partial], siteName);
      return;
    }
    table.column(columnName(reader, property, givenName(reader, file, decorator.args), prefixes), site);
    return;
  }
  const relation = decorators.find((d) => d.name === "ManyToOne" || d.name === "OneToOne" || d.name === "TreeParent");
  const joinColumn = decorators.find((d) => d.name === "JoinColumn");
  if (relation && (relation.name !== "OneToOne" || joinColumn)) {
    const target = relation.name === "TreeParent" ? entity : reader.entities.get(project.targetName(file, relation.args[0]) ?? "");
    for (const name of joinColumnNames(reader, file, property, joinColumn?.args[0], target, prefixes)) table.column(name, site);
    return;
  }
  const manyToMany = decorators.find((d) => d.name === "ManyToMany");
  const joinTable = decorators.find((d) => d.name === "JoinTable");
  if (manyToMany && joinTable) readJoinTable(reader, entity, member, property, project.targetName(file, manyToMany.args[0]), joinTable.args[0]);
}
function ownerName(project, node) {
  let parent = node.parent;
  while (parent && !project.ts.isClassDeclaration(parent)) parent = parent.parent;
  return parent && project.ts.isClassDeclaration(parent) && parent.name ? parent.name.text : "?";
}
function embeddedClass(reader, file, arg) {
  const { ts } = reader.project;
  if (!arg || !(ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))) return void 0;
  const name = reader.project.targetName(file, arg);
  return name ? reader.project.classNamed(file, name) : void 0;
}
function givenName(reader, file, args) {
  for (const arg of args) {
    const options = reader.project.objectLiteral(file, arg);
    const name = options && reader.project.stringValue(options.file, options.get("name"));
    if (name) return name;
  }
  return void 0;
}
function columnName(reader, property, given, prefixes) {
  if (reader.naming === "snake_case") return typeormSnakeCase([...prefixes, ""].join("_")) + (given ?? typeormSnakeCase(property));
  const name = given ?? property;
  return prefixes.length > 0 ? typeormCamelCase(prefixes.join("_")) + typeormTitleCase(name) : name;
}
function joinColumnName(reader, relation, referenced) {
  return reader.naming === "snake_case" ? typeormSnakeCase(`${relation}_${referenced}`) : typeormCamelCase(`${relation}_${referenced}`);
}
function joinColumnNames(reader, file, property, arg, target, prefixes) {
  const { project } = reader;
  const relationPath = [...prefixes, property].join("_");
  const options = arg && project.ts.isArrayLiteralExpression(project.unwrap(arg)) ? project.unwrap(arg).elements : arg ? [arg] : [void 0];
  return options.map((option) => {
    const props = project.objectLiteral(file, option);
    const name = props && project.stringValue(props.file, props.get("name"));
    if (name) return name;
    const referenced = (props && project.stringValue(props.file, props.get("referencedColumnName"))) ?? target?.primaryProperty ?? "id";
    return joinColumnName(reader, relationPath, referenced);
  });
}
function readJoinTable(reader, entity, member, property, targetName, arg) {
  const { project } = reader;
  const { file, node } = member;
  const target = reader.entities.get(targetName ?? "");
  const options = project.objectLiteral(file, arg);
  const given = options && project.stringValue(options.file, options.get("name"));
  const schema = options && project.stringValue(options.file, options.get("schema"));
  if (!given && !target) return;
  const bare = given ?? typeormSnakeCase(`${entity.bareTable}_${property.replace(/\./g, "_")}_${target.bareTable}`);
  const site = { file: file.path, line: project.line(file, node.name), name: `${ownerName(project, node)}.${property}` };
  const table = reader.builder.table(qualifiedTable(schema, reader.prefix + bare), site, "typeorm");
  const side = (key, owner) => {
    const column = options ? project.objectLiteral(options.file, options.get(key)) : void 0;
    const name = column && project.stringValue(column.file, column.get("name"));
    if (name) return name;
    if (!owner) return void 0;
    const joined = `${owner.bareTable}_${owner.primaryColumn}`;
    return reader.naming === "snake_case" ? typeormSnakeCase(joined) : typeormCamelCase(joined);
  };
  for (const column of [side("joinColumn", entity), side("inverseJoinColumn", target)]) if (column) table.column(column, site);
}
function schemaEntityOptions(reader, file, arg) {
  const { project } = reader;
  const props = project.objectLiteral(file, arg);
  if (!props) return void 0;
  const name = project.stringValue(props.file, props.get("name")) ?? project.targetName(props.file, props.get("target"));
  if (!name) return void 0;
  const given = project.stringValue(props.file, props.get("tableName"));
  const schema = project.stringValue(props.file, props.get("schema"));
  const bare = given ?? typeormSnakeCase(name);
  return { name, table: qualifiedTable(schema, reader.prefix + bare), bare, props };
}
function indexSchemaEntity(reader, file, arg) {
  const options = schemaEntityOptions(reader, file, arg);
  if (!options) return;
  const { project } = reader;
  const columns = project.objectLiteral(options.props.file, options.props.get("columns"));
  let primary;
  for (const [property, entry] of columns?.entries() ?? []) {
    const column = project.objectLiteral(entry.file, entry.value);
    if (column && (project.booleanValue(column.get("primary")) || project.booleanValue(column.get("objectId")))) {
      primary = { property, column: project.stringValue(column.file, column.get("name")) ?? columnName(reader, property, void 0, []) };
      break;
    }
  }
  const entity = { name: options.name, table: options.table, bareTable: options.bare, primaryProperty: primary?.property ?? "id", primaryColumn: primary?.column ?? "id" };
  reader.entities.set(options.name, entity);
}
function readSchemaEntity(reader, file, arg, node) {
  const options = schemaEntityOptions(reader, file, arg);
  if (!options) return;
  const { project } = reader;
  reader.entities.get(options.name);
  const table = reader.builder.table(options.table, { file: file.path, line: project.line(file, node), name: options.name }, "typeorm");
  const props = options.props;
  const columns = project.objectLiteral(props.file, props.get("columns"));
  for (const [property, entry] of columns?.entries() ?? []) {
    const column = project.objectLiteral(entry.file, entry.value);
    const given = column && project.stringValue(column.file, column.get("name"));
    table.column(columnName(reader, property, given, []), { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${options.name}.${property}` });
  }
  const relations = project.objectLiteral(props.file, props.get("relations"));
  for (const [property, entry] of relations?.entries() ?? []) {
    const relation = project.objectLiteral(entry.file, entry.value);
    if (!relation) continue;
    const type = project.stringValue(relation.file, relation.get("type"));
    const joinColumn = relation.get("joinColumn");
    const owning = type === "many-to-one" || type === "one-to-one" && joinColumn !== void 0 && project.booleanValue(joinColumn) !== false;
    if (!owning) continue;
    const target = reader.entities.get(project.targetName(relation.file, relation.get("target")) ?? "");
    const joinOptions = joinColumn && project.booleanValue(joinColumn) === void 0 ? joinColumn : void 0;
    const site = { file: entry.file.path, line: project.line(entry.file, entry.node), name: `${options.name}.${property}` };
    for (const name of joinColumnNames(reader, relation.file, property, joinOptions, target, [])) table.column(name, site);
  }
}

const ORM_MODULES = {
  typeorm: /^(typeorm|typeorm-naming-strategies|@nestjs\/typeorm)$/,
  drizzle: /^(drizzle-orm|drizzle-kit)(\/|$)/,
  sequelize: /^(sequelize|sequelize-typescript|@sequelize\/core)$/,
  "mikro-orm": /^@mikro-orm\//
};
const NOT_APP_CODE = /(^|\/)(__tests__|__mocks__|test|tests|e2e|fixtures|examples?)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
const SEQUELIZE_FACTORY = /\(\s*sequelize\s*,\s*DataTypes\s*\)|\bsequelize\.define\s*\(/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
async function loadAppSchema(files, config) {
  const builder = new SchemaBuilder();
  const configured = config.sources.length > 0;
  const prismaGroups = configured ? configuredGroups(files, config.sources, "prisma") : await findPrismaSchemas(files);
  for (const group of prismaGroups) {
    const texts = await Promise.all(group.map(async (p) => ({ path: p, text: await files.read(p) ?? "" })));
    readPrismaSchema(texts, builder);
  }
  let found = prismaGroups.length > 0;
  if (configured && config.sources.every((s) => s.orm === "prisma")) return found ? builder.build() : void 0;
  const code = await codeFiles(files);
  for (const orm of Object.keys(ORM_MODULES)) {
    const ormFiles = code.byOrm.get(orm) ?? [];
    const sources = config.sources.filter((s) => s.orm === orm);
    const models = configured ? configuredGroups(files, sources, orm).flat() : ormFiles.filter((f) => !NOT_APP_CODE.test(f));
    if (models.length === 0) continue;
    found = true;
    const project = new TsProject(await loadTypeScript(), await withImports(code, [.../* @__PURE__ */ new Set([...models, ...ormFiles])]), new Set(models));
    readOrm(orm, project, builder, sources.find((s) => s.naming)?.naming);
  }
  return found ? builder.build() : void 0;
}
function readOrm(orm, project, builder, naming) {
  switch (orm) {
    case "typeorm": {
      const settings = detectTypeormSettings(project);
      return readTypeormSchema(project, builder, naming ? { ...settings, naming } : settings);
    }
    case "drizzle": {
      const settings = detectDrizzleSettings(project);
      if (naming === "snake_case") settings.casing = "snake_case";
      if (naming === "default") delete settings.casing;
      return readDrizzleSchema(project, builder, settings);
    }
    case "sequelize": {
      const settings = detectSequelizeSettings(project);
      if (naming) settings.define = { ...settings.define, underscored: naming === "snake_case" };
      return readSequelizeSchema(project, builder, settings);
    }
    case "mikro-orm": {
      const settings = detectMikroOrmSettings(project);
      return readMikroOrmSchema(project, builder, naming ? { naming: "underscore" } : settings);
    }
  }
}
function configuredGroups(files, sources, orm) {
  return sources.filter((s) => s.orm === orm).map((s) => {
    const include = picomatch(s.include, { dot: true });
    const exclude = s.exclude?.length ? picomatch(s.exclude, { dot: true }) : () => false;
    return files.paths.filter((f) => include(f) && !exclude(f));
  }).filter((g) => g.length > 0);
}
async function codeFiles(files) {
  const texts = /* @__PURE__ */ new Map();
  const byOrm = /* @__PURE__ */ new Map();
  const imports = /* @__PURE__ */ new Map();
  const known = new Set(files.paths);
  const code = files.paths.filter((f) => /\.[cm]?[jt]sx?$/.test(f) && !isConventionalCodeMigration(f));
  const contents = await Promise.all(code.map((f) => files.read(f)));
  code.forEach((file, i) => {
    const text = contents[i];
    if (text === void 0) return;
    texts.set(file, text);
    const modules = [...text.matchAll(IMPORT)].map((m) => m[1]);
    for (const orm of Object.keys(ORM_MODULES)) {
      const uses = modules.some((m) => ORM_MODULES[orm].test(m)) || orm === "sequelize" && SEQUELIZE_FACTORY.test(text);
      if (uses) byOrm.set(orm, [...byOrm.get(orm) ?? [], file]);
    }
    imports.set(file, modules.filter((m) => m.startsWith(".")).flatMap((m) => resolveRelative(file, m, known)));
  });
  return { texts, byOrm, imports };
}
function resolveRelative(from, specifier, known) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, "");
  for (const ext of ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.js"]) {
    const candidate = (ext && !ext.startsWith("/") ? stem : base) + ext;
    if (known.has(candidate)) return [candidate];
  }
  return [];
}
async function withImports(code, files) {
  const included = new Set(files);
  let frontier = files;
  for (let depth = 0; depth < 2; depth++) {
    const next = [];
    for (const file of frontier) {
      for (const imported of code.imports.get(file) ?? []) {
        if (!included.has(imported)) {
          included.add(imported);
          next.push(imported);
        }
      }
    }
    frontier = next;
  }
  return [...included].filter((f) => code.texts.has(f)).map((f) => ({ path: f, text: code.texts.get(f) }));
}

const REPOSITORY_URL = "https://github.com/migration-guard/migration-guard";
function ruleDocsUrl(ruleId, repositoryUrl = REPOSITORY_URL, ref = "main") {
  return `${repositoryUrl}/blob/${ref}/docs/rules/${ruleId}.md`;
}

const NAMES = { mysql: "MySQL", sqlite: "SQLite", sqlserver: "SQL Server" };
const MARKS = [
  { pattern: /`[^`\n]*`/, mark: "backtick-quoted names", dialect: "mysql-or-sqlite" },
  { pattern: /\bAUTO_INCREMENT\b/i, mark: "AUTO_INCREMENT", dialect: "mysql" },
  { pattern: /\bENGINE\s*=/i, mark: "ENGINE=", dialect: "mysql" },
  { pattern: /\b(?:DEFAULT\s+)?(?:CHARSET|CHARACTER\s+SET)\s*=?\s*utf8/i, mark: "CHARSET", dialect: "mysql" },
  { pattern: /\bUNSIGNED\b/i, mark: "UNSIGNED", dialect: "mysql" },
  { pattern: /\bON\s+UPDATE\s+CURRENT_TIMESTAMP\b/i, mark: "ON UPDATE CURRENT_TIMESTAMP", dialect: "mysql" },
  { pattern: /\bMODIFY\s+(?:COLUMN\s+)?[`"\w]/i, mark: "MODIFY COLUMN", dialect: "mysql" },
  { pattern: /\bALTER\s+TABLE\b[\s\S]*\b(?:ADD|DROP)\s+(?:UNIQUE\s+)?(?:KEY|INDEX)\b/i, mark: "ADD/DROP INDEX inside ALTER TABLE", dialect: "mysql" },
  { pattern: /\bAUTOINCREMENT\b/i, mark: "AUTOINCREMENT", dialect: "sqlite" },
  { pattern: /^\s*PRAGMA\b/i, mark: "PRAGMA", dialect: "sqlite" },
  { pattern: /\bWITHOUT\s+ROWID\b/i, mark: "WITHOUT ROWID", dialect: "sqlite" },
  { pattern: /\bINSERT\s+OR\s+(?:REPLACE|IGNORE)\b/i, mark: "INSERT OR REPLACE", dialect: "sqlite" },
  { pattern: /\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)/i, mark: "IDENTITY(1,1)", dialect: "sqlserver" },
  { pattern: /\[\w+\]\s*\.\s*\[\w+\]|\[dbo\]/i, mark: "[bracketed] names", dialect: "sqlserver" },
  { pattern: /\bN?VARCHAR\s*\(\s*MAX\s*\)/i, mark: "NVARCHAR(MAX)", dialect: "sqlserver" }
];
function foreignMarks(statement) {
  return MARKS.filter((m) => m.pattern.test(statement));
}
class ForeignSyntax {
  marksAt = /* @__PURE__ */ new Map();
  record(migration) {
    for (const statement of migration.statements) {
      if (!statement.error) continue;
      const marks = foreignMarks(statement.sql);
      if (marks.length > 0) this.marksAt.set(positionKey(migration.path, statement.error.span), marks);
    }
  }
  collapse(findings, plan) {
    if (this.marksAt.size === 0) return findings;
    const setOf = /* @__PURE__ */ new Map();
    for (const set of plan.sets) for (const file of set.files) setOf.set(file.path, set.dir);
    const bySet = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      if (finding.ruleId !== "parse-error") continue;
      const marks = this.marksAt.get(positionKey(finding.file, finding));
      const set = setOf.get(finding.file);
      if (!marks || set === void 0) continue;
      const list = bySet.get(set) ?? [];
      list.push({ finding, marks });
      bySet.set(set, list);
    }
    if (bySet.size === 0) return findings;
    const replaced = /* @__PURE__ */ new Map();
    for (const [set, list] of bySet) {
      replaced.set(list[0].finding, summaryFinding(set, list));
      for (const { finding } of list.slice(1)) replaced.set(finding, void 0);
    }
    return findings.flatMap((f) => {
      if (!replaced.has(f)) return [f];
      const summary = replaced.get(f);
      return summary ? [summary] : [];
    });
  }
}
function positionKey(file, at) {
  return `${file}\0${at.line}:${at.column}:${at.endLine}:${at.endColumn}`;
}
function summaryFinding(set, list) {
  const first = list[0].finding;
  const counts = /* @__PURE__ */ new Map();
  const votes = { mysql: 0, sqlite: 0, sqlserver: 0 };
  for (const { marks: marks2 } of list) {
    for (const m of marks2) {
      counts.set(m.mark, (counts.get(m.mark) ?? 0) + 1);
      if (m.dialect !== "mysql-or-sqlite") votes[m.dialect]++;
    }
  }
  const ranked = Object.keys(votes).filter((d) => votes[d] > 0).sort((a, b) => votes[b] - votes[a]);
  const dialects = ranked.length > 0 ? [ranked[0]] : ["mysql", "sqlite"];
  const name = dialects.map((d) => NAMES[d]).join(" or ");
  const marks = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([mark]) => mark);
  const files = new Set(list.map((l) => l.finding.file)).size;
  const n = list.length;
  const statements = n === 1 ? "1 statement" : `${n} statements`;
  const inFiles = files === 1 ? "" : ` in ${files} files`;
  const where = set === "." ? "this folder" : set;
  const config = dialects.map((d) => `\`dialect: "${d}"\``).join(" or ");
  const others = n === 1 ? "" : "; this is the first, the others are not listed one by one";
  return {
    ...first,
    message: `These migrations look written for ${name}, not PostgreSQL: ${statements}${inFiles} of ${where} ${n === 1 ? "fails" : "fail"} to parse as PostgreSQL, in ${name} syntax (${marks.join(", ")})${others}. migration-guard checks PostgreSQL migrations. If the migrations of ${where} run on ${name}, set ${config} for that set in the config and it is skipped; if they run on PostgreSQL, ${n === 1 ? "this statement fails" : "each of these statements fails"} when its migration runs.`,
    fingerprint: `foreign-syntax:${set}`
  };
}

async function skipOtherDatabases(cwd, plan, configDialect) {
  if (plan.sets.length === 0) return { plan, notices: [] };
  const detector = new DialectDetector(cwd, configDialect);
  const kept = [];
  const notices = [];
  for (const set of plan.sets) {
    const verdict = await detector.detect(set);
    if (verdict.database !== "postgresql") {
      notices.push(skippedNotice(set, verdict));
      continue;
    }
    const { postgres, notice } = withoutOtherDatabasesFiles(set);
    if (notice) notices.push(notice);
    if (postgres.files.length > 0) kept.push(postgres);
  }
  return { plan: { ...plan, sets: kept }, notices };
}
function fileDatabase(file) {
  const parts = path.posix.basename(file).split(".").slice(1, -1);
  for (const part of parts) {
    const database = folderDatabase(part);
    if (database) return database;
  }
  return void 0;
}
function withoutOtherDatabasesFiles(set) {
  const other = set.files.filter((f) => {
    const database = fileDatabase(f.path);
    return database !== void 0 && database !== "postgresql";
  });
  if (other.length === 0) return { postgres: set };
  const otherPaths = new Set(other.map((f) => f.path));
  const databases = [...new Set(other.map((f) => fileDatabase(f.path)))].map((d) => DATABASE_NAMES[d]).sort();
  const checked = other.filter((f) => f.checked).length;
  const where = set.dir === "." ? "this folder" : set.dir;
  const example = path.posix.basename(other[0].path);
  const names = databases.length === 1 ? databases[0] : `${databases.slice(0, -1).join(", ")} and ${databases[databases.length - 1]}`;
  const notice = {
    kind: "skipped-files",
    message: `${checked === 1 ? "1 migration" : `${checked} migrations`} of ${where} ${checked === 1 ? "is" : "are"} for ${names}, by ${checked === 1 ? "its file name" : "their file names"} (such as ${example}): migration-guard checks PostgreSQL migrations; skipped. The set's PostgreSQL and untagged migrations are checked.`,
    set: set.dir,
    database: names,
    migrations: checked
  };
  return { postgres: { ...set, files: set.files.filter((f) => !otherPaths.has(f.path)) }, ...checked > 0 ? { notice } : {} };
}
function skippedNotice(set, verdict) {
  const name = verdict.databases.map((d) => DATABASE_NAMES[d]).join(" or ");
  const migrations = set.files.filter((f) => f.checked).length;
  const where = set.dir === "." ? "This folder's migration set" : set.dir;
  const signal = verdict.signals.find((s) => !s.folder);
  const signals = verdict.signals.slice(0, 3).map((s) => `${s.what}${s.folder ? "" : ` in ${s.file}`}${s.line > 1 ? `:${s.line}` : ""}`);
  const because = verdict.by === "config" ? `The config sets \`dialect: "${verdict.database}"\` for it.` : `Detected from ${signals.join(", ")}${verdict.signals.length > 3 ? ", ..." : ""}; if it runs on PostgreSQL, set \`dialect: "postgresql"\` for it in the config.`;
  return {
    kind: "skipped-set",
    message: `${where} is ${name}: migration-guard checks PostgreSQL migrations; skipped (${migrations === 1 ? "1 migration" : `${migrations} migrations`}, not checked). ${because}`,
    set: set.dir,
    database: name,
    migrations,
    ...signal ? { file: signal.file, line: signal.line } : {}
  };
}

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);
async function findConfiguredSets(cwd, layout) {
  const claimed = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  for (const entry of layout.sets) {
    const files = [];
    for (const pattern of entry.files) {
      const folder = isFolder(layout.rootDir, pattern);
      const found = await glob(folder ? `${pattern.replace(/\/+$/, "")}/**/*.{sql,ts,mts,cts,js,mjs,cjs}` : pattern, {
        cwd: layout.rootDir,
        ignore: IGNORE_GLOBS,
        dot: false,
        followSymbolicLinks: false
      });
      for (const f of folder ? found.filter(isMigrationFileName) : found) {
        const file = toPosix(path.relative(cwd, path.resolve(layout.rootDir, f)));
        if (!claimed.has(file) && !files.includes(file)) files.push(file);
      }
    }
    for (const f of files) claimed.add(f);
    for (const set of groupIntoSets(cwd, files)) {
      const existing = byDir.get(set.dir);
      if (existing) {
        existing.files.push(...set.files);
        continue;
      }
      byDir.set(set.dir, {
        ...set,
        ...entry.tool ? { tool: entry.tool } : {},
        ...entry.startAfter !== void 0 ? { startAfter: entry.startAfter } : {},
        ...entry.dialect ? { dialect: entry.dialect } : {}
      });
    }
  }
  const sets = [...byDir.values()];
  for (const set of sets) set.files.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
function isFolder(rootDir, pattern) {
  if (picomatch.scan(pattern).isGlob) return false;
  try {
    return statSync(path.resolve(rootDir, pattern)).isDirectory();
  } catch {
    return false;
  }
}

function firstChangedLine(before, after) {
  if (before === after) return void 0;
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i + 1;
  if (a.length === b.length) return 1;
  return Math.min(n + 1, b.length);
}

function describe(file) {
  const { setDir, versionName } = setMembership(file);
  return { setDir, version: versionOf(versionName) };
}
async function historySince(cwd, baseCommit, changed, isMigration = isConventionalMigration) {
  const base = /* @__PURE__ */ new Map();
  for (const file of await filesAt(cwd, baseCommit)) {
    if (file.startsWith("../") || !isMigration(file)) continue;
    const { setDir, version } = describe(file);
    base.set(setDir, [...base.get(setDir) ?? [], { path: file, version }]);
  }
  for (const list of base.values()) list.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
  const changes = /* @__PURE__ */ new Map();
  const add = (change) => {
    const { setDir } = describe(change.path);
    changes.set(setDir, [...changes.get(setDir) ?? [], change]);
  };
  for (const file of changed) {
    const now = isMigration(file.path);
    const before = file.previousPath !== void 0 && isMigration(file.previousPath);
    if (file.status === "renamed" && before && now) {
      add({ path: file.path, status: "renamed", previousPath: file.previousPath, version: describe(file.path).version });
    } else if (file.status === "renamed" && before) {
      add({ path: file.previousPath, status: "deleted", version: describe(file.previousPath).version });
    } else if (now && file.status === "modified") {
      const line = await changedLine(cwd, baseCommit, file.path);
      add({ path: file.path, status: "modified", version: describe(file.path).version, ...line !== void 0 ? { firstChangedLine: line } : {} });
    } else if (now) {
      add({ path: file.path, status: file.status === "deleted" ? "deleted" : "added", version: describe(file.path).version });
    }
  }
  const histories = /* @__PURE__ */ new Map();
  for (const setDir of /* @__PURE__ */ new Set([...base.keys(), ...changes.keys()])) {
    histories.set(setDir, { base: base.get(setDir) ?? [], changes: changes.get(setDir) ?? [] });
  }
  return histories;
}
async function changedLine(cwd, baseCommit, file) {
  const before = await contentAt(cwd, baseCommit, file);
  let after;
  try {
    after = await readFile(path.resolve(cwd, file), "utf8");
  } catch {
    return void 0;
  }
  return before === void 0 ? void 0 : firstChangedLine(before, after);
}

async function planLint(request) {
  const isIgnored = ignoreMatcher(request);
  const configured = request.layout ? await findConfiguredSets(request.cwd, request.layout) : void 0;
  let plan;
  if (request.changedFiles) plan = await planChangeSet(request, request.changedFiles, request.baseCommit, isIgnored, configured);
  else if (request.staged || request.base) plan = await planFromGit(request, isIgnored, configured);
  else if (request.paths.length === 0) plan = { sets: everyFileAlone(configured ?? await findMigrationSets(request.cwd, request.cwd), isIgnored) };
  else plan = { sets: await planPaths(request, isIgnored, configured) };
  for (const set of plan.sets) skipStartedBefore(set, set.startAfter ?? request.startAfter);
  return plan;
}
function ignoreMatcher(request) {
  if (!request.ignore?.length) return () => false;
  const matches = picomatch(request.ignore, { dot: true });
  const rootDir = request.rootDir ?? request.cwd;
  return (file) => matches(toPosix(path.relative(rootDir, path.resolve(request.cwd, file))));
}
function skipStartedBefore(set, startAfter) {
  if (startAfter === void 0) return;
  for (const file of set.files) {
    if (file.checked && compareVersions(file.version, startAfter) <= 0) file.checked = false;
  }
}
async function planPaths(request, isIgnored, configured) {
  const { cwd } = request;
  const configuredFiles = configured?.flatMap((s) => s.files.map((f) => f.path)) ?? [];
  const sets = [];
  const namedFiles = [];
  const configuredInDirs = /* @__PURE__ */ new Set();
  const configuredNamed = /* @__PURE__ */ new Set();
  for (const given of request.paths) {
    const absolute = path.resolve(cwd, given);
    const kind = statKind(absolute, given);
    const relative = toPosix(path.relative(cwd, absolute));
    if (kind === "directory") {
      const inside = configuredFiles.filter((f) => isWithin(f, relative));
      if (inside.length > 0) inside.forEach((f) => configuredInDirs.add(f));
      else sets.push(...everyFileAlone(await findMigrationSets(cwd, absolute, { explicit: true }), isIgnored));
    } else if (configuredFiles.includes(relative)) {
      configuredNamed.add(relative);
    } else {
      namedFiles.push(relative);
    }
  }
  if (configured && configuredInDirs.size > 0) sets.push(...selectFrom(configured, configuredInDirs, false, isIgnored));
  if (configured && configuredNamed.size > 0) sets.push(...selectFrom(configured, configuredNamed, true, isIgnored));
  if (namedFiles.length > 0) sets.push(...await setsAround(cwd, namedFiles, isIgnored));
  return mergeSets(sets);
}
function isWithin(file, dir) {
  return dir === "" || dir === "." || file === dir || file.startsWith(`${dir}/`);
}
function selectFrom(configured, checked, together, isIgnored, contents) {
  return configured.filter((set) => set.files.some((f) => checked.has(f.path))).map((set) => ({
    ...set,
    together,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: checked.has(f.path) && !isIgnored(f.path), ...content !== void 0 ? { content } : {} };
    })
  }));
}
function statKind(absolute, given) {
  try {
    return statSync(absolute).isDirectory() ? "directory" : "file";
  } catch {
    throw new UsageError(`No such file or directory: ${given}`);
  }
}
function everyFileAlone(sets, isIgnored) {
  return sets.map((set) => ({
    ...set,
    together: false,
    files: set.files.map((f) => ({ ...f, checked: !isIgnored(f.path) }))
  }));
}
async function setsAround(cwd, files, isIgnored, contents) {
  const setDirs = new Set(files.map((f) => setMembership(f).setDir));
  const sets = [];
  for (const dir of setDirs) {
    const found = (await findMigrationSets(cwd, dir, { explicit: true })).filter((s) => s.dir === dir);
    const known = new Set(found.flatMap((s) => s.files.map((f) => f.path)));
    const missing = files.filter((f) => setMembership(f).setDir === dir && !known.has(f));
    sets.push(...missing.length > 0 ? mergeRefs(found, groupIntoSets(cwd, missing)) : found);
  }
  const named = new Set(files);
  return sets.map((set) => ({
    ...set,
    together: true,
    files: set.files.map((f) => {
      const content = contents?.get(f.path);
      return { ...f, checked: named.has(f.path) && !isIgnored(f.path), ...content !== void 0 ? { content } : {} };
    })
  }));
}
async function planFromGit(request, isIgnored, configured) {
  const { cwd } = request;
  const baseCommit = request.base ? await mergeBase(cwd, request.base) : void 0;
  const changed = baseCommit ? await changedSince(cwd, baseCommit) : await stagedFiles(cwd);
  return planChangeSet(request, changed, baseCommit, isIgnored, configured);
}
async function planChangeSet(request, changed, baseCommit, isIgnored, configured) {
  const { cwd } = request;
  const restrictTo = request.paths.map((p) => toPosix(path.relative(cwd, path.resolve(cwd, p))));
  const within = (file) => restrictTo.length === 0 || restrictTo.some((r) => isWithin(file, r));
  const configuredFiles = configured ? new Set(configured.flatMap((s) => s.files.map((f) => f.path))) : void 0;
  const isMigration = (file) => configuredFiles ? configuredFiles.has(file) : isConventionalMigration(file);
  const migrations = changed.filter((f) => f.status !== "deleted" && isMigration(f.path) && within(f.path)).map((f) => f.path);
  const contents = /* @__PURE__ */ new Map();
  if (request.staged) {
    for (const file of migrations) contents.set(file, await stagedContent(cwd, file));
  }
  const sets = configured ? selectFrom(configured, new Set(migrations), true, isIgnored, contents) : await setsAround(cwd, migrations, isIgnored, contents);
  if (baseCommit) await attachHistory(cwd, baseCommit, changed, sets, (f) => within(f) && !isIgnored(f), configured);
  return { sets, changedFiles: changed, ...baseCommit ? { baseCommit } : {} };
}
async function attachHistory(cwd, baseCommit, changed, sets, relevant, configured) {
  let histories;
  try {
    histories = await historySince(cwd, baseCommit, changed);
  } catch (error) {
    if (error instanceof GitError) return;
    throw error;
  }
  for (const [dir, history] of histories) {
    const changes = history.changes.filter((c) => relevant(c.path));
    let set = sets.find((s) => s.dir === dir);
    if (!set) {
      if (changes.length === 0) continue;
      const absolute = path.resolve(cwd, dir);
      const found = configured?.find((s) => s.dir === dir) ?? (existsSync(absolute) ? (await findMigrationSets(cwd, dir, { explicit: true })).find((s) => s.dir === dir) : void 0);
      set = {
        dir,
        tool: found?.tool ?? detectSetTool(dir, [], existsSync(path.join(absolute, "meta", "_journal.json")), existsSync(path.join(absolute, "migration_lock.toml"))),
        files: (found?.files ?? []).map((f) => ({ ...f, checked: false })),
        together: true
      };
      sets.push(set);
    }
    set.history = { base: history.base, changes };
  }
  sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
function mergeRefs(a, b) {
  const byDir = /* @__PURE__ */ new Map();
  for (const set of [...a, ...b]) {
    const existing = byDir.get(set.dir);
    if (!existing) byDir.set(set.dir, { ...set, files: [...set.files] });
    else existing.files.push(...set.files.filter((f) => !existing.files.some((e) => e.path === f.path)));
  }
  for (const set of byDir.values()) set.files.sort((x, y) => compareVersions(x.version, y.version) || x.path.localeCompare(y.path));
  return [...byDir.values()];
}
function mergeSets(sets) {
  const byDir = /* @__PURE__ */ new Map();
  for (const set of sets) {
    const existing = byDir.get(set.dir);
    if (!existing) {
      byDir.set(set.dir, set);
      continue;
    }
    for (const file of set.files) {
      const same = existing.files.find((f) => f.path === file.path);
      if (same) same.checked ||= file.checked;
      else existing.files.push(file);
    }
  }
  return [...byDir.values()];
}

const PARALLEL_THRESHOLD = 400;
const WORKER_URL = import.meta.url.endsWith(".js") ? new URL("./read-worker.js", import.meta.url) : void 0;
function threadCount() {
  const configured = Number.parseInt(process.env["MIGRATION_GUARD_THREADS"] ?? "", 10);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.min(availableParallelism(), 4);
}
const CHUNK = 32;
const IN_FLIGHT = 2;
class ReadPool {
  constructor(workers) {
    this.workers = workers;
  }
  workers;
  /** Starts the threads when this run could use them (worker script present, more than one core). */
  static start() {
    if (WORKER_URL === void 0 || threadCount() < 2) return void 0;
    const workers = Array.from({ length: threadCount() - 1 }, () => {
      const channel = new MessageChannel();
      const worker = new Worker(WORKER_URL, { workerData: { replies: channel.port2 }, transferList: [channel.port2] });
      worker.unref();
      return { worker, replies: channel.port1 };
    });
    return new ReadPool(workers);
  }
  async close() {
    await Promise.all(this.workers.map(({ worker, replies }) => (replies.close(), worker.terminate())));
  }
  /**
   * Reads and parses the tasks and yields the outcomes in task order as soon as they are ready, so
   * the rules (on this thread) run while the rest is still being parsed. The workers take chunks
   * from the front; whenever this thread would otherwise wait for the chunk it needs next, it
   * parses an unclaimed chunk from the back itself.
   */
  async *read(tasks, cwd, config) {
    const chunks = [];
    for (let i = 0; i < tasks.length; i += CHUNK) chunks.push(tasks.slice(i, i + CHUNK));
    const portable = { ...config, plugins: {} };
    const results = chunks.map(() => void 0);
    let front = 0;
    let back = chunks.length - 1;
    const dispatch = (worker) => {
      if (front > back) return;
      const chunk = front++;
      worker.postMessage({ chunk, tasks: chunks[chunk], cwd, config: portable });
    };
    const accept = (reply, worker) => {
      if (!reply.outcomes) throw new Error(`a parser thread failed: ${reply.failure}`);
      for (const outcome of reply.outcomes) {
        if ("migration" in outcome) {
          for (const s of outcome.migration.statements) if (s.nodeType) attachLazyAst(s);
        }
      }
      results[reply.chunk] = reply.outcomes;
      dispatch(worker);
    };
    const drain = () => {
      for (const { worker, replies } of this.workers) {
        for (let m = receiveMessageOnPort(replies); m; m = receiveMessageOnPort(replies)) accept(m.message, worker);
      }
    };
    const errors = this.workers.map(({ worker }) => new Promise((_, reject) => worker.once("error", reject)));
    for (const e of errors) e.catch(() => {
    });
    for (const { worker } of this.workers) for (let i = 0; i < IN_FLIGHT; i++) dispatch(worker);
    const parseHere = (chunk) => {
      results[chunk] = chunks[chunk].map((t) => runReadTask(t, cwd, config));
    };
    for (let c = 0; c < chunks.length; c++) {
      drain();
      while (results[c] === void 0) {
        if (c >= front) {
          front = c + 1;
          parseHere(c);
        } else if (back >= front) {
          parseHere(back--);
        } else {
          await Promise.race([new Promise((resolve) => setTimeout(resolve, 1)), ...errors]);
        }
        drain();
      }
      yield* results[c];
      results[c] = [];
    }
  }
}

async function lint(request) {
  const { cwd, config } = request;
  const gitChangeSet = request.staged || request.base || request.changedFiles;
  const pool = gitChangeSet ? void 0 : ReadPool.start();
  try {
    return await lintWith(pool, request);
  } finally {
    await pool?.close();
  }
}
async function lintWith(pool, request) {
  const { cwd, config } = request;
  const planned = await planLint({
    cwd,
    paths: request.paths ?? [],
    ...request.staged ? { staged: true } : {},
    ...request.base ? { base: request.base } : {},
    ...request.changedFiles ? { changedFiles: request.changedFiles } : {},
    ...request.baseCommit ? { baseCommit: request.baseCommit } : {},
    ignore: config.ignore,
    ...config.startAfter !== void 0 ? { startAfter: config.startAfter } : {},
    ...config.rootDir ? { rootDir: config.rootDir } : {},
    ...config.migrations ? { layout: { rootDir: config.rootDir ?? cwd, sets: config.migrations } } : {}
  });
  const { plan, notices } = await skipOtherDatabases(cwd, planned, config.dialect);
  await loadSqlParser();
  const unreadable = [];
  const sources = /* @__PURE__ */ new Map();
  const foreignSyntax = new ForeignSyntax();
  const taskSets = plan.sets.map((planned2) => ({
    planned: planned2,
    changeSet: new Set(planned2.files.filter((f) => f.checked).map((f) => f.path)),
    tasks: planned2.files.map(
      (f) => ({
        path: f.path,
        version: f.version,
        setId: planned2.dir,
        setTool: planned2.tool,
        ...f.content !== void 0 ? { content: f.content } : {},
        ...f.hasDown !== void 0 ? { hasDown: f.hasDown } : {}
      })
    )
  }));
  const collect = (changeSet) => (outcome) => {
    if (!("migration" in outcome)) {
      if (changeSet.has(outcome.path)) unreadable.push(unreadableFinding(outcome.path, outcome.error));
    } else if (changeSet.has(outcome.migration.path)) {
      sources.set(outcome.migration.path, outcome.migration.text);
      foreignSyntax.record(outcome.migration);
    }
  };
  const allTasks = taskSets.flatMap((s) => s.tasks);
  if (needsTypeScript(allTasks)) await loadTypeScript();
  const stream = pool && allTasks.length >= PARALLEL_THRESHOLD ? pool.read(allTasks, cwd, config)[Symbol.asyncIterator]() : void 0;
  const setOf = ({ planned: planned2, changeSet }) => ({
    changeSet,
    together: planned2.together,
    setId: planned2.dir,
    ...planned2.history ? { history: planned2.history } : {}
  });
  let findings;
  let options;
  const advisor = request.stats ? new StatsAdvisor(request.stats, config.stats) : void 0;
  try {
    const schemas = await loadSchemas(cwd, config, plan);
    options = { ...engineSetup(config, request.docsUrl, schemas).options, ...advisor ? { tableSizes: advisor } : {} };
    findings = stream ? await runRulesAsync(
      taskSets.map((t) => ({ ...setOf(t), migrations: takeFromStream(stream, t.tasks.length, collect(t.changeSet)) })),
      options
    ) : runRules(
      taskSets.map((t) => ({ ...setOf(t), migrations: readLazily(t.tasks, cwd, config, collect(t.changeSet)) })),
      options
    );
  } finally {
    await stream?.return?.(void 0);
  }
  const mismatch = advisor?.mismatch();
  if (mismatch) throw new UsageError(mismatch);
  return {
    findings: foreignSyntax.collapse([...unreadable, ...findings], plan),
    sources,
    checked: plan.sets.flatMap((s) => s.files.filter((f) => f.checked).map((f) => f.path)),
    rules: options.rules,
    plan,
    notices,
    ...advisor ? { tables: advisor.largestTouched() } : {}
  };
}
async function loadSchemas(cwd, config, plan) {
  if (config.schema === false || !mayBreakMapping(cwd, plan)) return {};
  const schema = await loadAppSchema(await workingTreeFiles(cwd), config.schema);
  if (!plan.baseCommit) return schema ? { schema } : {};
  const changed = plan.changedFiles ?? [];
  const touchesSchema = changed.some((f) => [f.path, f.previousPath].some((p) => p !== void 0 && SCHEMA_FILE.test(p)));
  const baseSchema = touchesSchema ? await schemaAtBase(cwd, plan.baseCommit, changed, config.schema) : schema;
  return { ...schema ? { schema } : {}, ...baseSchema ? { baseSchema } : {} };
}
async function schemaAtBase(cwd, commit, changed, config) {
  try {
    return await loadAppSchema(await filesAtCommit(cwd, commit, changed), config);
  } catch (error) {
    if (error instanceof GitError) return void 0;
    throw error;
  }
}
const SCHEMA_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;
const BREAKS_MAPPING = /drop|rename|remove/i;
function mayBreakMapping(cwd, plan) {
  return plan.sets.some(
    (set) => set.together && set.files.some((f) => {
      if (!f.checked) return false;
      try {
        return BREAKS_MAPPING.test(f.content ?? readFileSync(path.resolve(cwd, f.path), "utf8"));
      } catch {
        return false;
      }
    })
  );
}
function engineSetup(config, docsUrl = ruleDocsUrl, schemas = {}) {
  const rules = allRules(builtInRules, config);
  const options = {
    rules: configureRules(rules, config),
    postgresVersion: config.postgresVersion,
    ...schemas.schema ? { schema: schemas.schema } : {},
    ...schemas.baseSchema ? { baseSchema: schemas.baseSchema } : {},
    knownRuleIds: new Set(rules.keys()),
    downSeverity: config.down,
    docsUrl: (id) => rules.get(id)?.docsUrl ?? (isPluginRule(id) ? void 0 : docsUrl(id))
  };
  return { rules, options };
}
function isPluginRule(id) {
  return id.includes("/");
}
function* readLazily(tasks, cwd, config, onOutcome) {
  for (const task of tasks) {
    const outcome = runReadTask(task, cwd, config);
    onOutcome(outcome);
    if ("migration" in outcome) yield outcome.migration;
  }
}
async function* takeFromStream(stream, count, onOutcome) {
  for (let i = 0; i < count; i++) {
    const next = await stream.next();
    if (next.done) return;
    onOutcome(next.value);
    if ("migration" in next.value) yield next.value.migration;
  }
}
function unreadableFinding(file, reason) {
  return {
    ruleId: "parse-error",
    severity: "error",
    message: `Could not read this migration (${reason}), so no rule checked it.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    direction: "up",
    fingerprint: `unreadable:${file}`
  };
}

const STATS_FORMAT = "migration-guard-stats";
const STATS_VERSION = 1;
const count = pipe(number(), integer(), minValue(0));
const indexSchema = object({ name: string(), columns: array(string()), unique: boolean(), bytes: count });
const tableSchema = object({
  schema: string(),
  name: string(),
  rows: nullable(pipe(number(), minValue(0))),
  heapBytes: count,
  totalBytes: count,
  partitionOf: optional(string()),
  partitions: optional(array(string())),
  indexes: array(indexSchema)
});
const snapshotSchema = object({
  format: literal(STATS_FORMAT),
  version: literal(STATS_VERSION),
  takenAt: pipe(string(), isoTimestamp()),
  server: object({ version: string(), major: pipe(number(), integer(), minValue(9)) }),
  tables: array(tableSchema)
});
function parseStatsSnapshot(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file} is not a stats snapshot: it is not valid JSON (${reason}); is it truncated? Take a new one with \`migration-guard stats\`.`);
  }
  if (!data || typeof data !== "object" || data.format !== STATS_FORMAT) {
    throw new UsageError(`${file} is not a stats snapshot (it has no "format": "${STATS_FORMAT}"): take one with \`migration-guard stats --database-url <url> --output ${file}\`.`);
  }
  const version = data.version;
  if (typeof version === "number" && version > STATS_VERSION) {
    throw new UsageError(`${file} is a stats snapshot of format version ${version}, newer than this migration-guard reads (${STATS_VERSION}): update migration-guard, or take the snapshot with this version.`);
  }
  const result = safeParse(snapshotSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = getDotPath(issue) ?? "(top level)";
    throw new UsageError(`${file} is not a valid stats snapshot: at ${where}, ${issue.message}. Take a new one with \`migration-guard stats\`.`);
  }
  return result.output;
}
function serializeStatsSnapshot(snapshot) {
  return `${JSON.stringify(snapshot, null, 2)}
`;
}

async function collectStats(databaseUrl) {
  const { default: Client } = await import('./client-D3e0aHZ4.js').then(n => n.c);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1e4, application_name: "migration-guard stats" });
  client.on("error", () => {
  });
  try {
    await client.connect();
  } catch (error) {
    throw new UsageError(`Could not connect to the database (${describeConnectionError(error, databaseUrl)}). Nothing was written.`);
  }
  try {
    await client.query("SET default_transaction_read_only = on; SET statement_timeout = '30s'; SET lock_timeout = '1s'");
    await client.query("BEGIN READ ONLY");
    const version = await client.query("SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS num");
    const tables = await client.query(TABLES_SQL);
    const indexes = await client.query(INDEXES_SQL);
    await client.query("COMMIT");
    const row = version.rows[0];
    return {
      format: STATS_FORMAT,
      version: STATS_VERSION,
      takenAt: (/* @__PURE__ */ new Date()).toISOString(),
      server: { version: row.server_version.split(" ")[0], major: Math.floor(Number(row.num) / 1e4) },
      tables: assemble(tables.rows, indexes.rows)
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Reading the catalog failed (${describeQueryError(error)}). Nothing was written.`);
  } finally {
    await client.end().catch(() => {
    });
  }
}
const TABLES_SQL = `
SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.reltuples::float8 AS reltuples,
       pg_relation_size(c.oid)::text AS heap_bytes, pg_total_relation_size(c.oid)::text AS total_bytes,
       (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid AND p.relkind = 'p' LIMIT 1) AS parent
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
ORDER BY n.nspname, c.relname`;
const INDEXES_SQL = `
SELECT x.indrelid::int AS table_oid, i.relname AS name, x.indisunique AS unique, pg_relation_size(i.oid)::text AS bytes,
       ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) AS k) AS columns
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
ORDER BY i.relname`;
function assemble(tables, indexes) {
  const byOid = /* @__PURE__ */ new Map();
  const result = tables.map((t) => {
    const stats = {
      schema: t.schema,
      name: t.name,
      // -1: never vacuumed or analyzed since PG 14; 0 before that means the same for an unanalyzed table.
      rows: t.reltuples < 0 ? null : Math.round(t.reltuples),
      heapBytes: Number(t.heap_bytes),
      totalBytes: Number(t.total_bytes),
      ...t.parent ? { partitionOf: t.parent } : {},
      indexes: []
    };
    byOid.set(t.oid, stats);
    return stats;
  });
  for (const i of indexes) {
    byOid.get(i.table_oid)?.indexes.push({ name: i.name, columns: i.columns, unique: i.unique, bytes: Number(i.bytes) });
  }
  const byName = new Map(result.map((t) => [`${t.schema}.${t.name}`, t]));
  for (const t of result) {
    const parent = t.partitionOf ? byName.get(t.partitionOf) : void 0;
    if (parent) parent.partitions = [...parent.partitions ?? [], `${t.schema}.${t.name}`];
  }
  return result;
}
function describeConnectionError(error, databaseUrl) {
  const e = error;
  const where = hostOf(databaseUrl);
  switch (e.code) {
    case "ECONNREFUSED":
      return `nothing accepts connections at ${where}: is the server running and the port right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host of ${where} cannot be resolved`;
    case "ETIMEDOUT":
      return `connecting to ${where} timed out`;
    case "28P01":
    case "28000":
      return `the server at ${where} rejected the credentials: ${e.message ?? "authentication failed"}`;
    case "3D000":
      return `the server at ${where} has no such database: ${e.message ?? ""}`.trim();
    default:
      return `${where}: ${e.message ?? String(error)}`;
  }
}
function describeQueryError(error) {
  const e = error;
  if (e.code === "42501") return `the role may not read the catalog: ${e.message}`;
  return e.message ?? String(error);
}
function hostOf(databaseUrl) {
  try {
    const url = new URL(databaseUrl);
    return url.port ? `${url.hostname}:${url.port}` : url.hostname || "the local socket";
  } catch {
    return "the given URL";
  }
}
function checkDatabaseUrl(databaseUrl) {
  let url;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new UsageError("--database-url must be a connection URL such as postgresql://user@host:5432/dbname.");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new UsageError(`--database-url must start with postgresql:// (got ${url.protocol}//).`);
  }
}

async function loadStats(source) {
  if (source.databaseUrl !== void 0) {
    checkDatabaseUrl(source.databaseUrl);
    return collectStats(source.databaseUrl);
  }
  if (source.file === void 0) return void 0;
  const file = path.resolve(source.cwd, source.file);
  const shown = path.relative(source.cwd, file) || file;
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `The stats snapshot ${shown} does not exist: take one with \`migration-guard stats --database-url <url> --output ${shown}\`.` : `Could not read the stats snapshot ${shown} (${error.message}).`
    );
  }
  return parseStatsSnapshot(text, shown);
}
function withSnapshotVersion(config, major) {
  if (major === void 0 || config.postgresVersionSet) return config;
  return { ...config, postgresVersion: Math.min(Math.max(major, 9), 19) };
}

export { countFindings as A, skippedSummary as B, CONFIG_FILE_NAMES as C, DialectDetector as D, GitError as G, OUTPUT_FORMATS as O, REPOSITORY_URL as R, VERSION as V, allRules as a, builtInRules as b, loadAppSchema as c, loadStats as d, lint as e, findMigrationSets as f, withSnapshotVersion as g, formatReport as h, configureRules as i, checkDatabaseUrl as j, collectStats as k, loadConfig as l, formatGithub as m, formatJson as n, formatMarkdown as o, plural as p, repositoryRoot$1 as q, ruleDocsUrl as r, serializeStatsSnapshot as s, toPosix as t, hasCommit as u, fetchCommit as v, workingTreeFiles as w, tablesNote as x, noticeCommand as y, changedSince as z };
