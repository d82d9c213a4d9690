// The explorer's marks of functions storing the secret mask (no vscode), against the local emulator:
// one masked_secrets request per project however many lists ask, again only after forget/reload,
// and a refused or failed request marks nothing.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PostHogClient } from '../../../src/api';
import { startEmulator } from '../../../src/emulator';
import type { LoaderDeps } from '../../../src/explorer/children';
import { MaskedSecrets, versionMoved } from '../../../src/explorer/maskedSecrets';
import { keysToReenter, presentMaskedSecret } from '../../../src/explorer/presentation';
import { EmulatorAdmin } from '../../support/emulatorAdmin';

const KEY = 'phx_masked_all';
const NO_FUNCTIONS_KEY = 'phx_masked_user_only';
const CHECKOUT_ID = '0197e2a1-5c3b-7d4e-8f90-000000000001';
const MASKED_PATH = /^\/api\/projects\/1\/hog_functions\/masked_secrets\/$/;

describe('explorer masked secrets', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let admin: EmulatorAdmin;
  let authority: string;
  let clients: PostHogClient[] = [];
  let warnings: string[] = [];

  const deps = (key = KEY): LoaderDeps => ({
    client: async () => {
      const client = new PostHogClient({ baseUrl: emulator.url, apiKey: key, env: {}, retry: { maxAttempts: 1 } });
      clients.push(client);
      return client;
    },
    pageSize: () => 2,
    warn: (message) => warnings.push(message),
  });
  const maskedRequests = async () => (await admin.requests()).filter((r) => MASKED_PATH.test(r.path));
  const project = () => ({ authority, projectId: 1 });
  const checkout = () => ({ ...project(), kind: 'function' as const, id: CHECKOUT_ID });

  before(async () => {
    emulator = await startEmulator({
      admin: true,
      apiKeys: [
        { key: KEY, scopes: ['*'] },
        { key: NO_FUNCTIONS_KEY, scopes: ['user:read'] },
      ],
    });
    admin = new EmulatorAdmin(emulator.url);
    authority = new URL(emulator.url).host;
    await fetch(`${emulator.url}/_emulator/mask-secret`, { method: 'POST', body: JSON.stringify({ id: CHECKOUT_ID, key: 'api_key' }) });
  });
  beforeEach(async () => {
    warnings = [];
    await admin.clearRequests();
    await admin.clearFaults();
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
    clients = [];
    await emulator.close();
  });

  it('asks once per project, however many lists load at once, and marks what PostHog lists', async () => {
    const masked = new MaskedSecrets(deps());
    assert.equal(masked.has(project()), false);
    await Promise.all([masked.load(project()), masked.load(project()), masked.load(project())]);
    await masked.load(project());
    assert.equal((await maskedRequests()).length, 1);
    assert.deepEqual(masked.of(checkout())?.input_keys, ['api_key']);
    assert.equal(masked.of({ ...checkout(), id: 'another' }), undefined);
    assert.equal(masked.of({ ...checkout(), kind: 'flow' }), undefined, 'flows are never marked');
    assert.equal(masked.of({ ...checkout(), projectId: 2 }), undefined, 'another project is not loaded');
    assert.deepEqual(warnings, []);
  });

  it('asks again only after forget or reload, one request each', async () => {
    const masked = new MaskedSecrets(deps());
    await masked.load(project());
    masked.forget(project());
    assert.equal(masked.of(checkout()), undefined, 'forgotten marks are not shown');
    await masked.load(project());
    const reloading = masked.reload(project());
    assert.ok(masked.of(checkout()), 'the marks shown stay until the new answer');
    await reloading;
    assert.equal((await maskedRequests()).length, 3);
    assert.ok(masked.of(checkout()));
    masked.clear();
    assert.equal(masked.has(project()), false);
  });

  it('marks nothing when PostHog refuses (missing scope) or fails, and notes why', async () => {
    const refused = new MaskedSecrets(deps(NO_FUNCTIONS_KEY));
    await refused.load(project());
    assert.equal(refused.of(checkout()), undefined);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /hog_function:read/);
    assert.ok(!warnings[0]!.includes(NO_FUNCTIONS_KEY), 'the key is never written out');

    await admin.addFault({ match: { method: 'GET', path: 'masked_secrets' }, response: { status: 200, body: [{ id: 7, name: null }] } });
    const unreadable = new MaskedSecrets(deps());
    await unreadable.load(project());
    assert.equal(unreadable.of(checkout()), undefined, 'an answer in a shape we cannot read marks nothing');
    assert.equal(warnings.length, 2);
  });

  it('says which inputs to enter again, and when a function changed', () => {
    const fn = { id: 'f', name: 'F', type: 'destination', enabled: true, input_keys: ['api_key'], draft_input_keys: ['token'] };
    assert.equal(keysToReenter(fn), 'api_key, token (draft)');
    assert.deepEqual(presentMaskedSecret(fn), {
      icon: 'warning',
      color: 'list.warningForeground',
      description: 'masked secret',
      tooltip: ['Stores a masked secret instead of a value: re-enter api_key, token (draft)'],
    });
    const before = { updated_at: '1', draft_updated_at: null } as never;
    assert.equal(versionMoved(before, { updated_at: '1' } as never), false);
    assert.equal(versionMoved(before, { updated_at: '2', draft_updated_at: null } as never), true);
    assert.equal(versionMoved(before, { updated_at: '1', draft_updated_at: '3' } as never), true);
  });
});
