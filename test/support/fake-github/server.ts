import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSchema, graphql, type GraphQLSchema } from "graphql";
import { commentableLines } from "../../../src/github/diff-hunks.js";
import { OpenApiContract, type Operation } from "./openapi.js";

/**
 * A fake GitHub REST + GraphQL API for end-to-end tests of the built Action. It listens on
 * 127.0.0.1 only, keeps its state in memory, and enforces what GitHub enforces where the Action
 * could get it wrong: review comments only on lines of the diff (else 422 for the whole review),
 * pagination (per_page capped at 100, Link headers), read-only tokens (403), and request bodies
 * that match GitHub's published OpenAPI description. Every request it serves is bounded: it
 * answers 429 to everything after `maxRequests`, so a looping client fails instead of spinning.
 */

export interface FakeFile {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed" | "copied" | "changed" | "unchanged";
  /** Unified diff hunks; GitHub leaves it out for large or binary diffs. */
  patch?: string;
  previous_filename?: string;
  /** The file's text at the head commit (for deciding which comments become outdated). */
  content?: string;
}

export interface FakePull {
  number: number;
  headSha: string;
  baseSha: string;
  headRepo: string;
  files: FakeFile[];
}

export interface ReviewComment {
  id: number;
  node_id: string;
  pull_request_review_id: number;
  path: string;
  body: string;
  line: number | null;
  original_line: number;
  side: "RIGHT" | "LEFT";
  commit_id: string;
  original_commit_id: string;
  in_reply_to_id?: number;
  user: FakeUser;
  pullNumber: number;
}

export interface IssueComment {
  id: number;
  node_id: string;
  body: string;
  user: FakeUser;
  issueNumber: number;
}

export interface Review {
  id: number;
  pullNumber: number;
  body: string;
  event: string;
  commit_id: string;
  commentIds: number[];
}

export interface Thread {
  id: string;
  firstCommentId: number;
  isResolved: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  headers: Record<string, string>;
  message: string;
  times: number;
}

export interface FakeUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

const BOT: FakeUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
/** People who comment on pull requests in the tests, each with a personal token. */
export const MAINTAINER: FakeUser = { login: "maintainer", id: 5001, type: "User" };
export const PR_AUTHOR: FakeUser = { login: "pr-author", id: 5002, type: "User" };

/** A write the fake refused: someone else's comment edited, deleted or its thread resolved. */
export interface ForeignWrite {
  what: string;
  by: string;
  owner: string;
}

const ROUTES = [
  ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files"],
  ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/comments"],
  ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
  ["PATCH", "/repos/{owner}/{repo}/pulls/comments/{comment_id}"],
  ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["GET", "/user"],
] as const;

