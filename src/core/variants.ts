import type { StatementVariant } from "./statement.js";

/** What collapsing needs of a finding: its rule and the variant of the statement it is about. */
export interface VariantFinding {
  ruleId: string;
  message: string;
  variant?: StatementVariant;
}

/**
 * One finding per statement however many variants the code can build it in: a finding that every
 * variant of the statement has is kept once (the first variant's); one that only some have is kept
 * once too, its message saying in which variants it applies.
 */
export function collapseVariants<F extends VariantFinding>(findings: readonly F[]): F[] {
  const groups = new Map<string, F[]>();
  const result: F[] = [];
  for (const f of findings) {
    if (!f.variant || f.variant.count < 2) {
      result.push(f);
      continue;
    }
    const key = `${f.ruleId}\0${f.variant.group}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      groups.set(key, [f]);
      result.push(f);
    }
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const labels = [...new Set(group.map((f) => f.variant!.label))];
    if (labels.length < first.variant!.count) first.message = `${first.message} (Only when ${labels.join(", or when ")}.)`;
  }
  return result;
}

/** What dropping repeats needs of a finding. */
export interface PlacedFinding {
  ruleId: string;
  message: string;
  direction: string;
  span: { line: number; column: number; endLine: number; endColumn: number };
}

/**
 * Drops a finding identical to an earlier one (same rule, place, direction and message): a loop
 * over known items or a helper called several times can build the same problem at the same line
 * more than once, and saying it twice adds nothing but noise to a review.
 */
export function dropRepeats<F extends PlacedFinding>(findings: readonly F[]): F[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.direction}\0${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
