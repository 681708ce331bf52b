import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildPackage, packPackage, removeDir, ROOT, run } from "../support/built-package.js";
import { sarifSchemaErrors } from "../support/sarif-schema.js";

/**
 * End to end, as a user gets it: `npm run build` (into a temp dir), `npm pack`, the tarball
 * installed into a project, and the `migration-guard` bin, RuleTester, the published types and the
 * git hooks used from there by node, tsc and git — no part of the repository's sources in between.
 */

const PLUGINS = path.join(ROOT, "fixtures/plugins");
const GIT_ENV = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };

let workspace: string;
let packageDir: string;
let tarball: string;
/** A copy of fixtures/plugins/team-project with the packed package installed. */
let project: string;

const bin = (cwd: string, ...args: string[]) => run(path.join(project, "node_modules/.bin/migration-guard"), args, cwd);

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "migration-guard-e2e-"));
  packageDir = buildPackage();
  tarball = packPackage(packageDir, workspace);
  project = path.join(workspace, "team-project");
  cpSync(path.join(PLUGINS, "team-project"), project, { recursive: true });
  // Installed from the tarball, not the registry; the dev tools below come from this repository.
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "team-project", private: true, type: "module" }));
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--no-save", tarball], project);
  if (install.code !== 0) throw new Error(`npm install of the packed package failed:\n${install.stderr}`);
  // The project's own dev tools, as a real project has them installed.
  for (const tool of ["typescript", "@types/node"]) {
    mkdirSync(path.dirname(path.join(project, "node_modules", tool)), { recursive: true });
    symlinkSync(path.join(ROOT, "node_modules", tool), path.join(project, "node_modules", tool), "dir");
  }
  // A plugin package installed by name, and a project whose JSON config names it.
  cpSync(path.join(PLUGINS, "acme-plugin"), path.join(project, "node_modules/migration-guard-plugin-acme"), { recursive: true });
  cpSync(path.join(PLUGINS, "json-project"), path.join(project, "json-project"), { recursive: true });
}, 300_000);

afterAll(() => {
  removeDir(workspace);
  removeDir(packageDir);
});

describe("the packed package", () => {
  test("ships the CLI, the library, the testing entry, their types and the rule docs", () => {
    const listing = execFileSync("tar", ["-tzf", tarball]).toString().split("\n");
    for (const file of ["dist/cli.js", "dist/lib.js", "dist/testing.js", "dist/typescript-hooks.mjs", "dist/libpg-query.wasm", "dist/types/src/index.d.ts", "dist/types/src/testing/index.d.ts", "docs/rules/require-concurrent-index.md", "docs/writing-rules.md"]) {
      expect(listing, file).toContain(`package/${file}`);
    }
    const installed = path.join(project, "node_modules/migration-guard");
    const manifest = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    // Everything else is bundled: npx downloads one package and the parser's types.
    expect(Object.keys(manifest.dependencies)).toEqual(["@pgsql/types"]);
  });
});

