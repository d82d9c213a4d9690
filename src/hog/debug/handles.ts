// Variable references of the protocol: small numbers naming a scope of a frame or a value to
// expand, valid while the run stays stopped (the adapter clears them when it resumes).
export type Container =
  | { readonly kind: 'scope'; readonly frame: number; readonly scope: 'locals' | 'upvalues' | 'globals' }
  | { readonly kind: 'value'; readonly value: unknown };

export class Handles {
  private readonly items = new Map<number, Container>();
  private next = 1;

  add(container: Container): number {
    const id = this.next++;
    this.items.set(id, container);
    return id;
  }

  get(id: number): Container | undefined {
    return this.items.get(id);
  }

  clear(): void {
    this.items.clear();
  }
}
