import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { domainStatements } from "./support/domains.js";

export default defineRule({
  id: "require-not-valid-domain-constraint",
  description: "ALTER DOMAIN ... ADD CHECK without NOT VALID (or SET NOT NULL) scans every column of the domain's type, in every table, while blocking writes to them.",
  severity: "error",
  check(ctx) {
    const created = new Set<string>();
    for (const d of domainStatements(ctx)) {
      if (d.create) created.add(d.domain);
      if (!d.adds || d.adds.notValid || created.has(d.domain)) continue;
      const domain = code(d.domain);
      const what = d.adds.kind === "check" ? `Adding a CHECK constraint to the domain ${domain}` : `SET NOT NULL on the domain ${domain}`;
      const fix =
        d.adds.kind === "check"
          ? `Add it with NOT VALID (new and updated values are checked at once), then run ${code(`ALTER DOMAIN ${d.domain} VALIDATE CONSTRAINT ${d.adds.name ?? "<name>"}`)} in a later migration at a quiet time${d.adds.name ? "" : " (give the constraint a name so you can validate it)"}.`
          : `Add ${code("CHECK (VALUE IS NOT NULL) NOT VALID")} to the domain instead, and VALIDATE CONSTRAINT it in a later migration at a quiet time.`;
      ctx.report({
        at: d.op,
        message:
          `${what} makes Postgres check every existing value of every column of that type, in every table that uses it, in this one statement, holding a SHARE lock on each of those tables: their writes wait for the whole scan. ${fix}`,
      });
    }
  },
});