describe("a team rule in a local TS file, referenced from migration-guard.config.ts", () => {
  test("fires at the right lines in stylish, JSON and SARIF output", () => {
    const stylish = bin(project);
    expect(stylish.stderr).toBe("");
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain("db/migrations/002_create_orders.sql:4:1  error  team/require-created-at\n  Table `orders` has no `created_at` column");
    expect(stylish.stdout).toContain("db/migrations/002_create_orders.sql:14:3  error  team/require-created-at\n  `order_events.created_at` is timestamp");

    const json = JSON.parse(bin(project, "--format", "json").stdout) as { findings: Array<{ ruleId: string; line: number }> };
    expect(json.findings.filter((f) => f.ruleId === "team/require-created-at").map((f) => f.line)).toEqual([4, 14]);

    const sarifRun = bin(project, "--format", "sarif", "--output-file", "reports/migration-guard.sarif");
    expect([sarifRun.code, sarifRun.stdout]).toEqual([1, ""]);
    const sarif = JSON.parse(readFileSync(path.join(project, "reports/migration-guard.sarif"), "utf8")) as Log;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = sarif.runs[0]!.results!.filter((r) => r.ruleId === "team/require-created-at");
    expect(results.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual([4, 14]);
    expect(sarif.runs[0]!.tool.driver.rules!.find((r) => r.id === "team/require-created-at")!.shortDescription!.text).toBe(
      "A new table without a created_at timestamptz column.",
    );
  });

  test("`rules` lists it at its configured level; `explain` prints a built-in rule's shipped doc", () => {
    expect(bin(project, "rules").stdout).toMatch(/^ {2}error {4}team\/require-created-at +A new table without a created_at timestamptz column\.$/m);
    const explain = bin(project, "explain", "require-concurrent-index");
    expect(explain.code).toBe(0);
    expect(explain.stdout).toBe(readFileSync(path.join(ROOT, "docs/rules/require-concurrent-index.md"), "utf8").replace(/^<!--.*-->\n/gm, ""));
  });

  test("without the typescript package in the project, the compiler shipped with migration-guard loads a TS config and its TS rules", () => {
    const dir = mkdtempSync(path.join(workspace, "no-typescript-"));
    writeFileSync(
      path.join(dir, "migration-guard.config.ts"),
      `import type { RuleDefinition } from "./rules/types.js";\nimport noTruncate from "./rules/no-truncate-ever.js";\n` +
        `const rules: Record<string, RuleDefinition> = { "no-truncate-ever": noTruncate };\nexport default { plugins: { ops: { rules } } };\n`,
    );
    mkdirSync(path.join(dir, "rules"));
    writeFileSync(path.join(dir, "rules/types.ts"), "export interface RuleDefinition { id: string }\n");
    writeFileSync(
      path.join(dir, "rules/no-truncate-ever.ts"),
      `const rule: { id: string; description: string; severity: "error"; check(ctx: any): void } = {\n  id: "no-truncate-ever",\n  description: "TRUNCATE.",\n  severity: "error",\n` +
        `  check(ctx) { for (const op of ctx.operations) if (op.kind === "truncate") ctx.report({ at: op, message: "Never truncate." }); },\n};\nexport default rule;\n`,
    );
    mkdirSync(path.join(dir, "migrations"));
    writeFileSync(path.join(dir, "migrations/001.sql"), "TRUNCATE audit_log;\n");
    const result = run(process.execPath, [path.join(packageDir, "dist/cli.js"), "--format", "json"], dir);
    expect(result.stderr).toBe("");
    expect((JSON.parse(result.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).toContain("ops/no-truncate-ever");
  });
});

describe("a plugin package named in a JSON config", () => {
  test("is resolved from the config's directory and its rule fires", () => {
    const result = bin(path.join(project, "json-project"), "--format", "json");
    expect(result.stderr).toBe("");
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; file: string; line: number; severity: string }> }).findings;
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.severity])).toEqual([["acme/no-grant-to-public", "sql/002_grant_reports.sql", 4, "warning"]]);
  });
});

