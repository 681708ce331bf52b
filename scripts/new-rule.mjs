// Scaffolds a rule: rules/<id>.ts, docs/rules/<id>.md, fixtures/rules/<id>/{sql,prisma,drizzle}/ and
// one fixture project per TS/JS migration tool,
// and regenerates rules/index.ts. Usage: npm run new-rule <id> [error|warning|off]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeRuleIndex } from "./generate-rule-index.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const [id, severity = "error"] = process.argv.slice(2);
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error("Usage: npm run new-rule <rule-id> [error|warning|off]   (ids are lower-case words joined by -)");
  process.exit(2);
}
const ruleFile = path.join(root, "rules", `${id}.ts`);
if (existsSync(ruleFile)) {
  console.error(`rules/${id}.ts exists already.`);
  process.exit(2);
}

function write(relative, text) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, text);
  console.log(`created ${relative}`);
}

write(
  `rules/${id}.ts`,
  `import { defineRule } from "../src/index.js";

export default defineRule({
  id: "${id}",
  description: "TODO: one line saying what the rule flags.",
  severity: "${severity}",
  check(ctx) {
    for (const op of ctx.operations) {
      // TODO: match the operations this rule is about, then:
      // ctx.report({ at: op, message: "What happens in production, and what to write instead." });
      void op;
    }
  },
});
`,
);

write(
  `docs/rules/${id}.md`,
  `# ${id}

**Default severity:** ${severity} · **Input forms:** TODO

TODO: what the rule flags, in one sentence.

## Why

TODO: what goes wrong in production (which lock, which rewrite, which failure).

## Bad

\`\`\`sql
-- TODO
\`\`\`

## Good

\`\`\`sql
-- TODO
\`\`\`

## Options

None.

## Versions

TODO
`,
);

write(`fixtures/rules/${id}/sql/migrations/001_history.sql`, "-- Tables the bad and good migrations run against.\n");
write(`fixtures/rules/${id}/sql/migrations/002_bad.sql`, "-- expect: " + id + "\n");
write(`fixtures/rules/${id}/sql/migrations/003_good.sql`, "\n");
write(`fixtures/rules/${id}/prisma/prisma/migrations/migration_lock.toml`, 'provider = "postgresql"\n');
write(`fixtures/rules/${id}/prisma/prisma/migrations/20240101000000_init/migration.sql`, "-- CreateTable\n");
write(`fixtures/rules/${id}/prisma/prisma/migrations/20240102000000_bad/migration.sql`, "-- expect: " + id + "\n");
write(`fixtures/rules/${id}/prisma/prisma/migrations/20240103000000_good/migration.sql`, "\n");
write(`fixtures/rules/${id}/drizzle/drizzle/0000_init.sql`, "\n");
write(`fixtures/rules/${id}/drizzle/drizzle/0001_bad.sql`, "-- expect: " + id + "\n");
write(`fixtures/rules/${id}/drizzle/drizzle/0002_good.sql`, "\n");

// One project per TS/JS migration tool, laid out as that tool lays out its migrations. Each starts
// with a history migration and empty bad/good ones; use the builder calls where the tool has them,
// raw SQL where it does not.
const expect = `// expect: ${id}`;
const tsProjects = {
  typeorm: {
    history: ["src/migrations/1700000000000-CreateTables.ts", 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class CreateTables1700000000000 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {\n    // Tables the bad and good migrations run against.\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {}\n}\n'],
    bad: ["src/migrations/1700000000001-bad-TODO.ts", `import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class TODO1700000000001 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {\n    ${expect}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {}\n}\n`],
    good: ["src/migrations/1700000000002-good-TODO.ts", 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class TODO1700000000002 implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {}\n\n  public async down(queryRunner: QueryRunner): Promise<void> {}\n}\n'],
  },
  knex: {
    history: ["migrations/20240101000000_create_tables.js", "exports.up = async (knex) => {\n  // Tables the bad and good migrations run against.\n};\n\nexports.down = async (knex) => {};\n"],
    bad: ["migrations/20240102000000_bad_todo.js", `exports.up = async (knex) => {\n  ${expect}\n};\n\nexports.down = async (knex) => {};\n`],
    good: ["migrations/20240103000000_good_todo.js", "exports.up = async (knex) => {};\n\nexports.down = async (knex) => {};\n"],
  },
  sequelize: {
    history: ["migrations/20240101000000-create-tables.js", "'use strict';\n\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n    // Tables the bad and good migrations run against.\n  },\n\n  async down(queryInterface, Sequelize) {},\n};\n"],
    bad: ["migrations/20240102000000-bad-todo.js", `'use strict';\n\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n    ${expect}\n  },\n\n  async down(queryInterface, Sequelize) {},\n};\n`],
    good: ["migrations/20240103000000-good-todo.js", "'use strict';\n\nmodule.exports = {\n  async up(queryInterface, Sequelize) {},\n\n  async down(queryInterface, Sequelize) {},\n};\n"],
  },
  "mikro-orm": {
    history: ["src/migrations/Migration20240101000000.ts", "import { Migration } from '@mikro-orm/migrations';\n\nexport class Migration20240101000000 extends Migration {\n  override async up(): Promise<void> {\n    // Tables the bad and good migrations run against.\n  }\n}\n"],
    bad: ["src/migrations/Migration20240102000000_bad.ts", `import { Migration } from '@mikro-orm/migrations';\n\nexport class Migration20240102000000_bad extends Migration {\n  override async up(): Promise<void> {\n    ${expect}\n  }\n}\n`],
    good: ["src/migrations/Migration20240103000000_good.ts", "import { Migration } from '@mikro-orm/migrations';\n\nexport class Migration20240103000000_good extends Migration {\n  override async up(): Promise<void> {}\n}\n"],
  },
  kysely: {
    history: ["migrations/2024_01_01_000000_create_tables.ts", "import { Kysely } from 'kysely'\n\nexport async function up(db: Kysely<any>): Promise<void> {\n  // Tables the bad and good migrations run against.\n}\n"],
    bad: ["migrations/2024_01_02_000000_bad_todo.ts", `import { Kysely } from 'kysely'\n\nexport async function up(db: Kysely<any>): Promise<void> {\n  ${expect}\n}\n`],
    good: ["migrations/2024_01_03_000000_good_todo.ts", "import { Kysely } from 'kysely'\n\nexport async function up(db: Kysely<any>): Promise<void> {}\n"],
  },
  "node-pg-migrate": {
    history: ["migrations/1700000000000_create-tables.js", "exports.shorthands = undefined;\n\nexports.up = (pgm) => {\n  // Tables the bad and good migrations run against.\n};\n"],
    bad: ["migrations/1700000000001_bad-todo.js", `exports.shorthands = undefined;\n\nexports.up = (pgm) => {\n  ${expect}\n};\n`],
    good: ["migrations/1700000000002_good-todo.js", "exports.shorthands = undefined;\n\nexports.up = (pgm) => {};\n"],
  },
};
for (const [tool, files] of Object.entries(tsProjects)) {
  for (const [file, text] of Object.values(files)) write(`fixtures/rules/${id}/${tool}/${file}`, text);
}
writeRuleIndex();
console.log("updated rules/index.ts");
