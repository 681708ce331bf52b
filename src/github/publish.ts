import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { formatMarkdown } from "../report/markdown.js";
import { plural } from "../report/summary.js";
import type { GitHubClient } from "./client.js";
import { listOurComments, publishReview, type PullRequestRef, type ReviewLog } from "./review.js";
import { planReview, type PullFile } from "./review-plan.js";
import { upsertStickyComment } from "./sticky-comment.js";

/**
 * Inline comments are for what a reviewer should look at on the diff; past this many, more of
 * them bury the conversation (and very large reviews time out at GitHub), so the rest are only
 * in the summary.
 */
export const MAX_INLINE_COMMENTS = 50;

export interface PublishRequest {
  client: GitHubClient;
  pr: PullRequestRef;
  files: ReadonlyMap<string, PullFile>;
  /** Paths relative to the repository root. */
  findings: readonly Finding[];
  checkedMigrations: number;
  /** `review`: inline comments and the summary; `summary`: the summary comment only. */
  mode: "review" | "summary";
  fileUrl(file: string, line: number): string;
  log: ReviewLog;
  /** More notes for the summary comment (e.g. annotations GitHub does not show). */
  notes?: readonly string[];
  /** Sets skipped as another database's. */
  notices?: readonly Notice[];
  /** Last line of the summary comment (version and commit). */
  footer: string;
  /** The findings' messages are untrusted (a findings file): posted as plain text. */
  plainMessages?: boolean;
}

export interface Publication {
  /** GitHub refused the inline comments (the 422 message). */
  rejected?: string;
  /** One line for the log. */
  description: string;
}

/** Brings the pull request's comments up to date with the findings. */
export async function publishToPullRequest(request: PublishRequest): Promise<Publication> {
  const { client, pr, findings } = request;
  const notes: string[] = [];
  let inline = 0;
  let rejected: string | undefined;
  let reviewLine = "";
  if (request.mode === "review") {
    const existing = await listOurComments(client, pr);
    const plan = planReview(findings, request.files, existing, MAX_INLINE_COMMENTS);
    const outcome = await publishReview(client, pr, plan, request.log, undefined, request.plainMessages);
    rejected = outcome.rejected;
    inline = rejected ? plan.commented.size - plan.post.length : plan.commented.size;
    reviewLine = `${plural(outcome.posted, "new inline comment")}, ${plural(outcome.updated, "comment")} updated; `;
    if (rejected) notes.push(`GitHub did not accept the inline comments (${rejected}), so every finding is listed here.`);
    if (plan.overCap > 0) notes.push(`${plural(plan.overCap, "more finding")} on the diff ${plan.overCap === 1 ? "is" : "are"} listed only here (at most ${MAX_INLINE_COMMENTS} inline comments per pull request).`);
  }
  const elsewhere = findings.length - inline;
  if (request.mode === "review" && findings.length > 0) {
    notes.unshift(
      elsewhere === 0
        ? `Each finding is also a comment on its line in the diff.`
        : `${plural(inline, "finding")} ${inline === 1 ? "is" : "are"} also a comment on the diff; ${plural(elsewhere, "finding")} on lines this pull request does not change (or GitHub shows no diff for) ${elsewhere === 1 ? "is" : "are"} listed only here.`,
    );
  }
  const notices = request.notices ?? [];
  const markdown = formatMarkdown(findings, {
    checkedMigrations: request.checkedMigrations,
    fileUrl: request.fileUrl,
    notes: [...notes, ...(request.notes ?? []), request.footer],
    notices,
    ...(request.plainMessages ? { plainMessages: true } : {}),
  });
  // A pull request that touches no migration gets no comment, unless an earlier run left one; one
  // whose migrations were all skipped (another database's) is told so.
  const sticky = await upsertStickyComment(client, pr, markdown, findings.length > 0 || request.checkedMigrations > 0 || notices.length > 0);
  return { ...(rejected ? { rejected } : {}), description: `migration-guard: ${reviewLine}summary comment ${sticky}.` };
}
