// Answers for mocked `fetch` calls chosen per call: each call takes the first unused response whose
// `url` matches (no `url` matches any; `*` stands for any characters), so responses answer in call
// order and a URL pins one to its call. With none left, PostHog's mock answer `{status: 200, body: {}}`.

/** What a fetch answers Hog: `{status, body}`. */
export interface FetchResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface MockedResponse {
  /** The call's URL exactly, or with `*` wildcards; absent: any call. */
  readonly url?: string;
  /** Default 200. */
  readonly status?: number;
  /** Default `{}`. */
  readonly body?: unknown;
}

export interface FetchCall {
  readonly url: string;
  /** The options Hog passed (method, headers, body), as Hog passed them. */
  readonly options: unknown;
  readonly response: FetchResponse;
  /** Index of the response that answered, or null when none was left (the default answer). */
  readonly mock: number | null;
}

export const DEFAULT_MOCK_RESPONSE: FetchResponse = { status: 200, body: {} };

export class FetchMocks {
  readonly calls: FetchCall[] = [];
  private readonly used = new Set<number>();

  constructor(private readonly responses: readonly MockedResponse[] = []) {}

  answer(url: string, options: unknown): FetchResponse {
    const index = this.responses.findIndex((response, i) => !this.used.has(i) && urlMatches(response.url, url));
    const mocked = index < 0 ? undefined : this.responses[index];
    if (mocked) this.used.add(index);
    const response = mocked ? { status: mocked.status ?? 200, body: mocked.body ?? {} } : { ...DEFAULT_MOCK_RESPONSE, body: {} };
    this.calls.push({ url, options, response, mock: mocked ? index : null });
    return response;
  }

  /** Indices of the responses no call took. */
  unused(): number[] {
    return this.responses.map((_, index) => index).filter((index) => !this.used.has(index));
  }
}

function urlMatches(pattern: string | undefined, url: string): boolean {
  if (pattern === undefined) return true;
  if (!pattern.includes('*')) return pattern === url;
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`, 's').test(url);
}
