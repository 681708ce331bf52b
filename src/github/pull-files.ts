import type { ChangedFile, FileStatus } from "../discover/git.js";
import type { GitHubClient, Repo } from "./client.js";
import { commentableLines } from "./diff-hunks.js";
import type { PullFile } from "./review-plan.js";

export interface PullRequestFiles {
  /** Every file the pull request changes, relative to the repository root. */
  changed: ChangedFile[];
  /** The same files with the lines a review comment may target. */
  files: Map<string, PullFile>;
}

const STATUS: Record<string, FileStatus | undefined> = {
  added: "added",
  copied: "added",
  modified: "modified",
  changed: "modified",
  removed: "deleted",
  renamed: "renamed",
};

/**
 * The pull request's files from the API, all pages of them (GitHub lists up to 3,000). A file
 * whose diff GitHub does not include (too large, binary) has no commentable line: its findings go
 * to the summary.
 */
export async function listPullFiles(client: GitHubClient, repo: Repo, pullNumber: number): Promise<PullRequestFiles> {
  const entries = await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: pullNumber, per_page: 100 });
  const changed: ChangedFile[] = [];
  const files = new Map<string, PullFile>();
  for (const entry of entries) {
    const status = STATUS[entry.status];
    if (!status) continue;
    changed.push({ path: entry.filename, status, ...(entry.previous_filename ? { previousPath: entry.previous_filename } : {}) });
    if (status !== "deleted") files.set(entry.filename, { path: entry.filename, commentable: commentableLines(entry.patch) });
  }
  return { changed, files };
}
