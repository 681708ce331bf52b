import type { GitHubClient } from "./client.js";
import { isWrittenBy } from "./identity.js";
import { SUMMARY_MARKER } from "./markers.js";
import type { PullRequestRef } from "./review.js";
import { truncateBody } from "./truncate.js";

/** Two racing runs leave one extra; more than a few means something else is going on: leave them. */
const MAX_DUPLICATES_REMOVED = 5;

export type StickyOutcome = "created" | "updated" | "unchanged" | "skipped";

/**
 * Keeps one summary comment on the pull request: found again by its hidden marker and edited in
 * place, never posted twice. Two runs racing can each create one; the later run keeps the oldest
 * and deletes the others. `createIfMissing: false` leaves a pull request without one alone (a
 * pull request that touches no migration gets no comment).
 */
export async function upsertStickyComment(client: GitHubClient, pr: PullRequestRef, markdown: string, createIfMissing: boolean): Promise<StickyOutcome> {
  const body = truncateBody(`${SUMMARY_MARKER}\n${markdown}`);
  const comments = await client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    per_page: 100,
  });
  // A marker alone proves nothing (anyone can paste it): ours are those our account wrote.
  const ours = comments.filter((c) => c.body?.includes(SUMMARY_MARKER) && isWrittenBy(c.user, pr.author)).sort((a, b) => a.id - b.id);
  const [first, ...duplicates] = ours;
  for (const extra of duplicates.slice(0, MAX_DUPLICATES_REMOVED)) {
    await client.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { owner: pr.owner, repo: pr.repo, comment_id: extra.id });
  }
  if (first) {
    if (first.body === body) return "unchanged";
    await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { owner: pr.owner, repo: pr.repo, comment_id: first.id, body });
    return "updated";
  }
  if (!createIfMissing) return "skipped";
  await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body });
  return "created";
}
