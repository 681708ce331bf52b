#!/usr/bin/env node
import { VERSION } from "../version.js";

const argv = process.argv.slice(2);
// `--version` alone answers before anything else is loaded: scripts and hooks call it often.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runCli } = await import("./run.js");
  process.exitCode = await runCli(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
