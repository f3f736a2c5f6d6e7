import 'reflect-metadata';
import { loadConfig, onShutdownSignal } from '@shanzhi/kit';
import { gridConfigSchema } from './config';
import { startGrid } from './service';

/** Process entry point: config from the environment, start, stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig(gridConfigSchema);
  const service = await startGrid(config);
  onShutdownSignal(service.log, config.SHUTDOWN_TIMEOUT_MS, () => service.stop());
}

main().catch((err: unknown) => {
  // The logger may not exist yet (bad key file, unreachable database): stderr is all there is.
  process.stderr.write(`grid failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
