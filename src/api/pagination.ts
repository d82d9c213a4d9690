// A paginated list endpoint: iterate every item (following `next`), or fetch single pages for
// "Load more". `next` links are absolute URLs; only their path and query are used, always on the
// client's own origin, so the key is never sent to a host named by a response.
import type { PageParams, Paginated } from './types/common';
import type { CallOptions, Query, Transport } from './transport';

export class PagedList<T> implements AsyncIterable<T> {
  constructor(
    private readonly transport: Transport,
    private readonly path: string,
    private readonly query: Query = {},
    private readonly options: CallOptions = {},
  ) {}

  /** One page by limit/offset (the server's default page size when omitted). */
  page(params: PageParams = {}): Promise<Paginated<T>> {
    return this.fetch(this.path, { ...this.query, ...params });
  }

  /** The page a `next` or `previous` URL points at. */
  pageAt(url: string): Promise<Paginated<T>> {
    return this.fetch(this.transport.relativeToOrigin(url));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page = await this.page();
    const seen = new Set<string>();
    for (;;) {
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

  private fetch(path: string, query?: Query): Promise<Paginated<T>> {
    return this.transport.send<Paginated<T>>({ method: 'GET', path, query, expect: 'page', ...this.options });
  }
}
