// The worker's clock stands still while the program is stopped: PostHog's VM measures its time
// limit with Date.now() from the start of `exec`, and a stop now blocks inside `exec`.
export class StoppedClock {
  private stoppedMs = 0;
  private readonly real = Date.now;

  install(): void {
    Date.now = () => this.real.call(Date) - this.stoppedMs;
  }

  /** Runs `body` (a stop) without its time counting. */
  stopped<T>(body: () => T): T {
    const start = this.real.call(Date);
    try {
      return body();
    } finally {
      this.stoppedMs += this.real.call(Date) - start;
    }
  }
}
