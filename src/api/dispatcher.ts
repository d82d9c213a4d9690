// Builds the undici dispatcher the client sends through: direct, or via an HTTP(S) proxy taken from
// the `proxy` settings (VS Code's http.proxy family) or from HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
// The client only ever talks to one origin, so the proxy decision is made once, here. Extra CA
// certificates are added to Node's built-in roots (not instead of them); certificate verification
// is switched off only behind a proxy whose user said so (`strictSSL: false`, as VS Code does).
import type { Dispatcher } from 'undici';
import { undici } from './undici';

/** A proxy chosen by the user (VS Code's `http.proxy`, `http.noProxy`, `http.proxyAuthorization`, `http.proxyStrictSSL`). */
export interface ProxySettings {
  /** Proxy URL; wins over the environment's. Empty: fall back to the environment. */
  url?: string;
  /** Hosts reached directly, in NO_PROXY's forms; applies to `url` and to the environment's proxy. */
  noProxy?: readonly string[];
  /** Sent as the Proxy-Authorization header to the proxy (never to PostHog). */
  authorization?: string;
  /** False: do not verify certificates behind the proxy. Default true. */
  strictSSL?: boolean;
}

export interface ConnectionOptions {
  /** Origin of the PostHog instance. */
  origin: string;
  proxy?: ProxySettings;
  /** Where to read HTTPS_PROXY, HTTP_PROXY, NO_PROXY (either case). */
  env: Record<string, string | undefined>;
  /** Extra trusted CA certificates, PEM. */
  ca?: string[];
}

export function createDispatcher(options: ConnectionOptions): Dispatcher {
  const tls = options.ca?.length ? { ca: [...rootCertificates(), ...options.ca] } : undefined;
  const proxy = chooseProxy(options);
  const { Agent, ProxyAgent } = undici();
  if (!proxy) return new Agent({ connect: tls });
  const target = new URL(options.origin);
  const proxiedTls = options.proxy?.strictSSL === false ? { ...tls, rejectUnauthorized: false } : tls;
  return new ProxyAgent({
    uri: proxy,
    token: options.proxy?.authorization || undefined,
    requestTls: proxiedTls,
    proxyTls: proxiedTls,
    // Plain-HTTP targets go through the proxy as ordinary forwarded requests; HTTPS uses CONNECT.
    proxyTunnel: target.protocol === 'https:',
  });
}

/**
 * The proxy URL to use for `origin`, or undefined for a direct connection. The settings' proxy wins
 * and only the settings' `noProxy` bypasses it; the environment's proxy is bypassed by either list.
 */
export function chooseProxy(options: Pick<ConnectionOptions, 'origin' | 'proxy' | 'env'>): string | undefined {
  const target = new URL(options.origin);
  const settingsBypass = bypassesProxy(target, (options.proxy?.noProxy ?? []).join(','));
  if (options.proxy?.url) return settingsBypass ? undefined : options.proxy.url;
  const fromEnv = target.protocol === 'https:'
    ? readEnv(options.env, 'https_proxy') ?? readEnv(options.env, 'http_proxy')
    : readEnv(options.env, 'http_proxy');
  if (!fromEnv || settingsBypass) return undefined;
  return bypassesProxy(target, readEnv(options.env, 'no_proxy') ?? '') ? undefined : fromEnv;
}

/** NO_PROXY: comma/space separated hosts, optional :port, `.suffix` or `*.suffix`, or `*` for all. */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
    if (entry === '*') return true;
    const [, name = entry, entryPort] = /^(\[[^\]]+\]|[^:]+|.*)(?::(\d+))?$/.exec(entry.toLowerCase()) ?? [];
    if (entryPort && entryPort !== port) return false;
    const bare = name.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    return host === bare || host.endsWith(`.${bare}`);
  });
}

/** Lower-case spelling first, as curl and undici do; an empty value counts as unset. */
function readEnv(env: Record<string, string | undefined>, lowerName: string): string | undefined {
  return env[lowerName] || env[lowerName.toUpperCase()] || undefined;
}

/** Node's root certificates; node:tls is loaded here, not with the extension (undici loads it anyway). */
function rootCertificates(): readonly string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would load it with the extension
  return (require('node:tls') as typeof import('node:tls')).rootCertificates;
}
