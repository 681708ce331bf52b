import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import { attachLazyAst } from "../sql/parse.js";
import { runReadTask, type ReadOutcome, type ReadTask } from "./read-task.js";

/**
 * Below this many files, starting worker threads costs more than it saves: a PR's migrations are
 * parsed in-process; a whole repository's history is spread over the cores.
 */
export const PARALLEL_THRESHOLD = 400;

/**
 * Migration text per parser thread. Booting a thread (loading the bundle and the parser's wasm)
 * costs about what parsing 1 MB of migrations saves on a spare core.
 */
const BYTES_PER_THREAD = 1_000_000;

/** The bundled worker script; absent when running from TypeScript sources (tests), which read in-process. */
const WORKER_URL = import.meta.url.endsWith(".js") ? new URL("./read-worker.js", import.meta.url) : undefined;

export interface ThreadBudget {
  files: number;
  /** Size of the migration text to parse. */
  bytes: number;
  cores: number;
  /** `MIGRATION_GUARD_THREADS`, when set. */
  configured?: string | undefined;
}

/**
 * Threads to parse with, this one included (1: no pool). `MIGRATION_GUARD_THREADS` decides when it
 * is set. Otherwise threads pay only with cores to spare: on 2 cores a worker competes with the
 * rules on this thread and the garbage collector, and a whole-corpus run measured 15–20% more CPU
 * and a slower wall time than one thread. From 4 cores, one thread per megabyte of text, at most 4.
 */
export function parserThreads({ files, bytes, cores, configured }: ThreadBudget): number {
  if (files < PARALLEL_THRESHOLD) return 1;
  const explicit = Number.parseInt(configured ?? "", 10);
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  if (cores < 4) return 1;
  return Math.max(1, Math.min(cores, 4, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** How many threads this run's tasks deserve on this machine (see parserThreads). */
export function threadsFor(tasks: readonly ReadTask[], cwd: string): number {
  if (WORKER_URL === undefined || tasks.length < PARALLEL_THRESHOLD) return 1;
  const configured = process.env["MIGRATION_GUARD_THREADS"];
  const cores = availableParallelism();
  // Sizes are only worth a stat per file when the answer can be more than one thread.
  if (configured === undefined && cores < 4) return 1;
  let bytes = 0;
  for (const task of tasks) {
    try {
      bytes += task.content?.length ?? statSync(path.resolve(cwd, task.path)).size;
    } catch {
      // An unreadable file is reported when it is read; it adds no work here.
    }
  }
  return parserThreads({ files: tasks.length, bytes, cores, configured });
}

/** Files per chunk: small enough to balance, large enough to keep messaging cheap. */
const CHUNK = 32;
/** Chunks a worker holds at once: one being parsed, one queued, so it never waits for the next. */
const IN_FLIGHT = 2;

/** Parser threads for a large run, started once its files are known and judged worth it. */
export class ReadPool {
  private constructor(private readonly workers: { worker: Worker; replies: MessagePort }[]) {}

  /** Starts `threads - 1` workers (this thread parses too); none when the worker script is absent. */
  static start(threads: number): ReadPool | undefined {
    if (WORKER_URL === undefined || threads < 2) return undefined;
    const workers = Array.from({ length: threads - 1 }, () => {
      // Replies come over a port this thread polls synchronously: it is busy with the rules most
      // of the time, and would not see a finished chunk until its next turn of the event loop.
      const channel = new MessageChannel();
      const worker = new Worker(WORKER_URL, { workerData: { replies: channel.port2 }, transferList: [channel.port2] });
      worker.unref();
      return { worker, replies: channel.port1 };
    });
    return new ReadPool(workers);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker, replies }) => (replies.close(), worker.terminate())));
  }

  /**
   * Reads and parses the tasks and yields the outcomes in task order as soon as they are ready, so
   * the rules (on this thread) run while the rest is still being parsed. The workers take chunks
   * from the front; whenever this thread would otherwise wait for the chunk it needs next, it
   * parses an unclaimed chunk from the back itself.
   */
  async *read(tasks: readonly ReadTask[], cwd: string, config: ResolvedConfig): AsyncGenerator<ReadOutcome> {
    const chunks: ReadTask[][] = [];
    for (let i = 0; i < tasks.length; i += CHUNK) chunks.push(tasks.slice(i, i + CHUNK));
    // Functions cannot cross threads; plugins only matter to rules, which run here.
    const portable: ResolvedConfig = { ...config, plugins: {} };
    const results: (ReadOutcome[] | undefined)[] = chunks.map(() => undefined);
    let front = 0;
    let back = chunks.length - 1;
    const dispatch = (worker: Worker) => {
      if (front > back) return;
      const chunk = front++;
      worker.postMessage({ chunk, tasks: chunks[chunk], cwd, config: portable });
    };
    const accept = (reply: { chunk: number; outcomes?: ReadOutcome[]; failure?: string }, worker: Worker) => {
      if (!reply.outcomes) {
        // The thread's stack trace belongs to --debug: the message is its first line.
        const [message, ...stack] = (reply.failure ?? "").split("\n");
        throw Object.assign(new Error(`a parser thread failed: ${message}`), stack.length > 0 ? { stack: reply.failure } : {});
      }
      for (const outcome of reply.outcomes) {
        // The statements' lazy ASTs do not survive the copy between threads; give them back.
        if ("migration" in outcome) for (const s of outcome.migration.statements) if (s.nodeType) attachLazyAst(s);
      }
      results[reply.chunk] = reply.outcomes;
      dispatch(worker);
    };
    const drain = () => {
      for (const { worker, replies } of this.workers) {
        for (let m = receiveMessageOnPort(replies); m; m = receiveMessageOnPort(replies)) accept(m.message, worker);
      }
    };
    const errors = this.workers.map(({ worker }) => new Promise<never>((_, reject) => worker.once("error", reject)));
    for (const e of errors) e.catch(() => {});
    for (const { worker } of this.workers) for (let i = 0; i < IN_FLIGHT; i++) dispatch(worker);
    const parseHere = (chunk: number) => {
      results[chunk] = chunks[chunk]!.map((t) => runReadTask(t, cwd, config));
    };
    for (let c = 0; c < chunks.length; c++) {
      drain();
      while (results[c] === undefined) {
        if (c >= front) {
          // Nobody has claimed it: parse it here.
          front = c + 1;
          parseHere(c);
        } else if (back >= front) {
          parseHere(back--);
        } else {
          await Promise.race([new Promise((resolve) => setTimeout(resolve, 1)), ...errors]);
        }
        drain();
      }
      yield* results[c]!;
      results[c] = [];
    }
  }
}
