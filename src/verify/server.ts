import { randomBytes } from "node:crypto";
import { UsageError } from "../errors.js";
import { StatementTimeout, type DatabaseError, type ExecOutcome, type ScratchDatabase } from "./database.js";

/** Postgres cancels a statement that runs past statement_timeout with this SQLSTATE. */
const QUERY_CANCELED = "57014";

/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "(the database URL)";
  }
}

/**
 * A scratch database on the user's server: created with a unique name, replayed into, dropped at
 * the end. The database named in the URL is only connected to, to create and drop the scratch one;
 * nothing is ever written to it.
 */
export async function startOnServer(url: string, options: { statementTimeoutMs: number }): Promise<ScratchDatabase> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: url, application_name: "migration-guard verify" });
  try {
    await admin.connect();
  } catch (error) {
    throw new UsageError(`could not connect to ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const name = `migration_guard_verify_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    throw new UsageError(`could not create a scratch database on ${redactUrl(url)} (the role needs CREATEDB): ${(error as Error).message}`);
  }
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const client = new pg.Client({
    connectionString: scratchUrl.toString(),
    application_name: "migration-guard verify",
    // A client-side bound too, in case the server does not cancel (a network stall).
    query_timeout: options.statementTimeoutMs + 5_000,
  });
  client.on("error", () => undefined);
  const drop = async () => {
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${name}`));
    await admin.end();
  };
  try {
    await client.connect();
    await client.query(`SET statement_timeout = ${Math.max(1, Math.round(options.statementTimeoutMs))}`);
  } catch (error) {
    await drop().catch(() => undefined);
    throw new UsageError(`could not use the scratch database ${name}: ${(error as Error).message}`);
  }
  const version = (await client.query<{ v: string }>("select version() as v")).rows[0]?.v ?? "PostgreSQL";
  return {
    engine: "server",
    description: `${version.replace(/ on .*$/, "")} (scratch database ${name})`,
    async exec(sql: string): Promise<ExecOutcome> {
      try {
        await client.query(sql);
        return { ok: true };
      } catch (error) {
        const e = error as DatabaseError & { position?: string };
        if (e.code === QUERY_CANCELED || /Query read timeout/.test(e.message)) throw new StatementTimeout(options.statementTimeoutMs);
        return {
          ok: false,
          error: {
            message: e.message,
            ...(e.code ? { code: e.code } : {}),
            ...(e.position ? { position: Number(e.position) } : {}),
            ...(e.detail ? { detail: e.detail } : {}),
            ...(e.hint ? { hint: e.hint } : {}),
          },
        };
      }
    },
    async query<Row>(sql: string): Promise<Row[]> {
      return (await client.query(sql)).rows as Row[];
    },
    close: drop,
  };
}
