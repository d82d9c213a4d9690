// Ownership of what must be released (listeners, emitters, channels, panels, timers): a class that
// holds such things extends Disposable and registers each one as it creates it, instead of keeping
// its own list and loop. No vscode here: vscode.Disposable and our classes match `Releasable`.

export interface Releasable {
  dispose(): unknown;
}

export abstract class Disposable implements Releasable {
  private readonly owned: Releasable[] = [];
  private disposed = false;

  /** Takes ownership of `value` (disposed at once when this is disposed already); returns it. */
  protected register<T extends Releasable>(value: T): T {
    if (this.disposed) value.dispose();
    else this.owned.push(value);
    return value;
  }

  /** Disposes what was registered, in order; later calls do nothing. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeAll(this.owned.splice(0));
  }
}

/** Disposes each one, even when an earlier one throws; rethrows the first error afterwards. */
export function disposeAll(values: Iterable<Releasable>): void {
  let failure: { error: unknown } | undefined;
  for (const value of values) {
    try {
      value.dispose();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}

/** A Releasable that runs `release` once. */
export function toDisposable(release: () => void): Releasable {
  let released = false;
  return {
    dispose: () => {
      if (released) return;
      released = true;
      release();
    },
  };
}
