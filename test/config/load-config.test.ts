import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { DEFAULT_CONFIG } from "../../src/config/types.js";
import { tempProject } from "../support/temp-project.js";

const tempDir = (files: Record<string, string> = {}) => tempProject(files).dir;

/** A TS config loads with the project's own `typescript`, as in a real project. */
function linkTypeScript(dir: string): void {
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  symlinkSync(path.resolve("node_modules/typescript"), path.join(dir, "node_modules/typescript"), "dir");
}

const RULE_MODULE = `export default {
  id: "no-x",
  description: "Flags x.",
  severity: "warning",
  defaultOptions: { limit: 3, names: [] },
  check() {},
};
`;

describe("config discovery", () => {
  test("without a config file, the defaults apply", async () => {
    const dir = tempDir({ "package.json": "{}" });
    expect(await loadConfig({ cwd: dir })).toEqual(DEFAULT_CONFIG);
  });

  test.each([
    ["migration-guard.config.json", JSON.stringify({ postgresVersion: 12 })],
    [".migration-guardrc.json", JSON.stringify({ postgresVersion: 12 })],
    ["migration-guard.config.mjs", "export default { postgresVersion: 12 };"],
    ["migration-guard.config.js", "export default { postgresVersion: 12 };"],
    ["migration-guard.config.cjs", "module.exports = { postgresVersion: 12 };"],
    ["migration-guard.config.ts", "const version: number = 12;\nexport default { postgresVersion: version };"],
    ["migration-guard.config.mts", "const version: number = 12;\nexport default { postgresVersion: version };"],
    ["package.json", JSON.stringify({ name: "app", migrationGuard: { postgresVersion: 12 } })],
  ])("%s is found", async (name, content) => {
    const dir = tempDir({ [name]: content, ...(name === "package.json" ? {} : { "package.json": '{"type":"module"}' }) });
    if (name.endsWith("ts")) linkTypeScript(dir);
    const config = await loadConfig({ cwd: dir });
    expect(config.postgresVersion).toBe(12);
    expect(config.source).toBe(path.join(dir, name));
    expect(config.rootDir).toBe(dir);
  });

  test("is searched from the working directory upward, the nearest winning", async () => {
    const dir = tempDir({
      "migration-guard.config.json": JSON.stringify({ postgresVersion: 13 }),
      "services/api/package.json": JSON.stringify({ name: "api" }),
      "services/billing/.migration-guardrc.json": JSON.stringify({ postgresVersion: 16 }),
    });
    mkdirSync(path.join(dir, "services/api/src"), { recursive: true });
    expect((await loadConfig({ cwd: path.join(dir, "services/api/src") })).postgresVersion).toBe(13);
    expect((await loadConfig({ cwd: path.join(dir, "services/billing") })).postgresVersion).toBe(16);
  });

  test("a config file comes before package.json in the same directory", async () => {
    const dir = tempDir({
      "package.json": JSON.stringify({ migrationGuard: { postgresVersion: 11 } }),
      ".migration-guardrc.json": JSON.stringify({ postgresVersion: 14 }),
    });
    expect((await loadConfig({ cwd: dir })).postgresVersion).toBe(14);
  });

  test("an explicit file overrides discovery", async () => {
    const dir = tempDir({
      "migration-guard.config.json": JSON.stringify({ postgresVersion: 13 }),
      "ci/strict.json": JSON.stringify({ postgresVersion: 17 }),
    });
    const config = await loadConfig({ cwd: dir, configFile: "ci/strict.json" });
    expect(config.postgresVersion).toBe(17);
    // Globs of an explicitly named config are relative to where it runs, as ESLint's -c.
    expect(config.rootDir).toBe(dir);
  });

  test("an explicit file that does not exist is an error", async () => {
    const dir = tempDir();
    await expect(loadConfig({ cwd: dir, configFile: "nope.json" })).rejects.toThrow("Cannot read the config file nope.json.");
  });

  test("schema sources: validated, shorthands normalized, globs relative to the config even when run from below it", async () => {
    const dir = tempDir({
      ".migration-guardrc.json": JSON.stringify({
        schema: {
          sources: [
            { orm: "prisma", include: "services/api/prisma/*.prisma" },
            { orm: "typeorm", include: ["**/*.entity.ts"], exclude: "services/api/test/**", naming: "snake_case" },
          ],
        },
      }),
      "services/api/package.json": "{}",
    });
    expect((await loadConfig({ cwd: path.join(dir, "services/api") })).schema).toEqual({
      sources: [
        { orm: "prisma", include: ["prisma/*.prisma"] },
        { orm: "typeorm", include: ["**/*.entity.ts"], exclude: ["test/**"], naming: "snake_case" },
      ],
    });
    const fromRoot = (await loadConfig({ cwd: dir })).schema;
    expect(fromRoot && fromRoot.sources.map((s) => s.include)).toEqual([["services/api/prisma/*.prisma"], ["**/*.entity.ts"]]);
  });

  test("schema: false turns the cross-check off; the default detects", async () => {
    expect((await loadConfig({ cwd: tempDir({ ".migration-guardrc.json": '{ "schema": false }' }) })).schema).toBe(false);
    expect((await loadConfig({ cwd: tempDir({ ".migration-guardrc.json": "{}" }) })).schema).toEqual({ sources: [] });
  });

  test("shorthands are normalized", async () => {
    const dir = tempDir({
      ".migration-guardrc.json": JSON.stringify({
        migrations: ["db/*.sql", { files: ["a/*.sql", "b/*.sql"], tool: "goose", startAfter: 20240101 }],
        ignore: "db/legacy/**",
        startAfter: 42,
      }),
    });
    const config = await loadConfig({ cwd: dir });
    expect(config.migrations).toEqual([{ files: ["db/*.sql"] }, { files: ["a/*.sql", "b/*.sql"], tool: "goose", startAfter: "20240101" }]);
    expect(config.ignore).toEqual(["db/legacy/**"]);
    expect(config.startAfter).toBe("42");
  });
});

