// Runs one process of the demo (`node infra/demo/child.mjs <dist/main.js>`) so that it dies with the
// launcher. The launcher spawns it with an IPC channel; the channel closes when the launcher exits for any
// reason, SIGKILL included, and then this process stops as on Ctrl-C. The service itself is unchanged.
import path from 'node:path';
import { setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';

const main = process.argv[2];
if (!main || !process.send) {
  console.error('usage: started by infra/demo/start.mjs as node infra/demo/child.mjs <main.js>');
  process.exit(2);
}

/** How long an orphaned process may take to drain before it is cut off. */
const ORPHAN_EXIT_MS = 5000;

process.on('disconnect', () => {
  setTimeout(() => process.exit(1), ORPHAN_EXIT_MS).unref();
  // The service's own SIGTERM handler drains and exits; before it has one, SIGTERM ends the process.
  process.kill(process.pid, 'SIGTERM');
});
// The channel only watches the launcher: it must not keep a stopped service alive.
process.channel?.unref();

// The service sees its own main as the entry script, as when started directly.
process.argv.splice(1, 2, path.resolve(main));
await import(pathToFileURL(path.resolve(main)).href);
