// The explorer's loading logic (no vscode) against the local emulator over real sockets: one request
// per level and page, "Load more…" offsets, empty and failed levels as items.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PostHogClient } from '../../../src/api';
import { startEmulator } from '../../../src/emulator';
import { loadChildren, loadPage, type LoaderDeps } from '../../../src/explorer/children';
import { FUNCTION_GROUPS, nodeIds, type ExplorerNode, type NodeOf } from '../../../src/explorer/nodes';
import { presentFlow, presentFunction } from '../../../src/explorer/presentation';
import { EmulatorAdmin } from '../../support/emulatorAdmin';

const KEY = 'phx_ui_all';
const NO_PROJECTS_KEY = 'phx_ui_functions_only';

describe('explorer children', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let authority: string;
  let clients: PostHogClient[] = [];
  let pageSize = 2;

  const deps = (key = KEY): LoaderDeps => ({
    client: async () => {
      const client = new PostHogClient({ baseUrl: emulator.url, apiKey: key, env: {}, retry: { maxAttempts: 1 } });
      clients.push(client);
      return client;
    },
    pageSize: () => pageSize,
  });

  const requests = () => new EmulatorAdmin(emulator.url).requests();
  const clearRequests = () => new EmulatorAdmin(emulator.url).clearRequests();

  before(async () => {
    emulator = await startEmulator({
      admin: true,
      apiKeys: [
        { key: KEY, scopes: ['*'] },
        { key: NO_PROJECTS_KEY, scopes: ['user:read', 'hog_function:read'] },
      ],
    });
    authority = new URL(emulator.url).host;
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
    clients = [];
    await emulator.close();
  });

  const connection: ExplorerNode = { kind: 'connection', id: 'c', authority: '', baseUrl: '' };

  it('loads each level with one request', async () => {
    await clearRequests();
    const organizations = await loadChildren(deps(), { ...connection, authority });
    assert.ok(organizations.length >= 1 && organizations.every((n) => n.kind === 'organization'));
    const projects = await loadChildren(deps(), organizations[0]!);
    assert.ok(projects.every((n) => n.kind === 'project'));
    const folders = await loadChildren(deps(), projects[0]!);
    assert.deepEqual(folders.map((n) => n.kind), ['functions', 'flows']);
    const groups = await loadChildren(deps(), folders[0]!);
    assert.deepEqual(groups.map((n) => (n.kind === 'functionGroup' ? n.group.label : '')), FUNCTION_GROUPS.map((g) => g.label));
    assert.deepEqual((await requests()).map((r) => r.path), ['/api/users/@me/', `/api/organizations/${(organizations[0] as NodeOf<'organization'>).organizationId}/projects/`]);
  });

  it('pages with limit/offset and ends with "Load more…" while PostHog has more', async () => {
    const project = { authority, projectId: 1 };
    const group = FUNCTION_GROUPS[0];
    const node: NodeOf<'functionGroup'> = { kind: 'functionGroup', id: nodeIds.functionGroup(project, group), project, group };
    pageSize = 2;
    await clearRequests();
    const first = await loadChildren(deps(), node);
    assert.deepEqual(first.map((n) => n.kind), ['function', 'function', 'loadMore']);
    const more = first[2] as NodeOf<'loadMore'>;
    assert.equal(more.offset, 2);
    assert.equal(more.parentId, node.id);
    const second = await loadPage(deps(), node, more.offset);
    const log = await requests();
    assert.deepEqual(log.map((r) => r.query.offset), ['0', '2']);
    assert.ok(log.every((r) => r.query.limit === '2' && r.query.type === 'destination,internal_destination'));
    assert.ok(!second.some((n) => first.some((f) => f.id === n.id && n.kind === 'function')), 'the next page has other functions');
  });

  it('shows an empty group as a message, and a forbidden level as one failed item', async () => {
    const project = { authority, projectId: 2 };
    const group = FUNCTION_GROUPS.find((g) => g.id === 'siteApps')!;
    const empty = await loadChildren(deps(), { kind: 'functionGroup', id: 'g', project, group });
    assert.deepEqual(empty.map((n) => (n.kind === 'message' ? [n.text, n.isError] : n.kind)), [['No site apps', false]]);

    const flows = await loadChildren(deps(NO_PROJECTS_KEY), { kind: 'flows', id: 'f', project });
    assert.equal(flows.length, 1);
    const failed = flows[0]!;
    assert.ok(failed.kind === 'message' && failed.isError);
    assert.match(failed.detail ?? '', /hog_flow:read/);
    assert.ok(!(failed.detail ?? '').includes(NO_PROJECTS_KEY));
  });

  it('shows functions PostHog sent in a broken shape as one warning item; the rest of the page and "Load more…" stay', async () => {
    const project = { authority, projectId: 1 };
    const group = FUNCTION_GROUPS[0];
    const node: NodeOf<'functionGroup'> = { kind: 'functionGroup', id: nodeIds.functionGroup(project, group), project, group };
    pageSize = 3;
    const page = (await (await fetch(`${emulator.url}/api/projects/1/hog_functions/?type=destination,internal_destination&limit=3`, { headers: { authorization: `Bearer ${KEY}` } })).json()) as {
      results: Array<Record<string, unknown>>;
    };
    const [good, broken, hostile] = page.results;
    const doctored = { ...page, results: [good, { ...broken, hog: null }, { ...hostile, id: '../../../users/@me', name: '\u202eevil' }] };
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { method: 'GET', path: '/hog_functions/$' }, response: { status: 200, body: doctored } }),
    });
    const nodes = await loadChildren(deps(), node);
    assert.deepEqual(nodes.map((n) => n.kind), ['function', 'message', 'loadMore']);
    assert.equal((nodes[0] as NodeOf<'function'>).summary.id, good!.id);
    const warning = nodes[1] as NodeOf<'message'>;
    assert.deepEqual([warning.text, warning.isError], ['2 items could not be read', true]);
    assert.match(warning.detail ?? '', new RegExp(`unexpected shape for hog function ${String(broken!.id)} \\(item 2 of the list\\): “hog” is null`));
    assert.equal((nodes[2] as NodeOf<'loadMore'>).offset, 3, 'the next page starts after the unreadable items too');
  });

  it('presents function health and flow status', () => {
    const base = { id: 'x', type: 'destination', name: 'N', description: '', updated_at: 't', status: { state: 1, tokens: 1 }, enabled: true } as const;
    assert.equal(presentFunction({ ...base } as never).description, 'enabled');
    assert.equal(presentFunction({ ...base, enabled: false } as never).icon, 'circle-slash');
    assert.equal(presentFunction({ ...base, status: { state: 11, tokens: 0 } } as never).description, 'degraded');
    assert.equal(presentFunction({ ...base, status: { state: 12, tokens: 0 } } as never).description, 'disabled by the system');
    assert.equal(presentFlow({ id: 'f', name: 'F', status: 'archived', updated_at: 't' } as never).icon, 'archive');
  });
});
