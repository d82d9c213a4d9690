// What identifies a PostHog connection: its base URL (scheme + host + port), shown in the tree and
// used for requests, and the URI authority (`host[:port]`) that posthog:// documents carry.

export const US_CLOUD = 'https://us.posthog.com';
export const EU_CLOUD = 'https://eu.posthog.com';

/**
 * Normalises what a user typed into a base URL: `https://` when no scheme is given, no path, no
 * trailing slash. Throws an Error with a readable message when it is not an http(s) URL.
 */
export function normalizeBaseUrl(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new Error('Enter the address of your PostHog instance, e.g. https://posthog.example.com');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`'${trimmed}' is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`'${trimmed}' must start with https:// or http://.`);
  if (url.username || url.password) throw new Error('Put the API key in the key prompt, not in the URL.');
  return url.origin;
}

/** `host[:port]` of a base URL: the authority of its posthog:// documents. */
export function authorityOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}

/** Where SecretStorage keeps the API key of a connection. */
export function secretKeyFor(baseUrl: string): string {
  return `posthog.apiKey.${new URL(baseUrl).origin}`;
}

/** A short label for a connection: the cloud region's name, else the host. */
export function connectionLabel(baseUrl: string): string {
  if (baseUrl === US_CLOUD) return 'PostHog US Cloud';
  if (baseUrl === EU_CLOUD) return 'PostHog EU Cloud';
  return authorityOf(baseUrl);
}
