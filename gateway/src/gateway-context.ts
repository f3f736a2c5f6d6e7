import type { Viewer } from '@shanzhi/auth';

/** Per-request gateway context: the verified viewer and what is forwarded to subgraphs. */
export interface GatewayContext {
  requestId: string;
  viewer: Viewer | null;
  authorization?: string;
}