let contract: OpenApiContract | undefined;
let graphqlSchema: GraphQLSchema | undefined;

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  /** The job token's kind (`ghs_`): write and read-only; and personal tokens of people (`ghp_`). */
  readonly tokens = { write: "ghs_write_token", read: "ghs_readonly_token", maintainer: "ghp_maintainer_token", author: "ghp_pr_author_token" };
  /** Who each token acts as. */
  readonly identities = new Map<string, FakeUser>([
    [this.tokens.write, BOT],
    [this.tokens.read, BOT],
    [this.tokens.maintainer, MAINTAINER],
    [this.tokens.author, PR_AUTHOR],
  ]);
  /**
   * Attempts to change comments or threads of another account. GitHub refuses them to an account
   * that may not moderate the repository (403); the tests expect the Action never to try.
   */
  readonly foreignWrites: ForeignWrite[] = [];
  readonly pulls = new Map<number, FakePull>();
  readonly reviewComments: ReviewComment[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly reviews: Review[] = [];
  readonly threads: Thread[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Requests that broke GitHub's contract: a test expects none. */
  readonly violations: string[] = [];
  private readonly failures: Failure[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = "";

  constructor(fullName = "acme/shop", private readonly maxRequests = 2_000) {
    [this.owner, this.repo] = fullName.split("/") as [string, string];
    contract ??= new OpenApiContract(ROUTES);
    graphqlSchema ??= buildSchema(readFileSync(new URL("../../../node_modules/@octokit/graphql-schema/schema.graphql", import.meta.url), "utf8"), { assumeValidSDL: true });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`fake server crashed: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: "fake server error" }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  addPull(pull: FakePull): void {
    this.pulls.set(pull.number, structuredClone(pull));
  }

  /**
   * A push to the pull request: new head, new diff. As on GitHub, a comment whose line's text
   * changed becomes outdated (`line: null`); one whose line is unchanged stays.
   */
  pushToPull(number: number, headSha: string, files: FakeFile[]): void {
    const pull = this.pulls.get(number)!;
    const before = new Map(pull.files.map((f) => [f.filename, f.content]));
    pull.headSha = headSha;
    pull.files = structuredClone(files);
    const after = new Map(files.map((f) => [f.filename, f]));
    for (const c of this.reviewComments) {
      if (c.pullNumber !== number || c.line === null) continue;
      const oldText = before.get(c.path)?.split("\n")[c.line - 1];
      const file = after.get(c.path);
      const newText = file?.content?.split("\n")[c.line - 1];
      const stillOnDiff = file && commentableLines(file.patch).has(c.line);
      if (oldText === undefined || oldText !== newText || !stillOnDiff) c.line = null;
      else c.commit_id = headSha;
    }
  }

  /** The next `times` requests matching method and path fail with `status`. */
  failNext(method: string, path: RegExp, status: number, options: { times?: number; headers?: Record<string, string>; message?: string } = {}): void {
    this.failures.push({ method, path, status, headers: options.headers ?? {}, message: options.message ?? "Server Error", times: options.times ?? 1 });
  }

  /** Requests that changed something (what a re-run must not repeat). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET" && !(r.method === "POST" && r.path === "/graphql" && !JSON.stringify(r.body).includes("mutation")));
  }

  activeComments(number: number): ReviewComment[] {
    return this.reviewComments.filter((c) => c.pullNumber === number && !c.body.includes("migration-guard:resolved"));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return this.send(res, { method, path: url.pathname }, 400, { message: "Problems parsing JSON" });
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, status: 0, ...(body !== undefined ? { body } : {}) };
    if (this.requests.length >= this.maxRequests) return this.send(res, record, 429, { message: "fake GitHub: request budget exhausted" });
    this.requests.push(record);

    const auth = req.headers.authorization ?? "";
    const token = auth.replace(/^(token|bearer) /i, "");
    const identity = this.identities.get(token);
    if (!identity) return this.send(res, record, 401, { message: "Bad credentials" });

    const failure = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (failure) {
      failure.times--;
      return this.send(res, record, failure.status, { message: failure.message }, failure.headers);
    }

    if (method === "POST" && url.pathname === "/graphql") return this.graphql(res, record, body, token !== this.tokens.read, identity);

    const match = matchRoute(method, url.pathname);
    if (!match) {
      this.violations.push(`unexpected request ${method} ${url.pathname}`);
      return this.send(res, record, 404, { message: "Not Found" });
    }
    const { op, params } = match;
    const problems = contract!.checkRequest(op, url.searchParams, body);
    if (problems.length > 0) {
      this.violations.push(`${method} ${op.path}: ${problems.join("; ")}`);
      return this.send(res, record, 422, { message: "Invalid request", errors: problems });
    }
    if (op.path === "/user") {
      // Installation tokens (the job token, an app's) may not read /user.
      if (token.startsWith("ghs_")) return this.send(res, record, 403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user" });
      return this.send(res, record, 200, userJson(identity));
    }
    if (params["owner"] !== this.owner || params["repo"] !== this.repo) return this.send(res, record, 404, { message: "Not Found" });
    if (method !== "GET" && token === this.tokens.read) {
      return this.send(res, record, 403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" });
    }
    const [status, payload, headers] = this.route(op, params, url, body as Record<string, unknown> | undefined, identity);
    const responseProblems = status < 300 ? contract!.checkResponse(op, status, payload) : [];
    if (responseProblems.length > 0) this.violations.push(`fake's own ${op.method} ${op.path} response: ${responseProblems.join("; ")}`);
    return this.send(res, record, status, payload, headers);
  }

  private route(op: Operation, params: Record<string, string>, url: URL, body: Record<string, unknown> | undefined, identity: FakeUser): [number, unknown, Record<string, string>?] {
    const refuse = (what: string, owner: FakeUser): [number, unknown] => {
      this.foreignWrites.push({ what, by: identity.login, owner: owner.login });
      return [403, { message: "Resource not accessible by integration" }];
    };
    const key = `${op.method} ${op.path}`;
    const pull = params["pull_number"] ? this.pulls.get(Number(params["pull_number"])) : params["issue_number"] ? this.pulls.get(Number(params["issue_number"])) : undefined;
    const base = `${this.url}/repos/${this.owner}/${this.repo}`;
    switch (key) {
      case "GET /repos/{owner}/{repo}/pulls/{pull_number}":
        if (!pull) return [404, { message: "Not Found" }];
        return [200, { number: pull.number, state: "open", head: { sha: pull.headSha, ref: "feature", label: `${pull.headRepo}:feature` }, base: { sha: pull.baseSha, ref: "main", label: `${this.owner}:main` } }];
      case "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": {
        if (!pull) return [404, { message: "Not Found" }];
        const files = pull.files.map((f) => ({
          sha: "0".repeat(40),
          filename: f.filename,
          status: f.status,
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: `${base}/blob/${pull.headSha}/${f.filename}`,
          raw_url: `${base}/raw/${pull.headSha}/${f.filename}`,
          contents_url: `${base}/contents/${f.filename}`,
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        }));
        return this.page(files, url);
      }
      case "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments": {
        if (!pull) return [404, { message: "Not Found" }];
        return this.page(this.reviewComments.filter((c) => c.pullNumber === pull.number).map(reviewCommentJson), url);
      }
      case "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews":
        if (!pull) return [404, { message: "Not Found" }];
        return this.createReview(pull, body ?? {}, identity);
      case "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}": {
        const comment = this.reviewComments.find((c) => c.id === Number(params["comment_id"]));
        if (!comment) return [404, { message: "Not Found" }];
        if (comment.user.id !== identity.id) return refuse(`edit review comment ${comment.id}`, comment.user);
        comment.body = String(body?.["body"]);
        return [200, reviewCommentJson(comment)];
      }
      case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments":
        if (!pull) return [404, { message: "Not Found" }];
        return this.page(this.issueComments.filter((c) => c.issueNumber === pull.number).map(issueCommentJson), url);
      case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
        if (!pull) return [404, { message: "Not Found" }];
        const text = String(body?.["body"]);
        if (text.length > 65_536) return [422, { message: "Validation Failed", errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }] }];
        const comment: IssueComment = { id: this.nextId++, node_id: `IC_${this.nextId}`, body: text, user: identity, issueNumber: pull.number };
        this.issueComments.push(comment);
        return [201, issueCommentJson(comment)];
      }
      case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        const comment = this.issueComments.find((c) => c.id === Number(params["comment_id"]));
        if (!comment) return [404, { message: "Not Found" }];
        if (comment.user.id !== identity.id) return refuse(`edit issue comment ${comment.id}`, comment.user);
        const text = String(body?.["body"]);
        if (text.length > 65_536) return [422, { message: "Validation Failed" }];
        comment.body = text;
        return [200, issueCommentJson(comment)];
      }
      case "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        const index = this.issueComments.findIndex((c) => c.id === Number(params["comment_id"]));
        if (index < 0) return [404, { message: "Not Found" }];
        if (this.issueComments[index]!.user.id !== identity.id) return refuse(`delete issue comment ${this.issueComments[index]!.id}`, this.issueComments[index]!.user);
        this.issueComments.splice(index, 1);
        return [204, undefined];
      }
      default:
        return [404, { message: "Not Found" }];
    }
  }

  /** GitHub validates every comment first and creates nothing when one is off the diff. */
  private createReview(pull: FakePull, body: Record<string, unknown>, identity: FakeUser): [number, unknown] {
    const commitId = body["commit_id"];
    if (commitId !== undefined && commitId !== pull.headSha) return [422, { message: "Unprocessable Entity", errors: ["Commit is not part of the pull request"] }];
    const event = body["event"];
    const text = typeof body["body"] === "string" ? body["body"] : "";
    if ((event === "COMMENT" || event === "REQUEST_CHANGES") && text === "") return [422, { message: "Unprocessable Entity", errors: ["Body is required for COMMENT"] }];
    if (text.length > 65_536) return [422, { message: "Unprocessable Entity", errors: ["Body is too long (maximum is 65536 characters)"] }];
    const comments = (body["comments"] as Array<Record<string, unknown>> | undefined) ?? [];
    for (const c of comments) {
      const file = pull.files.find((f) => f.filename === c["path"]);
      const line = c["line"];
      if (c["position"] !== undefined) return [422, { message: "Unprocessable Entity", errors: ["this fake expects line/side, not the deprecated position"] }];
      if (!file || typeof line !== "number" || c["side"] !== "RIGHT" || !commentableLines(file.patch).has(line)) {
        return [422, { message: "Unprocessable Entity", errors: ["Pull request review thread line must be part of the diff"] }];
      }
      if (String(c["body"]).length > 65_536) return [422, { message: "Unprocessable Entity", errors: ["Body is too long"] }];
    }
    const review: Review = { id: this.nextId++, pullNumber: pull.number, body: text, event: String(event ?? "PENDING"), commit_id: pull.headSha, commentIds: [] };
    for (const c of comments) {
      const comment: ReviewComment = {
        id: this.nextId++,
        node_id: `PRRC_${this.nextId}`,
        pull_request_review_id: review.id,
        path: String(c["path"]),
        body: String(c["body"]),
        line: c["line"] as number,
        original_line: c["line"] as number,
        side: "RIGHT",
        commit_id: pull.headSha,
        original_commit_id: pull.headSha,
        user: identity,
        pullNumber: pull.number,
      };
      this.reviewComments.push(comment);
      review.commentIds.push(comment.id);
      this.threads.push({ id: `PRRT_${comment.id}`, firstCommentId: comment.id, isResolved: false });
    }
    this.reviews.push(review);
    return [200, { id: review.id, node_id: `PRR_${review.id}`, body: review.body, state: review.event === "COMMENT" ? "COMMENTED" : review.event, commit_id: review.commit_id, user: identity }];
  }

  /** Pages as GitHub does: per_page at most 100 (default 30), `Link` with next and last. */
  private page(items: unknown[], url: URL): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    const link = (p: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set("page", String(p));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    if (links.length) headers["link"] = links.join(", ");
    return [200, items.slice((page - 1) * perPage, page * perPage), headers];
  }

  private async graphql(res: ServerResponse, record: RecordedRequest, body: unknown, canWrite: boolean, identity: FakeUser): Promise<void> {
    const { query, variables } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    if (typeof query !== "string") return this.send(res, record, 400, { message: "A query attribute must be specified" });
    if (/^\s*mutation/.test(query) && !canWrite) {
      return this.send(res, record, 200, { data: null, errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }] });
    }
    const setResolved = (threadId: string, isResolved: boolean) => {
      const thread = this.threads.find((t) => t.id === threadId);
      if (!thread) throw new Error(`Could not resolve to a node with the global id of '${threadId}'`);
      const first = this.reviewComments.find((c) => c.id === thread.firstCommentId);
      if (first && first.user.id !== identity.id) {
        this.foreignWrites.push({ what: `${isResolved ? "resolve" : "unresolve"} thread ${thread.id}`, by: identity.login, owner: first.user.login });
        throw new Error("Resource not accessible by integration");
      }
      thread.isResolved = isResolved;
      return { thread: { id: thread.id, isResolved } };
    };
    const rootValue = {
      // GitHub answers `viewer` for every kind of token, the job token's included.
      viewer: { login: identity.login, databaseId: identity.id },
      repository: ({ owner, name }: { owner: string; name: string }) =>
        owner !== this.owner || name !== this.repo
          ? null
          : {
              pullRequest: ({ number }: { number: number }) => {
                if (!this.pulls.has(number)) return null;
                const threads = this.threads.filter((t) => this.reviewComments.find((c) => c.id === t.firstCommentId)?.pullNumber === number);
                return {
                  reviewThreads: ({ first, after }: { first: number; after?: string | null }) => {
                    const start = after ? Number(after) : 0;
                    const nodes = threads.slice(start, start + Math.min(first, 100));
                    const end = start + nodes.length;
                    return {
                      pageInfo: { hasNextPage: end < threads.length, endCursor: nodes.length ? String(end) : null },
                      nodes: nodes.map((t) => ({ id: t.id, isResolved: t.isResolved, comments: () => ({ nodes: [{ databaseId: t.firstCommentId }] }) })),
                    };
                  },
                };
              },
            },
      resolveReviewThread: ({ input }: { input: { threadId: string } }) => setResolved(input.threadId, true),
      unresolveReviewThread: ({ input }: { input: { threadId: string } }) => setResolved(input.threadId, false),
    };
    const result = await graphql({ schema: graphqlSchema!, source: query, variableValues: variables ?? {}, rootValue });
    if (result.errors?.some((e) => !e.path)) this.violations.push(`GraphQL query does not fit GitHub's schema: ${result.errors.map((e) => e.message).join("; ")}`);
    return this.send(res, record, 200, result);
  }

  private send(res: ServerResponse, record: Pick<RecordedRequest, "method" | "path"> & { status?: number }, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(payload === undefined ? "" : JSON.stringify(payload));
  }
}