describe("the published API", () => {
  test("types: a rule, a config and a RuleTester test typecheck with tsc against dist/types", () => {
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] },
        include: ["migration-rules/require-created-at.ts", "migration-guard.config.ts", "typed-usage.ts"],
      }),
    );
    writeFileSync(
      path.join(project, "typed-usage.ts"),
      `import { describe, it } from "node:test";
import { defineConfig, defineRule, type Operation, type RuleContext, type UserConfig } from "migration-guard";
import { RuleTester, type InvalidCase } from "migration-guard/testing";

const noTruncate = defineRule({
  id: "no-truncate-orders",
  description: "TRUNCATE orders.",
  severity: "warning",
  check(ctx: RuleContext) {
    const truncates: Operation[] = ctx.operations.filter((op) => op.kind === "truncate");
    for (const op of truncates) ctx.report({ at: op, message: "Do not truncate." });
    for (const statement of ctx.statements) if (statement.ast && "TruncateStmt" in statement.ast) void statement.line;
  },
});

const config: UserConfig = defineConfig({ plugins: { ops: { rules: { "no-truncate-orders": noTruncate } } }, rules: { "ops/no-truncate-orders": ["error", {}] } });
void config;
// @ts-expect-error "warn" is not a level
defineConfig({ rules: { "no-truncate-orders": "warn" } });

RuleTester.describe = describe;
RuleTester.it = it;
const invalid: InvalidCase = { code: "TRUNCATE orders;", errors: [{ line: 1, message: /truncate/ }] };
new RuleTester().run("ops/no-truncate-orders", noTruncate, { valid: [], invalid: [invalid] });
`,
    );
    const tsc = run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], project);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.code).toBe(0);
  });

  test("a .mjs importing defineRule and defineConfig runs under node", () => {
    writeFileSync(
      path.join(project, "check-api.mjs"),
      `import { defineConfig, defineRule } from "migration-guard";
const rule = defineRule({ id: "no-x", description: "x", severity: "error", check() {} });
console.log(JSON.stringify(defineConfig({ plugins: { t: { rules: { "no-x": rule } } } }).plugins.t.rules["no-x"].id));
try { defineRule({ id: "Bad Id", description: "x", severity: "error", check() {} }); } catch (e) { console.log(e.message); }
`,
    );
    const result = run(process.execPath, ["check-api.mjs"], project);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe('"no-x"\nRule id "Bad Id" must be lower-case words joined by "-" (e.g. "no-drop-column").\n');
  });

  test.skipIf(!(process.features as { require_module?: boolean }).require_module)("a CommonJS config can require() the package (Node with require(esm))", () => {
    const dir = path.join(project, "cjs-config");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "migration-guard.config.cjs"),
      `const { defineConfig } = require("migration-guard");\nmodule.exports = defineConfig({ rules: { "require-concurrent-index": "off" } });\n`,
    );
    const result = bin(dir, "rules");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^ {2}off {6}require-concurrent-index /m);
  });

  test("RuleTester under node:test: the plugin's tests pass, and a wrong expectation fails the run", () => {
    cpSync(path.join(PLUGINS, "acme-plugin"), path.join(project, "acme-plugin"), { recursive: true });
    const passing = run(process.execPath, ["--test", "acme-plugin/test/no-grant-to-public.test.mjs"], project);
    expect(passing.stdout).toMatch(/^# pass 3$/m);
    expect(passing.code).toBe(0);

    writeFileSync(
      path.join(project, "acme-plugin/test/wrong.test.mjs"),
      `import { describe, it } from "node:test";
import { RuleTester } from "migration-guard/testing";
import rule from "../rules/no-grant-to-public.js";
RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester().run("acme/no-grant-to-public", rule, { valid: ["GRANT SELECT ON users TO PUBLIC;"], invalid: [] });
`,
    );
    const failing = run(process.execPath, ["--test", "acme-plugin/test/wrong.test.mjs"], project);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("acme/no-grant-to-public must not report on this migration, but did:");
  });
});

