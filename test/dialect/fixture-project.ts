import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/built-cli.js";
import { tempProject } from "../support/temp-project.js";

/**
 * A project of fixtures/dialects copied out of this repository, into a repository of its own, so
 * only its own files say which database it runs on.
 */
export function fixtureProject(name: string) {
  const project = tempProject();
  cpSync(path.join(ROOT, "fixtures/dialects", name), project.dir, { recursive: true });
  mkdirSync(path.join(project.dir, ".git"), { recursive: true });
  return project;
}
