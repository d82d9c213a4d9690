// VS Code's own proxy settings (section `http`), read into the API client's ProxySettings. No vscode
// here. An empty `http.proxy` leaves the choice to HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
import type { ProxySettings } from '../api';

export const PROXY_SECTION = 'http';
/** The keys under `http.` that make up the proxy. */
export const PROXY_KEYS = ['proxy', 'noProxy', 'proxyAuthorization', 'proxyStrictSSL'] as const;

/** `get`: the raw value of a key under `http.`, undefined when unset. */
export function readProxySettings(get: (key: string) => unknown): ProxySettings {
  const url = nonEmpty(get('proxy'));
  const noProxy = get('noProxy');
  return {
    url,
    noProxy: Array.isArray(noProxy) ? noProxy.filter((h): h is string => typeof h === 'string' && h.trim() !== '') : [],
    authorization: nonEmpty(get('proxyAuthorization')),
    strictSSL: get('proxyStrictSSL') !== false,
  };
}

function nonEmpty(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}
