/**
 * Where a run's time goes, for `TIMING=1` (ESLint's convention): the pipeline's phases and the
 * rules that took longest. Collected only when asked for, so a normal run pays nothing.
 */
export class Timing {
  readonly phases = new Map<string, number>();
  readonly rules = new Map<string, number>();

  /** Adds `ms` to a phase. */
  add(phase: string, ms: number): void {
    this.phases.set(phase, (this.phases.get(phase) ?? 0) + ms);
  }

  addRule(id: string, ms: number): void {
    this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }

  /** Runs `work` and counts its time to `phase`. */
  async measure<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }
}

/** `TIMING=1` (or any count of rules to list, as in ESLint; `all` for every rule). */
export function timingRequested(value: string | undefined): number | undefined {
  if (value === undefined || value === "" || value === "0") return undefined;
  if (value === "all") return Number.POSITIVE_INFINITY;
  const count = Number.parseInt(value, 10);
  return Number.isInteger(count) && count > 0 ? Math.max(count, 10) : 10;
}

/** The two tables, as plain text (written to stderr: stdout may be a JSON or SARIF report). */
export function formatTiming(timing: Timing, ruleCount: number, totalMs: number): string {
  const lines: string[] = [];
  const table = (title: string, rows: [string, number][], total: number) => {
    const width = Math.max(title.length, ...rows.map(([name]) => name.length));
    lines.push(`${title.padEnd(width)} | Time (ms) | Relative`);
    lines.push(`${"-".repeat(width)}-|----------:|--------:`);
    for (const [name, ms] of rows) {
      lines.push(`${name.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${total > 0 ? `${((100 * ms) / total).toFixed(1)}%`.padStart(8) : "".padStart(8)}`);
    }
  };
  const phases = [...timing.phases];
  const measured = phases.reduce((n, [, ms]) => n + ms, 0);
  table("Phase", [...phases, ["other (startup, config, engine)", Math.max(0, totalMs - measured)]], totalMs);
  lines.push("");
  const rules = [...timing.rules].sort((a, b) => b[1] - a[1]);
  const ruleTotal = rules.reduce((n, [, ms]) => n + ms, 0);
  table("Rule", rules.slice(0, ruleCount), ruleTotal);
  return `${lines.join("\n")}\n`;
}
