import type { Finding } from "../core/finding.js";
import { plural } from "../report/summary.js";
import { errorMessage, httpStatus, type GitHubClient, type Repo } from "./client.js";
import { inlineCommentBody, resolvedCommentBody } from "./comment-body.js";
import { isWrittenBy, type Author } from "./identity.js";
import { fingerprintOf, isResolvedBody, REVIEW_MARKER } from "./markers.js";
import type { ExistingComment, ReviewPlan } from "./review-plan.js";
import { listReviewThreads, setThreadResolved } from "./review-threads.js";

export interface PullRequestRef extends Repo {
  pullNumber: number;
  headSha: string;
  /** The account the token posts as: only its comments are edited, resolved or deleted. */
  author: Author;
}

/**
 * Edits of earlier comments (and their threads' states) one run makes at most. A normal run
 * edits a few; a pull request stuffed with comments cannot make a run spend its rate limit.
 */
export const MAX_EDITS_PER_RUN = 60;

export interface ReviewLog {
  info(message: string): void;
  debug(message: string): void;
}

export interface ReviewOutcome {
  posted: number;
  /** GitHub refused the inline comments (422): the message, and the findings go to the summary. */
  rejected?: string;
  /** Comments marked resolved or re-opened. */
  updated: number;
  /** Edits left for a later run by MAX_EDITS_PER_RUN. */
  deferred: number;
}

/** The inline comments earlier runs posted on this pull request: written by us, with our marker (replies are not ours). */
export async function listOurComments(client: GitHubClient, pr: PullRequestRef): Promise<ExistingComment[]> {
  const comments = await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  });
  const ours: ExistingComment[] = [];
  for (const c of comments) {
    if (c.in_reply_to_id !== undefined && c.in_reply_to_id !== null) continue;
    if (!isWrittenBy(c.user, pr.author)) continue;
    const fingerprint = fingerprintOf(c.body);
    if (!fingerprint) continue;
    // GitHub keeps `line` only while the comment still sits on the current diff.
    ours.push({ id: c.id, fingerprint, body: c.body, resolved: isResolvedBody(c.body), outdated: c.line === null || c.line === undefined });
  }
  return ours;
}

/** Carries out a review plan: one review with the new comments, then edits and thread states. */
export async function publishReview(client: GitHubClient, pr: PullRequestRef, plan: ReviewPlan, log: ReviewLog, retryDelayMs = 2_000, plainMessages = false): Promise<ReviewOutcome> {
  const body = (finding: Finding) => inlineCommentBody(finding, { plainMessage: plainMessages });
  const outcome: ReviewOutcome = { posted: 0, updated: 0, deferred: 0 };
  if (plan.post.length > 0) {
    try {
      await createReview(client, pr, plan, retryDelayMs, body);
      outcome.posted = plan.post.length;
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      outcome.rejected = errorMessage(error);
    }
  }
  const planned: Array<{ comment: ExistingComment; body: string; resolved: boolean }> = [
    ...plan.reopen.map(({ comment, finding }) => ({ comment, body: body(finding), resolved: false })),
    ...plan.resolve.map(({ comment, reason }) => ({ comment, body: resolvedCommentBody(comment.body, pr.headSha, reason), resolved: true })),
  ];
  const edits = planned.slice(0, MAX_EDITS_PER_RUN);
  outcome.deferred = planned.length - edits.length;
  if (outcome.deferred > 0) log.info(`migration-guard: ${plural(outcome.deferred, "earlier comment")} left as they are (at most ${MAX_EDITS_PER_RUN} edits per run); the next run continues.`);
  for (const edit of edits) {
    await client.request("PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}", { owner: pr.owner, repo: pr.repo, comment_id: edit.comment.id, body: edit.body });
    outcome.updated++;
  }
  if (edits.length > 0) await setThreadStates(client, pr, edits, log);
  return outcome;
}

async function createReview(client: GitHubClient, pr: PullRequestRef, plan: ReviewPlan, retryDelayMs: number, body: (f: Finding) => string): Promise<void> {
  const post = () =>
    client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.pullNumber,
      commit_id: pr.headSha,
      event: "COMMENT",
      body: reviewBody(plan.post.map((p) => p.finding)),
      comments: plan.post.map((p) => ({ path: p.path, line: p.line, side: "RIGHT", body: body(p.finding) })),
      request: { idempotent: false },
    });
  try {
    await post();
  } catch (error) {
    if ((httpStatus(error) ?? 0) < 500) throw error;
    // A 5xx on a large review can come after GitHub created it: look before posting again.
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    const landed = new Set((await listOurComments(client, pr)).map((c) => c.fingerprint));
    if (plan.post.every((p) => landed.has(p.finding.fingerprint))) return;
    await post();
  }
}

function reviewBody(findings: readonly Finding[]): string {
  return `${REVIEW_MARKER}\n**migration-guard** found ${plural(findings.length, "problem")} on lines this pull request changes; see the comments below. The summary comment lists every finding.`;
}

/**
 * Resolves the threads of comments whose finding is gone and re-opens those whose finding came
 * back. Only GraphQL can do this; when it is not allowed, the edited comment text still says it.
 */
async function setThreadStates(client: GitHubClient, pr: PullRequestRef, edits: ReadonlyArray<{ comment: ExistingComment; resolved: boolean }>, log: ReviewLog): Promise<void> {
  try {
    const threads = await listReviewThreads(client, pr, pr.pullNumber);
    for (const edit of edits) {
      const thread = threads.get(edit.comment.id);
      if (thread && thread.isResolved !== edit.resolved) await setThreadResolved(client, thread.id, edit.resolved);
    }
  } catch (error) {
    log.info(`migration-guard could not change the state of review threads (${errorMessage(error)}); the comments' text says which findings are resolved.`);
  }
}
