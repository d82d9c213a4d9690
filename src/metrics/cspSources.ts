// Checks the host's `webview.cspSource` before it goes into a webview's Content-Security-Policy.
// Desktop VS Code answers a host source (`https://*.vscode-cdn.net`); browser-based VS Code adds a
// quoted keyword (`'self' https://*.vscode-cdn.net`). Both are fine. Anything that could end the
// directive (`;`), start another policy (`,`), break the header (newlines, `<`, `"`), switch off
// the policy's protections (`'unsafe-inline'`, `'unsafe-eval'`, `'strict-dynamic'`, …) or allow
// every origin (`*`, `https://*`, a bare `https:` or `data:`) is refused.

/** Quoted keywords a host may hand us that only ever narrow what the page may load. */
const SAFE_KEYWORDS = new Set(["'self'", "'report-sample'"]);
const NONCE_OR_HASH = /^'(nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_-]+={0,2}'$/;
/** `scheme:` alone: only non-network schemes of the host (e.g. `vscode-webview-resource:`). */
const SCHEME_SOURCE = /^([A-Za-z][A-Za-z0-9+.-]*):$/;
const BROAD_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'data', 'blob', 'filesystem', 'mediastream']);
/** `[scheme://]host[:port][/path]` where host is a name, optionally `*.`-prefixed, never `*` alone. */
const HOST_SOURCE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::(?:\d{1,5}|\*))?(?:\/[A-Za-z0-9\-._~!$&()*+=:@%/]*)?$/;

/** Returns the source expressions, space-separated; throws RangeError naming the first one refused. */
export function checkCspSources(cspSource: string): string {
  const sources = cspSource.split(/[ \t]+/).filter((s) => s !== '');
  if (sources.length === 0) throw new RangeError('cspSource must hold at least one CSP source expression (webview.cspSource).');
  const refused = sources.find((source) => !isSafeSource(source));
  if (refused !== undefined) {
    throw new RangeError(`cspSource may only hold CSP source expressions that narrow the policy (webview.cspSource); refused: ${JSON.stringify(refused)}`);
  }
  return sources.join(' ');
}

function isSafeSource(source: string): boolean {
  if (source.startsWith("'")) return SAFE_KEYWORDS.has(source.toLowerCase()) || NONCE_OR_HASH.test(source);
  const scheme = SCHEME_SOURCE.exec(source)?.[1];
  if (scheme !== undefined) return !BROAD_SCHEMES.has(scheme.toLowerCase());
  return HOST_SOURCE.test(source);
}
