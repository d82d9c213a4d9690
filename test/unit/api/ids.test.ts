// Ids are checked before they enter a request path: a crafted id (`..`, `/`, `?`) is refused with
// InvalidIdError and nothing reaches the server, so a save can only PATCH the object it names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkId, InvalidIdError, isProjectId, isUuid } from '../../../src/api';
import { rejection, useClientFixture } from './support/harness';

const UUID = '0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f';
const CRAFTED = ['..', '../..', '../../users/@me', 'a/b', '%2e%2e', `${UUID}/`, `${UUID}?x=1`, `${UUID}#`, '', ' ', `${UUID}\u200b`];

describe('id forms', () => {
  test('function, flow, schedule, batch-job and organization ids are UUIDs', () => {
    assert.ok(isUuid(UUID));
    assert.ok(isUuid(UUID.toUpperCase()));
    for (const id of CRAFTED) assert.ok(!isUuid(id), JSON.stringify(id));
    for (const kind of ['hog function', 'hog flow', 'schedule', 'batch job', 'organization'] as const) {
      assert.equal(checkId(kind, UUID), UUID);
      for (const id of CRAFTED) assert.throws(() => checkId(kind, id), InvalidIdError, `${kind} ${JSON.stringify(id)}`);
    }
  });

  test('project ids are positive whole numbers; @current and new only where allowed', () => {
    for (const id of [1, 12345, Number.MAX_SAFE_INTEGER]) assert.ok(isProjectId(id));
    for (const id of [0, -1, 1.5, Number.NaN, Infinity, '1', '..']) assert.ok(!isProjectId(id), String(id));
    assert.equal(checkId('project', '@current', { current: true }), '@current');
    assert.throws(() => checkId('project', '@current'), InvalidIdError);
    assert.equal(checkId('hog function', 'new', { unsaved: true }), 'new');
    assert.throws(() => checkId('hog function', 'new'), InvalidIdError);
  });

  test('template ids: letters, digits, _, -, . but no dot segment or slash', () => {
    for (const id of ['template-webhook', 'template_slack.v2', 'coalesce-1']) assert.equal(checkId('template', id), id);
    for (const id of ['..', '.', 'a/b', 'template webhook', '', 'x'.repeat(201)]) assert.throws(() => checkId('template', id), InvalidIdError, id);
  });

  test('the message shows the refused id escaped and short, and says nothing was sent', () => {
    const error = (() => {
      try {
        checkId('hog function', `../x\u202e${'y'.repeat(100)}`);
      } catch (e) {
        return e as InvalidIdError;
      }
      return assert.fail('expected a refusal');
    })();
    assert.match(error.message, /^Refused "\.\.\/x\\u202ey+…" as a hog function id: it must be a UUID\. Nothing was sent to PostHog\.$/);
    assert.equal(error.kind, 'hog function');
  });
});

describe('the client refuses crafted ids before sending', () => {
  const fx = useClientFixture();

  const calls: Array<[string, () => Promise<unknown>]> = [
    ['get a function', () => fx.client.hogFunctions.get(fx.projectId, '../../users/@me')],
    ['update (save) a function', () => fx.client.hogFunctions.update(fx.projectId, '..', { name: 'x' }, { baseUpdatedAt: '2025-01-01T00:00:00Z' })],
    ['soft-delete a function', () => fx.client.hogFunctions.softDelete(fx.projectId, `${UUID}/..`)],
    ['invoke a function', () => fx.client.hogFunctions.invoke(fx.projectId, '../rearrange', {})],
    ['logs of a function', () => fx.client.hogFunctions.logs(fx.projectId, 'a/b')],
    ['update a flow', () => fx.client.hogFlows.update(fx.projectId, '..', { name: 'x' })],
    ['delete a flow', () => fx.client.hogFlows.delete(fx.projectId, '../..')],
    ['start a batch job', () => fx.client.hogFlows.createBatchJob(fx.projectId, '..', {})],
    ['update a schedule', () => fx.client.hogFlows.schedules.update(fx.projectId, UUID, '../..', { rrule: 'x' })],
    ['schedules of a flow', () => fx.client.hogFlows.schedules.list(fx.projectId, '%2e%2e')],
    ['get a template', () => fx.client.templates.get(fx.projectId, '../hog_functions')],
    ['revisions of a function', () => fx.client.hogFunctions.revisions.list(fx.projectId, '..').page()],
    ['restore a flow revision', () => fx.client.hogFlows.revisions.restore(fx.projectId, '../..', 1)],
    ['preview a publish', () => fx.client.hogFunctions.drafts.preview(fx.projectId, 'a/b')],
    ['stage a flow draft', () => fx.client.hogFlows.drafts.stage(fx.projectId, '..', { name: 'x' })],
    ['projects of an organization', () => fx.client.discovery.organizationProjects('../projects').all()],
    ['a project id that is not a number', () => fx.client.hogFunctions.list(Number.NaN).page()],
  ];
  for (const [label, call] of calls) {
    test(`${label}: InvalidIdError, nothing sent`, async () => {
      await fx.admin.clearRequests();
      const error = await rejection(call);
      assert.ok(error instanceof InvalidIdError, String(error));
      assert.deepEqual(await fx.admin.requests(), []);
    });
  }

  test('`new` is accepted where PostHog takes it: a test invocation of an unsaved function', async () => {
    const result = await fx.client.hogFunctions.invoke(fx.projectId, 'new', {
      configuration: { type: 'destination', hog: "print('hi')", inputs_schema: [], inputs: {} },
      globals: { event: { event: '$pageview', distinct_id: 'u', properties: {} } },
    });
    assert.equal(typeof result.status, 'string');
  });
});
