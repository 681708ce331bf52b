import { S as SEVERITY_RANK } from './engine-_lwTqXC0.js';
import { c as countFindings, p as plural, s as skippedSummary } from './summary-CgYW8Yzl.js';
import { pathToFileURL } from 'node:url';

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
      return { severity: lower(request.severity), message: `${message} ${size}: ${work}; below stats.small (${count(this.thresholds.small)} rows), so reported as a note.` };
    }
    if (rows >= this.thresholds.large) {
      return { severity: "error", message: `${message} ${size}: ${work}; at or above stats.large (${count(this.thresholds.large)} rows), so reported as an error.` };
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
function count(n) {
  return n.toLocaleString("en-US");
}
function describeTouched(t) {
  return `${codeSpan$1(t.table)} ${t.rows === null ? "(rows not estimated)" : formatRows(t.rows)}, ${formatBytes(t.totalBytes)}`;
}
function codeSpan$1(text) {
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

function formatJson(findings, checkedMigrations, notices = [], tables, extra = {}) {
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
      ...tables ? { tables } : {},
      // From verify: the replay trace and per-set summary.
      ...extra
    },
    null,
    2
  )}
`;
}

const ZERO_WIDTH_SPACE = "\u200B";
function oneLine(text) {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, " ");
}
function codeSpan(text, options = {}) {
  let content = oneLine(text).replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`).replace(/-->/g, `--${ZERO_WIDTH_SPACE}>`);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function plainText(text) {
  return oneLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`[\]#|]/g, (c) => `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`).replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
function ruleMessage(message, options = {}) {
  let out = "";
  let i = 0;
  let text = "";
  const flush = () => {
    out += plainText(text);
    text = "";
  };
  while (i < message.length) {
    if (message[i] !== "`") {
      text += message[i++];
      continue;
    }
    let run = 1;
    while (message[i + run] === "`") run++;
    const close = findClosingRun(message, i + run, run);
    if (close < 0) {
      text += message.slice(i, i + run);
      i += run;
      continue;
    }
    flush();
    let content = message.slice(i + run, close);
    if (content.length > 1 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") content = content.slice(1, -1);
    out += codeSpan(content, options);
    i = close + run;
  }
  flush();
  return out;
}
function findClosingRun(text, from, length) {
  for (let i = from; i < text.length; ) {
    if (text[i] !== "`") {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === "`") run++;
    if (run === length) return i;
    i += run;
  }
  return -1;
}
function safeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:") return void 0;
  return parsed.href.replace(/[()<>[\]\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

const DEFAULT_MAX = 6e4;
function formatMarkdown(findings, options) {
  const checked = plural(options.checkedMigrations, "migration");
  const notices = (options.notices ?? []).map((n) => `\u2139\uFE0F ${options.plainMessages ? plainText(n.message) : ruleMessage(n.message)}`);
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
  const place = codeSpan(`${f.file}:${f.line}`, { inTable: true });
  const fileUrl = options.fileUrl ? safeUrl(options.fileUrl(f.file, f.line)) : void 0;
  const where = fileUrl ? `[${place}](${fileUrl})` : place;
  const docsUrl = f.docsUrl ? safeUrl(f.docsUrl) : void 0;
  const ruleId = codeSpan(f.ruleId, { inTable: true });
  const rule = docsUrl ? `[${ruleId}](${docsUrl})` : ruleId;
  const direction = f.direction === "down" ? " _(down migration)_" : "";
  const message = options.plainMessages ? plainText(f.message) : ruleMessage(f.message, { inTable: true });
  return `| ${icon} | ${where} | ${rule}${direction} | ${message} |`;
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

const SCREENFUL_LINES = 60;
const RUNNER_SETTINGS = {
  "require-lock-timeout": { setting: '"assumeLockTimeout": true', when: "your runner already sets lock_timeout (in the connection string or the role's settings)" },
  "require-statement-timeout": {
    setting: '"rules": { "require-statement-timeout": ["warning", { "assumeStatementTimeout": true }] }',
    when: "your runner already sets statement_timeout"
  }
};
function ruleCounts(findings, colors) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId) ?? { count: 0, severity: f.severity };
    entry.count++;
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    byRule.set(f.ruleId, entry);
  }
  const rows = [...byRule].sort(([a, x], [b, y]) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.count - x.count || a.localeCompare(b));
  const width = Math.max(...rows.map(([id]) => id.length));
  const countWidth = Math.max(...rows.map(([, r]) => String(r.count).length));
  const paint = (severity) => severity === "error" ? colors.red(severity) : severity === "warning" ? colors.yellow(severity) : colors.blue(severity);
  const lines = [colors.bold("Findings by rule:")];
  for (const [id, r] of rows) lines.push(`  ${id.padEnd(width)}  ${String(r.count).padStart(countWidth)}  ${paint(r.severity)}`);
  const [mostId, most] = [...byRule].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))[0];
  const settings = [];
  const known = RUNNER_SETTINGS[mostId];
  settings.push(
    known ? `${mostId} is the most frequent (${most.count}): if ${known.when}, set ${colors.bold(known.setting)} in the config.` : `${mostId} is the most frequent (${most.count}): \`migration-guard explain ${mostId}\` says why it matters; if your team accepts the risk, change its level under "rules" in the config.`
  );
  for (const [id, setting] of Object.entries(RUNNER_SETTINGS)) {
    if (id !== mostId && byRule.has(id)) settings.push(`${id} (${byRule.get(id).count}): if ${setting.when}, set ${colors.bold(setting.setting)}.`);
  }
  settings.push(
    `To check only the migrations added from now on, set ${colors.bold('"startAfter"')} to the version of the newest migration, or run with ${colors.bold("--base origin/main")} in CI.`
  );
  lines.push("", colors.bold("Settings that usually matter on a first run:"), ...settings.slice(0, 3).map((s) => `  - ${s}`));
  return lines.join("\n");
}

function formatStylish(findings, options) {
  const { colors } = options;
  const blocks = [];
  for (const f of findings) {
    const severity = f.severity === "error" ? colors.red("error") : f.severity === "warning" ? colors.yellow("warning") : colors.blue("info");
    const direction = f.direction === "down" ? colors.dim(" (down migration)") : "";
    const header = `${colors.bold(`${printableFile(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${colors.dim(f.ruleId)}${direction}`;
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
  const body = `${blocks.map((b) => `${b}
`).join("\n")}${blocks.length ? "\n" : ""}`;
  const counts = body.split("\n").length > SCREENFUL_LINES ? `${ruleCounts(findings, colors)}

` : "";
  return `${body}${counts}${notices}${summaryLine(findings, options)}
`;
}
function printableFile(file) {
  return file.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
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

function formatReport(format, input) {
  const notices = input.notices ?? [];
  switch (format) {
    case "stylish":
      return formatStylish(input.findings, { colors: input.colors, sources: input.sources, checkedMigrations: input.checkedMigrations, notices }) + tablesLine(input.tables);
    case "json":
      return formatJson(input.findings, input.checkedMigrations, notices, input.tables, input.verify ? { trace: input.verify.trace, verify: { sets: input.verify.sets } } : {});
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

export { StatsAdvisor as S, formatJson as a, formatMarkdown as b, codeSpan as c, formatReport as d, formatGithub as f, noticeCommand as n, plainText as p, ruleMessage as r, safeUrl as s, tablesNote as t };