function matchRoute(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
  for (const [m, template] of ROUTES) {
    if (m !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    const found = pattern.exec(pathname);
    if (!found) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)]));
    return { op: contract!.operation(m, template), params };
  }
  return undefined;
}

function userJson(u: FakeUser): Record<string, unknown> {
  return {
    login: u.login,
    id: u.id,
    node_id: `U_${u.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}`,
    gravatar_id: "",
    url: `https://api.github.com/users/${u.login}`,
    html_url: `https://github.com/${u.login}`,
    followers_url: "",
    following_url: "",
    gists_url: "",
    starred_url: "",
    subscriptions_url: "",
    organizations_url: "",
    repos_url: "",
    events_url: "",
    received_events_url: "",
    type: u.type,
    site_admin: false,
    name: null,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2020-01-01T00:00:00Z",
  };
}

function reviewCommentJson(c: ReviewComment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: c.node_id,
    pull_request_review_id: c.pull_request_review_id,
    path: c.path,
    body: c.body,
    line: c.line,
    original_line: c.original_line,
    side: c.side,
    commit_id: c.commit_id,
    original_commit_id: c.original_commit_id,
    ...(c.in_reply_to_id ? { in_reply_to_id: c.in_reply_to_id } : {}),
    user: c.user,
  };
}

function issueCommentJson(c: IssueComment): Record<string, unknown> {
  return { id: c.id, node_id: c.node_id, body: c.body, user: c.user };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new Error("request body over 5 MB");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
