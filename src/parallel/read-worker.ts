import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import { describeThrown } from "../errors.js";
import { loadSqlParser } from "../sql/parse.js";
import { loadTypeScript } from "../typescript/compiler.js";
import { needsTypeScript, runReadTask, type ReadTask } from "./read-task.js";

/** A worker thread of the read pool: parses each chunk it is given and posts the migrations back. */
interface ReadRequest {
  chunk: number;
  tasks: ReadTask[];
  cwd: string;
  config: ResolvedConfig;
}

const port = parentPort!;
/** Replies go over their own port, which the main thread polls without waiting for its event loop. */
const replies = (workerData as { replies: MessagePort }).replies;
const ready = loadSqlParser();
// Chunks are handled one after another, in the order they were sent.
let queue: Promise<void> = Promise.resolve();
port.on("message", (request: ReadRequest) => {
  queue = queue.then(async () => {
    try {
      await ready;
      if (needsTypeScript(request.tasks)) await loadTypeScript();
      replies.postMessage({ chunk: request.chunk, outcomes: request.tasks.map((t) => runReadTask(t, request.cwd, request.config)) });
    } catch (error) {
      replies.postMessage({ chunk: request.chunk, failure: error instanceof Error ? (error.stack ?? error.message) : describeThrown(error) });
    }
  });
});
