// Hostile or broken input at the edges the user touches: signing in over plain http:// to another
// computer needs consent, a key no header can carry is refused with the reason before anything is
// sent, and the response size setting reaches the client.
import * as assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import * as vscode from 'vscode';
import { TestEmulator, TEST_KEY } from './helpers/emulator';
import { child, children } from './helpers/extension';
import { signedInSession } from './helpers/session';

/** An address of this computer that is not loopback (so http:// to it counts as the network), if any. */
function networkAddress(): string | undefined {
  const addresses = Object.values(networkInterfaces()).flat();
  return addresses.find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

describe('boundary: sign-in checks and response size', () => {
  const session = signedInSession();

  describe('plain http:// to another computer', () => {
    let remote: TestEmulator | undefined;

    before(async function () {
      const address = networkAddress();
      if (!address) this.skip();
      remote = await TestEmulator.start(address);
    });
    after(async () => {
      await remote?.close();
    });
    afterEach(() => {
      session.prompter.answer = () => undefined;
    });

    it('asks first, saying the key would travel unencrypted; declining sends nothing', async () => {
      const { prompter } = session;
      prompter.clear();
      await remote!.clearRequests();
      const result = await vscode.commands.executeCommand('posthog.signIn', { host: remote!.url, apiKey: TEST_KEY });
      assert.equal(result, undefined);
      const confirms = prompter.shown.filter((m) => m.kind === 'confirm');
      assert.equal(confirms.length, 1, JSON.stringify(prompter.shown));
      assert.match(confirms[0]!.message, new RegExp(`^Your API key would travel unencrypted to ${remote!.authority.replace(/\./g, '\\.')}\\.`));
      assert.deepEqual(confirms[0]!.actions, ['Send Key Unencrypted']);
      assert.deepEqual(await remote!.requests(), [], 'nothing was sent');
    });

    it('asks before the key prompt, and signs in once confirmed', async () => {
      const { prompter, api } = session;
      prompter.clear();
      await remote!.clearRequests();
      prompter.answer = (m) => (m.kind === 'confirm' ? true : m.kind === 'input' && m.password ? TEST_KEY : undefined);
      const connection = await vscode.commands.executeCommand<{ authority: string }>('posthog.signIn', { host: remote!.url });
      assert.equal(connection?.authority, remote!.authority);
      assert.deepEqual(prompter.shown.filter((m) => m.kind === 'confirm' || m.kind === 'input').map((m) => m.kind), ['confirm', 'input']);
      assert.deepEqual((await remote!.requests()).map((r) => `${r.method} ${r.path}`), ['GET /api/users/@me/']);
      await child(api, undefined, (n) => n.kind === 'connection' && n.authority === remote!.authority);
      await vscode.commands.executeCommand('posthog.signOut', { host: remote!.url });
    });
  });

  it('signing in to this computer over http:// asks nothing extra', async () => {
    const { emulator, prompter } = session;
    prompter.clear();
    assert.ok(await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url, apiKey: TEST_KEY }));
    assert.deepEqual(prompter.shown.filter((m) => m.kind === 'confirm'), []);
  });

  it('refuses a key with a line break, saying why, without sending it', async () => {
    const { emulator, prompter } = session;
    prompter.clear();
    await emulator.clearRequests();
    const result = await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url, apiKey: `${TEST_KEY}\nphx_other` });
    assert.equal(result, undefined);
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(message.message, /The API key contains a line break, which cannot be sent in an HTTP header/);
    assert.ok(!message.message.includes(TEST_KEY));
    assert.deepEqual(await emulator.requests(), []);
  });

  it('the key prompt refuses a zero-width character, saying why', async () => {
    const { emulator, prompter } = session;
    prompter.clear();
    await emulator.clearRequests();
    prompter.answer = (m) => (m.kind === 'input' && m.password ? `${TEST_KEY}\u200b` : undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url }), undefined);
    } finally {
      prompter.answer = () => undefined;
    }
    const refused = prompter.shown.find((m) => m.kind === 'error');
    assert.match(refused?.message ?? '', /^invalid input: The API key contains an invisible character \(U\+200B\)/);
    assert.deepEqual(await emulator.requests(), []);
  });

  it('posthog.maxResponseMegabytes limits what is read: a larger answer is one error item in the tree', async () => {
    const { emulator, api } = session;
    const settings = vscode.workspace.getConfiguration('posthog');
    await settings.update('maxResponseMegabytes', 1, vscode.ConfigurationTarget.Global);
    try {
      await emulator.addFault({ match: { method: 'GET', path: '^/api/users/@me/$' }, response: { status: 200, bodyBytes: 3 * 1024 * 1024 } });
      const connection = await child(api, undefined, (n) => n.kind === 'connection' && n.authority === emulator.authority);
      await vscode.commands.executeCommand('posthog.refresh', connection);
      const nodes = await children(api, connection);
      assert.equal(nodes.length, 1, JSON.stringify(nodes));
      const failed = nodes[0]!;
      assert.ok(failed.kind === 'message' && failed.isError, JSON.stringify(failed));
      assert.match(failed.detail ?? '', /larger than the 1 MB limit, so it was not read/);
    } finally {
      await settings.update('maxResponseMegabytes', undefined, vscode.ConfigurationTarget.Global);
    }
    const connection = await child(api, undefined, (n) => n.kind === 'connection' && n.authority === emulator.authority);
    await vscode.commands.executeCommand('posthog.refresh', connection);
    assert.ok((await children(api, connection)).every((n) => n.kind === 'organization'), 'the default limit reads the real answer');
  });
});
