import type { Colors } from "picocolors/types.js";
import { plural } from "./summary.js";

/** A trace entry as formatters see it (see TraceEntry in src/verify/replay.ts). */
export interface TraceLine {
  file: string;
  line: number;
  endLine: number;
  statement: string;
  durationMs: number;
  locks: { table: string; mode: string }[];
  rewrites: string[];
  error?: { message: string; code?: string };
  notReplayed?: string;
  note?: string;
}

export interface SetLine {
  setId: string;
  engine: string;
  migrations: number;
  replayed: number;
  failure?: { file: string; line: number; message: string };
  startMs: number;
  wallMs: number;
}

/** `--trace`: per migration, the statements that locked or rewrote something, and what was not replayed. */
export function formatTrace(trace: readonly TraceLine[], colors: Colors): string {
  const byFile = new Map<string, TraceLine[]>();
  for (const entry of trace) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
  const blocks: string[] = [];
  for (const [file, entries] of byFile) {
    const lines: string[] = [];
    for (const e of entries) {
      const at = colors.dim(`  ${String(e.line).padStart(4)}  `);
      if (e.notReplayed) {
        lines.push(`${at}${colors.yellow("not replayed")}: ${e.notReplayed}`);
        continue;
      }
      if (e.error) {
        lines.push(`${at}${colors.red("failed")}: ${e.error.message}${e.error.code ? ` (${e.error.code})` : ""}`);
        continue;
      }
      const parts = [
        ...e.locks.map((l) => `${l.mode} ${l.table}`),
        ...e.rewrites.map((r) => colors.magenta(`rewrite ${r}`)),
        ...(e.note ? [colors.dim(e.note)] : []),
      ];
      if (parts.length) lines.push(`${at}${parts.join(", ")}`);
    }
    const replayed = entries.filter((e) => !e.notReplayed && !e.error).length;
    blocks.push(`${colors.bold(file)} ${colors.dim(`(${plural(replayed, "statement")} replayed)`)}${lines.length ? `\n${lines.join("\n")}` : ""}`);
  }
  return blocks.length ? `${blocks.join("\n")}\n` : "";
}

/** One line per set: how much replayed, on what, in how long. */
export function formatVerifySummary(sets: readonly SetLine[], colors: Colors): string {
  return sets
    .map((s) => {
      const mark = s.failure ? colors.red("✖") : s.replayed === s.migrations ? colors.green("✔") : colors.yellow("⚠");
      const stop = s.failure ? ` · stopped at ${s.failure.file}:${s.failure.line}` : "";
      return `${mark} ${s.setId}: replayed ${s.replayed}/${plural(s.migrations, "migration")} on ${s.engine} in ${(s.wallMs / 1000).toFixed(1)} s${stop}\n`;
    })
    .join("");
}
