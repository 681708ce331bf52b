import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
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


/** Files per chunk: small enough to balance, large enough to keep messaging cheap. */
const CHUNK = 32;
/** Chunks a worker holds at once: one being parsed, one queued, so it never waits for the next. */
const IN_FLIGHT = 2;

/**
 * Parser threads, started before the file list is known (booting one takes longer than finding
 * the files), then either used or closed.
 */
export class ReadPool {
  private constructor(private readonly workers: { worker: Worker; replies: MessagePort }[]) {}

  /** Starts the threads when this run could use them (worker script present, more than one core). */
  static start(): ReadPool | undefined {
    if (WORKER_URL === undefined || threadCount() < 2) return undefined;
    const workers = Array.from({ length: threadCount() - 1 }, () => {
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
