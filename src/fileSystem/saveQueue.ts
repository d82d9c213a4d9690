// Saves of one object, one after the other. Save All writes a function's code and configuration at
// once; both documents are based on the same version, so sent side by side the second PATCH would
// conflict with the first. Queued, the second starts after the first's answer moved its base.
export class SaveQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `save` once every earlier save of the object `key` has settled. */
  run<T>(key: string, save: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(save, save);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
