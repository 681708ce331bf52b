import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as actionsCore from "@actions/core";
import { loadConfig } from "../config/load-config.js";
import { withReadLimits } from "../config/read-limits.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../config/types.js";
import { compareFindings, SEVERITY_RANK, type Finding } from "../core/finding.js";
import type { Notice } from "../core/notice.js";
import { changedSince, GitError } from "../discover/git.js";
import { ruleDocsUrl } from "../docs-url.js";
import { describeThrown, UsageError } from "../errors.js";
import { lint, type LintRequest } from "../lint.js";
import { noticeCommand } from "../report/github.js";
import { tablesNote } from "../report/format.js";
import { formatMarkdown } from "../report/markdown.js";
import type { TouchedTable } from "../stats/advisor.js";
import { loadStats, withSnapshotVersion } from "../stats/load.js";
import type { StatsSnapshot } from "../stats/snapshot.js";
import { countFindings, plural, skippedSummary } from "../report/summary.js";
import { VERSION } from "../version.js";
import { retryTransientErrors, type RetryOptions } from "./api-retry.js";
import { hiddenAnnotationsNote, writeAnnotations } from "./annotations.js";
import { errorMessage, isPermissionDenied, type GitHubClient, type Repo } from "./client.js";
import { authenticatedAuthor } from "./identity.js";
import { describeEvent, type ActionContext, type PullRequestEvent, type RunEvent } from "./event.js";
import { findingsFileText, parseFindingsFile, type FindingsPullRequest } from "./findings-file.js";
import { readInputs, type ActionInputs, type FailOn } from "./inputs.js";
import { publishToPullRequest, type Publication } from "./publish.js";
import { listPullFiles, type PullRequestFiles } from "./pull-files.js";
import { ensureCommit, openWorkspace, requireWorkspaceRoot, type Workspace } from "./workspace.js";

/** The parts of @actions/core the Action uses. */
export type ActionCore = Pick<typeof actionsCore, "getInput" | "setOutput" | "info" | "warning" | "debug" | "setFailed" | "summary">;

/** Everything the Action touches outside the library, so tests can run it against fakes. */
export interface ActionDeps {
  core: ActionCore;
  context: ActionContext;
  getOctokit(token: string): GitHubClient;
  env: Record<string, string | undefined>;
  /** The workspace (GITHUB_WORKSPACE): `working-directory` is resolved against it. */
  cwd: string;
  retry?: Partial<RetryOptions>;
}

const FORK_SAFE_DOCS = "https://github.com/migration-guard/migration-guard/blob/main/docs/github-action.md#pull-requests-from-forks";

/** Runs the Action and returns the exit code: 1 when findings reach `fail-on` or the run failed. */
export async function run(deps: ActionDeps): Promise<number> {
  const { core } = deps;
  try {
    const inputs = readInputs(core);
    const event = describeEvent(deps.context);
    const session = new Session(deps, inputs, event);
    return inputs.findingsFile ? await session.postFindingsFile(inputs.findingsFile) : await session.lintAndReport();
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError) {
      core.setFailed(`migration-guard: ${error.message}`);
    } else {
      if (error instanceof Error && error.stack) core.info(error.stack);
      const message = describeThrown(error).replace(/\.$/, "");
      core.setFailed(`migration-guard: internal error: ${message}. Please report it with this log.`);
    }
    return 1;
  }
}

/** One run of the Action. */
class Session {
  private client: GitHubClient | undefined;
  private permissionWarned = false;
  /** Notes for the job summary about what could not be done. */
  private readonly jobNotes: string[] = [];

  constructor(
    private readonly deps: ActionDeps,
    private readonly inputs: ActionInputs,
    private readonly event: RunEvent,
  ) {}

  private get core(): ActionCore {
    return this.deps.core;
  }

  private get repo(): Repo {
    return this.deps.context.repo;
  }

