import 'reflect-metadata';
import type { ContainerType, ResolverData } from 'type-graphql';

/** A class the container can hand out: registered instances, or built from their constructor's parameter types. */
export type Token<T = unknown> = abstract new (...args: any[]) => T;

/**
 * The process's dependencies, one instance per class. type-graphql asks it for resolver instances
 * (`buildSchema({ container })`); a resolver's constructor parameters are resolved by their declared types,
 * so a resolver states what it needs and never builds it. Instances that need configuration (keys, pools,
 * rate limiters) are registered with `set` when the service starts.
 */
export class Container implements ContainerType {
  private readonly instances = new Map<Token, unknown>();
  private readonly building = new Set<Token>();

  /** Registers a ready instance under its class (or an abstract class it implements). */
  set<T>(token: Token<T>, instance: T): this {
    this.instances.set(token, instance);
    return this;
  }

  /** True when an instance is registered or was already built. */
  has(token: Token): boolean {
    return this.instances.has(token);
  }

  /** The instance of a class, built on first use from its constructor's parameter types. */
  get<T>(token: Token<T>, _data?: ResolverData<object>): T {
    if (this.instances.has(token)) return this.instances.get(token) as T;
    if (this.building.has(token)) throw new Error(`Circular dependency while building ${token.name}`);
    this.building.add(token);
    try {
      const params: Token[] = Reflect.getMetadata('design:paramtypes', token) ?? [];
      const args = params.map((p, i) => {
        if (!p || p === Object || p === String || p === Number || p === Boolean) {
          throw new Error(`${token.name}: constructor parameter ${i} has no injectable class type; register ${token.name} with container.set()`);
        }
        return this.get(p);
      });
      const instance = new (token as new (...a: unknown[]) => T)(...args);
      this.instances.set(token, instance);
      return instance;
    } finally {
      this.building.delete(token);
    }
  }
}
