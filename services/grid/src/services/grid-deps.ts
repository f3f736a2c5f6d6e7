import type { PiiService } from './pii.service';

/** What the grid's resolvers need besides the request context: built once per process. */
export interface GridDeps {
  pii: PiiService;
}
