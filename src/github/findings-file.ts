import type { Finding, Severity } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { UsageError } from "../errors.js";
import { formatJson } from "../report/json.js";
import type { TouchedTable } from "../stats/advisor.js";

/** The pull request a findings file was made for, so the posting job comments on that one only. */
export interface FindingsPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
}

export interface FindingsDocument {
  findings: Finding[];
  checkedMigrations: number;
  pullRequest?: FindingsPullRequest;
  /** Sets the linting job skipped as another database's (absent in files of older versions). */
  notices: Notice[];
  /** With a stats snapshot: the production tables the migrations touch, for the summary. */
  tables?: TouchedTable[];
}

/** The CLI's JSON output, plus the pull request it belongs to (a field the format adds). */
export function findingsFileText(findings: readonly Finding[], checkedMigrations: number, pullRequest?: FindingsPullRequest, notices: readonly Notice[] = [], tables?: readonly TouchedTable[]): string {
  const document = JSON.parse(formatJson(findings, checkedMigrations, notices, tables)) as Record<string, unknown>;
  if (pullRequest) document["pullRequest"] = pullRequest;
  return `${JSON.stringify(document, null, 2)}\n`;
}

const MAX_FINDINGS = 5_000;
const MAX_NOTICES = 1_000;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Reads a findings file written by the linting job. In the fork-safe pattern that job ran the pull
 * request's own workflow, so the file is untrusted input: every field is checked, and text is
 * bounded in length.
 */
export function parseFindingsFile(text: string, name: string): FindingsDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name} is not a migration-guard findings file: ${(error as Error).message}`);
  }
  const fail = (what: string): never => {
    throw new UsageError(`${name} is not a valid migration-guard findings file: ${what}.`);
  };
  const doc = isRecord(data) ? data : fail("not a JSON object");
  const list = Array.isArray(doc["findings"]) ? (doc["findings"] as unknown[]) : fail("no findings array");
  if (list.length > MAX_FINDINGS) fail(`more than ${MAX_FINDINGS} findings`);
  const findings = list.map((item, i) => readFinding(item, `findings[${i}]`, fail));
  const summary = isRecord(doc["summary"]) ? doc["summary"] : {};
  const checked = summary["checkedMigrations"];
  const pr = doc["pullRequest"];
  let pullRequest: FindingsPullRequest | undefined;
  if (pr !== undefined) {
    if (!isRecord(pr) || !isCount(pr["number"]) || !isSha(pr["headSha"]) || !isSha(pr["baseSha"])) fail("pullRequest needs number, headSha and baseSha");
    const p = pr as Record<string, unknown>;
    pullRequest = { number: p["number"] as number, headSha: p["headSha"] as string, baseSha: p["baseSha"] as string };
  }
  const noticeList = doc["notices"] === undefined ? [] : Array.isArray(doc["notices"]) ? (doc["notices"] as unknown[]) : fail("notices is not an array");
  if (noticeList.length > MAX_NOTICES) fail(`more than ${MAX_NOTICES} notices`);
  const notices = noticeList.map((item, i) => readNotice(item, `notices[${i}]`, fail));
  const tables = readTables(doc["tables"], fail);
  return { findings, checkedMigrations: isCount(checked) ? checked : 0, ...(pullRequest ? { pullRequest } : {}), notices, ...(tables ? { tables } : {}) };
}

const MAX_TABLES = 20;

function readTables(value: unknown, fail: (what: string) => never): TouchedTable[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_TABLES) return fail(`tables is not an array of at most ${MAX_TABLES} tables`);
  return value.map((item, i) => {
    const ok = isRecord(item) && typeof item["table"] === "string" && /^[\w$.-]{1,200}$/.test(item["table"]) && (item["rows"] === null || isCount(item["rows"])) && isCount(item["totalBytes"]);
    if (!ok) return fail(`tables[${i}] needs table (a plain name), rows and totalBytes`);
    const t = item as Record<string, unknown>;
    return { table: t["table"] as string, rows: t["rows"] as number | null, totalBytes: t["totalBytes"] as number };
  });
}

function readNotice(item: unknown, where: string, fail: (what: string) => never): Notice {
  if (!isRecord(item)) return fail(`${where} is not an object`);
  const kind = item["kind"];
  if (kind !== "skipped-set" && kind !== "skipped-files") fail(`${where}.kind is not "skipped-set" or "skipped-files"`);
  const text = (key: string, max: number) => {
    const value = item[key];
    return typeof value === "string" && value.length > 0 && value.length <= max ? value : fail(`${where}.${key} is missing or malformed`);
  };
  const file = item["file"] === undefined ? undefined : text("file", 1_000);
  if (file !== undefined && (file.startsWith("/") || file.split("/").includes(".."))) fail(`${where}.file is not a path inside the repository`);
  const line = item["line"];
  if (file !== undefined && !(isCount(line) && line >= 1)) fail(`${where}.line is not a positive integer`);
  const migrations = item["migrations"];
  return {
    kind: kind as Notice["kind"],
    message: text("message", 4_000),
    set: text("set", 1_000),
    database: text("database", 100),
    migrations: isCount(migrations) ? migrations : 0,
    ...(file !== undefined ? { file, line: line as number } : {}),
  };
}

function readFinding(item: unknown, where: string, fail: (what: string) => never): Finding {
  if (!isRecord(item)) return fail(`${where} is not an object`);
  const text = (key: string, max: number, pattern?: RegExp) => {
    const value = item[key];
    if (typeof value !== "string" || value.length === 0 || value.length > max || (pattern && !pattern.test(value))) return fail(`${where}.${key} is missing or malformed`);
    return value;
  };
  const position = (key: string) => (isCount(item[key]) && (item[key] as number) >= 1 ? (item[key] as number) : fail(`${where}.${key} is not a positive integer`));
  const severity = item["severity"];
  if (!SEVERITIES.includes(severity as Severity)) fail(`${where}.severity is not error, warning or info`);
  const file = text("file", 1_000);
  if (file.startsWith("/") || file.split("/").includes("..")) fail(`${where}.file is not a path inside the repository`);
  const direction = item["direction"] === "down" ? "down" : "up";
  const docsUrl = typeof item["docsUrl"] === "string" && /^https:\/\/\S+$/.test(item["docsUrl"]) ? item["docsUrl"] : undefined;
  return {
    ruleId: text("ruleId", 200, /^[\w@./-]+$/),
    severity: severity as Severity,
    message: text("message", 4_000),
    file,
    line: position("line"),
    column: position("column"),
    endLine: position("endLine"),
    endColumn: position("endColumn"),
    direction,
    ...(docsUrl ? { docsUrl } : {}),
    fingerprint: text("fingerprint", 1_200),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isSha(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{40}$/.test(value);
}
