import type { Viewer } from '@shanzhi/auth';

/** Per-request gateway context: the verified viewer and what is forwarded to subgraphs. */
export interface GatewayContext {
  requestId: string;
  viewer: Viewer | null;
  /** The client's address, forwarded as x-forwarded-for so subgraph rate limits are per client. */
  clientIp: string;
  authorization?: string;
}
