import { createLogger, loadConfig, onShutdownSignal } from '@shanzhi/kit';
import { gatewayConfigSchema } from './config';
import { startGateway } from './gateway-server';

const config = loadConfig(gatewayConfigSchema);
startGateway(config).then(
  (server) => onShutdownSignal(createLogger(config.SERVICE_NAME, config.LOG_LEVEL), config.SHUTDOWN_TIMEOUT_MS, server.stop),
  (err) => {
    createLogger(config.SERVICE_NAME, 'error').fatal({ err }, 'gateway failed to start');
    process.exit(1);
  },
);