describe("config validation", () => {
  async function problem(config: unknown, name = ".migration-guardrc.json"): Promise<string> {
    const dir = tempDir({ [name]: typeof config === "string" ? config : JSON.stringify(config) });
    try {
      await loadConfig({ cwd: dir });
    } catch (error) {
      expect((error as Error).name).toBe("ConfigError");
      return (error as Error).message;
    }
    throw new Error("the config was accepted");
  }

  test("an unknown key names the key and the allowed keys", async () => {
    expect(await problem({ postgresVersoin: 15 })).toBe(
      '.migration-guardrc.json: unknown key "postgresVersoin"; allowed keys: $schema, postgresVersion, migrations, schema, assumeTransaction, assumeLockTimeout, rules, plugins, ignore, startAfter, requireSuppressionReason, down, stats, dialect, maxFileSize, maxTotalSize, verify',
    );
  });

  test("an unknown key in a migration set", async () => {
    expect(await problem({ migrations: [{ files: "db/*.sql", tol: "goose" }] })).toContain('migrations[0]: unknown key "tol"; allowed keys: files, tool, startAfter');
  });

  test.each([
    [{ postgresVersion: "15" }, 'postgresVersion must be a Postgres major version from 9 to 19, e.g. 15; got "15"'],
    [{ postgresVersion: 8 }, "postgresVersion must be a Postgres major version from 9 to 19, e.g. 15; got 8"],
    [{ rules: { "require-concurrent-index": "warn" } }, 'rules["require-concurrent-index"] must be "off", "info", "warning" or "error", or [level, { options }]; got "warn" (did you mean "warning"?)'],
    [{ rules: { "require-concurrent-index": ["error", {}, 1] } }, 'rules["require-concurrent-index"] must be'],
    [{ assumeTransaction: "yes" }, 'assumeTransaction must be true, false or "multi-statement"; got "yes"'],
    [{ down: "error" }, 'down must be "off" (only statements that fail), "warn" (errors become warnings) or "same" (as configured); got "error"'],
    [{ migrations: [{ files: "db/*.sql", tool: "flyway" }] }, 'migrations[0].tool must be one of "sql", "prisma", "drizzle", "supabase", "golang-migrate", "dbmate", "goose"; got "flyway"'],
    [{ migrations: [{ files: "db/*.sql", tool: "dbmat" }] }, 'got "dbmat" (did you mean "dbmate"?)'],
    [{ ignore: 3 }, "ignore must be a glob or an array of globs; got 3"],
    [{ stats: 3 }, "stats must be a path to a stats snapshot, or { file?, small?, large? }"],
    [{ stats: { small: "few" } }, "stats.small must be a number of rows, e.g. 10000"],
    [{ stats: { small: 500, large: 100 } }, "small must not be larger than large"],
    [{ stats: { files: "x.json" } }, 'stats: unknown key "files"; allowed keys: file, small, large'],
    [{ requireSuppressionReason: "no" }, 'requireSuppressionReason must be true or false; got "no"'],
    [{ plugins: { acme: 3 } }, "plugins.acme must be a package name or a path relative to the config file"],
    [[1], "the config must be an object of settings, got an array [1]"],
    [{ schema: true }, "schema must be false (no cross-check with the app's models), or { sources: [{ orm, include, exclude?, naming? }] }; got true"],
    [{ schema: { sources: [{ orm: "hibernate", include: "x" }] } }, 'schema.sources[0].orm must be one of "prisma", "typeorm", "drizzle", "sequelize", "mikro-orm"; got "hibernate"'],
    [{ schema: { sources: [{ orm: "prisma", files: "x" }] } }, 'schema.sources[0]: unknown key "files"; allowed keys: orm, include, exclude, naming'],
    [{ schema: { orm: "prisma" } }, 'schema: unknown key "orm"; allowed keys: sources'],
  ])("%j is rejected", async (config, message) => {
    expect(await problem(config)).toContain(message);
  });

  test("every problem is listed", async () => {
    const message = await problem({ postgresVersion: 99, down: "loud", extra: true });
    expect(message.split("\n")[0]).toBe(".migration-guardrc.json has 3 problems:");
    expect(message).toContain("  - postgresVersion must be");
    expect(message).toContain("  - down must be");
    expect(message).toContain('  - unknown key "extra"');
  });

  test("an unknown rule id suggests the closest and lists the allowed ids", async () => {
    const message = await problem({ rules: { "require-concurent-index": "error" } });
    expect(message).toContain('rules["require-concurent-index"]: unknown rule "require-concurent-index". Did you mean "require-concurrent-index"?');
    expect(message).toMatch(/Allowed rule ids \(`migration-guard rules` describes them\): [a-z-]+(, [a-z-]+)+\.$/);
    expect(message).toContain(", require-concurrent-index,");
  });

  test("a plugin rule needs its plugin", async () => {
    expect(await problem({ rules: { "acme/no-x": "error" } })).toContain('rules["acme/no-x"]: no plugin "acme" is configured');
  });

  test("invalid JSON names the file, with the line and column where it breaks", async () => {
    expect(await problem("{ postgresVersion: 15 }")).toMatch(/^\.migration-guardrc\.json:1:3 is not valid JSON: /);
    expect(await problem('{\n  "postgresVersion": 15,\n}')).toMatch(/^\.migration-guardrc\.json:3:1 is not valid JSON: /);
  });

  test("a JS config without a default export", async () => {
    expect(await problem("export const config = {};", "migration-guard.config.mjs")).toBe(
      "migration-guard.config.mjs must export the config as its default export (export default defineConfig({...}), or module.exports = {...}).",
    );
  });

  test("a config that throws while loading", async () => {
    expect(await problem('throw new Error("boom");', "migration-guard.config.mjs")).toMatch(/^Could not load the config .*migration-guard\.config\.mjs: boom$/);
  });
});

