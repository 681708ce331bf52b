import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { detectProject, type DetectedProject } from "../config/detect-project.js";
import { CONFIG_FILE_NAMES } from "../config/find-config.js";
import type { UserConfig } from "../config/types.js";
import { DATABASE_NAMES } from "../dialect/databases.js";
import { UsageError } from "../errors.js";
import { plural } from "../report/summary.js";
import type { CliIO } from "./io.js";

export interface InitOptions {
  type: "json" | "js" | "ts";
  force?: boolean;
}

const FILE_NAME: Record<InitOptions["type"], string> = {
  json: "migration-guard.config.json",
  js: "migration-guard.config.mjs",
  ts: "migration-guard.config.ts",
};

/** `migration-guard init`: writes a config holding what was detected, so the project's layout is explicit and reviewable. */
export async function initCommand(options: InitOptions, io: CliIO): Promise<number> {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path.join(io.cwd, name)));
  if (existing && !options.force) throw new UsageError(`${existing} exists already; run with --force to replace it.`);
  const project = await detectProject(io.cwd);
  const config = configFor(project);
  const file = FILE_NAME[options.type];
  await writeFile(path.join(io.cwd, file), render(config, options.type));
  io.stdout.write(summary(file, project, options.type));
  return 0;
}

export function configFor(project: DetectedProject): UserConfig {
  return {
    postgresVersion: project.postgresVersion ?? 15,
    ...(project.migrations.length > 0
      ? { migrations: project.migrations.map((m) => ({ files: m.files, ...(m.tool ? { tool: m.tool } : {}), ...(m.dialect ? { dialect: m.dialect } : {}) })) }
      : {}),
    ...(project.schemaSources.length > 0 ? { schema: { sources: project.schemaSources } } : {}),
    rules: {},
  };
}

function render(config: UserConfig, type: InitOptions["type"]): string {
  const json = JSON.stringify(config, null, 2);
  if (type === "json") return `${json}\n`;
  const body = json.replace(/"([A-Za-z_$][\w$]*)":/g, "$1:");
  return `import { defineConfig } from "migration-guard";\n\nexport default defineConfig(${body});\n`;
}

function summary(file: string, project: DetectedProject, type: InitOptions["type"]): string {
  const lines = [`Wrote ${file}.`];
  if (project.migrations.length === 0) {
    lines.push("No migrations found in conventional folders (migrations/, prisma/migrations/, drizzle/, ...): add their globs under `migrations`.");
  } else {
    lines.push(`Migration sets (${project.migrations.length}):`);
    for (const m of project.migrations) {
      const note = m.exact ? "" : " (check this glob: no simple pattern matched exactly the files found)";
      const database = m.dialect ? ` — ${DATABASE_NAMES[m.dialect]}${m.dialectSource ? ` (${m.dialectSource})` : ""}: skipped, migration-guard checks PostgreSQL migrations` : "";
      lines.push(`  ${m.files}  ${m.tool ?? "TS/JS (tool recognized per file)"}, ${plural(m.count, "migration")}${note}${database}`);
    }
  }
  if (project.schemaSources.length > 0) {
    lines.push(`Schema sources: ${project.schemaSources.map((s) => `${s.orm} (${s.include.join(", ")})`).join("; ")}`);
  }
  lines.push(`Postgres version: ${project.postgresVersion ?? "15 (the default; set postgresVersion to the version production runs)"}`);
  if (type !== "json") lines.push('The config imports defineConfig from "migration-guard": install it in the project (npm install --save-dev migration-guard).');
  lines.push("Next: npx migration-guard");
  return `${lines.join("\n")}\n`;
}