  async lintAndReport(): Promise<number> {
    const { core, inputs, event } = this;
    if (event.kind === "workflow-run") {
      throw new UsageError("On workflow_run, migration-guard posts the findings of the linting job: give it their file with the `findings-file` input (see the fork-safe workflow in the docs).");
    }
    const workspace = await openWorkspace(path.resolve(this.deps.cwd, inputs.workingDirectory));
    if (event.kind === "pull-request" && event.privileged) requireWorkspaceRoot(workspace, this.deps.env["GITHUB_WORKSPACE"]);
    const config = await this.resolveConfig(workspace.cwd);
    const pr = event.kind === "pull-request" ? event : undefined;
    const pullFiles = pr ? await this.pullFiles(pr) : undefined;
    const stats = await this.loadStats(workspace, config, pullFiles);
    const request = await this.lintRequest(workspace, withSnapshotVersion(config, stats?.server.major), pullFiles);
    const result = await lint({ ...request, ...(stats ? { stats } : {}) });
    const verified = inputs.verify ? await this.verify(request, pr) : [];
    const findings = [...result.findings, ...verified].sort(compareFindings).map((f) => ({ ...f, file: workspace.toRepoPath(f.file) }));
    const tables = tablesNote(result.tables);
    this.jobNotes.push(...tables);
    const checked = result.checked.length;
    const notices = result.notices.map((n) => ({ ...n, set: workspace.toRepoPath(n.set), ...(n.file !== undefined ? { file: workspace.toRepoPath(n.file) } : {}) }));
    core.info(`migration-guard ${VERSION}: checked ${plural(checked, "migration")}; ${describeCounts(findings)}${skippedCount(notices)}.`);

    const hidden = writeAnnotations(findings, (line) => core.info(line));
    for (const notice of notices) core.info(noticeCommand(notice));
    const hiddenNote = hiddenAnnotationsNote(hidden, findings.length);
    if (hiddenNote) this.jobNotes.push(hiddenNote);
    const prRef: FindingsPullRequest | undefined = pr ? { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha } : undefined;
    await this.writeOutputs(findings, checked, prRef, notices, result.tables);

    // A fork's pull request usually runs with a read-only token; try anyway (a private repository
    // can give forks write access), and fall back with one warning.
    if (pr && inputs.comment !== "none") await this.publish(pr, pullFiles, findings, checked, [...tables, ...(hiddenNote ? [hiddenNote] : [])], notices);
    await this.writeJobSummary(findings, checked, pr?.headSha ?? this.deps.context.sha, notices);
    return this.exitCode(findings);
  }

