import type { GitHubClient } from "./client.js";

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  /** The first backoff after a server error; doubled on each retry. */
  baseDelayMs: number;
  /** A wait longer than this (a primary rate limit resetting in half an hour) fails instead. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/**
 * Retries GitHub API requests that failed for a passing reason: a 5xx, a secondary rate limit
 * (GitHub asks clients to wait `retry-after` seconds, or a minute), or a primary rate limit that
 * resets soon. Requests sent with `request: { idempotent: false }` are not repeated after a 5xx,
 * which may have come after the change was made; their caller checks and retries itself.
 */
export function retryTransientErrors(octokit: GitHubClient, options: RetryOptions): void {
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const idempotent = (requestOptions.request as { idempotent?: boolean } | undefined)?.idempotent !== false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const delay = attempt < options.retries ? retryDelay(error as ErrorLike, attempt, options, idempotent) : undefined;
        if (delay === undefined) throw error;
        const status = (error as ErrorLike).status;
        options.log(`GitHub answered ${requestOptions.method} ${requestOptions.url} with ${status}; retrying in ${Math.ceil(delay / 1000)}s.`);
        await options.sleep(delay);
      }
    }
  });
}

/** How long to wait before retrying, or undefined when the failure is not worth a retry. */
export function retryDelay(error: ErrorLike, attempt: number, options: Pick<RetryOptions, "baseDelayMs" | "maxWaitMs">, idempotent = true, now = Date.now()): number | undefined {
  const status = error.status ?? 0;
  const headers = error.response?.headers ?? {};
  const header = (name: string) => (headers[name] === undefined ? undefined : String(headers[name]));
  const retryAfter = header("retry-after");
  const retryAfterMs = retryAfter !== undefined && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  const message = messageOf(error);
  let delay: number | undefined;
  if ((status === 403 || status === 429) && header("x-ratelimit-remaining") === "0" && retryAfterMs === undefined) {
    const reset = Number(header("x-ratelimit-reset"));
    delay = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : undefined;
  } else if ((status === 403 || status === 429) && (retryAfterMs !== undefined || /secondary rate limit|abuse detection/i.test(message))) {
    delay = retryAfterMs ?? 60_000;
  } else if (status >= 500 && idempotent) {
    delay = retryAfterMs ?? options.baseDelayMs * 2 ** attempt;
  } else if (status === 429) {
    delay = options.baseDelayMs * 2 ** attempt;
  }
  return delay !== undefined && delay <= options.maxWaitMs ? delay : undefined;
}

function messageOf(error: ErrorLike): string {
  const data = error.response?.data;
  if (data && typeof data === "object" && typeof (data as { message?: unknown }).message === "string") return (data as { message: string }).message;
  return error.message ?? "";
}
