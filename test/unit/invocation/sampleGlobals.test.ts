// Sample globals per function type: the shape PostHog's worker expects (reference hog-language §5,
// sample hog-function.invocation-request.json), realistic content, and the properties the code reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { globalsFamily, sampleGlobals, type SampleSubject } from '../../../src/invocation';
import type { LooseJson } from '../support/looseJson';
import { keysOf, readSample, sampleSkip } from './samples';

const CONTEXT = { baseUrl: 'https://us.posthog.com/some/path', projectId: 12345, projectName: 'Web app (production)', now: new Date('2025-06-03T10:15:05.000Z') };
type Obj = Record<string, LooseJson>;

function globals(subject: Partial<SampleSubject> & Pick<SampleSubject, 'type'>): Obj {
  return sampleGlobals({ id: 'fn-1', name: 'My function', ...subject }, CONTEXT) as Obj;
}

test('destinations get event, person, groups, project and source, shaped like the sample request', (t) => {
  const g = globals({ type: 'destination' });
  assert.deepEqual(keysOf(g), ['event', 'groups', 'person', 'project', 'source']);
  assert.deepEqual(keysOf(g.event), ['distinct_id', 'elements_chain', 'event', 'properties', 'timestamp', 'url', 'uuid']);
  assert.deepEqual(keysOf(g.person), ['id', 'name', 'properties', 'url']);
  assert.deepEqual(keysOf(g.project), ['id', 'name', 'url']);
  assert.deepEqual(keysOf(g.source), ['name', 'url']);
  const missing = sampleSkip('hog-function.invocation-request.json');
  if (missing) return t.skip(missing);
  const sample = readSample('hog-function.invocation-request.json');
  const sg = sample.globals as Obj;
  assert.deepEqual(keysOf(g), keysOf(sg));
  for (const key of ['event', 'person', 'project', 'source']) assert.deepEqual(keysOf(g[key]), keysOf(sg[key]), key);
});

test('realistic content: ids, timestamps, links on the PostHog origin, common properties', () => {
  const g = globals({ type: 'destination', id: '0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f' });
  assert.match(g.event.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(g.event.timestamp, '2025-06-03T10:15:00.000Z');
  assert.equal(g.event.event, '$pageview');
  assert.equal(g.event.url, `https://us.posthog.com/project/12345/events/${g.event.uuid}/2025-06-03T10:15:00.000Z`);
  assert.equal(g.event.properties.$current_url, 'https://shop.example.com/checkout');
  assert.equal(typeof g.event.properties.$browser, 'string');
  assert.equal(g.person.properties.email, 'ada@example.com');
  assert.equal(g.person.properties.plan, 'pro');
  assert.equal(g.person.url, 'https://us.posthog.com/project/12345/person/user-7f3a');
  assert.deepEqual(g.project, { id: 12345, name: 'Web app (production)', url: 'https://us.posthog.com/project/12345' });
  assert.deepEqual(g.source, { name: 'My function', url: 'https://us.posthog.com/project/12345/functions/0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f' });
  assert.deepEqual(keysOf(g.groups.organization), ['id', 'index', 'properties', 'type', 'url']);
  assert.deepEqual(globals({ type: 'destination' }), globals({ type: 'destination' }), 'same inputs, same sample');
});

test('transformations get only event and project', () => {
  for (const type of ['transformation', 'transformation_log'] as const) {
    const g = globals({ type });
    assert.deepEqual(keysOf(g), ['event', 'project'], type);
    assert.equal(g.event.distinct_id, 'user-7f3a');
  }
});

test('webhook sources get request (method, headers, query, ip, body, stringBody), project and source', () => {
  for (const type of ['source_webhook', 'warehouse_source_webhook'] as const) {
    const g = globals({ type });
    assert.deepEqual(keysOf(g), ['project', 'request', 'source'], type);
    assert.deepEqual(keysOf(g.request), ['body', 'headers', 'ip', 'method', 'query', 'stringBody']);
    assert.equal(g.request.method, 'POST');
    assert.equal(g.request.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(g.request.stringBody), g.request.body);
  }
});

test('flows get event, person, groups, project and their variables with defaults', () => {
  const g = globals({ type: 'hog_flow', id: 'flow-1', variables: [{ key: 'coupon', type: 'string', default: 'WELCOME10' }, { key: 'max_sends', type: 'number', default: 3 }] });
  assert.deepEqual(keysOf(g), ['event', 'groups', 'person', 'project', 'variables']);
  assert.deepEqual(g.variables, { coupon: 'WELCOME10', max_sends: 3 });
  assert.equal(globalsFamily('hog_flow'), 'flow');
});

test('properties the code and inputs read are in the sample; the filtered event names the event', () => {
  const g = globals({
    type: 'destination',
    hog: "if (event.properties.plan_tier == 'gold' and event?.properties?.$cart_total > 10) { print(person.properties['company_size']) }",
    inputs_schema: [{ key: 'url', type: 'string', default: '{event.properties.checkout_url}' }],
    inputs: { body: { value: { email: '{person.properties.work_email}', is_trial: '{event.properties.is_trial}' } } },
    filters: { events: [{ id: 'order_completed', type: 'events' }] },
  });
  assert.equal(g.event.event, 'order_completed');
  assert.equal(g.event.properties.plan_tier, 'sample plan_tier');
  assert.equal(g.event.properties.$cart_total, 42);
  assert.equal(g.event.properties.checkout_url, 'https://shop.example.com/checkout');
  assert.equal(g.event.properties.is_trial, true);
  assert.equal(g.person.properties.company_size, 'sample company_size');
  assert.equal(g.person.properties.work_email, 'ada@example.com');
});

test('webhook code reading request.body, headers and query gets those fields', () => {
  const g = globals({
    type: 'source_webhook',
    hog: "let sig := request.headers['x-signature']\nif (request.query.token != inputs.token) { return {'httpResponse': {'status': 401}} }\npostHogCapture({'event': request.body.event_name, 'distinct_id': request.body.user_id})",
  });
  assert.equal(g.request.headers['x-signature'], 'sample-x-signature');
  assert.equal(g.request.query.token, 'sample token');
  assert.equal(g.request.body.event_name, 'sample event_name');
  assert.equal(g.request.body.user_id, 'user_1042');
  assert.deepEqual(JSON.parse(g.request.stringBody), g.request.body);
});
