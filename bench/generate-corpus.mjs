// Generates a deterministic corpus of SQL migrations for `npm run bench`: the same bytes on every
// machine, shaped like real projects. Calibrated on the migrations of documenso, formbricks,
// supabase/auth and temporal: about 1 KB and 5 statements per file, 150–250 bytes per statement,
// mostly CREATE TABLE / CREATE INDEX / foreign keys / ALTER TABLE, with the occasional backfill,
// function, DO block and seed. Prisma-style (quoted identifiers, `-- CreateTable` comments),
// Drizzle-style (statement breakpoints) and plain SQL folders.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A small seeded PRNG (mulberry32): the corpus must not depend on Math.random. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["user", "account", "order", "invoice", "payment", "product", "shipment", "review", "session", "team", "project", "task", "comment", "tag", "event", "audit", "price", "coupon", "address", "profile"];
const FIELDS = ["name", "status", "amount", "createdAt", "updatedAt", "count", "data", "code", "email", "title", "description", "externalId", "deletedAt", "priority", "currency"];
const TYPES = ["TEXT", "VARCHAR(255)", "INTEGER", "BIGINT", "BOOLEAN", "TIMESTAMP(3)", "TIMESTAMPTZ", "JSONB", "DECIMAL(65,30)", "UUID", "DOUBLE PRECISION"];

/** Bumped whenever the generator changes, so `npm run bench` regenerates an older corpus. */
export const CORPUS_VERSION = "2";

export function generateCorpus(dir, { files = 4000, targetBytes = 3_600_000, seed = 42 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (n) => Math.floor(random() * n);
  rmSync(dir, { recursive: true, force: true });
  const tables = [];
  const capital = (w) => w[0].toUpperCase() + w.slice(1);
  const newTable = () => {
    const name = `${capital(pick(WORDS))}${capital(pick(WORDS))}${tables.length}`;
    tables.push(name);
    return name;
  };
  const table = () => (tables.length ? pick(tables) : newTable());
  const q = (name) => `"${name}"`;

  // Weighted like the real migrations measured above.
  const statements = [
    [24, () => {
      const t = newTable();
      const columns = [...new Set(Array.from({ length: 4 + int(10) }, () => pick(FIELDS)))].map(
        (f) => `    ${q(f)} ${pick(TYPES)}${random() < 0.5 ? " NOT NULL" : ""}${random() < 0.15 ? " DEFAULT CURRENT_TIMESTAMP" : ""}`,
      );
      return `-- CreateTable\nCREATE TABLE ${q(t)} (\n    "id" TEXT NOT NULL,\n${columns.join(",\n")},\n\n    CONSTRAINT ${q(`${t}_pkey`)} PRIMARY KEY ("id")\n);`;
    }],
    [22, () => {
      const t = table();
      const f = pick(FIELDS);
      return `-- CreateIndex\nCREATE ${random() < 0.3 ? "UNIQUE " : ""}INDEX ${q(`${t}_${f}_idx`)} ON ${q(t)}(${q(f)}${random() < 0.3 ? `, ${q(pick(FIELDS))}` : ""});`;
    }],
    [20, () => {
      const t = table();
      const other = table();
      return `-- AddForeignKey\nALTER TABLE ${q(t)} ADD CONSTRAINT ${q(`${t}_${other}Id_fkey`)} FOREIGN KEY (${q(`${other.toLowerCase()}Id`)}) REFERENCES ${q(other)}("id") ON DELETE ${pick(["CASCADE", "RESTRICT", "SET NULL"])} ON UPDATE CASCADE;`;
    }],
    [14, () => `-- AlterTable\nALTER TABLE ${q(table())} ADD COLUMN ${q(`${pick(FIELDS)}${int(99)}`)} ${pick(TYPES)}${random() < 0.3 ? " NOT NULL DEFAULT 0" : ""};`],
    [5, () => `ALTER TABLE ${q(table())} ALTER COLUMN ${q(pick(FIELDS))} ${random() < 0.5 ? "SET NOT NULL" : `SET DATA TYPE ${pick(TYPES)}`};`],
    [4, () => `-- DropIndex\nDROP INDEX ${q(`${table()}_${pick(FIELDS)}_idx`)};`],
    [3, () => `UPDATE ${q(table())} SET ${q(pick(FIELDS))} = '${pick(WORDS)}' WHERE ${random() < 0.5 ? `"id" IN (SELECT "id" FROM ${q(table())} WHERE ${q(pick(FIELDS))} IS NULL LIMIT 1000)` : `${q(pick(FIELDS))} IS NULL`};`],
    [3, () => `-- CreateEnum\nCREATE TYPE ${q(`${capital(pick(WORDS))}Status${int(1e4)}`)} AS ENUM ('ACTIVE', 'PAUSED', 'ARCHIVED', 'DELETED');`],
    [2, () => `INSERT INTO ${q(table())} ("id", "name", "code") VALUES ${Array.from({ length: 1 + int(4) }, () => `('${int(1e9).toString(36)}', '${pick(WORDS)} ${int(1000)}', 'C${int(1e5)}')`).join(", ")};`],
    [1, () => `CREATE OR REPLACE FUNCTION touch_${int(1e6)}() RETURNS trigger AS $$\nBEGIN\n  NEW."updatedAt" := now(); -- keep updatedAt current\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;`],
    [1, () => `DO $$ BEGIN\n ALTER TABLE ${q(table())} ADD CONSTRAINT ${q(`fk_${int(1e6)}`)} FOREIGN KEY ("ownerId") REFERENCES ${q(table())}("id") ON DELETE cascade;\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;`],
    [1, () => `COMMENT ON TABLE ${q(table())} IS 'Owned by the ${pick(WORDS)} team; see ADR-${int(500)}';`],
  ];
  const totalWeight = statements.reduce((n, [w]) => n + w, 0);
  const statement = () => {
    let r = random() * totalWeight;
    for (const [weight, make] of statements) if ((r -= weight) < 0) return make();
    return statements[0][1]();
  };

  const layouts = [
    (i) => `web/prisma/migrations/${20200101000000 + i * 1000}_${pick(WORDS)}/migration.sql`,
    (i) => `app/db/migrations/${String(i).padStart(5, "0")}_${pick(WORDS)}.sql`,
    (i) => `supabase/migrations/${20210101000000 + i * 1000}_${pick(WORDS)}.sql`,
  ];
  const perFile = targetBytes / files;
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    let text = random() < 0.2 ? `/*\n  Warnings:\n\n  - Added the required column \`${pick(FIELDS)}\` without a default value.\n\n*/\n` : "";
    const target = perFile * (0.4 + random() * 1.2);
    while (text.length < target) text += `${statement()}\n\n`;
    const file = path.join(dir, layouts[i % layouts.length](i));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(path.join(dir, "CORPUS_VERSION"), CORPUS_VERSION);
  return { files, bytes };
}