describe("git hooks", () => {
  /** A repository with the packed package installed, one committed migration and a staged one. */
  function repoWithStagedMigrations(): string {
    const repo = mkdtempSync(path.join(workspace, "repo-"));
    cpSync(path.join(project, "node_modules"), path.join(repo, "node_modules"), { recursive: true, verbatimSymlinks: true });
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    };
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: "pipe" }).toString();
    write(".gitignore", "node_modules/\n");
    write("db/migrations/001_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "users");
    // Staged: a bad index. Then fixed in the working tree without staging: the commit still has the bad one.
    write("db/migrations/002_index.sql", "SET lock_timeout = '5s';\nCREATE INDEX users_email_idx ON users (email);\n");
    git("add", "db/migrations/002_index.sql");
    write("db/migrations/002_index.sql", "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
    // Not staged at all: never checked by the hook.
    write("db/migrations/003_unstaged.sql", "SET lock_timeout = '5s';\nCREATE INDEX users_id_idx ON users (id);\n");
    return repo;
  }

  test("the pre-commit hook's command line (entry + staged file names) checks the staged content only", () => {
    const repo = repoWithStagedMigrations();
    const hook = run(path.join(repo, "node_modules/.bin/migration-guard"), ["--staged", "--format", "json", "db/migrations/002_index.sql"], repo);
    expect(hook.stderr).toBe("");
    expect(hook.code).toBe(1);
    const output = JSON.parse(hook.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }>; summary: { checkedMigrations: number } };
    expect(output.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(["require-concurrent-index db/migrations/002_index.sql:2"]);
    expect(output.summary.checkedMigrations).toBe(1);
  });

  test("a staged TS/JS migration (Knex) is checked from the packed package too", () => {
    const repo = repoWithStagedMigrations();
    writeFileSync(
      path.join(repo, "db/migrations/003_email_index.js"),
      `exports.up = async (knex) => {\n  await knex.raw("SET lock_timeout = '5s'");\n  await knex.schema.alterTable("users", (t) => {\n    t.index(["email"], "users_email_lookup");\n  });\n};\n\nexports.down = async (knex) => {\n  await knex.schema.alterTable("users", (t) => t.dropIndex(["email"], "users_email_lookup"));\n};\n`,
    );
    execFileSync("git", ["add", "db/migrations/003_email_index.js"], { cwd: repo });
    const hook = run(path.join(repo, "node_modules/.bin/migration-guard"), ["--staged", "--format", "json", "db/migrations/003_email_index.js"], repo);
    expect(hook.stderr).toBe("");
    const findings = (JSON.parse(hook.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }> }).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toContain("require-concurrent-index db/migrations/003_email_index.js:4");
  });

  test("lint-staged's call (absolute paths, possibly non-migrations) behaves the same", () => {
    const repo = repoWithStagedMigrations();
    writeFileSync(path.join(repo, "db/migrations/seed.sql"), "INSERT INTO users VALUES (1, 'a');\n");
    execFileSync("git", ["add", "db/migrations/seed.sql"], { cwd: repo });
    const files = ["db/migrations/002_index.sql", "db/migrations/seed.sql"].map((f) => path.join(repo, f));
    const hook = run(path.join(repo, "node_modules/.bin/migration-guard"), ["--staged", ...files], repo);
    expect(hook.code).toBe(1);
    expect(hook.stdout).toContain("db/migrations/002_index.sql:2:1  error  require-concurrent-index");
    expect(hook.stdout).toContain("checked 1 migration");
  });

  // On a developer's machine without pre-commit the test is skipped; in CI (.ci/run installs it) a
  // missing pre-commit fails the test instead, so the real install path is always exercised there.
  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  test("pre-commit is installed where CI runs", () => {
    if (process.env["CI"]) expect(preCommit.status, "CI must install pre-commit (see .ci/run)").toBe(0);
  });
  test.skipIf(preCommit.status !== 0 && !process.env["CI"])(
    "pre-commit installs the hook from this repository (npm install, npm pack, install) and blocks a commit with a staged bad migration",
    () => {
      // The hook repository: this project's files as a clone would have them, with dist/ freshly
      // built as the lead commits it (pre-commit packs the committed dist/; a prepack build would
      // print into the `npm pack` output pre-commit reads the tarball name from).
      const hooks = mkdtempSync(path.join(workspace, "hooks-repo-"));
      cpSync(path.join(packageDir, "dist"), path.join(hooks, "dist"), { recursive: true });
      const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT }).toString().split("\0").filter(Boolean);
      for (const file of tracked) {
        if (file.startsWith("dist/")) continue;
        mkdirSync(path.dirname(path.join(hooks, file)), { recursive: true });
        try {
          cpSync(path.join(ROOT, file), path.join(hooks, file));
        } catch {
          // deleted in the working tree
        }
      }
      const gitIn = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, stdio: "pipe" }).toString().trim();
      gitIn(hooks, "init", "-q", "-b", "main");
      gitIn(hooks, "add", "-A");
      gitIn(hooks, "commit", "-q", "-m", "hooks");
      const rev = gitIn(hooks, "rev-parse", "HEAD");

      const repo = repoWithStagedMigrations();
      writeFileSync(path.join(repo, ".pre-commit-config.yaml"), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: migration-guard\n`);
      gitIn(repo, "add", ".pre-commit-config.yaml");
      // pre-commit installs the hook with the npm of an environment of its own, which does not read
      // this machine's global npmrc: its CA file (a registry behind a TLS proxy) is passed on.
      const cafile = spawnSync("npm", ["config", "get", "cafile"], { encoding: "utf8" }).stdout.trim();
      const env = {
        ...GIT_ENV,
        PRE_COMMIT_HOME: path.join(workspace, "pre-commit-home"),
        npm_config_prefer_offline: "true",
        npm_config_audit: "false",
        npm_config_fund: "false",
        ...(cafile && cafile !== "null" && cafile !== "undefined" ? { npm_config_cafile: cafile } : {}),
      };
      const commit = (message: string) => run("git", ["commit", "-q", "-m", message], repo, env);
      expect(run("pre-commit", ["install"], repo, env).code).toBe(0);

      const blocked = commit("add index");
      expect(blocked.code).toBe(1);
      expect(blocked.stdout + blocked.stderr).toContain("db/migrations/002_index.sql:2:1  error  require-concurrent-index");
      expect(blocked.stdout + blocked.stderr).not.toContain("003_unstaged.sql");

      gitIn(repo, "add", "db/migrations/002_index.sql");
      const allowed = commit("add index concurrently");
      expect(allowed.stdout + allowed.stderr).toMatch(/migration-guard\.+Passed/);
      expect(allowed.code).toBe(0);
    },
    900_000,
  );
});