  /** The fork-safe posting job: comments the findings of a linting job on its pull request. */
  async postFindingsFile(file: string): Promise<number> {
    const { core, inputs, event } = this;
    const document = parseFindingsFile(await readFile(path.resolve(this.deps.cwd, inputs.workingDirectory, file), "utf8"), file);
    const target = document.pullRequest;
    if (!target) throw new UsageError(`${file} names no pull request: it was not written by migration-guard in a pull_request run.`);
    // Bound to the commit in every mode: a file of another run (an older push, another pull request) is never posted.
    const runCommit = event.kind === "workflow-run" ? event.headSha : event.kind === "pull-request" ? event.headSha : this.deps.context.sha;
    if (runCommit !== target.headSha) {
      throw new UsageError(`${file} was written for commit ${target.headSha.slice(0, 12)}, but this ${this.deps.context.eventName} run is for ${runCommit?.slice(0, 12) ?? "an unknown commit"}: refusing to post findings of another run.`);
    }
    // Links only to the docs of this Action's release; a plugin rule's link from the file is dropped.
    const findings = document.findings.map(({ docsUrl: _fromFile, ...f }) => (f.ruleId.includes("/") ? f : { ...f, docsUrl: this.docsUrl(f.ruleId) }));
    const notices = document.notices;
    core.info(`migration-guard ${VERSION}: posting ${describeCounts(findings)}${skippedCount(notices)} for pull request #${target.number}.`);
    await this.writeOutputs(findings, document.checkedMigrations, target, notices, document.tables);
    const tables = tablesNote(document.tables);
    this.jobNotes.push(...tables);
    const client = this.api();
    if (client && inputs.comment !== "none") {
      const pull = await this.permitted(() => client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...this.repo, pull_number: target.number }));
      if (pull && pull.data.head.sha !== target.headSha) {
        core.info(`Pull request #${target.number} has moved on to ${pull.data.head.sha.slice(0, 12)}; the run for that commit posts its own findings.`);
      } else if (pull) {
        const pr: PullRequestEvent = { kind: "pull-request", number: target.number, headSha: target.headSha, baseSha: target.baseSha, fromFork: false, privileged: false };
        await this.publish(pr, await this.pullFiles(pr), findings, document.checkedMigrations, tables, notices, true);
      }
    }
    await this.writeJobSummary(findings, document.checkedMigrations, target.headSha, notices, true);
    return this.exitCode(findings);
  }

  private async resolveConfig(cwd: string): Promise<ResolvedConfig> {
    const { event, inputs, core } = this;
    let config: ResolvedConfig;
    if (event.kind === "pull-request" && event.privileged) {
      core.warning(
        "migration-guard runs on pull_request_target, with a write token and secrets: it does not load a config file or plugins from the workspace, which may hold the pull request's code. " +
          "It checks with the built-in rules and their defaults (and the postgres-version input). To use your config on pull requests from forks, use the two-job workflow (pull_request + workflow_run) from the docs.",
      );
      config = { ...DEFAULT_CONFIG };
    } else {
      config = await loadConfig({ cwd, ...(inputs.configFile ? { configFile: inputs.configFile } : {}) });
    }
    return {
      ...config,
      ...(inputs.postgresVersion !== undefined ? { postgresVersion: inputs.postgresVersion, postgresVersionSet: true } : {}),
      ...withReadLimits(config, inputs.maxFileBytes, inputs.maxRunBytes),
    };
  }

  /**
   * The stats snapshot (`stats-file`, else the config's `stats`), read as data (never run). A
   * snapshot the pull request itself changes is not used: its author could shrink the tables to
   * turn errors into notes.
   */
  private async loadStats(workspace: Workspace, config: ResolvedConfig, pullFiles: PullRequestFiles | undefined): Promise<StatsSnapshot | undefined> {
    const file = this.inputs.statsFile !== undefined ? path.resolve(workspace.cwd, this.inputs.statsFile) : config.stats.file;
    if (file === undefined) return undefined;
    const changedByPr = pullFiles?.changed.some((f) => workspace.fromRepoPath(f.path) !== undefined && path.resolve(workspace.cwd, workspace.fromRepoPath(f.path)!) === file);
    if (changedByPr) {
      this.core.warning(`The pull request changes the stats snapshot ${path.relative(workspace.cwd, file)}: it is not used to weigh this pull request's findings (every finding keeps its level).`);
      this.jobNotes.push("The stats snapshot was not used: this pull request changes it.");
      return undefined;
    }
    return loadStats({ file, cwd: workspace.cwd });
  }

  /** What to lint: a PR's changed migrations, a push's, or (otherwise) what `paths` or discovery finds. */
  /**
   * `verify: true`: the sets replayed on an empty database; its findings join lint's in the same
   * review, summary and annotations. A fork's pull request never gets the database URL: its SQL
   * runs on the embedded engine only.
   */
  private async verify(request: LintRequest, pr: PullRequestEvent | undefined): Promise<Finding[]> {
    const embeddedOnly = pr?.fromFork === true;
    const databaseUrl = this.inputs.databaseUrl;
    if (embeddedOnly && (databaseUrl || request.config.verify.databaseUrl)) {
      this.jobNotes.push("This pull request comes from a fork: its migrations were replayed on the embedded engine, never on the configured database.");
    }
    const { verify } = await import("../verify/verify.js");
    const result = await verify({
      cwd: request.cwd,
      ...(request.paths ? { paths: request.paths } : {}),
      ...(request.base ? { base: request.base } : {}),
      ...(request.changedFiles ? { changedFiles: request.changedFiles } : {}),
      ...(request.baseCommit ? { baseCommit: request.baseCommit } : {}),
      config: request.config,
      ...(databaseUrl && !embeddedOnly ? { databaseUrl } : {}),
      embeddedOnly,
      docsUrl: (id) => this.docsUrl(id),
    });
    for (const set of result.sets) {
      this.core.info(`migration-guard verify: ${set.setId}: replayed ${set.replayed}/${set.migrations} migrations on ${set.engine}${set.failure ? `; stopped at ${set.failure.file}:${set.failure.line}` : ""}.`);
    }
    return result.findings;
  }

  private async lintRequest(workspace: Workspace, config: ResolvedConfig, pullFiles: PullRequestFiles | undefined): Promise<LintRequest> {
    const { event, inputs, core } = this;
    const base: LintRequest = { cwd: workspace.cwd, paths: inputs.paths, config, docsUrl: (id) => this.docsUrl(id) };
    const log = (message: string) => core.info(message);
    if (event.kind === "pull-request") {
      const baseAvailable = await ensureCommit(workspace.cwd, event.baseSha, log);
      if (!baseAvailable) core.info(`The pull request's base ${event.baseSha.slice(0, 12)} is not in the checkout: checks that compare with it are skipped.`);
      const baseCommit = baseAvailable ? { baseCommit: event.baseSha } : {};
      if (pullFiles) {
        const changedFiles = pullFiles.changed.flatMap((f) => {
          const file = workspace.fromRepoPath(f.path);
          const previous = f.previousPath ? workspace.fromRepoPath(f.previousPath) : undefined;
          return file === undefined ? [] : [{ ...f, path: file, ...(previous !== undefined ? { previousPath: previous } : {}) }];
        });
        return { ...base, changedFiles, ...baseCommit };
      }
      if (baseAvailable) return { ...base, changedFiles: await changedSince(workspace.cwd, event.baseSha), ...baseCommit };
      this.jobNotes.push("The pull request's changed files could not be listed (neither from the API nor from git): every migration was checked.");
      return base;
    }
    const since = event.kind === "push" ? event.before : event.kind === "merge-group" ? event.baseSha : undefined;
    if (since && (await ensureCommit(workspace.cwd, since, log))) return { ...base, base: since };
    if (event.kind === "push" || event.kind === "merge-group") core.info("The commit this run is compared with is not available: every migration is checked.");
    return base;
  }

  /** The PR's files from the API; undefined when the token may not read them (git is used instead). */
  private async pullFiles(pr: PullRequestEvent): Promise<PullRequestFiles | undefined> {
    const client = this.api();
    if (!client) return undefined;
    return this.permitted(() => listPullFiles(client, this.repo, pr.number));
  }

  /** `notes`: what the summary comment should add (e.g. annotations GitHub does not show). */
  /** `plainMessages`: the findings come from a findings file, so their messages are untrusted text. */
  private async publish(
    pr: PullRequestEvent,
    pullFiles: PullRequestFiles | undefined,
    findings: Finding[],
    checked: number,
    notes: string[],
    notices: readonly Notice[],
    plainMessages = false,
  ): Promise<void> {
    const client = this.api();
    if (!client || !pullFiles || this.permissionWarned) {
      if (!client) this.warnPermissions("the github-token input is empty");
      return;
    }
    const author = await authenticatedAuthor(client, this.inputs.token, (m) => this.core.debug(m));
    if (!author) {
      this.core.warning("migration-guard could not tell which account its token belongs to (neither GraphQL `viewer` nor GET /user answered), so it does not touch the pull request's comments. The findings are in the annotations and the job summary.");
      return;
    }
    const result = await this.permitted<Publication>(() =>
      publishToPullRequest({
        client,
        pr: { ...this.repo, pullNumber: pr.number, headSha: pr.headSha, author },
        files: pullFiles.files,
        findings,
        checkedMigrations: checked,
        mode: this.inputs.comment === "review" ? "review" : "summary",
        fileUrl: (file, line) => this.fileUrl(pr.headSha, file, line),
        log: { info: (m) => this.core.info(m), debug: (m) => this.core.debug(m) },
        notes,
        notices,
        footer: footer(pr.headSha),
        ...(plainMessages ? { plainMessages } : {}),
      }),
    ).catch((error: unknown) => {
      // Comments are a convenience: the annotations, the job summary and the exit code still hold.
      this.core.warning(`migration-guard could not comment on the pull request: ${errorMessage(error)}. The findings are in the annotations and the job summary.`);
      return undefined;
    });
    if (result?.rejected) {
      this.core.warning(`GitHub did not accept the inline comments (${result.rejected}); the summary comment lists every finding instead.`);
    }
    if (result) this.core.info(result.description);
  }

  /** Runs a call that needs the token's permissions; on 403/404, warns once and returns undefined. */
  private async permitted<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      this.warnPermissions(errorMessage(error));
      return undefined;
    }
  }

  private warnPermissions(reason: string): void {
    if (this.permissionWarned) return;
    this.permissionWarned = true;
    const fromFork = this.event.kind === "pull-request" && this.event.fromFork;
    const why = fromFork
      ? "This pull request comes from a fork, and GitHub gives its workflows a read-only token."
      : "On pull requests from forks GitHub gives workflows a read-only token; otherwise add `permissions: pull-requests: write` (and `contents: read`) to the job.";
    this.core.warning(
      `migration-guard could not read or comment on this pull request with its token (${reason}). ${why} ` +
        `The findings are in the annotations and the job summary. To comment on fork pull requests, use the two-job workflow: ${FORK_SAFE_DOCS}`,
    );
    this.jobNotes.push("Comments were not posted on the pull request: the token is read-only here (see the warning in the log).");
  }


  private api(): GitHubClient | undefined {
    if (this.client || !this.inputs.token) return this.client;
    this.client = this.deps.getOctokit(this.inputs.token);
    retryTransientErrors(this.client, {
      retries: 4,
      baseDelayMs: 1_000,
      maxWaitMs: 90_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log: (message) => this.core.info(message),
      ...this.deps.retry,
    });
    return this.client;
  }

  private async writeOutputs(findings: readonly Finding[], checked: number, pr: FindingsPullRequest | undefined, notices: readonly Notice[], tables?: readonly TouchedTable[]): Promise<void> {
    const { env } = this.deps;
    const dir = path.join(env["RUNNER_TEMP"] || tmpdir(), `migration-guard-${env["GITHUB_RUN_ID"] ?? process.pid}-${env["GITHUB_ACTION"] ?? "run"}`);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, "findings.json");
    await writeFile(file, findingsFileText(findings, checked, pr, notices, tables));
    const counts = countFindings(findings);
    this.core.setOutput("errors", counts.errors);
    this.core.setOutput("warnings", counts.warnings);
    this.core.setOutput("findings-file", file);
  }

  private async writeJobSummary(findings: readonly Finding[], checked: number, sha: string | undefined, notices: readonly Notice[], plainMessages = false): Promise<void> {
    const markdown = formatMarkdown(findings, {
      ...(plainMessages ? { plainMessages } : {}),
      checkedMigrations: checked,
      notices,
      ...(sha ? { fileUrl: (file: string, line: number) => this.fileUrl(sha, file, line) } : {}),
      notes: [...this.jobNotes, footer(sha)],
      maxLength: 500_000,
    });
    try {
      await this.core.summary.addRaw(markdown, true).write();
    } catch (error) {
      this.core.debug(`No job summary written: ${errorMessage(error)}`);
    }
  }

  private exitCode(findings: readonly Finding[]): number {
    const failOn = this.inputs.failOn;
    const failing = findings.filter((f) => failsOn(f, failOn));
    if (failing.length === 0) return 0;
    this.core.info(`migration-guard: ${plural(failing.length, "finding")} at or above fail-on: ${failOn}; failing the step.`);
    return 1;
  }

  /** Docs links go to the release of the Action that runs (uses: owner/repo@ref). */
  private docsUrl(ruleId: string): string {
    const { env } = this.deps;
    const actionRepo = env["GITHUB_ACTION_REPOSITORY"];
    const ref = env["GITHUB_ACTION_REF"];
    if (!actionRepo) return ruleDocsUrl(ruleId);
    return ruleDocsUrl(ruleId, `${this.deps.context.serverUrl}/${actionRepo}`, ref || "main");
  }

  private fileUrl(sha: string, file: string, line: number): string {
    const { owner, repo } = this.repo;
    return `${this.deps.context.serverUrl}/${owner}/${repo}/blob/${sha}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
  }
}

function failsOn(f: Finding, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}

function describeCounts(findings: readonly Finding[]): string {
  const counts = countFindings(findings);
  return `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
}

function skippedCount(notices: readonly Notice[]): string {
  const skipped = skippedSummary(notices);
  return skipped ? `; ${skipped}` : "";
}

function footer(sha: string | undefined): string {
  return `<sub>migration-guard ${VERSION}${sha ? ` · commit ${sha.slice(0, 7)}` : ""}</sub>`;
}
