#!/usr/bin/env node
import { VERSION } from "../version.js";

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

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
