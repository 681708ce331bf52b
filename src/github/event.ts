import { UsageError } from "../errors.js";
import type { Repo } from "./client.js";

/** What the Action reads of @actions/github's context (tests pass plain objects). */
export interface ActionContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: Repo;
  serverUrl: string;
  /** GITHUB_SHA; missing outside a workflow run. */
  sha: string | undefined;
}

export interface PullRequestEvent {
  kind: "pull-request";
  number: number;
  headSha: string;
  baseSha: string;
  /** The head branch lives in another repository: GitHub gives this run a read-only token. */
  fromFork: boolean;
  /**
   * `pull_request_target`: the run has a write token and secrets, so nothing of the pull
   * request's own (its config, its plugins) may be loaded.
   */
  privileged: boolean;
}

export type RunEvent =
  | PullRequestEvent
  | { kind: "push"; before?: string }
  | { kind: "merge-group"; baseSha: string }
  | { kind: "workflow-run"; headSha?: string }
  | { kind: "other"; name: string };

const NO_COMMIT = /^0+$/;

export function describeEvent(context: ActionContext): RunEvent {
  const payload = context.payload;
  switch (context.eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = record(payload["pull_request"]);
      const head = record(pr["head"]);
      const base = record(pr["base"]);
      const number = pr["number"];
      if (typeof number !== "number" || typeof head["sha"] !== "string" || typeof base["sha"] !== "string") {
        throw new UsageError(`The ${context.eventName} event payload has no pull_request number, head or base commit.`);
      }
      const headRepo = record(head["repo"])["full_name"];
      const baseRepo = record(base["repo"])["full_name"];
      return {
        kind: "pull-request",
        number,
        headSha: head["sha"],
        baseSha: base["sha"],
        fromFork: typeof headRepo === "string" && typeof baseRepo === "string" && headRepo !== baseRepo,
        privileged: context.eventName === "pull_request_target",
      };
    }
    case "push": {
      const before = payload["before"];
      return typeof before === "string" && !NO_COMMIT.test(before) ? { kind: "push", before } : { kind: "push" };
    }
    case "merge_group": {
      const baseSha = record(payload["merge_group"])["base_sha"];
      return typeof baseSha === "string" ? { kind: "merge-group", baseSha } : { kind: "other", name: context.eventName };
    }
    case "workflow_run": {
      const headSha = record(payload["workflow_run"])["head_sha"];
      return typeof headSha === "string" ? { kind: "workflow-run", headSha } : { kind: "workflow-run" };
    }
    default:
      return { kind: "other", name: context.eventName };
  }
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
