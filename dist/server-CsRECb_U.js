import { randomBytes } from 'node:crypto';
import { U as UsageError } from './safe-read-BvL72yt9.js';
import { S as StatementTimeout } from './verify-l2czjHDg.js';
import 'node:fs';
import 'node:path';
import './configure-rules-CYF7ZMlJ.js';
import './locks-Fx4bbqIT.js';
import './versions-LHSCgUBv.js';
import './app-schema-DvHJx9OH.js';
import './engine-_lwTqXC0.js';
import './read-migration-DmXnXnoF.js';
import './conventions-BOeyDc8W.js';
import './compiler-CkYlFMWm.js';
import 'node:module';
import './operations-RGWoK5XR.js';
import './plan-DoJ7VLMM.js';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './_commonjsHelpers-Bgu_3bK-.js';
import './find-migrations-sOKXtTZz.js';
import './databases-YdsN_1qF.js';
import './git-Dd9ciqyI.js';
import 'node:child_process';
import 'node:os';
import 'node:util';
import './read-task-BsnErpjg.js';

const QUERY_CANCELED = "57014";
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "(the database URL)";
  }
}
async function startOnServer(url, options) {
  const { default: pg } = await import('./index-Cjtu7wvK.js');
  const admin = new pg.Client({ connectionString: url, application_name: "migration-guard verify" });
  try {
    await admin.connect();
  } catch (error) {
    throw new UsageError(`could not connect to ${redactUrl(url)}: ${error.message}`);
  }
  const name = `migration_guard_verify_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    throw new UsageError(`could not create a scratch database on ${redactUrl(url)} (the role needs CREATEDB): ${error.message}`);
  }
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const client = new pg.Client({
    connectionString: scratchUrl.toString(),
    application_name: "migration-guard verify",
    // A client-side bound too, in case the server does not cancel (a network stall).
    query_timeout: options.statementTimeoutMs + 5e3
  });
  client.on("error", () => void 0);
  const drop = async () => {
    await client.end().catch(() => void 0);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${name}`));
    await admin.end();
  };
  try {
    await client.connect();
    await client.query(`SET statement_timeout = ${Math.max(1, Math.round(options.statementTimeoutMs))}`);
  } catch (error) {
    await drop().catch(() => void 0);
    throw new UsageError(`could not use the scratch database ${name}: ${error.message}`);
  }
  const version = (await client.query("select version() as v")).rows[0]?.v ?? "PostgreSQL";
  return {
    engine: "server",
    description: `${version.replace(/ on .*$/, "")} (scratch database ${name})`,
    async exec(sql) {
      try {
        await client.query(sql);
        return { ok: true };
      } catch (error) {
        const e = error;
        if (e.code === QUERY_CANCELED || /Query read timeout/.test(e.message)) throw new StatementTimeout(options.statementTimeoutMs);
        return {
          ok: false,
          error: {
            message: e.message,
            ...e.code ? { code: e.code } : {},
            ...e.position ? { position: Number(e.position) } : {},
            ...e.detail ? { detail: e.detail } : {},
            ...e.hint ? { hint: e.hint } : {}
          }
        };
      }
    },
    async query(sql) {
      return (await client.query(sql)).rows;
    },
    close: drop
  };
}

export { redactUrl, startOnServer };
