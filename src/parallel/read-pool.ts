import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import { attachLazyAst } from "../sql/parse.js";
import { runReadTask, type ReadOutcome, type ReadTask } from "./read-task.js";

/**
 * Below this many files, starting worker threads costs more than it saves: a PR's migrations are
 * parsed in-process; a whole repository's history is spread over the cores.
 */
export const PARALLEL_THRESHOLD = 400;

/** The bundled worker script; absent when running from TypeScript sources (tests), which read in-process. */
const WORKER_URL = import.meta.url.endsWith(".js") ? new URL("./read-worker.js", import.meta.url) : undefined;

/** Parser threads to use: `MIGRATION_GUARD_THREADS` when set (1 reads in-process), else the cores, at most 4. */
function threadCount(): number {
  const configured = Number.parseInt(process.env["MIGRATION_GUARD_THREADS"] ?? "", 10);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.min(availableParallelism(), 4);
}

export function shouldReadInParallel(taskCount: number): boolean {
  return WORKER_URL !== undefined && taskCount >= PARALLEL_THRESHOLD && threadCount() > 1;
}

/** Reads and parses the tasks on worker threads; the outcomes come back in task order. */
export async function readInParallel(tasks: readonly ReadTask[], cwd: string, config: ResolvedConfig): Promise<ReadOutcome[]> {
  const batches = splitEvenly(tasks, threadCount());
  // Functions cannot cross threads; plugins only matter to rules, which run here.
  const portable: ResolvedConfig = { ...config, plugins: {} };
  const results = await Promise.all(batches.map((batch) => runBatch(batch, cwd, portable)));
  const outcomes = results.flat();
  for (const outcome of outcomes) {
    if ("migration" in outcome) for (const s of outcome.migration.statements) if (s.nodeType) attachLazyAst(s);
  }
  return outcomes;
}

/** Reads in this thread, for small runs and for runs from source. */
export function readInProcess(tasks: readonly ReadTask[], cwd: string, config: ResolvedConfig): ReadOutcome[] {
  return tasks.map((t) => runReadTask(t, cwd, config));
}

function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

function runBatch(tasks: ReadTask[], cwd: string, config: ResolvedConfig): Promise<ReadOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL!);
    const finish = (settle: () => void) => {
      void worker.terminate();
      settle();
    };
    worker.once("message", (reply: { outcomes?: ReadOutcome[]; failure?: string }) => {
      if (reply.outcomes) finish(() => resolve(reply.outcomes!));
      else finish(() => reject(new Error(`a parser thread failed: ${reply.failure}`)));
    });
    worker.once("error", (error) => finish(() => reject(error)));
    worker.postMessage({ tasks, cwd, config });
  });
}
