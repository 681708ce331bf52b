import { workerData, parentPort } from 'node:worker_threads';
import { d as describeThrown } from './safe-read-BvL72yt9.js';
import { l as loadSqlParser } from './read-migration-DmXnXnoF.js';
import { l as loadTypeScript } from './compiler-CkYlFMWm.js';
import { n as needsTypeScript, r as runReadTask } from './read-task-BsnErpjg.js';
import 'node:fs';
import 'node:path';
import './conventions-BOeyDc8W.js';
import 'node:crypto';
import 'node:module';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './_commonjsHelpers-Bgu_3bK-.js';

const port = parentPort;
const replies = workerData.replies;
const ready = loadSqlParser();
let queue = Promise.resolve();
port.on("message", (request) => {
  queue = queue.then(async () => {
    try {
      await ready;
      if (needsTypeScript(request.tasks)) await loadTypeScript();
      replies.postMessage({ chunk: request.chunk, outcomes: request.tasks.map((t) => runReadTask(t, request.cwd, request.config)) });
    } catch (error) {
      replies.postMessage({ chunk: request.chunk, failure: error instanceof Error ? error.stack ?? error.message : describeThrown(error) });
    }
  });
});
