import type { Finding } from "../core/finding.js";

/** A file of the pull request, with the lines of its new version a comment may be placed on. */
export interface PullFile {
  /** Relative to the repository root. */
  path: string;
  commentable: ReadonlySet<number>;
}

/** An inline comment an earlier run posted (recognized by its hidden fingerprint). */
export interface ExistingComment {
  id: number;
  fingerprint: string;
  body: string;
  /** Marked as resolved by an earlier run (fixed, or moved to a newer comment). */
  resolved: boolean;
  /** GitHub no longer places it on the current diff (its line changed since). */
  outdated: boolean;
}

export interface Placement {
  finding: Finding;
  path: string;
  line: number;
}

/** Why an earlier comment is marked resolved: its finding is gone, it moved, or two runs raced. */
export type ResolveReason = "fixed" | "moved" | "duplicate";

export interface ReviewPlan {
  /** New inline comments, posted together as one review. */
  post: Placement[];
  /** Earlier comments marked resolved whose finding is back: un-resolve them. */
  reopen: Array<{ comment: ExistingComment; finding: Finding }>;
  /** Earlier comments to mark resolved, and why. */
  resolve: Array<{ comment: ExistingComment; reason: ResolveReason }>;
  /** Fingerprints that have an active inline comment once this plan is carried out. */
  commented: Set<string>;
  /** Findings that could be commented on but were left to the summary by the cap. */
  overCap: number;
}

/**
 * Where a finding can be commented on: its own line when the diff shows it, otherwise the first
 * line of its statement the diff shows; undefined when none is (the summary lists it).
 */
export function placeFinding(f: Finding, files: ReadonlyMap<string, PullFile>): Placement | undefined {
  const file = files.get(f.file);
  if (!file) return undefined;
  for (let line = f.line; line <= Math.max(f.line, f.endLine); line++) {
    if (file.commentable.has(line)) return { finding: f, path: f.file, line };
  }
  return undefined;
}

/**
 * Decides what to post, re-open and resolve so that every finding on the diff has exactly one
 * active comment, and every earlier comment whose finding is gone says so. A re-run with
 * nothing changed yields an empty plan.
 */
export function planReview(
  findings: readonly Finding[],
  files: ReadonlyMap<string, PullFile>,
  existing: readonly ExistingComment[],
  maxInline: number,
): ReviewPlan {
  const plan: ReviewPlan = { post: [], reopen: [], resolve: [], commented: new Set(), overCap: 0 };
  const byFingerprint = new Map<string, ExistingComment[]>();
  for (const c of existing) byFingerprint.set(c.fingerprint, [...(byFingerprint.get(c.fingerprint) ?? []), c]);
  const current = new Set(findings.map((f) => f.fingerprint));
  const resolving = new Set<ExistingComment>();

  for (const c of existing) {
    if (!c.resolved && !current.has(c.fingerprint)) {
      plan.resolve.push({ comment: c, reason: "fixed" });
      resolving.add(c);
    }
  }

  let active = 0;
  const wanted: Array<{ placement: Placement; comments: ExistingComment[] }> = [];
  for (const f of findings) {
    if (plan.commented.has(f.fingerprint)) continue;
    const comments = byFingerprint.get(f.fingerprint) ?? [];
    const current = comments.filter((c) => !c.resolved && !c.outdated).sort((a, b) => a.id - b.id);
    if (current.length > 0) {
      plan.commented.add(f.fingerprint);
      active++;
      // Two runs that raced may both have posted it: keep the first.
      for (const extra of current.slice(1)) plan.resolve.push({ comment: extra, reason: "duplicate" });
      continue;
    }
    const placement = placeFinding(f, files);
    if (placement) wanted.push({ placement, comments });
  }

  for (const { placement, comments } of wanted) {
    const fingerprint = placement.finding.fingerprint;
    if (active >= maxInline) {
      plan.overCap++;
      continue;
    }
    active++;
    plan.commented.add(fingerprint);
    const reopenable = comments.find((c) => c.resolved && !c.outdated);
    if (reopenable) plan.reopen.push({ comment: reopenable, finding: placement.finding });
    else plan.post.push(placement);
    // An active comment GitHub shows as outdated is superseded by the one on the current line.
    for (const c of comments) {
      if (!c.resolved && c.outdated && !resolving.has(c)) {
        plan.resolve.push({ comment: c, reason: "moved" });
        resolving.add(c);
      }
    }
  }
  return plan;
}
