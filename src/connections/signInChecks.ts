// What sign-in checks before a key goes anywhere (no vscode here): a plain-http:// address that is
// not this computer needs the user's explicit consent, since the key would cross the network
// readable by anyone on the way; a key that no HTTP header can carry is refused with the reason.
import { apiKeyProblem } from '../api/apiKey';

/** Host names and addresses that never leave this computer. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  // IPv6 loopback, and 127.x.x.x written as an IPv4-mapped IPv6 address (as URL normalises it).
  return host === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
}

export interface UnencryptedWarning {
  message: string;
  detail: string;
  confirmTitle: string;
}

/** The confirmation to ask for before sending a key to `baseUrl`, or undefined when none is needed. */
export function unencryptedWarning(baseUrl: string): UnencryptedWarning | undefined {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' || isLoopbackHost(url.hostname)) return undefined;
  return {
    message: `Your API key would travel unencrypted to ${url.host}.`,
    detail:
      `${url.origin} uses http://, not https://, and is not this computer: anyone on the network between you and it ` +
      'could read the key and use PostHog as you. Continue only over a network you trust, or use https://.',
    confirmTitle: 'Send Key Unencrypted',
  };
}

/** Why a typed or pasted key cannot be used, or undefined (surrounding whitespace is ignored). */
export function keyInputProblem(input: string): string | undefined {
  const key = input.trim();
  return key ? apiKeyProblem(key) : 'Enter the key';
}
