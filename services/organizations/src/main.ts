import 'reflect-metadata';
import { loadConfig, onShutdownSignal } from '@shanzhi/kit';
import { organizationsConfigSchema } from './config';
import { startOrganizations } from './service';

/** Process entry point: config from the environment, start, stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig(organizationsConfigSchema);
  const service = await startOrganizations(config);
  onShutdownSignal(service.log, config.SHUTDOWN_TIMEOUT_MS, () => service.stop());
}

main().catch((err: unknown) => {
  // The logger may not exist yet (bad key file, unreachable database): stderr is all there is.
  process.stderr.write(`organizations failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
