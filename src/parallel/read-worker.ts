import { parentPort } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import { loadSqlParser } from "../sql/parse.js";
import { loadTypeScript } from "../typescript/compiler.js";
import { needsTypeScript, runReadTask, type ReadTask } from "./read-task.js";

/** A worker thread of the read pool: parses the batch it is given and posts the migrations back. */
interface ReadRequest {
  tasks: ReadTask[];
  cwd: string;
  config: ResolvedConfig;
}

const port = parentPort!;
await loadSqlParser();
port.on("message", async (request: ReadRequest) => {
  try {
    if (needsTypeScript(request.tasks)) await loadTypeScript();
    port.postMessage({ outcomes: request.tasks.map((t) => runReadTask(t, request.cwd, request.config)) });
  } catch (error) {
    port.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
