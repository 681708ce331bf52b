import { parentPort } from 'node:worker_threads';
import { j as loadSqlParser, n as needsTypeScript, f as loadTypeScript, r as runReadTask } from './read-task-CKzsBrBs.js';
import 'node:fs';
import 'node:path';
import './libpg-query.cjs';
import 'node:module';
import 'node:crypto';
import 'fs';
import 'path';
import 'url';
import 'module';

const port = parentPort;
await loadSqlParser();
port.on("message", async (request) => {
  try {
    if (needsTypeScript(request.tasks)) await loadTypeScript();
    port.postMessage({ outcomes: request.tasks.map((t) => runReadTask(t, request.cwd, request.config)) });
  } catch (error) {
    port.postMessage({ failure: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
