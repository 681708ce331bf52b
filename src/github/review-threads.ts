import type { GitHubClient, Repo } from "./client.js";

/** A review thread, known by the REST id of its first comment. */
export interface ThreadRef {
  id: string;
  isResolved: boolean;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE = `mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }`;
const UNRESOLVE = `mutation($threadId: ID!) { unresolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } } }`;

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ id: string; isResolved: boolean; comments: { nodes: Array<{ databaseId: number | null }> } }>;
      };
    } | null;
  } | null;
}

/**
 * The pull request's review threads by the id of their first comment. Resolving a thread exists
 * only in GraphQL; REST knows comments, GraphQL knows threads, and the first comment's
 * `databaseId` joins them. Bounded at 50 pages (5,000 threads).
 */
export async function listReviewThreads(client: GitHubClient, repo: Repo, pullNumber: number): Promise<Map<number, ThreadRef>> {
  const threads = new Map<number, ThreadRef>();
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, { owner: repo.owner, repo: repo.repo, number: pullNumber, cursor });
    const connection = data.repository?.pullRequest?.reviewThreads;
    if (!connection) break;
    for (const node of connection.nodes) {
      const first = node.comments.nodes[0]?.databaseId;
      if (typeof first === "number") threads.set(first, { id: node.id, isResolved: node.isResolved });
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    cursor = connection.pageInfo.endCursor;
  }
  return threads;
}

export async function setThreadResolved(client: GitHubClient, threadId: string, resolved: boolean): Promise<void> {
  await client.graphql(resolved ? RESOLVE : UNRESOLVE, { threadId });
}
