// A fresh nonce for each render of a webview (the CSP only lets scripts and styles carrying it run).
import { randomBytes } from 'node:crypto';

export function createNonce(): string {
  return randomBytes(18).toString('base64url');
}
