// Sign in (argument form), then walk the explorer through its exported TreeDataProvider: one request
// per level and page, "Load more…", state shown per item, refresh per node, sign out.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExplorerNode } from '../../src/explorer/nodes';
import { only, TestEmulator, TEST_KEY } from './helpers/emulator';
import { child, children, labelOf, treeItem } from './helpers/extension';
import { flowsNode, functionGroup, loadAll, projectNode, signedInSession } from './helpers/session';

const GROUPS = ['Destinations', 'Transformations', 'Sources', 'Site destinations', 'Site apps'];

function expectedDescription(fn: { enabled: boolean; status: { state: number } | null }): string {
  if (!fn.enabled) return 'disabled';
  const state = fn.status?.state;
  if (state === 2 || state === 11) return 'degraded';
  if (state === 3 || state === 12) return 'disabled by the system';
  return 'enabled';
}

describe('core: sign in and explorer', () => {
  const session = signedInSession();

  before(async () => {
    await vscode.workspace.getConfiguration('posthog').update('explorer.pageSize', 2, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('posthog').update('explorer.pageSize', undefined, vscode.ConfigurationTarget.Global);
  });

  it('signs in with { host, apiKey } using exactly one GET /api/users/@me/', async () => {
    const { emulator, prompter } = session;
    await emulator.clearRequests();
    prompter.clear();
    const connection = await vscode.commands.executeCommand<{ authority: string }>('posthog.signIn', { host: emulator.url, apiKey: TEST_KEY });
    assert.equal(connection?.authority, emulator.authority);
    const requests = await emulator.requests();
    assert.deepEqual(requests.map((r) => `${r.method} ${r.path}`), ['GET /api/users/@me/']);
    assert.ok(prompter.shown.some((m) => m.kind === 'info' && m.message.startsWith('Signed in')));
  });

  it('signs in through the prompts: a custom URL, then the key in a password box', async () => {
    const { emulator, prompter } = session;
    await emulator.clearRequests();
    prompter.clear();
    prompter.answer = (m) => {
      if (m.kind === 'pick') return m.actions.find((label) => label.startsWith('Self-hosted'));
      if (m.kind === 'input' && m.message.includes('address')) return emulator.url;
      if (m.kind === 'input' && m.password) return TEST_KEY;
      return undefined;
    };
    try {
      const connection = await vscode.commands.executeCommand<{ authority: string }>('posthog.signIn');
      assert.equal(connection?.authority, emulator.authority);
    } finally {
      prompter.answer = () => undefined;
    }
    const asked = prompter.shown.filter((m) => m.kind === 'pick' || m.kind === 'input');
    assert.deepEqual(asked.map((m) => [m.kind, m.password ?? false]), [['pick', false], ['input', false], ['input', true]]);
    assert.deepEqual(prompter.shown[0]!.actions, ['PostHog US Cloud', 'PostHog EU Cloud', 'Self-hosted or local…']);
    const requests = await emulator.requests();
    assert.deepEqual(requests.map((r) => `${r.method} ${r.path}`), ['GET /api/users/@me/']);
    assert.ok(!JSON.stringify(prompter.shown).includes(TEST_KEY), 'the key is never shown back');
  });

  it('rejects a wrong key with a message offering to sign in again, keeping the working key', async () => {
    const { emulator, prompter, api } = session;
    prompter.clear();
    const wrongKey = 'phx_definitely_not_valid_0123456789';
    const result = await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url, apiKey: wrongKey });
    assert.equal(result, undefined);
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.ok(message.actions.includes('Sign In Again'), JSON.stringify(message));
    assert.ok(!message.message.includes(wrongKey), 'the key must never appear in a message');
    // The stored connection still works: its tree loads.
    const connection = await child(api, undefined, (n) => n.kind === 'connection' && n.authority === emulator.authority);
    await vscode.commands.executeCommand('posthog.refresh', connection);
    const organizations = await children(api, connection);
    assert.ok(organizations.every((n) => n.kind === 'organization'), JSON.stringify(organizations));
  });

  it('names the missing scope when PostHog answers 403 to the sign-in check', async () => {
    const { emulator, prompter } = session;
    prompter.clear();
    await emulator.addFault({
      match: { method: 'GET', path: '^/api/users/@me/$' },
      response: { status: 403, body: { type: 'authentication_error', code: 'permission_denied', detail: "API key missing required scope 'user:read'", attr: null } },
    });
    const result = await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url, apiKey: TEST_KEY });
    assert.equal(result, undefined);
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(message.message, /missing the scope 'user:read'/);
    assert.ok(!message.message.includes(TEST_KEY));
  });

  it('walks connection → organization → project → Functions / Flows → groups, one request per level', async () => {
    const { emulator, api } = session;
    const root = await children(api);
    const connection = root.find((n) => n.kind === 'connection' && n.authority === emulator.authority);
    assert.ok(connection);
    await vscode.commands.executeCommand('posthog.refresh', connection);
    await emulator.clearRequests();
    const organizations = await children(api, connection);
    assert.deepEqual((await emulator.requests()).map((r) => r.path), ['/api/users/@me/']);
    const me = await emulator.get('/api/users/@me/');
    assert.deepEqual(
      organizations.map((o) => labelOf(api, o)),
      (me.organizations as Array<{ name: string }>).map((o) => o.name),
    );

    const organization = organizations[0]!;
    assert.equal(organization.kind, 'organization');
    await emulator.clearRequests();
    const projects = await children(api, organization);
    const projectRequests = await emulator.requests();
    assert.equal(projectRequests.length, 1);
    assert.equal(projectRequests[0]!.path, `/api/organizations/${organization.kind === 'organization' ? organization.organizationId : ''}/projects/`);
    assert.ok(projects.length >= 1 && projects.every((p) => p.kind === 'project'));

    const project = await projectNode(session);
    await emulator.clearRequests();
    const folders = await children(api, project);
    assert.deepEqual(folders.map((f) => labelOf(api, f)), ['Functions', 'Flows']);
    const groups = await children(api, folders[0]);
    assert.deepEqual(groups.map((g) => labelOf(api, g)), GROUPS);
    assert.equal((await emulator.requests()).length, 0, 'static levels cost no request');
  });

  it('lists a group one page per request, with "Load more…" until the end', async () => {
    const { emulator, api } = session;
    const destinations = await functionGroup(session, 'Destinations');
    await emulator.clearRequests();
    const first = await children(api, destinations);
    const requests = await emulator.requests();
    // The project's first function list brings its masked_secrets along (the tree marks those functions).
    assert.equal(requests.length, 2, JSON.stringify(requests.map((r) => r.path)));
    const [list, ...moreLists] = only(requests, 'GET', /^\/api\/projects\/\d+\/hog_functions\/$/);
    assert.equal(moreLists.length, 0);
    assert.deepEqual({ ...list!.query }, { type: 'destination,internal_destination', limit: '2', offset: '0' });
    assert.deepEqual(only(requests, 'GET', /\/masked_secrets\/$/).map((r) => r.path), [list!.path.replace(/\/$/, '/masked_secrets/')]);
    assert.deepEqual(first.map((n) => n.kind), ['function', 'function', 'loadMore']);
    const more = await treeItem(api, first[2]!);
    assert.equal(more.label, 'Load more…');
    assert.equal(more.command?.command, 'posthog.loadMore');

    await emulator.clearRequests();
    await vscode.commands.executeCommand(more.command.command, ...(more.command.arguments ?? []));
    const second = await emulator.requests();
    assert.equal(second.length, 1);
    assert.equal(second[0]!.query.offset, '2');

    const all = await loadAll(api, destinations);
    const projectId = (all[0] as Extract<ExplorerNode, { kind: 'function' }>).project.projectId;
    const api1 = await emulator.get(`/api/projects/${projectId}/hog_functions/?type=destination,internal_destination&limit=100`);
    const expectedIds = (api1.results as Array<{ id: string }>).map((f) => f.id);
    assert.ok(expectedIds.length > 4, 'the demo seed has several pages of destinations');
    assert.deepEqual(all.map((n) => (n.kind === 'function' ? n.summary.id : n.kind)), expectedIds);
  });

  it('shows enabled / disabled / degraded / disabled-by-system state, and opens code on click', async () => {
    const { api } = session;
    const seen = new Set<string>();
    const contextValues = new Set<string>();
    for (const group of GROUPS) {
      for (const node of await loadAll(api, await functionGroup(session, group))) {
        if (node.kind !== 'function') continue;
        const item = await treeItem(api, node);
        const expected = expectedDescription(node.summary);
        assert.equal(item.description, expected, String(node.summary.name));
        seen.add(expected);
        assert.equal(item.id, `function:${node.project.authority}/${node.project.projectId}/${node.summary.id}`);
        // Menus offer Enable only on disabled functions and Disable only on enabled ones.
        assert.equal(item.contextValue, node.summary.enabled ? 'posthog.function.enabled' : 'posthog.function.disabled', String(node.summary.name));
        contextValues.add(item.contextValue!);
        assert.equal(item.command?.command, 'posthog.openFunctionCode');
        assert.equal(item.resourceUri?.scheme, 'posthog');
        assert.equal(item.resourceUri?.path, `/projects/${node.project.projectId}/functions/${node.summary.id}/${node.summary.name}.hog`);
        const icon = item.iconPath as vscode.ThemeIcon;
        if (expected === 'degraded') assert.equal(icon.id, 'warning');
        if (expected === 'disabled by the system') assert.equal(icon.id, 'error');
        if (expected === 'disabled') assert.equal(icon.id, 'circle-slash');
      }
    }
    assert.deepEqual([...seen].sort(), ['degraded', 'disabled', 'disabled by the system', 'enabled']);
    assert.deepEqual([...contextValues].sort(), ['posthog.function.disabled', 'posthog.function.enabled']);
  });

  it('lists flows with their status, and refreshes one node with stable ids', async () => {
    const { emulator, api } = session;
    const flows = await flowsNode(session);
    const nodes = (await loadAll(api, flows)).filter((n) => n.kind === 'flow');
    const statuses = new Set<string>();
    for (const node of nodes) {
      if (node.kind !== 'flow') continue;
      const item = await treeItem(api, node);
      assert.equal(item.description, node.summary.status);
      assert.equal(item.command?.command, 'posthog.openFlow');
      assert.equal(item.contextValue, `posthog.flow.${node.summary.status}`, 'menus offer what applies to the status');
      statuses.add(node.summary.status);
    }
    assert.deepEqual([...statuses].sort(), ['active', 'archived', 'draft']);

    const destinations = await functionGroup(session, 'Destinations');
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.refresh', flows);
    const again = await children(api, flows);
    await children(api, destinations);
    const requests = await emulator.requests();
    assert.equal(requests.length, 1, `only the refreshed node reloads: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    assert.match(requests[0]!.path, /hog_flows\/$/);
    const firstPage = again.filter((n) => n.kind === 'flow').map((n) => n.id);
    assert.ok(firstPage.length > 0);
    assert.deepEqual(firstPage, nodes.slice(0, firstPage.length).map((n) => n.id), 'same objects, same ids');
  });

  it('signs out with { host }: the connection and its key are gone', async () => {
    const { emulator, api, prompter } = session;
    const project = await projectNode(session);
    await vscode.commands.executeCommand('posthog.signOut', { host: emulator.url });
    const root = await children(api);
    assert.ok(!root.some((n) => n.kind === 'connection' && n.authority === emulator.authority));
    await emulator.clearRequests();
    const uri = vscode.Uri.parse(`posthog://${emulator.authority}/projects/${project.projectId}/functions/x/y.hog`);
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)));
    assert.equal((await emulator.requests()).length, 0, 'no key, no request');
    // Sign in again so the suite's own sign-out in `after` has something to remove.
    prompter.clear();
    assert.ok(await vscode.commands.executeCommand('posthog.signIn', { host: emulator.url, apiKey: TEST_KEY }));
  });

  it('asks which connection to sign out of when there are several', async () => {
    const { api, emulator, prompter } = session;
    const other = await TestEmulator.start();
    try {
      assert.ok(await vscode.commands.executeCommand('posthog.signIn', { host: other.url, apiKey: TEST_KEY }));
      const connected = async () => (await children(api)).filter((n) => n.kind === 'connection').map((n) => (n as { authority: string }).authority);
      prompter.clear();
      assert.equal(await vscode.commands.executeCommand('posthog.signOut'), undefined, 'dismissing the pick signs out of nothing');
      const pick = prompter.shown.find((m) => m.kind === 'pick');
      assert.ok(pick?.actions.includes(other.authority) && pick.actions.includes(emulator.authority), JSON.stringify(pick));
      assert.ok((await connected()).includes(other.authority));

      prompter.answer = (m) => (m.kind === 'pick' ? other.authority : undefined);
      try {
        await vscode.commands.executeCommand('posthog.signOut');
      } finally {
        prompter.answer = () => undefined;
      }
      const left = await connected();
      assert.ok(!left.includes(other.authority), JSON.stringify(left));
      assert.ok(left.includes(emulator.authority), 'the other connection stays');
    } finally {
      await vscode.commands.executeCommand('posthog.signOut', { host: other.url });
      await other.close();
    }
  });

  it('keeps one connection per host', async () => {
    const { api, emulator } = session;
    assert.ok(await vscode.commands.executeCommand('posthog.signIn', { host: `${emulator.url}/`, apiKey: TEST_KEY }));
    const connections = (await children(api)).filter((n) => n.kind === 'connection' && n.authority === emulator.authority);
    assert.equal(connections.length, 1);
  });
});
