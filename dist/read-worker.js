import { parentPort } from 'node:worker_threads';
import { h as loadSqlParser, c as loadTypeScript } from './read-migration-DECru6su.js';
import { n as needsTypeScript, r as runReadTask } from './read-task-CxhTlZFI.js';
import './libpg-query.cjs';
import 'node:module';
import 'node:crypto';
import 'node:fs';
import 'node:path';
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
