// VS Code's own proxy settings route the extension's PostHog requests through a real local forward
// proxy; `http.noProxy` takes the emulator's host back to a direct connection.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostHogHogApi } from '../../src/extension';
import { type CountingProxy, startProxy } from '../support/network';
import { TestEmulator, TEST_KEY } from './helpers/emulator';
import { activateExtension, child, children, usePrompter } from './helpers/extension';

const KEYS = ['proxy', 'noProxy'] as const;

describe('proxy: http.proxy settings', () => {
  let api: PostHogHogApi;
  let emulator: TestEmulator;
  let proxy: CountingProxy;
  const saved = new Map<string, unknown>();
  const http = () => vscode.workspace.getConfiguration('http');

  before(async function () {
    this.timeout(60_000);
    api = await activateExtension();
    usePrompter(api);
    emulator = await TestEmulator.start();
    proxy = await startProxy();
    for (const key of KEYS) saved.set(key, http().inspect(key)?.globalValue);
  });
  after(async function () {
    this.timeout(30_000);
    for (const key of KEYS) await http().update(key, saved.get(key), vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('posthog.signOut', { host: emulator.url });
    api.testing.setPrompter(undefined);
    await emulator.close();
    await proxy.close();
  });

  /** Requests the proxy forwarded to the emulator's API (not its admin routes). */
  const proxiedApiCalls = () => proxy.forwarded.filter((r) => r.includes(`${emulator.url}/api/`));

  /** Signs in (a fresh client) and lists organizations (the pooled client): one GET /api/users/@me/ each. */
  async function signInAndList(): Promise<void> {
    const connection = await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url, apiKey: TEST_KEY });
    assert.ok(connection, 'sign-in failed');
    const node = await child(api, undefined, (n) => n.kind === 'connection' && n.authority === emulator.authority);
    await vscode.commands.executeCommand('posthog.refresh', node);
    assert.ok((await children(api, node)).length > 0, 'no organizations listed');
  }

  it('sends sign-in and explorer requests through http.proxy', async () => {
    await http().update('noProxy', [], vscode.ConfigurationTarget.Global);
    await http().update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
    await emulator.clearRequests();
    await signInAndList();
    assert.deepEqual(proxiedApiCalls(), [`GET ${emulator.url}/api/users/@me/`, `GET ${emulator.url}/api/users/@me/`]);
    const reached = (await emulator.requests()).filter((r) => r.path.startsWith('/api/'));
    assert.equal(reached.length, 2, 'every API request the emulator answered came through the proxy');
  });

  it('goes direct to a host listed in http.noProxy, for new and pooled clients', async () => {
    await http().update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
    await http().update('noProxy', ['127.0.0.1'], vscode.ConfigurationTarget.Global);
    proxy.forwarded.length = 0;
    await emulator.clearRequests();
    await signInAndList();
    const reached = (await emulator.requests()).filter((r) => r.path.startsWith('/api/'));
    assert.deepEqual(reached.map((r) => `${r.method} ${r.path}`), ['GET /api/users/@me/', 'GET /api/users/@me/']);
    assert.deepEqual(proxiedApiCalls(), []);
  });
});
