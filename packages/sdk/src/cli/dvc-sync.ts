#!/usr/bin/env node
// The `dvc-sync` command (package.json `bin`): runs the status sync CLI with this process's streams.
// The first Ctrl-C stops cleanly (a push saves its position, a pull keeps the pages it wrote); a second
// one exits at once.
import { runSyncCli } from './sync-cli.js';

const stop = new AbortController();
process.on('SIGINT', () => {
  if (stop.signal.aborted) process.exit(130);
  stop.abort(new Error('interrupted'));
});
process.on('SIGTERM', () => stop.abort(new Error('terminated')));

process.exitCode = await runSyncCli({
  argv: process.argv.slice(2), env: process.env, cwd: process.cwd(),
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, signal: stop.signal,
});
