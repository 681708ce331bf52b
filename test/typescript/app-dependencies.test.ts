import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadSqlParser } from "../../src/sql/parse.js";
import { describeAppModule } from "../../src/typescript/app-dependencies.js";
import { loadTypeScript } from "../../src/typescript/compiler.js";
import { TsImportResolver } from "../../src/typescript/module-resolution.js";
import { read } from "./read.js";

let resolver: TsImportResolver;
let root: string;

beforeAll(async () => {
  await loadSqlParser();
  const ts = await loadTypeScript();
  root = mkdtempSync(path.join(tmpdir(), "mg-app-"));
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "repo", private: true, workspaces: ["packages/*"] }),
    "packages/models/package.json": JSON.stringify({ name: "@acme/models", main: "index.ts" }),
    "packages/models/index.ts": "export class User {}",
    "apps/api/tsconfig.json": JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@app/*": ["src/*"] } } }),
    "apps/api/src/entities/User.ts": "export class User {}",
    "apps/api/src/config/index.ts": "export const config = {};",
    "apps/api/src/migrations/helpers/sql.ts": "export const LOCK = `SET lock_timeout = '5s'`;",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  resolver = new TsImportResolver(ts, root);
});

describe("resolving a migration's imports like the project's TypeScript", () => {
  const from = "apps/api/src/migrations/1700000000000-X.ts";
  test.each([
    ["@app/entities/User", "app"],
    ["../config", "app"],
    ["./helpers/sql", "migrations"],
    ["@acme/models", "workspace"],
    ["typeorm", "package"],
    ["node:fs", "builtin"],
    ["path", "builtin"],
  ])("%s → %s", (specifier, kind) => {
    expect(resolver.resolve(specifier, from).kind).toBe(kind);
  });
});

describe("dependencies of a migration on things outside the database", () => {
  test("app imports used as values, ORM data APIs, DI, scripts and other systems; not types or helpers", () => {
    const m = read(
      "apps/api/src/migrations/1700000000000-X.ts",
      `import { MigrationInterface, QueryRunner } from "typeorm";
import type { Config } from "../config";
import { User } from "@app/entities/User";
import { User as UserType } from "@acme/models";
import { LOCK } from "./helpers/sql";
import { Container } from "typedi";
import { execSync } from "node:child_process";
import axios from "axios";

type Row = Pick<UserType, never>;

export class X1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(LOCK);
    await queryRunner.manager.getRepository(User).find();
    await Container.get("users").run();
    execSync("node scripts/backfill.js");
    await fetch("https://example.com/hook");
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager.save(User, {});
  }
}
`,
      resolver,
    );
    expect(m.dependencies.map((d) => [d.span.line, d.kind, d.name, d.direction])).toEqual([
      [3, "import", "@app/entities/User", "up"],
      [8, "network-client", "axios", "up"],
      [15, "orm-data-api", "queryRunner.manager.getRepository(User)", "up"],
      [16, "orm-data-api", 'Container.get("users").run()', "up"],
      [17, "process", "node scripts/backfill.js", "up"],
      [18, "network-client", 'fetch("https://example.com/hook")', "up"],
      [21, "orm-data-api", "queryRunner.manager.save(User, {})", "down"],
    ]);
    // The helper's constant is read: the SET is checked like written SQL.
    expect(m.operations.map((o) => o.kind)).toEqual(["set"]);
  });

  test("what an app module is, for the message", () => {
    expect(describeAppModule("src/entities/User.ts")).toBe("an entity of the application");
    expect(describeAppModule("src/users/user.service.ts")).toBe("a service of the application");
    expect(describeAppModule("src/config/index.ts")).toBe("the application's configuration");
    expect(describeAppModule("src/data-source.ts")).toBe("the application's data source");
    expect(describeAppModule("src/lib/money.ts")).toBe("an application module");
  });
});
