import type { DatabaseState } from "../core/database-state.js";
import type { Severity } from "../core/finding.js";
import type { FindingSubject, TableSizeAdvisor, WeighRequest } from "../core/table-size.js";
import { describeWork, formatBytes, formatRows } from "./cost.js";
import type { StatsSnapshot, TableStats } from "./snapshot.js";

/** Row counts that separate small, ordinary and large tables (`stats.small`, `stats.large`). */
export interface SizeThresholds {
  small: number;
  large: number;
}

export const DEFAULT_THRESHOLDS: SizeThresholds = { small: 10_000, large: 1_000_000 };

/** A production table a checked migration touches, with its size. */
export interface TouchedTable {
  table: string;
  rows: number | null;
  totalBytes: number;
}

/**
 * Judges findings by the size of their table in a stats snapshot: below `small` rows a finding is
 * a note (still shown, never failing); from `large` rows on it is an error; in between it keeps its
 * level. Every weighed message says the size and roughly how long the lock is held. Tables the
 * change set creates, and tables the history creates after the snapshot was taken, are new; tables
 * neither the snapshot nor the history knows keep today's level.
 */
export class StatsAdvisor implements TableSizeAdvisor {
  private readonly byKey = new Map<string, TableStats>();
  private readonly byName = new Map<string, TableStats[]>();
  private readonly touchedTables = new Map<string, TableStats>();
  /** Tables the history creates (before the change set), per set: to tell a snapshot of another database. */
  private readonly historyTables = new Set<string>();
  private readonly taken: string;

  constructor(
    readonly snapshot: StatsSnapshot,
    private readonly thresholds: SizeThresholds,
  ) {
    for (const t of snapshot.tables) {
      this.byKey.set(keyOf(t.schema, t.name), t);
      this.byName.set(t.name, [...(this.byName.get(t.name) ?? []), t]);
    }
    this.taken = snapshot.takenAt.slice(0, 10);
  }

  /** The snapshot's entry for a table as migrations name it (`name` is in `public`, `schema.name` elsewhere). */
  lookup(table: string): TableStats | undefined {
    const exact = this.byKey.get(table.includes(".") ? table : keyOf("public", table));
    if (exact || table.includes(".")) return exact;
    // An unqualified name outside `public` (a search_path the migrations rely on): only when unambiguous.
    const candidates = this.byName.get(table) ?? [];
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** A table's rows: a partitioned table's are its partitions'; null when the snapshot has no estimate. */
  rowsOf(t: TableStats): number | null {
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

  weigh(request: WeighRequest): { severity: Severity; message: string } | undefined {
    const { subject, message } = request;
    const name = `\`${subject.table}\``;
    if (subject.isNew) return { severity: lower(request.severity), message: `${message} ${name} is created by this change set, so it is empty when this runs: reported as a note.` };
    const stats = this.lookup(subject.table);
    if (!stats) {
      if (!subject.createdByHistory) return undefined;
      return {
        severity: lower(request.severity),
        message: `${message} ${name} is not in the stats snapshot of ${this.taken}, and the migration history creates it: counted as new since the snapshot (reported as a note; take a new snapshot if it has grown).`,
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

  touched(subject: FindingSubject): void {
    if (subject.isNew) return;
    const stats = this.lookup(subject.table);
    if (stats) this.touchedTables.set(subject.table, stats);
  }

  setDone(state: DatabaseState): void {
    for (const t of state.tables()) {
      if (t.origin.createdIn !== undefined && !t.origin.createdInChangeSet) this.historyTables.add(t.origin.productionName ?? t.name);
    }
  }

  /**
   * Why the snapshot cannot be of the database these migrations built, if it cannot: none of the
   * tables the history creates is in it. (Some missing is normal: created since the snapshot.)
   */
  mismatch(): string | undefined {
    if (this.historyTables.size === 0) return undefined;
    const known = [...this.historyTables].filter((t) => this.lookup(t) !== undefined);
    if (known.length > 0) return undefined;
    const sample = [...this.historyTables].slice(0, 3).map((t) => `\`${t}\``).join(", ");
    return `The stats snapshot has none of the ${this.historyTables.size} tables the migration history creates (${sample}${this.historyTables.size > 3 ? ", …" : ""}): it seems to be of another database. Take it from the database these migrations run on.`;
  }

  /** The production tables the checked migrations touch, largest first. */
  largestTouched(limit = 5): TouchedTable[] {
    return [...this.touchedTables]
      .map(([table, t]) => ({ table, rows: this.rowsOf(t), totalBytes: t.totalBytes }))
      .sort((a, b) => b.totalBytes - a.totalBytes || a.table.localeCompare(b.table))
      .slice(0, limit);
  }
}

function keyOf(schema: string, name: string): string {
  return `${schema}.${name}`;
}

function lower(severity: Severity): Severity {
  return severity === "error" || severity === "warning" ? "info" : severity;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** One line for summaries: "`events` ~41 M rows, 18 GB". */
export function describeTouched(t: TouchedTable): string {
  return `${codeSpan(t.table)} ${t.rows === null ? "(rows not estimated)" : formatRows(t.rows)}, ${formatBytes(t.totalBytes)}`;
}

/** A name in a Markdown code span that no backtick inside it can end (a quoted identifier may hold one). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}
