import type { getOctokit } from "@actions/github";

/** The GitHub API client the Action uses: Octokit with pagination, from @actions/github. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/** What failed requests look like (Octokit's RequestError), without importing its class. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

export function errorMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  if (data && typeof data === "object" && typeof (data as { message?: unknown }).message === "string") return (data as { message: string }).message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A read-only token (a pull request from a fork, a workflow without `pull-requests: write`) gets
 * 403 "Resource not accessible by integration"; a token without access to the repository, 404.
 * Rate limits also answer 403, but the retry hook has already dealt with those.
 */
export function isPermissionDenied(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 403 || status === 404;
}
