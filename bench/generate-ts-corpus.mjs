// Generates a deterministic corpus of TS/JS migrations for `npm run bench`: the six tools' usual
// shapes (raw SQL templates and builder calls, CommonJS and ESM), the same bytes on every machine.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const TOOLS = [
  {
    file: (i) => `typeorm/src/migrations/${1700000000000 + i}-Change${i}.ts`,
    text: (i) => `import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";

export class Change${i}${1700000000000 + i} implements MigrationInterface {
  name = "Change${i}${1700000000000 + i}";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "orders" ADD "note_${i}" character varying\`);
    await queryRunner.addColumn("orders", new TableColumn({ name: "ref_${i}", type: "int", isNullable: true }));
    await queryRunner.createIndex("orders", new TableIndex({ columnNames: ["ref_${i}"], isConcurrent: ${i % 2 === 0} }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "orders" DROP COLUMN "note_${i}"\`);
  }
}
`,
  },
  {
    file: (i) => `knex/migrations/${20240101000000 + i}_change_${i}.js`,
    text: (i) => `exports.up = async function (knex) {
  await knex.schema.alterTable("users", (table) => {
    table.string("c_${i}", 64).notNullable().defaultTo("x");
    table.index(["c_${i}"]);
  });
  await knex("users").whereBetween("id", [1, 1000]).update({ c_${i}: "y" });
};

exports.down = (knex) => knex.schema.alterTable("users", (table) => table.dropColumn("c_${i}"));
`,
  },
  {
    file: (i) => `sequelize/migrations/${20240101000000 + i}-change-${i}.js`,
    text: (i) => `'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('accounts', 'flag_${i}', { type: Sequelize.BOOLEAN, allowNull: false, defaultValue: false });
    await queryInterface.addIndex('accounts', ['flag_${i}'], { concurrently: true });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn('accounts', 'flag_${i}');
  },
};
`,
  },
  {
    file: (i) => `mikro/src/migrations/Migration${20240101000000 + i}.ts`,
    text: (i) => `import { Migration } from '@mikro-orm/migrations';

export class Migration${20240101000000 + i} extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`alter table "invoices" add column "amount_${i}" numeric(12,2) null;\`);
    this.addSql(\`update "invoices" set "amount_${i}" = 0 where "id" between 1 and 1000;\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`alter table "invoices" drop column "amount_${i}";\`);
  }
}
`,
  },
  {
    file: (i) => `kysely/migrations/${String(i).padStart(5, "0")}_change.ts`,
    text: (i) => `import { Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('tag_${i}', 'text', (col) => col.defaultTo(sql\`'none'\`))
    .execute()
  await db.schema.createIndex('events_tag_${i}_idx').on('events').column('tag_${i}').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('tag_${i}').execute()
}
`,
  },
  {
    file: (i) => `pgm/migrations/${1700000000000 + i}_change-${i}.js`,
    text: (i) => `exports.shorthands = undefined;

exports.up = (pgm) => {
  pgm.addColumns('posts', { score_${i}: { type: 'integer', notNull: true, default: 0 } });
  pgm.createIndex('posts', 'score_${i}', { concurrently: ${i % 2 === 0} });
  pgm.sql(\`UPDATE posts SET score_${i} = 1 WHERE id BETWEEN 1 AND 1000\`);
};
`,
  },
];

export function generateTsCorpus(dir, { files = 1200 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const tool = TOOLS[i % TOOLS.length];
    const n = Math.floor(i / TOOLS.length);
    const file = path.join(dir, tool.file(n));
    const text = tool.text(n);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
