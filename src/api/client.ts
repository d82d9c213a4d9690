// The PostHog API client. Usage:
//   const client = new PostHogClient({ baseUrl: 'https://us.posthog.com', apiKey });
//   for await (const fn of client.hogFunctions.list('@current', { type: ['destination'] })) { … }
//   await client.close();
import { DefinitionsApi } from './definitions';
import { createDispatcher, type ProxySettings } from './dispatcher';
import { DiscoveryApi } from './discovery';
import { HogFlowsApi } from './hogFlows';
import { HogFunctionsApi } from './hogFunctions';
import { responseLimitBytes } from './responseLimit';
import { DEFAULT_RETRY, type RetryOptions } from './retry';
import { TemplatesApi } from './templates';
import { type ApiRequest, type RequestLogEvent, Transport } from './transport';

export interface PostHogClientOptions {
  /** e.g. https://us.posthog.com or a self-hosted origin. Only the origin is used. */
  baseUrl: string;
  /** Personal API key (phx_…). */
  apiKey: string;
  /** Time limit per attempt, default 30 s; each call may override it. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** The user's proxy settings; they win over the environment's. */
  proxy?: ProxySettings;
  /** Source of HTTPS_PROXY / HTTP_PROXY / NO_PROXY; default process.env. */
  env?: Record<string, string | undefined>;
  /** Extra trusted CA certificates (PEM), added to Node's built-in ones. */
  ca?: string[];
  /** Called after every attempt (method, path, status, duration, attempt); for an output channel. */
  onRequest?: (event: RequestLogEvent) => void;
  userAgent?: string;
  /** Largest answer read, in bytes (default 50 MB); a larger one fails with ResponseTooLargeError. */
  maxResponseBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export class PostHogClient {
  readonly origin: string;
  readonly hogFunctions: HogFunctionsApi;
  readonly hogFlows: HogFlowsApi;
  readonly templates: TemplatesApi;
  readonly discovery: DiscoveryApi;
  /** Event and property definitions of a project. */
  readonly definitions: DefinitionsApi;
  readonly #transport: Transport;

  constructor(options: PostHogClientOptions) {
    this.origin = originOf(options.baseUrl);
    this.#transport = new Transport({
      origin: this.origin,
      apiKey: options.apiKey.trim(),
      dispatcher: createDispatcher({ origin: this.origin, proxy: options.proxy, env: options.env ?? process.env, ca: options.ca }),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: { ...DEFAULT_RETRY, ...options.retry },
      userAgent: options.userAgent ?? 'posthog-hog-vscode',
      onRequest: options.onRequest,
      maxResponseBytes: options.maxResponseBytes ?? responseLimitBytes(undefined),
    });
    this.hogFunctions = new HogFunctionsApi(this.#transport);
    this.hogFlows = new HogFlowsApi(this.#transport);
    this.templates = new TemplatesApi(this.#transport);
    this.discovery = new DiscoveryApi(this.#transport);
    this.definitions = new DefinitionsApi(this.#transport);
  }

  /** Any other endpoint, with the same auth, time limit, retries and errors. The result is not checked beyond `expect`. */
  request<T>(request: ApiRequest): Promise<T> {
    return this.#transport.send<T>(request);
  }

  /** Closes pooled connections. */
  close(): Promise<void> {
    return this.#transport.close();
  }
}

function originOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`PostHog URL must start with https:// or http://, got ${url.protocol}`);
  }
  return url.origin;
}