describe("plugins", () => {
  test("a rule's cost must be one the size weighing knows", async () => {
    const dir = tempDir({
      "migration-guard.config.mjs": `export default { plugins: { team: { rules: { "no-x": { id: "no-x", description: "Flags x.", severity: "warning", cost: "slow", check() {} } } } } };`,
    });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/rules\["no-x"\]: the rule's cost must be one of "index-build", "scan", "foreign-key-scan", "rewrite", "backfill"; got "slow"/);
  });

  test("objects in a JS config become prefix/id rules", async () => {
    const dir = tempDir({
      "migration-guard.config.mjs": `import rule from "./rules/no-x.mjs";\nexport default { plugins: { team: { rules: { "no-x": rule } } }, rules: { "team/no-x": ["error", { limit: 5 }] } };`,
      "rules/no-x.mjs": RULE_MODULE,
    });
    const config = await loadConfig({ cwd: dir });
    expect(Object.keys(config.plugins.team!.rules)).toEqual(["no-x"]);
    expect(config.rules["team/no-x"]).toEqual(["error", { limit: 5 }]);
  });

  test("a relative path in a JSON config is resolved from the config file's directory", async () => {
    const dir = tempDir({
      "config/.migration-guardrc.json": JSON.stringify({ plugins: { team: "../tools/rules.mjs" }, rules: { "team/no-x": "off" } }),
      "tools/rules.mjs": `import rule from "./no-x.mjs";\nexport const rules = { "no-x": rule };`,
      "tools/no-x.mjs": RULE_MODULE,
    });
    const config = await loadConfig({ cwd: dir, configFile: "config/.migration-guardrc.json" });
    expect(config.plugins.team!.rules["no-x"]!.description).toBe("Flags x.");
  });

  test("a package name is resolved from the config file's directory, ESM-only packages too", async () => {
    const dir = tempDir({
      ".migration-guardrc.json": JSON.stringify({ plugins: { corp: "@corp/migration-rules", cjs: "cjs-rules" } }),
      "node_modules/@corp/migration-rules/package.json": JSON.stringify({ name: "@corp/migration-rules", type: "module", exports: { ".": { import: "./src/index.js" } } }),
      "node_modules/@corp/migration-rules/src/index.js": `import rule from "./no-x.js";\nexport default { rules: { "no-x": rule } };`,
      "node_modules/@corp/migration-rules/src/no-x.js": RULE_MODULE,
      "node_modules/cjs-rules/package.json": JSON.stringify({ name: "cjs-rules", main: "lib.js" }),
      "node_modules/cjs-rules/lib.js": `module.exports = { rules: { "no-y": { id: "no-y", description: "Flags y.", severity: "error", check() {} } } };`,
    });
    const config = await loadConfig({ cwd: dir });
    expect(Object.keys(config.plugins.corp!.rules)).toEqual(["no-x"]);
    expect(Object.keys(config.plugins.cjs!.rules)).toEqual(["no-y"]);
  });

  test("a plugin that is not installed says how to install it", async () => {
    const dir = tempDir({ ".migration-guardrc.json": JSON.stringify({ plugins: { acme: "migration-guard-plugin-acme" } }) });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(
      /plugins\.acme: cannot find plugin "migration-guard-plugin-acme": the package is not installed where the config is .*npm install --save-dev migration-guard-plugin-acme/,
    );
  });

  test("a missing relative plugin names the file looked for", async () => {
    const dir = tempDir({ ".migration-guardrc.json": JSON.stringify({ plugins: { team: "./rules/index.mjs" } }) });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(`cannot find plugin "./rules/index.mjs": no file ${path.join(dir, "rules/index.mjs")}`);
  });

  test.each([
    ["{ rules: [] }", "a plugin must be an object with `rules`"],
    ['{ rules: { "No_X": { id: "No_X" } } }', 'rules["No_X"]: a rule id is lower-case words joined by "-"'],
    ['{ rules: { "no-x": { id: "no-y", description: "d", severity: "error", check() {} } } }', 'the rule\'s id is "no-y"; it must be "no-x", the key it is listed under'],
    ['{ rules: { "no-x": { id: "no-x", description: "d", severity: "warn", check() {} } } }', `the rule's severity must be "off", "info", "warning", "error"; got "warn"`],
    ['{ rules: { "no-x": { id: "no-x", description: "d", severity: "error" } } }', "the rule needs a check(ctx) function"],
  ])("a malformed plugin %s is rejected", async (plugin, message) => {
    const dir = tempDir({ "migration-guard.config.mjs": `export default { plugins: { team: ${plugin} } };` });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(message);
  });

  test("a prefix must be usable in rule ids", async () => {
    const dir = tempDir({ "migration-guard.config.mjs": `export default { plugins: { "Team Rules": { rules: {} } } };` });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow('plugins["Team Rules"]: a plugin prefix is lower-case letters');
  });

  test("plugin rule ids, options and their types are checked", async () => {
    const dir = tempDir({
      "migration-guard.config.mjs": `import rule from "./no-x.mjs";
export default {
  plugins: { team: { rules: { "no-x": rule } } },
  rules: { "team/no-z": "error", "team/no-x": ["error", { limt: 5, names: "a" }] },
};`,
      "no-x.mjs": RULE_MODULE,
    });
    const error = await loadConfig({ cwd: dir }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      [
        "migration-guard.config.mjs has 3 problems:",
        '  - rules["team/no-z"]: plugin "team" has no rule "no-z". Did you mean "team/no-x"? Its rules: team/no-x.',
        '  - rules["team/no-x"]: no-x has no option "limt"; its options: limit, names',
        '  - rules["team/no-x"]: option "names" of no-x must be an array (like its default []); got "a"',
      ].join("\n"),
    );
  });

  test("a plugin package symlinked into node_modules (npm link, workspaces) loads", async () => {
    const plugin = tempDir({ "package.json": JSON.stringify({ name: "linked-rules", main: "index.mjs" }), "index.mjs": `export default { rules: {} };` });
    const dir = tempDir({ ".migration-guardrc.json": JSON.stringify({ plugins: { linked: "linked-rules" } }) });
    mkdirSync(path.join(dir, "node_modules"));
    symlinkSync(plugin, path.join(dir, "node_modules/linked-rules"), "dir");
    expect((await loadConfig({ cwd: dir })).plugins.linked).toEqual({ rules: {} });
  });
});
