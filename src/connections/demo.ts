import * as vscode from 'vscode';
import { normalizeBaseUrl } from './baseUrl';
import type { ConnectionStore } from './store';

/**
 * Demo mode (`npm run demo`): when POSTHOG_HOG_DEMO_HOST and POSTHOG_HOG_DEMO_API_KEY are set, the
 * extension starts signed in to that host. No network request: the demo emulator is trusted.
 */
export async function applyDemoConnection(
  store: ConnectionStore,
  env: Record<string, string | undefined>,
  log: vscode.LogOutputChannel,
): Promise<void> {
  const host = env.POSTHOG_HOG_DEMO_HOST;
  const apiKey = env.POSTHOG_HOG_DEMO_API_KEY;
  if (!host || !apiKey) return;
  // The demo is about the PostHog tree: show it rather than the file explorer.
  void vscode.commands.executeCommand('posthog.explorer.focus');
  try {
    const baseUrl = normalizeBaseUrl(host);
    const existing = store.list().find((c) => c.baseUrl === baseUrl);
    if (existing && (await store.apiKey(existing)) === apiKey) return;
    await store.save(baseUrl, apiKey);
    log.info(`Demo mode: signed in to ${baseUrl}.`);
  } catch (error) {
    log.warn(`Demo mode: could not use POSTHOG_HOG_DEMO_HOST (${(error as Error).message}).`);
  }
}
