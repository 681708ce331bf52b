// Scaffolds a rule: rules/<id>.ts, docs/rules/<id>.md, fixtures/rules/<id>/{sql,prisma,drizzle}/,
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
writeRuleIndex();
console.log("updated rules/index.ts");
