import { parentPort } from 'node:worker_threads';
import { l as loadSqlParser, r as runReadTask } from './read-task-CKeTB2Js.js';
import 'node:fs';
import 'node:path';
import './libpg-query.cjs';

const port = parentPort;
await loadSqlParser();
port.on("message", (request) => {
  try {
    port.postMessage({ outcomes: request.tasks.map((t) => runReadTask(t, request.cwd, request.config)) });
  } catch (error) {
    port.postMessage({ failure: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
