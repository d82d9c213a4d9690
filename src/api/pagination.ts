// A paginated list endpoint: iterate every item (following `next`), or fetch single pages for
// "Load more". `next` links are absolute URLs; only their path and query are used, always on the
// client's own origin, so the key is never sent to a host named by a response. Items whose shape is
// off are left out of pages and collected in `invalid` (validate.ts says why).
import type { UnexpectedShapeError } from './errors';
import type { Shape } from './shape/shape';
import type { CallOptions, Query, Transport } from './transport';
import type { PageParams } from './types/common';
import type { Page } from './validate';

export class PagedList<T> implements AsyncIterable<T> {
  /** Items left out while iterating (each page's `invalid`), in the order met. */
  readonly invalid: UnexpectedShapeError[] = [];

  constructor(
    private readonly transport: Transport,
    /** Computed on the first request, so an invalid id rejects it rather than throwing here. */
    private readonly path: () => string,
    private readonly shape: Shape<T>,
    private readonly query: Query = {},
    private readonly options: CallOptions = {},
  ) {}

  /** One page by limit/offset (the server's default page size when omitted). */
  async page(params: PageParams = {}): Promise<Page<T>> {
    return this.fetch(this.path(), { ...this.query, ...params });
  }

  /** The page a `next` or `previous` URL points at. */
  async pageAt(url: string): Promise<Page<T>> {
    return this.fetch(this.transport.relativeToOrigin(url));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page = await this.page();
    const seen = new Set<string>();
    for (;;) {
      this.invalid.push(...page.invalid);
      yield* page.results;
      // A `next` we have already followed would loop forever.
      if (!page.next || seen.has(page.next)) return;
      seen.add(page.next);
      page = await this.pageAt(page.next);
    }
  }

  /** Every item of every page. */
  async all(): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) items.push(item);
    return items;
  }

  private async fetch(path: string, query?: Query): Promise<Page<T>> {
    return this.transport.send<Page<T>>({ method: 'GET', path, query, expect: 'page', shape: this.shape, ...this.options });
  }
}
