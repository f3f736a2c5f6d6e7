/** Exponential delay for the n-th consecutive failure (1-based), capped, with jitter so replicas do not retry in lockstep. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (Math.random() * exp) / 2);
}

/** Sleeps that stop() can cut short, so shutdown never waits for a backoff to run out; any number may run at once. */
export class Sleeper {
  private readonly waiters = new Set<() => void>();
  private pending = false;

  /** Resolves after `ms`, or at once if woken (now, or since the last time nobody was sleeping). */
  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  /** Ends every running sleep; if none is running, the next one returns at once. */
  wake(): void {
    if (this.waiters.size === 0) {
      this.pending = true;
      return;
    }
    for (const done of [...this.waiters]) done();
  }
}

/** Message of any thrown value, for logs and dead-letter headers. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
