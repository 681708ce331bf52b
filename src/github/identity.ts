import type { GitHubClient } from "./client.js";

/**
 * Who the Action posts as. Its comments are found again by hidden markers, but anyone can write
 * a marker: only comments whose author is this account are ever edited, resolved or deleted.
 */
export interface Author {
  login: string;
  /** GitHub's numeric id, when known: logins can be renamed, ids cannot. */
  id?: number;
}

/** The job token (GITHUB_TOKEN) posts as this bot. */
export const ACTIONS_BOT: Author = { login: "github-actions[bot]", id: 41898282 };

interface CommentUser {
  login?: string | null;
  id?: number | null;
  type?: string | null;
}

/**
 * Whether a comment was written by `author`. GraphQL names a bot without the `[bot]` suffix that
 * REST adds, so both spellings of a bot's login count.
 */
export function isWrittenBy(user: CommentUser | null | undefined, author: Author): boolean {
  if (!user?.login) return false;
  if (author.id !== undefined && typeof user.id === "number" && user.id !== author.id) return false;
  const login = user.login.toLowerCase();
  const ours = author.login.toLowerCase();
  return login === ours || (user.type === "Bot" && (login === `${ours}[bot]` || `${login}[bot]` === ours));
}

/**
 * The account the token acts as. GraphQL's `viewer` answers for every kind of token (a personal
 * token, a GitHub App's installation token, the job token); REST `GET /user` only for personal
 * tokens. An installation token that may ask neither is the job token's kind: its comments are
 * `github-actions[bot]`'s. Undefined when nothing tells, and then nothing is edited.
 */
export async function authenticatedAuthor(client: GitHubClient, token: string, log: (message: string) => void): Promise<Author | undefined> {
  try {
    const data = await client.graphql<{ viewer?: { login?: string; databaseId?: number | null } }>("query { viewer { login databaseId } }");
    const login = data.viewer?.login;
    if (login) return { login, ...(typeof data.viewer?.databaseId === "number" ? { id: data.viewer.databaseId } : {}) };
  } catch (error) {
    log(`GraphQL viewer did not answer (${error instanceof Error ? error.message : String(error)}); asking GET /user.`);
  }
  try {
    const { data } = await client.request("GET /user");
    if (data.login) return { login: data.login, id: Number(data.id) };
  } catch (error) {
    log(`GET /user did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  return token.startsWith("ghs_") ? ACTIONS_BOT : undefined;
}
