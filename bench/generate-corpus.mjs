// Generates a deterministic corpus of SQL migrations for `npm run bench`: the same bytes on every
// machine, shaped like real projects (plain SQL, Prisma and Supabase folders; tables, columns,
// indexes, constraints, backfills, functions, DO blocks, seeds, comments).
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
const TYPES = ["text", "varchar(255)", "integer", "bigint", "boolean", "timestamptz", "jsonb", "numeric(12,2)", "uuid", "date"];

export function generateCorpus(dir, { files = 4000, targetBytes = 4_000_000, seed = 42 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (n) => Math.floor(random() * n);
  rmSync(dir, { recursive: true, force: true });
  const tables = [];
  const newTable = () => {
    const name = `${pick(WORDS)}_${pick(WORDS)}s_${tables.length}`;
    tables.push(name);
    return name;
  };
  const table = () => (tables.length ? pick(tables) : newTable());
  const col = () => `${pick(WORDS)}_${pick(["id", "name", "status", "amount", "at", "count", "data", "code"])}`;

  const statements = [
    () => {
      const t = newTable();
      const cols = Array.from({ length: 3 + int(8) }, () => `  ${col()} ${pick(TYPES)}${random() < 0.3 ? " NOT NULL" : ""}${random() < 0.2 ? " DEFAULT now()" : ""}`);
      return `-- Create ${t}\nCREATE TABLE ${t} (\n  id bigserial PRIMARY KEY,\n${[...new Set(cols)].join(",\n")},\n  created_at timestamptz NOT NULL DEFAULT now()\n);`;
    },
    () => `ALTER TABLE ${table()} ADD COLUMN ${col()}_${int(99)} ${pick(TYPES)};`,
    () => `CREATE INDEX ${random() < 0.5 ? "CONCURRENTLY " : ""}idx_${int(1e6)} ON ${table()} (${col()});`,
    () => `ALTER TABLE ${table()} ADD CONSTRAINT fk_${int(1e6)} FOREIGN KEY (${pick(WORDS)}_id) REFERENCES ${table()} (id)${random() < 0.5 ? " NOT VALID" : ""};`,
    () => `UPDATE ${table()} SET ${col()} = ${int(100)} WHERE ${random() < 0.5 ? `id BETWEEN ${int(1000)} AND ${1000 + int(1000)}` : `${col()} IS NULL`};`,
    () => `ALTER TABLE ${table()} ALTER COLUMN ${col()} SET NOT NULL;`,
    () => `INSERT INTO ${table()} (name, code) VALUES ${Array.from({ length: 1 + int(6) }, () => `('${pick(WORDS)} ${int(1000)}', 'C${int(1e5)}')`).join(", ")};`,
    () =>
      `CREATE OR REPLACE FUNCTION touch_${int(1e6)}() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now(); -- keep updated_at current\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;`,
    () => `DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status_${int(1e4)}') THEN\n    CREATE TYPE status_${int(1e4)} AS ENUM ('active', 'paused', 'closed');\n  END IF;\nEND\n$$;`,
    () => `ALTER TABLE ${table()} ADD CONSTRAINT chk_${int(1e6)} CHECK (${col()} >= 0) NOT VALID;`,
    () => `ALTER TABLE ${table()} ALTER COLUMN ${col()} TYPE ${pick(TYPES)};`,
    () => `COMMENT ON TABLE ${table()} IS 'Owned by the ${pick(WORDS)} team; see ADR-${int(500)}';`,
    () => `ALTER TABLE ${table()} RENAME COLUMN ${col()} TO ${col()}_old;`,
    () => `DROP INDEX IF EXISTS idx_${int(1e6)};`,
  ];

  const layouts = [
    (i) => `app/db/migrations/${String(i).padStart(5, "0")}_${pick(WORDS)}.sql`,
    (i) => `web/prisma/migrations/${20200101000000 + i * 1000}_${pick(WORDS)}/migration.sql`,
    (i) => `supabase/migrations/${20210101000000 + i * 1000}_${pick(WORDS)}.sql`,
  ];
  const perFile = targetBytes / files;
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    let text = random() < 0.3 ? `-- Migration ${i}: ${pick(WORDS)} changes\n\n` : "";
    while (text.length < perFile * (0.5 + random())) text += `${pick(statements)()}\n\n`;
    const file = path.join(dir, layouts[i % layouts.length](i));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
