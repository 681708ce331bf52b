import type { Operation, RuleContext } from "../../src/index.js";

/** The parts of libpg-query's domain statements the domain rules read. */
interface DomainConstraint {
  contype?: string;
  conname?: string;
  skip_validation?: boolean;
}
interface CreateDomain {
  domainname?: { String?: { sval?: string } }[];
  constraints?: { Constraint?: DomainConstraint }[];
}
interface AlterDomain {
  /** `C`: ADD constraint, `O`: SET NOT NULL, `V`: VALIDATE, ... */
  subtype?: string;
  typeName?: { String?: { sval?: string } }[];
  def?: { Constraint?: DomainConstraint };
}

export interface DomainStatement {
  op: Operation;
  domain: string;
  create?: { checks: DomainConstraint[] };
  /** ALTER DOMAIN ... ADD CHECK / SET NOT NULL: a constraint that existing values must satisfy. */
  adds?: { kind: "check" | "not-null"; name?: string; notValid: boolean };
}

function nameOf(parts: { String?: { sval?: string } }[] | undefined): string {
  const names = (parts ?? []).map((p) => p.String?.sval ?? "");
  if (names.length === 2 && names[0] === "public") names.shift();
  return names.join(".");
}

/** The CREATE DOMAIN and ALTER DOMAIN statements of a migration, in order. */
export function domainStatements(ctx: RuleContext<any>): DomainStatement[] {
  const found: DomainStatement[] = [];
  for (const op of ctx.operations) {
    if (op.kind !== "other") continue;
    if (op.nodeType === "CreateDomainStmt") {
      const stmt = (op.statement?.ast as { CreateDomainStmt?: CreateDomain } | undefined)?.CreateDomainStmt;
      if (!stmt) continue;
      const checks = (stmt.constraints ?? []).flatMap((c) => (c.Constraint?.contype === "CONSTR_CHECK" ? [c.Constraint] : []));
      found.push({ op, domain: nameOf(stmt.domainname), create: { checks } });
    } else if (op.nodeType === "AlterDomainStmt") {
      const stmt = (op.statement?.ast as { AlterDomainStmt?: AlterDomain } | undefined)?.AlterDomainStmt;
      if (!stmt) continue;
      const domain = nameOf(stmt.typeName);
      const c = stmt.def?.Constraint;
      if (stmt.subtype === "C" && c?.contype === "CONSTR_CHECK") {
        found.push({ op, domain, adds: { kind: "check", ...(c.conname ? { name: c.conname } : {}), notValid: c.skip_validation === true } });
      } else if (stmt.subtype === "O") {
        found.push({ op, domain, adds: { kind: "not-null", notValid: false } });
      } else {
        found.push({ op, domain });
      }
    }
  }
  return found;
}
