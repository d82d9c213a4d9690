/** The last `limit` lines written, oldest first. */
export class BoundedLines {
  private readonly kept: string[] = [];

  constructor(private readonly limit: number) {}

  push(...lines: readonly string[]): void {
    this.kept.push(...lines);
    if (this.kept.length > this.limit) this.kept.splice(0, this.kept.length - this.limit);
  }

  get lines(): readonly string[] {
    return this.kept;
  }
}
