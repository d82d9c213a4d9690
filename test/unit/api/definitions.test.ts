// Event and property definitions: the client, the local PostHog's filters and pages, and the
// per-project cache (one request per kind and page, refresh, 403 remembered).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError } from '../../../src/api';
import { DefinitionsCache } from '../../../src/taxonomy/definitionsCache';
import { makeClient, READONLY_KEY, useClientFixture } from './support/harness';

describe('event and property definitions', () => {
  const fx = useClientFixture();
  const definitionPaths = async (): Promise<string[]> =>
    (await fx.admin.requests())
      .filter((r) => r.path.includes('_definitions/'))
      .map((r) => `${r.path.split('/')[4]}?${new URLSearchParams(r.query as Record<string, string>).toString()}`);

  test('events: every seeded event, most recently seen day first, then by name', async () => {
    const events = await fx.client.definitions.events(fx.projectId).all();
    const names = events.map((e) => e.name);
    assert.deepEqual(names.slice(0, 3), ['$autocapture', '$pageleave', '$pageview']);
    assert.ok(names.includes('purchase_completed'));
    assert.equal(names[names.length - 1], 'subscription_cancelled');
    assert.ok(events.every((e) => typeof e.id === 'string' && typeof e.last_seen_at === 'string'));
  });

  test('properties: event ones by default, person ones with type=person, by name', async () => {
    const event = await fx.client.definitions.properties(fx.projectId).all();
    const person = await fx.client.definitions.properties(fx.projectId, { type: 'person' }).all();
    assert.ok(event.some((p) => p.name === '$browser' && p.property_type === 'String' && !p.is_numerical));
    assert.ok(event.some((p) => p.name === 'revenue' && p.property_type === 'Numeric' && p.is_numerical));
    assert.ok(!event.some((p) => p.name === 'email'));
    assert.ok(person.some((p) => p.name === 'email'));
    assert.ok(!person.some((p) => p.name === '$browser'));
    const names = person.map((p) => p.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
  });

  test('search keeps names containing every word; properties= keeps the listed names', async () => {
    const found = await fx.client.definitions.properties(fx.projectId, { search: 'BROW' }).all();
    assert.deepEqual(found.map((p) => p.name), ['$browser']);
    const events = await fx.client.definitions.events(fx.projectId, { search: 'purchase comp' }).all();
    assert.deepEqual(events.map((e) => e.name), ['purchase_completed']);
    const listed = await fx.client.definitions.properties(fx.projectId, { properties: ['plan', 'revenue', 'nope'] }).all();
    assert.deepEqual(listed.map((p) => p.name), ['plan', 'revenue']);
  });

  test('pages follow limit/offset and `next`, one request per page', async () => {
    await fx.admin.clearRequests();
    const page = await fx.client.definitions.properties(fx.projectId).page({ limit: 4 });
    assert.equal(page.results.length, 4);
    assert.equal(page.count, 10);
    assert.ok(page.next?.includes('offset=4'));
    const rest = await fx.client.definitions.properties(fx.projectId).pageAt(page.next!);
    assert.deepEqual(rest.results.map((p) => p.name), ['$screen_width', 'currency', 'is_first_purchase', 'plan']);
    assert.deepEqual(await definitionPaths(), ['property_definitions?limit=4', 'property_definitions?limit=4&offset=4']);
  });

  test('group properties need group_type_index, others refuse it; unknown types are refused', async () => {
    const group = fx.client.definitions.properties(fx.projectId, { type: 'group' }).page();
    await assert.rejects(group, (e: unknown) => e instanceof ApiError && e.status === 400);
    const person = fx.client.definitions.properties(fx.projectId, { type: 'person', group_type_index: 0 }).page();
    await assert.rejects(person, (e: unknown) => e instanceof ApiError && e.status === 400);
    assert.deepEqual((await fx.client.definitions.properties(fx.projectId, { type: 'group', group_type_index: 0 }).all()), []);
  });

  test('a key without the definition scopes gets 403', async () => {
    const limited = makeClient(fx.emu, { apiKey: READONLY_KEY });
    try {
      await assert.rejects(limited.definitions.events(fx.projectId).page(), (e: unknown) => e instanceof ApiError && e.status === 403);
      await assert.rejects(limited.definitions.properties(fx.projectId).page(), (e: unknown) => e instanceof ApiError && e.status === 403);
    } finally {
      await limited.close();
    }
  });

  test('the cache sends one request per kind, reuses it, and asks again after a refresh', async () => {
    const cache = new DefinitionsCache(async () => fx.client.definitions);
    const project = cache.forProject('local', fx.projectId);
    await fx.admin.clearRequests();
    const [first, second] = await Promise.all([project.get('eventProperties'), project.get('eventProperties')]);
    assert.equal(first.status, 'ok');
    assert.equal(first, second);
    await project.get('eventProperties');
    assert.deepEqual(await definitionPaths(), ['property_definitions?type=event']);
    await project.get('personProperties');
    await project.get('events');
    assert.deepEqual(await definitionPaths(), ['property_definitions?type=event', 'property_definitions?type=person', 'event_definitions?']);
    cache.refreshAll();
    await project.get('eventProperties');
    assert.equal((await definitionPaths()).length, 4);
  });

  test('the cache remembers a 403 as denied without asking again', async () => {
    const limited = makeClient(fx.emu, { apiKey: READONLY_KEY });
    try {
      const project = new DefinitionsCache(async () => limited.definitions).forProject('local', fx.projectId);
      await fx.admin.clearRequests();
      assert.deepEqual(await project.get('personProperties'), { status: 'denied' });
      assert.deepEqual(await project.get('personProperties'), { status: 'denied' });
      assert.deepEqual(await definitionPaths(), ['property_definitions?type=person']);
    } finally {
      await limited.close();
    }
  });
});
