// The walkthrough's completion context keys flip on the real events (signed in, a function's code
// opened, a test invocation finished), and the explorer's welcome view tells "not signed in" from
// "signed in, but this key sees no projects" (an empty root).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NO_PROJECTS_KEY, TestEmulator, TEST_KEY } from './helpers/emulator';
import { activateExtension, children, closeAllEditors, usePrompter, waitUntil } from './helpers/extension';
import { findFunction, type Session } from './helpers/session';

describe('walkthrough: context keys and welcome views', () => {
  const session = {} as Session;
  const key = (name: string) => session.api.testing.contextKey(name);
  const signIn = (apiKey: string) => vscode.commands.executeCommand('posthog.signIn', { host: session.emulator.url, apiKey });

  before(async function () {
    this.timeout(60_000);
    session.api = await activateExtension();
    session.emulator = await TestEmulator.start();
    session.prompter = usePrompter(session.api);
  });
  after(async function () {
    this.timeout(30_000);
    await closeAllEditors();
    await vscode.commands.executeCommand('posthog.signOut', { host: session.emulator.url });
    session.api.testing.setPrompter(undefined);
    await session.emulator.close();
  });

  it('with a key that sees no projects: signed in, noProjects set, and an empty explorer root', async () => {
    assert.ok(await signIn(NO_PROJECTS_KEY), 'sign-in failed');
    assert.equal(key('posthog.signedIn'), true);
    assert.equal(key('posthog.noProjects'), true);
    assert.deepEqual(await children(session.api), []);

    assert.ok(await signIn(TEST_KEY), 'sign-in failed');
    assert.equal(key('posthog.noProjects'), false);
    const root = await children(session.api);
    assert.ok(root.some((n) => n.kind === 'connection' && n.authority === session.emulator.authority));
  });

  it("opening a function's code and finishing a test invocation set the walkthrough's keys", async function () {
    this.timeout(30_000);
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    await waitUntil(() => key('posthog.walkthrough.openedFunction') === true, 'openedFunction set');
    await vscode.commands.executeCommand('posthog.testInvocation', node);
    assert.equal(key('posthog.walkthrough.ranTest'), true);
  });

  it('signing out of the last connection clears posthog.signedIn', async () => {
    await vscode.commands.executeCommand('posthog.signOut', { host: session.emulator.url });
    assert.equal(key('posthog.signedIn'), false);
    assert.equal(key('posthog.noProjects'), false);
  });
});
