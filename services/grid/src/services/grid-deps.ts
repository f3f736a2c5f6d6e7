import type { PiiService } from './pii.service';

/**
 * What the grid's services need besides the request context, built once per process when the service
 * starts and handed to resolvers by the container (an abstract class, so it can be a container token).
 */
export abstract class GridDeps {
  abstract readonly pii: PiiService;
}
